import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { ExtractionContext } from '../../../src/citations/citation.types.ts';
import { extractCitations } from '../../../src/citations/extract.ts';

const fixtures = new URL('../../fixtures/citations/', import.meta.url);
const ctx = JSON.parse(readFileSync(new URL('context.json', fixtures), 'utf8')) as ExtractionContext;
const goldTexts = readFileSync(new URL('gold.jsonl', fixtures), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

const SIZE = 100_000;
/** Report prose without citations, written for this test; mixed with the gold texts for throughput. */
const PROSE =
  'A source in Ryanggang Province said that inspections at the customs house had intensified since the autumn, ' +
  'and that traders who once crossed the river every week now wait for weeks before moving goods. Officials from ' +
  'the provincial party committee held lectures for members of the women\'s union, warning that anyone hiding a ' +
  'foreign-made phone should come forward. Prices for rice and corn rose at the Hyesan market, and several ' +
  'brokers who arranged money transfers have stopped answering calls. 소식통은 최근 국경 지역의 단속이 강화되면서 ' +
  '중국산 손전화를 쓰는 사람들이 크게 줄었다고 전했다. 장마당에서는 쌀값이 올랐고 송금 브로커들도 활동을 멈췄다고 한다.';
const LIMIT_MS = 2_000;

/** Pieces that drive the patterns: keywords, numbers, connectors, law and offence names, scripts. */
const FRAGMENTS = [
  'Article ', 'Articles ', 'Art. ', 'article', '§', 'section ', 'paragraph ', 'Artikel ', '60. ',
  '제', '조', '제60조', '의', '항', '부칙 ', '에서 ', '까지', '第', '条', '六十', '項', 'から',
  '1', '22', '222', '2015', '2015년 ', '1,000', '0', '.1', '(', ')', '((', '))', '-', '–', '~', ',', '、',
  ' and ', ' to ', ' of the ', ' of ', ' ', '  ', '\n', '\t', '.', '. ', "'s", '’',
  'Criminal Code', 'criminal law', '형법', '刑法', 'Strafrechts', 'the law', 'this Act', '이 법', '동법',
  "North Korea's ", 'South Korea', 'South Korean law', 'In Russia, ', '한국에서는 ', '북한 ',
  'revised ', 'amended in ', 'in ', 'the 2004 amendment', 'crime of ', 'charged with ',
  'illegal international communications', '비법국제통신죄', '비법(불법) 국제통신죄', 'terrorism',
  'Aaaa ', 'A', 'National Security Act', 'Act', 'Law', '법', '法', '가나다', '共和国', 'No. ', 'Order No. 1028',
];

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / Math.max(1, unit.length))).slice(0, size);
}

const fragmentRuns = fc
  .array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 40 })
  .map((parts) => repeatTo(parts.join(''), SIZE));
const fragmentMixes = fc
  .array(fc.constantFrom(...FRAGMENTS), { minLength: 200, maxLength: 600 })
  .map((parts) => repeatTo(parts.join(''), SIZE));
const randomText = fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }).map((unit) => repeatTo(unit, SIZE));

const ADVERSARIAL: [string, string][] = [
  ['digits', repeatTo('1234567890', SIZE)],
  ['Article Article …', repeatTo('Article ', SIZE)],
  ['Article 1 Article 1 …', repeatTo('Article 1 ', SIZE)],
  ['a list that never ends', `Articles ${repeatTo('1, ', SIZE)}`],
  ['제제제 …', repeatTo('제', SIZE)],
  ['1조1조 …', repeatTo('1조', SIZE)],
  ['nested parentheses', repeatTo('((((1))))', SIZE)],
  ['open parentheses', repeatTo('(', SIZE)],
  ['dashes', repeatTo('-–—~', SIZE)],
  ['ranges', repeatTo('1-', SIZE)],
  ['whitespace', repeatTo(' \t\n\u00a0\u3000', SIZE)],
  ['capitalised words', repeatTo('Aaaa Bbbb Cccc ', SIZE)],
  ['one long word', repeatTo('A', SIZE)],
  ['hangul', repeatTo('가나다라마바사', SIZE)],
  ['law names', repeatTo('Criminal Code Article 60 of the law ', SIZE)],
  ['qualifiers', repeatTo("the North Korea's 2015 revised ", SIZE)],
  ['version statements', repeatTo('revised in amended on ', SIZE)],
  ['kanji law names', repeatTo('共和国刑法第', SIZE)],
  ['spaced hangul', repeatTo('비 법 국 제 ', SIZE)],
];

let worst = { label: '', ms: 0 };

function timeExtraction(label: string, text: string): number {
  const started = performance.now();
  extractCitations(text, ctx, { date: '2016-01-01' });
  const ms = performance.now() - started;
  if (ms > worst.ms) worst = { label, ms };
  return ms;
}

describe('extractCitations on hostile input', () => {
  afterAll(() => {
    console.log(`citation extractor worst case on ${SIZE / 1000} kB: ${worst.ms.toFixed(0)} ms (${worst.label})`);
  });

  it.each(ADVERSARIAL)('finishes %s in bounded time', (label, text) => {
    expect(timeExtraction(label, text)).toBeLessThan(LIMIT_MS);
  });

  it('finishes repeated runs of random pattern fragments in bounded time', () => {
    fc.assert(
      fc.property(fragmentRuns, (text) => timeExtraction(`fragments: ${text.slice(0, 40)}`, text) < LIMIT_MS),
      { numRuns: 30 },
    );
  });

  it('finishes long mixes of pattern fragments in bounded time', () => {
    fc.assert(
      fc.property(fragmentMixes, (text) => timeExtraction(`mix: ${text.slice(0, 40)}`, text) < LIMIT_MS),
      { numRuns: 20 },
    );
  });

  it('finishes random text in bounded time', () => {
    fc.assert(
      fc.property(randomText, (text) => timeExtraction('random', text) < LIMIT_MS),
      { numRuns: 20 },
    );
  });

  it('keeps throughput on mixed report text well above 1 MB/s', () => {
    const text = repeatTo(goldTexts.map((goldText) => `${goldText}\n${PROSE}`).join('\n'), 3_000_000);
    const started = performance.now();
    extractCitations(text, ctx, { date: '2016-01-01' });
    const seconds = (performance.now() - started) / 1000;
    const megabytes = Buffer.byteLength(text, 'utf8') / 1_000_000;
    console.log(`citation extractor throughput: ${(megabytes / seconds).toFixed(1)} MB/s on ${megabytes.toFixed(1)} MB of mixed text`);
    expect(megabytes / seconds).toBeGreaterThan(1);
  });
});
