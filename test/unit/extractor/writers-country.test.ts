import { readFileSync } from 'node:fs';
import type { ExtractedCitation, ExtractionContext } from '../../../src/extractor/citation.types.ts';
import { extractCitations } from '../../../src/extractor/extract.ts';
import { writersJurisdictionOf } from '../../../src/extractor/lang/index.ts';

/**
 * Whose law an unqualified name means when a text names only the country it is written in; German
 * statute abbreviations after a § number; bare numbers keeping the database's default law.
 * Sentences written for these tests.
 */
const ctx = JSON.parse(
  readFileSync(new URL('../../fixtures/citations/context.json', import.meta.url), 'utf8'),
) as ExtractionContext;

type Brief = [law: string | null, lawName: string | null, jurisdiction: string | null, article: string | null];

const extract = (text: string): ExtractedCitation[] => extractCitations(text, ctx, { date: '2023-06-01' });
const briefs = (text: string): Brief[] => extract(text).map((c) => [c.law, c.lawName, c.jurisdiction, c.article]);

describe('the language a text is written in', () => {
  it.each<[string, string | null]>([
    ['이 판결은 항소심에서 확정되었다.', 'kr'],
    ['この判決は控訴審で確定した。', 'jp'],
    ['该判决在二审中被维持。', 'cn'],
    ['Das Urteil wurde in der zweiten Instanz bestätigt und ist nun rechtskräftig.', 'de'],
    ['The ruling was upheld on appeal and is now final.', null],
    ['Urteil', null],
  ])('%j points to %j', (text, expected) => {
    expect(writersJurisdictionOf(text)).toBe(expected);
  });
});

describe("an unqualified code in a text that names only the writer's own country", () => {
  it.each<[string, Brief[]]>([
    [
      '서울에서 열린 토론회의 주제는 간첩 처벌이었다.\n\n형법 제98조는 적국을 위한 간첩을 처벌한다고 정한다.',
      [[null, '형법', 'kr', '98']],
    ],
    ['这篇文章由中国律师撰写。刑法第264条规定了盗窃的处罚。', [[null, '刑法', 'cn', '264']]],
    ['日本の新聞によると、刑法第199条の刑が重くなったという。', [[null, '刑法', 'jp', '199']]],
  ])('%j is that country’s law, returned by name', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('stays the North’s code once the text names the North', () => {
    const text = '북한 당국의 재판 기록이 공개되었다.\n\n형법 제60조는 정변 음모를 처벌한다고 정한다.';
    expect(briefs(text)).toEqual([['kp-criminal-code', null, 'kp', '60']]);
  });

  it('stays the North’s code when the text names no country at all', () => {
    expect(briefs('형법 제60조는 정변 음모를 처벌한다고 정한다.')).toEqual([['kp-criminal-code', null, 'kp', '60']]);
  });

  it('stays the North’s code when an offence only the North’s code is cited for is named with it', () => {
    const text = '日本の新聞によると、刑法第59条の国家転覆陰謀罪の刑が重くなったという。';
    expect(briefs(text)).toEqual([['kp-criminal-code', null, 'kp', '59']]);
  });

  it('reads an offence named in everyday words as the writer’s country’s, but the North’s where the text says so', () => {
    const offences = (text: string) => extract(text).map((c) => c.offence);
    expect(offences('Spionage wird nach Angaben der Zeitung auch in Deutschland streng bestraft.')).toEqual([]);
    expect(offences('Wegen Spionage wurde er in Nordkorea zu zehn Jahren Arbeitslager verurteilt.')).toEqual([
      'espionage',
    ]);
  });

  it('leaves a bare number with no law named to the default law', () => {
    expect(briefs('이 글은 한국의 변호사가 썼다. 99조는 형량을 정한다.')).toEqual([
      ['kp-criminal-code', null, 'kp', '99'],
    ]);
  });
});

describe('German statute abbreviations after a § number', () => {
  it.each<[string, Brief[]]>([
    [
      'Die Zuständigkeit folgt aus § 120 Abs. 2 Satz 1 Nr. 4 GVG und nicht aus der Verfassung.',
      [[null, 'GVG', null, '120']],
    ],
    ['Die Ausfuhr nach Nordkorea ist nach § 18 AWG strafbar, sagte die Behörde.', [[null, 'AWG', null, '18']]],
  ])('%j names a law the database does not hold', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('binds a § number to a law named in its sentence past words it does not read, and to no default law', () => {
    expect(briefs('Die Klage stützt sich auf §§ 12 ff. Gewerbeordnung und wurde abgewiesen.')).toEqual([
      [null, 'Gewerbeordnung', null, '12'],
    ]);
    expect(briefs('Nach § 30 Abs. 1 Ziff. 2 StPO war die Beschwerde zulässig.')).toEqual([[null, 'StPO', null, '30']]);
    expect(briefs('Über Nordkorea wird viel geschrieben. Entscheidend ist § 45, sagte der Anwalt.')).toEqual([]);
    expect(briefs('Sanctions on North Korea were enforced. Charged: 18 U.S.C. § 1349 — wire fraud.')).toEqual([]);
  });

  it("reads the GDR's code as German, not the DPRK's", () => {
    expect(briefs('Die Richter in Ostberlin stützten sich auf Artikel 213 des Strafrechts der DDR.')).toEqual([
      [null, 'Strafrechts der DDR', 'de', '213'],
    ]);
  });

  it('reads no law into a capitalised word after an English article number', () => {
    const found = briefs('North Korea convicted him under Article 60 NGO observers said was vague.');
    expect(found).toEqual([['kp-criminal-code', null, 'kp', '60']]);
  });
});
