import { readFileSync } from 'node:fs';
import type { ExtractedCitation, ExtractionContext, ExtractOptions } from '../../../src/citations/citation.types.ts';
import { extractCitations } from '../../../src/citations/extract.ts';

/**
 * Which law a name means when the database does not list that name: a generic name in another
 * language ("Strafgesetzbuch"), a constitution, an international instrument, a law named only in
 * the title, a name that the text itself shows to be a slip. Sentences written for these tests.
 */
const ctx = JSON.parse(readFileSync(new URL('../../fixtures/citations/context.json', import.meta.url), 'utf8')) as ExtractionContext;

const CC = 'kp-criminal-code';

type Brief = [law: string | null, lawName: string | null, article: string | null, articleTo: string | null];

const extract = (text: string, opts: ExtractOptions = { date: '2019-03-01' }): ExtractedCitation[] => extractCitations(text, ctx, opts);
const briefs = (text: string, opts?: ExtractOptions): Brief[] => extract(text, opts).map((c) => [c.law, c.lawName, c.article, c.articleTo]);

describe('a generic name the database does not list, said of a jurisdiction whose law of that kind it holds', () => {
  it.each<[string, Brief[]]>([
    ['Die Richter stützten sich auf Artikel 64 des nordkoreanischen Strafgesetzbuches.', [[CC, null, '64', null]]],
    ['Pjöngjang hat sein Strafgesetzbuch 2012 überarbeitet; § 221 betrifft die Grenze.', [[CC, null, '221', null]]],
    ['Das nordkoreanische Strafgesetzbuch kennt keine Pressefreiheit.', [[CC, null, null, null]]],
  ])('binds %j to the held law of that kind', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('leaves the same name of another jurisdiction unheld', () => {
    expect(briefs('Das südkoreanische Strafgesetzbuch regelt in Artikel 250 den Mord.')).toEqual([
      [null, 'südkoreanische Strafgesetzbuch', '250', null],
    ]);
  });
});

describe('a constitution named by its generic name alone', () => {
  it.each<[string, Brief[]]>([
    ["Pyongyang's constitution, in Article 67, promises freedom of the press.", [[null, "Pyongyang's constitution", '67', null]]],
    ['Die nordkoreanische Verfassung garantiert in Artikel 68 die Religionsfreiheit.', [[null, 'nordkoreanische Verfassung', '68', null]]],
  ])('keeps %j out of the criminal code', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('a law name the text itself shows to be a slip', () => {
  it('follows the offence named with the number to the held law of the same jurisdiction', () => {
    const text = "A defector recalled that North Korea's constitution punishes phone calls abroad under Article 222, the crime of illegal international communications.";
    expect(briefs(text)).toEqual([[CC, null, '222', null]]);
  });

  it('does not move an article of another jurisdiction', () => {
    const text = 'Under the South Korean constitution, Article 222, the crime of illegal international communications, would be void.';
    expect(briefs(text).filter(([law]) => law === CC)).toEqual([]);
  });
});
