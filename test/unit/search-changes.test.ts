import { type ArticleKindRow, penaltyChanges } from '../../src/search/penalty-changes.ts';

const row = (version: number, number: string, lineage: string, has: boolean, known = true): ArticleKindRow => ({
  version_id: version,
  version_slug: `v${version}`,
  version_label: `Version ${version}`,
  number,
  lineage_slug: lineage,
  offence_name: lineage,
  has,
  known,
});

describe('penaltyChanges', () => {
  it('compares by lineage across renumbering', () => {
    const [change] = penaltyChanges([row(1, '10', 'a', false), row(1, '11', 'b', true), row(2, '20', 'a', true), row(2, '21', 'b', false)]);
    expect(change!.gained).toEqual([{ lineage: 'a', offence: 'a', before: '10', after: '20' }]);
    expect(change!.lost).toEqual([{ lineage: 'b', offence: 'b', before: '11', after: '21' }]);
  });

  it('does not call an offence lost when the later version has no recorded penalty or no article', () => {
    const [change] = penaltyChanges([row(1, '10', 'a', true), row(1, '11', 'b', true), row(2, '20', 'a', false, false), row(2, '30', 'c', true)]);
    expect(change!.lost).toEqual([]);
    expect(change!.unknownAfter.map((i) => i.lineage)).toEqual(['a', 'b']);
    expect(change!.added.map((i) => i.lineage)).toEqual(['c']);
  });
});
