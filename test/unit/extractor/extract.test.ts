import { readFileSync } from 'node:fs';
import type { ExtractedCitation, ExtractionContext, ExtractOptions } from '../../../src/extractor/citation.types.ts';
import { extractCitations } from '../../../src/extractor/extract.ts';

const ctx = JSON.parse(
  readFileSync(new URL('../../fixtures/citations/context.json', import.meta.url), 'utf8'),
) as ExtractionContext;

const CC = 'kp-criminal-code';
const RIC = 'kp-reactionary-ideology-and-culture-rejection-act';
const PCL = 'kp-pyongyang-cultural-language-protection-act';
const YEGA = 'kp-youth-education-guarantee-act';
const APL = 'kp-administrative-penalties-law';

type Brief = [law: string | null, article: string | null, articleTo: string | null];

function extract(text: string, opts: ExtractOptions = { date: '2016-06-01' }): ExtractedCitation[] {
  return extractCitations(text, ctx, opts);
}

function briefs(text: string, opts?: ExtractOptions): Brief[] {
  return extract(text, opts).map((citation) => [citation.law, citation.article, citation.articleTo]);
}

describe('extractCitations: English forms', () => {
  it.each<[string, Brief[]]>([
    ['He was sentenced under Article 222.', [[CC, '222', null]]],
    ['Art. 60 was applied.', [[CC, '60', null]]],
    ['as article 62 of the Criminal Code says', [[CC, '62', null]]],
    ['He broke Article 64 of the North Korean Penal Code.', [[CC, '64', null]]],
    ['It cites Article 63 of the North Korean Criminal Law.', [[CC, '63', null]]],
    ['Article 60 of the DPRK Criminal Code (State Subversion Charge)', [[CC, '60', null]]],
    ['North Korean criminal code article 69 applies to foreigners', [[CC, '69', null]]],
    ['Criminal Law article 233 (Illegal Border Crossing)', [[CC, '233', null]]],
    [
      'The Reactionary Ideology and Culture Rejection Act is strict. Article 29 of the law bans pornography.',
      [[RIC, '29', null]],
    ],
    [
      'The Pyongyang Cultural Language Protection Act bans "oppa". Article 59 of the Act punishes teachers.',
      [[PCL, '59', null]],
    ],
    ['The Administrative Penalties Law was revised; section 56 of the law covers shelters.', [[APL, '56', null]]],
    [
      'Articles 60 and 64 of the Criminal Code',
      [
        [CC, '60', null],
        [CC, '64', null],
      ],
    ],
    [
      'Articles 27, 28 of the criminal code',
      [
        [CC, '27', null],
        [CC, '28', null],
      ],
    ],
    ['Articles 34-38 of the anti-reactionary thought law', [[RIC, '34', '38']]],
    ['Chapter 5 (articles 58 – 65) of the Pyongyang Cultural Language Protection Act', [[PCL, '58', '65']]],
    ["The Youth Education Guarantee Act's Articles 19 to 26", [[YEGA, '19', '26']]],
    [
      'Article 60 and Article 64',
      [
        [CC, '60', null],
        [CC, '64', null],
      ],
    ],
    [
      'Articles 60 (state overthrow) and 64',
      [
        [CC, '60', null],
        [CC, '64', null],
      ],
    ],
    ['Article 60-1 of the Criminal Code', [[CC, '60-1', null]]],
    ['§ 222 of the Criminal Code', [[CC, '222', null]]],
  ])('reads %j', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it.each<[string, string, string]>([
    ['Article 40, Section 3 of the Criminal Code', '40', '3'],
    ['paragraph 2 of Article 64', '64', '2'],
    ['Article 18(3) of the Criminal Code', '18', '3'],
    ['형법 제60조 제2항', '60', '2'],
    ['刑法第60条第2項', '60', '2'],
  ])('keeps the sub-part of %j as paragraph', (text, article, paragraph) => {
    const [citation] = extract(text);
    expect(citation).toMatchObject({ article, paragraph });
  });
});

describe('extractCitations: Korean, Japanese and German forms', () => {
  it.each<[string, Brief[]]>([
    ['제222조가 신설됐다', [[CC, '222', null]]],
    ['처벌(183조)을 강화했다', [[CC, '183', null]]],
    ['형법 제60조는', [[CC, '60', null]]],
    ['개정 형법 74조는', [[CC, '74', null]]],
    ["'비법(불법) 국제통신죄'(222조)", [[CC, '222', null]]],
    ['99조에서 172조까지', [[CC, '99', '172']]],
    ['제27조부터 제28조까지', [[CC, '27', '28']]],
    ['형법 60~65조', [[CC, '60', '65']]],
    ['刑法の付則第1条は死刑を定める', [[CC, '부칙 1', null]]],
    // Supplementary provisions are numbered apart: only a law named with them says whose they are.
    ['附則第2条による', []],
    ['형법 부칙 제2조', [[CC, '부칙 2', null]]],
    ['1장 2조', [[CC, '2', null]]],
    ['부칙 1조', []],
    ['형법 제60조의2', [[CC, '60-2', null]]],
    ['제63조', [[CC, '63', null]]],
    [
      '형법 제60조와 제64조',
      [
        [CC, '60', null],
        [CC, '64', null],
      ],
    ],
    [
      '형법 제60, 64조',
      [
        [CC, '60', null],
        [CC, '64', null],
      ],
    ],
    ['北韓刑法第222條', [[CC, '222', null]]],
    ['共和国刑法第60条', [[CC, '60', null]]],
    ['刑法第二百二十二条', [[CC, '222', null]]],
    ['刑法第60条から第65条まで', [[CC, '60', '65']]],
    ['nach dem 60. Artikel des Strafrechts', [[CC, '60', null]]],
    ['Artikel 222 des nordkoreanischen Strafgesetzbuches', [[CC, '222', null]]],
    [
      'nach den Paragrafen 60 und 64 des nordkoreanischen Strafgesetzbuches',
      [
        [CC, '60', null],
        [CC, '64', null],
      ],
    ],
  ])('reads %j', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it("reads 'Paragraph 60' as an article in a German text only", () => {
    expect(briefs('Das Gericht in Pjöngjang verurteilte die Frau nach Paragraph 63, sagte die Agentur.')).toEqual([
      [CC, '63', null],
    ]);
    expect(briefs('The report on North Korea says in paragraph 63 that the trial was closed.')).toEqual([]);
  });
});

describe('extractCitations: laws and offences without a number', () => {
  it.each<[string, Brief[]]>([
    ['Pyongyang enforces the Reactionary Ideology and Culture Rejection Act.', [[RIC, null, null]]],
    ['the anti-reactionary thought law', [[RIC, null, null]]],
    ['Pyongyang tightened its Reactionary Thought and Culture Denunciation Act.', [[RIC, null, null]]],
    ['the law on excluding reactionary ideology', [[RIC, null, null]]],
    ['반동사상문화배격법 위반', [[RIC, null, null]]],
    ["North Korea's 2015 revised criminal code", [[CC, null, null]]],
    ['Police target the crime of illegal international communications.', [[CC, '222', null]]],
    ['불법국제통신죄로 처벌됐다', [[CC, '222', null]]],
    ['朝鲜法院认定他们密谋颠覆政权罪成立。', [[CC, '60', null]]],
    ['北韓以煽動顛覆國家政權罪起訴他。', [[CC, '60', null]]],
    ['北朝鮮当局は男をスパイの罪で裁いた。', [[CC, '64', null]]],
    ['裁判所は祖国反逆の罪を認めた。', [[CC, '63', null]]],
  ])('cites %j', (text, expected) => {
    expect(briefs(text, { date: '2019-01-01' })).toEqual(expected);
  });

  it('gives a stated version to a law named alone, and none otherwise', () => {
    expect(extract("North Korea's 2015 revised criminal code")[0]).toMatchObject({
      version: '2015',
      url: `/laws/${CC}/2015`,
    });
    expect(extract('the Reactionary Ideology and Culture Rejection Act')[0]).toMatchObject({
      version: null,
      url: `/laws/${RIC}`,
    });
  });

  it('merges an offence named next to its number into that citation', () => {
    const text =
      'When North Korea revised its criminal code in 2015, it added the crime of illegal international communications (Article 222).';
    const found = extractCitations(text, ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      article: '222',
      version: '2015',
      offence: 'illegal-international-communications',
    });
  });

  it('does not cite a generic offence word that is not framed as a charge', () => {
    expect(extract('Smuggling over the border has slowed and terrorism is rare.')).toEqual([]);
  });
});

describe('extractCitations: what is not a DPRK citation', () => {
  it.each([
    'The law was amended by Order No. 1028.',
    'Decree No. 11 of the SPA',
    'Directive No. 432 of the Presidium',
    '정령 제1522호로 채택',
    'The law has 41 articles.',
    '새 법은 18개 조항으로 구성됐다.',
    'He paid 100,000 won and $500.',
    '1조 2000억원의 손실',
    'The 8th session of the 14th SPA met on January 17, 2023.',
    "South Korea's Criminal Act Article 87 punishes insurrection.",
    '한국 형법 제87조(내란죄)',
    '남한에서는 형법 제87조(내란죄)로 처벌된다.',
    '대한민국 형법은 내란을 처벌한다. 형법 제87조(내란죄)는 사형까지 정한다.',
    'Russian courts apply Art. 200.1 of the Russian Criminal Code.',
    "Russia's criminal code punishes currency smuggling. Art. 200.1 covers cash.",
    'Article 7 of the National Security Act',
    '국가보안법 제7조',
    'In an article 3 days ago, Daily NK reported arrests.',
    'Some 60 people were held in section 3 of the market.',
  ])('returns no DPRK citation for %j', (text) => {
    expect(extract(text).filter((citation) => citation.law !== null)).toEqual([]);
  });

  it('leaves a bare article among the words of an international instrument to that instrument', () => {
    const heldOnly = (text: string, title?: string) =>
      extract(text, { date: '2016-06-01', context: title ? { title, summary: null } : undefined }).filter(
        (citation) => citation.law !== null,
      );
    expect(heldOnly('Under article 12, States Parties shall assure the child the right to be heard.')).toEqual([]);
    expect(heldOnly('The crime of persecution (article 7) is defined in the Rome Statute.')).toEqual([]);
    expect(heldOnly('Non-discrimination (art. 2) is covered in section B.', 'Report of States Parties: DPRK')).toEqual(
      [],
    );
    expect(briefs('North Korea applied Article 60 to the pastor.', { date: '2016-06-01' })).toEqual([[CC, '60', null]]);
  });
});

describe('extractCitations: offsets', () => {
  it('counts UTF-16 code units, as JavaScript strings do', () => {
    const text = '😀 𝔘 北 — “Article 222” and 형법 제60조';
    for (const citation of extract(text)) {
      expect(text.slice(citation.start, citation.end)).toBe(citation.asWritten);
    }
    expect(extract(text).map((citation) => citation.asWritten)).toEqual(['Article 222', '형법 제60조']);
  });

  it('spans the law named before or after the number', () => {
    expect(extract('under Article 62 of the Criminal Code on defection')[0]?.asWritten).toBe(
      'Article 62 of the Criminal Code',
    );
    expect(extract('North Korean criminal code article 69')[0]?.asWritten).toBe(
      'North Korean criminal code article 69',
    );
    expect(extract('Articles 60 and 64 of the Criminal Code').map((citation) => citation.asWritten)).toEqual([
      'Articles 60',
      '64 of the Criminal Code',
    ]);
  });

  it('returns an empty list for empty or number-free text', () => {
    expect(extract('')).toEqual([]);
    expect(extract('Nothing to see here.')).toEqual([]);
  });
});
