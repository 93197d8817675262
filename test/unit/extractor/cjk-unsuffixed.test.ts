import { readFileSync } from 'node:fs';
import type { ExtractionContext } from '../../../src/extractor/citation.types.ts';
import { extractCitations } from '../../../src/extractor/extract.ts';

/**
 * Korean, Japanese and Chinese offences named in other words than the database's, or without the
 * offence suffix (죄, 罪). Sentences written for these tests.
 */
const ctx = JSON.parse(
  readFileSync(new URL('../../fixtures/citations/context.json', import.meta.url), 'utf8'),
) as ExtractionContext;

const offences = (text: string, date = '2016-06-01') =>
  extractCitations(text, ctx, { date }).map((c) => [c.article, c.offence]);

describe('offence words of the language data, before the suffix', () => {
  it.each<[string, (string | null)[][]]>([
    ['북한 법원은 그 남성에게 마약 밀수·거래죄를 적용했다고 한다.', [['208', 'drug-trafficking']]],
    ['朝鲜当局对叛逃国外罪的处罚已经加重。', [['63', 'treason-against-the-fatherland']]],
  ])('reads %j as the offence its words name', (text, expected) => {
    expect(offences(text)).toEqual(expected);
  });

  it('does not read defection alone as the treason offence', () => {
    expect(offences('在朝鲜,叛逃被看作严重罪行。')).toEqual([]);
  });
});
