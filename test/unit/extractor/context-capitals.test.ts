import { readFileSync } from 'node:fs';
import type { ExtractionContext } from '../../../src/extractor/citation.types.ts';
import { extractCitations } from '../../../src/extractor/extract.ts';

/** A title set in capitals names its law as the same title in title case would. Sentences written for these tests. */
const ctx = JSON.parse(
  readFileSync(new URL('../../fixtures/citations/context.json', import.meta.url), 'utf8'),
) as ExtractionContext;

const bound = (text: string, title: string) =>
  extractCitations(text, ctx, { date: '2020-01-01', context: { title, summary: null } }).map((citation) => [
    citation.law,
    citation.article,
  ]);

describe('a title in capitals', () => {
  const text = 'ARTICLE 12 (Duties of Institutions)\n\nInstitutions shall keep records of the work.';

  it('binds a bare article to the unheld law it names, as its title-case form does', () => {
    expect(bound(text, 'FISHERIES LAW OF THE DEMOCRATIC PEOPLE’S REPUBLIC OF KOREA')).toEqual([[null, '12']]);
    expect(bound(text, 'Fisheries Law of the Democratic People’s Republic of Korea')).toEqual([[null, '12']]);
  });

  it('still binds it to a held law the capitals name', () => {
    expect(bound(text, 'CRIMINAL CODE OF THE DPRK')).toEqual([['kp-criminal-code', '12']]);
  });
});
