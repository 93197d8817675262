import { readFileSync } from 'node:fs';
import type { ExtractedCitation, ExtractionContext, ExtractOptions } from '../../../src/extractor/citation.types.ts';
import { extractCitations } from '../../../src/extractor/extract.ts';

/**
 * Held laws and offences written in words the database does not list: a title whose nouns a
 * translator turned into adjectives or whose verb of opposition is another, a quoted title before a
 * lowercase "law". Sentences written for these tests.
 */
const ctx = JSON.parse(
  readFileSync(new URL('../../fixtures/citations/context.json', import.meta.url), 'utf8'),
) as ExtractionContext;

const RIA = 'kp-reactionary-ideology-and-culture-rejection-act';
const PCL = 'kp-pyongyang-cultural-language-protection-act';

type Brief = [law: string | null, article: string | null];

const briefs = (text: string, opts: ExtractOptions = { date: '2023-06-30' }): Brief[] =>
  extractCitations(text, ctx, opts).map((c: ExtractedCitation) => [c.law, c.article]);

describe('a held law under a reworded title', () => {
  it.each<[string, Brief[]]>([
    ['Pyongyang tightened its Reactionary Ideological and Cultural Law last winter.', [[RIA, null]]],
    ['Teachers were told to study the “Reactionary Thought and Culture Resistance Act” by heart.', [[RIA, null]]],
    ['Wardens now enforce the "Language Protection" law in every school.', [[PCL, null]]],
  ])('reads %j as the held law', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it.each<[string, Brief[]]>([
    ["Pyongyang's 2021 law bans 'reactionary ideology and culture' in every home.", [[RIA, null]]],
    ['Its newest law prohibits reactionary thought and culture from abroad.', [[RIA, null]]],
  ])('reads %j, a law described by what it bans, as the held law', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it("reads an 'X-related' modifier as the title's own word X", () => {
    expect(briefs('Smugglers now face the Law on the Prevention of Narcotics-Related Crimes.')).toEqual([]);
    expect(briefs('Border guards were drilled in the Law on the Prevention of Drug-related Crimes.')).toEqual([
      ['kp-drug-crime-prevention-law', null],
    ]);
  });

  it('still needs every word of the title to belong to that one law', () => {
    expect(briefs('Wardens now enforce the "Cultural Heritage Protection" law in every school.')).toEqual([]);
  });
});

describe('an offence name written without its suffix, framed by the word after it', () => {
  const offences = (text: string, date = '2019-05-01') =>
    extractCitations(text, ctx, { date }).map((c) => [c.article, c.offence]);

  it.each<[string, (string | null)[][]]>([
    ['平壌の裁判所は、スパイ容疑で捕らえた男に重い刑を科した。', [['64', 'espionage']]],
    ['北朝鮮の検察は宣教師を国家転覆陰謀容疑で起訴したという。', [['60', 'state-overthrow-conspiracy']]],
  ])('reads %j as that offence', (text, expected) => {
    expect(offences(text)).toEqual(expected);
  });

  it('leaves the same words alone where another country charges them', () => {
    expect(offences('大阪府警はスパイ容疑で会社員を書類送検した。')).toEqual([]);
  });
});

describe('a country named as where someone was headed', () => {
  const offences = (text: string, title: string | null) =>
    extractCitations(text, ctx, { date: '2021-04-01', context: { title, summary: null } }).map((c) => c.offence);

  it('does not make the passage speak of that country’s law', () => {
    const text = '국경경비대는 그를 간첩 혐의로 넘겼고, 가족은 보위부 조사를 받았다.';
    expect(offences(text, '한국행 노리던 청년, 끝내 붙잡혀')).toEqual(['espionage']);
  });

  it('still lets a country named as the forum decide', () => {
    const text = '검찰은 그를 간첩 혐의로 기소했고, 법원은 징역형을 선고했다.';
    expect(offences(text, '한국 법원, 간첩 사건 선고')).toEqual([]);
  });
});

describe('a CJK offence name written in other words before its suffix', () => {
  const offences = (text: string) => extractCitations(text, ctx, { date: '2016-06-01' }).map((c) => c.offence);

  it.each<[string, string[]]>([
    ['平壌の法廷は被告に非法出入境罪を適用したと伝えられた。', ['illegal-border-crossing']],
    ['朝鲜法院以破坏暗害罪判处该男子重刑。', ['destruction-sabotage']],
    ['北朝鮮の裁判所は、政府の転覆を企てた罪で元教師に重刑を言い渡した。', ['state-overthrow-conspiracy']],
    ['北朝鮮の最高裁は男を国家転覆とスパイの罪で裁いた。', ['state-overthrow-conspiracy', 'espionage']],
  ])('reads %j as the offence its words name', (text, expected) => {
    expect(offences(text)).toEqual(expected);
  });

  it('names nothing when its words fall short of every name', () => {
    expect(offences('北朝鮮の裁判所は男を不法麻薬罪で裁いた。')).toEqual([]);
  });
});

describe('an English charge named by its object or by a word for entering unlawfully', () => {
  const offences = (text: string) =>
    extractCitations(text, ctx, { date: '2016-04-30', context: { title: 'North Korea', summary: null } }).map(
      (c) => c.offence,
    );

  it.each<[string, string[]]>([
    ['The court charged the engineer with selling military secrets to a foreign agent.', ['espionage']],
    ['Two hikers were sentenced to hard labour for trespassing across the frontier.', ['illegal-border-crossing']],
  ])('reads %j as that charge', (text, expected) => {
    expect(offences(text)).toEqual(expected);
  });

  it('needs a charge or a punishment around the words', () => {
    expect(offences('The archive keeps the secrets of the old dynasty.')).toEqual([]);
  });
});

describe('a German title of a held law, read through English equivalents of its words', () => {
  it.each<[string, Brief[]]>([
    ['Die Richter beriefen sich auf das neue "Reaktionäre-Ideologie-Kultur-Gesetz".', [[RIA, null]]],
    ['Pjöngjang setzt sein Kultursprachengesetz seit dem Frühjahr streng durch.', [[PCL, null]]],
  ])('reads %j as the held law', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('leaves a German title with a word no held law has', () => {
    expect(briefs('Die Richter beriefen sich auf das neue "Reaktionäre-Kunst-Gesetz".')).toEqual([]);
  });
});

describe('a title that opens with its kind and a link', () => {
  it.each<[string, Brief[]]>([
    ['Teachers must study the Law on Rejecting Reactionary Thought and Culture by heart.', [[RIA, null]]],
    ['Seit Dezember gilt ein Gesetz gegen «reaktionäre Ideologie und Kultur» im ganzen Land.', [[RIA, null]]],
  ])('reads %j as the held law', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('leaves a title none of whose laws the database holds', () => {
    expect(briefs('The Law on Foreign Investment was revised twice.')).toEqual([]);
  });
});

describe('a CJK charge in other words, framed by a cue instead of a suffix', () => {
  const offences = (text: string) => extractCitations(text, ctx, { date: '2019-05-01' }).map((c) => c.offence);

  it.each<[string, string[]]>([
    ['据朝中社报道,该传教士被控阴谋颠覆朝鲜政府,已被判处劳动教化。', ['state-overthrow-conspiracy']],
    ['보위부는 그를 군사 기밀을 빼돌린 혐의로 체포해 노동교화형을 내렸다.', ['espionage']],
  ])('reads %j as the offence its words name', (text, expected) => {
    expect(offences(text)).toEqual(expected);
  });

  it('reads nothing after a cue whose words name no offence', () => {
    expect(offences('据朝中社报道,该男子被控盗窃粮食,已被判处劳动教化。')).toEqual([]);
  });
});
