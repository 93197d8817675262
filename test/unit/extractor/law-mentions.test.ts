import { readFileSync } from 'node:fs';
import type { ExtractedCitation, ExtractionContext, ExtractOptions } from '../../../src/extractor/citation.types.ts';
import { extractCitations } from '../../../src/extractor/extract.ts';

/**
 * The classes of phrasing issue 12 lists: another jurisdiction's law, related laws in short or
 * foreign forms, cataphora, unusual forms, counts, and the document's title and summary as context.
 * Sentences written for these tests.
 */
const ctx = JSON.parse(
  readFileSync(new URL('../../fixtures/citations/context.json', import.meta.url), 'utf8'),
) as ExtractionContext;

const CC = 'kp-criminal-code';
const RIC = 'kp-reactionary-ideology-and-culture-rejection-act';
const PCL = 'kp-pyongyang-cultural-language-protection-act';

type Brief = [law: string | null, lawName: string | null, article: string | null, articleTo: string | null];

function extract(text: string, opts: ExtractOptions = { date: '2023-06-01' }): ExtractedCitation[] {
  return extractCitations(text, ctx, opts);
}

const briefs = (text: string, opts?: ExtractOptions): Brief[] =>
  extract(text, opts).map((c) => [c.law, c.lawName, c.article, c.articleTo]);
const held = (text: string, opts?: ExtractOptions): Brief[] => briefs(text, opts).filter(([law]) => law !== null);

describe('articles of laws the database does not hold', () => {
  it.each<[string, Brief[]]>([
    [
      'Seoul prosecutors invoked Article 98 Clause 1 of the criminal law against the South Korean.',
      [[null, 'criminal law', '98', null]],
    ],
    [
      "Lawmakers in Seoul debated the National Security Act again; the law's Articles 2 and 7 drew most fire.",
      [
        [null, 'National Security Act', '2', null],
        [null, 'National Security Act', '7', null],
      ],
    ],
    [
      '남북관계 발전에 관한 법률 제24조는 전단 살포를 금지하고, 같은 법 제25조는 처벌을 정한다.',
      [
        [null, '남북관계 발전에 관한 법률', '24', null],
        [null, '남북관계 발전에 관한 법률', '25', null],
      ],
    ],
    ['Article 41 of the UN Charter allows measures short of force.', [[null, 'UN Charter', '41', null]]],
    ['북한 헌법 제1조는 국가의 성격을 규정한다.', [[null, '북한 헌법', '1', null]]],
    [
      "China's Criminal Law Article 318 punishes organising illegal crossings.",
      [[null, "China's Criminal Law", '318', null]],
    ],
  ])('returns %j with law null and the law by name', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('gives the jurisdiction the text states', () => {
    expect(extract('한국 형법 제87조(내란죄)')[0]).toMatchObject({
      law: null,
      lawName: '한국 형법',
      jurisdiction: 'kr',
      article: '87',
    });
    expect(extract('국가보안법 제7조 위반')[0]).toMatchObject({ law: null, lawName: '국가보안법', article: '7' });
  });
});

describe('related laws in short, descriptive and foreign forms', () => {
  it.each<[string, Brief[]]>([
    ['反動思想文化排撃法第27条は韓国映画の視聴を罰する。', [[RIC, null, '27', null]]],
    ['平壤文化语保护法第58条规定了处罚。', [[PCL, null, '58', null]]],
    [
      "Under North Korea's law against 'reactionary' thought and culture, Article 27 sets long terms.",
      [[RIC, null, '27', null]],
    ],
    ['반동사상배격법 제27조에 따라 처벌된다.', [[RIC, null, '27', null]]],
  ])('binds %j to the related law', (text, expected) => {
    expect(held(text)).toEqual(expected);
  });
});

describe('anaphora and cataphora within the paragraph', () => {
  it('binds "법 제27조" to the law named later in the paragraph', () => {
    const text =
      '법 제27조는 남조선 영화를 본 자를 처벌한다. 반동사상문화배격법 제32조에 따르면 남조선식 말투도 처벌된다.';
    expect(held(text)).toEqual([
      [RIC, null, '27', null],
      [RIC, null, '32', null],
    ]);
  });

  it('binds "同第21条" to the law just named', () => {
    expect(held('共和国刑法第8条と同第21条が適用された。')).toEqual([
      [CC, null, '8', null],
      [CC, null, '21', null],
    ]);
  });
});

describe('forms', () => {
  it.each<[string, Brief[]]>([
    ['刑法60条は国家転覆陰謀罪を定める。', [[CC, null, '60', null]]],
    ['第4章(27〜40条)は処罰を定める反動思想文化排撃法の中心だ。', [[RIC, null, '27', '40']]],
    ['この法律の第1章(1〜7条)は目的を定める。', [[CC, null, '1', '7']]],
    [
      '형법 제301ㆍ302조',
      [
        [CC, null, '301', null],
        [CC, null, '302', null],
      ],
    ],
    ['刑法第６０条', [[CC, null, '60', null]]],
    ['형법 제６０조', [[CC, null, '60', null]]],
    ['Article Seven of the Criminal Code', [[CC, null, '7', null]]],
    ['Article Sixty-Four of the Criminal Code', [[CC, null, '64', null]]],
    [
      '第110、111条',
      [
        [CC, null, '110', null],
        [CC, null, '111', null],
      ],
    ],
  ])('reads %j', (text, expected) => {
    expect(held(text)).toEqual(expected);
  });

  it('keeps the clause and item of "제24조 제1항 제3호" inside one citation', () => {
    expect(extract('형법 제24조 제1항 제3호')).toEqual([
      expect.objectContaining({
        law: CC,
        article: '24',
        paragraph: '1',
        item: '3',
        asWritten: '형법 제24조 제1항 제3호',
      }),
    ]);
  });
});

describe('counts and structure are not articles', () => {
  it.each([
    '개정 형법은 기존 8장 161조로 구성됐다.',
    '북한은 형법을 기존의 8장 161조를 9장 303조로 늘렸다.',
    'この法律は全329条からなる。',
    'この法律は4章41条で構成されている。',
    '형법 제6장은 반국가범죄를 다룬다.',
    '총 303조의 형법',
    // "consists of N articles" with no chapter count before it
    '入手した法律は25条からなり、罰則も定める。',
    '이 법은 모두 40조로 구성돼 있다.',
    '该法由36条组成。',
  ])('finds no article in %j', (text) => {
    expect(extract(text).filter((c) => c.article !== null)).toEqual([]);
  });
});

describe('the title and summary as context', () => {
  const text = 'Article 27 calls for five to 15 years of reform through labour.';

  it('binds a bare number to the one law the title names', () => {
    const context = { title: "Inside North Korea's anti-reactionary thought law", summary: null };
    expect(held(text, { date: '2021-06-01', context })).toEqual([[RIC, null, '27', null]]);
  });

  it('binds "the Act" to the law the summary names', () => {
    const context = { title: null, summary: 'The Pyongyang Cultural Language Protection Act was adopted in January.' };
    expect(
      held('Article 59 of the Act punishes teachers of the puppet language.', { date: '2023-06-01', context }),
    ).toEqual([[PCL, null, '59', null]]);
  });

  it('never cites the context', () => {
    const context = { title: 'Article 60 of the Criminal Code', summary: '형법 제60조' };
    expect(extract('Nothing is cited here.', { context })).toEqual([]);
  });

  it('leaves a bare number unbound when the context is about another jurisdiction', () => {
    const context = { title: 'South Korean court convicts man under the National Security Act', summary: null };
    expect(held('He was sentenced under Article 7.', { date: '2020-01-01', context })).toEqual([]);
  });

  it('takes the version the title states', () => {
    const context = { title: "North Korea's 2004 revised criminal code", summary: null };
    expect(extract('Article 233 covered illegal border crossing.', { date: '2019-01-01', context })[0]).toMatchObject({
      law: CC,
      article: '233',
      version: '2004',
      resolution: 'stated_version',
    });
  });
});

describe('offence names', () => {
  it('resolves an offence named in Japanese to the article of its lineage in force', () => {
    expect(extract('彼は国家転覆陰謀罪で起訴された。', { date: '2016-01-01' })[0]).toMatchObject({
      law: CC,
      article: '60',
      version: '2015',
    });
  });

  it('reads a Korean offence name written a little differently from the database', () => {
    expect(extract('그는 불법국경 출입죄로 처벌됐다.', { date: '2010-01-01' })[0]).toMatchObject({
      law: CC,
      article: '233',
      version: '2009',
    });
  });
});
