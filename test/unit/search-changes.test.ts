import { type ArticleKindRow, penaltyChanges } from '../../src/penalties/penalty-changes.ts';

/** An article of version `version`: carries the penalty in `kind` tiers, records penalties in `recorded` tiers. */
const row = (
  version: number,
  number: string,
  lineage: string,
  kind: string[],
  recorded: string[] = kind,
): ArticleKindRow => ({
  version_id: version,
  version_slug: `v${version}`,
  version_label: `Version ${version}`,
  number,
  lineage_slug: lineage,
  offence_name: lineage,
  kind_tiers: kind,
  recorded_tiers: recorded,
});

describe('penaltyChanges', () => {
  it('compares by lineage across renumbering', () => {
    const [change] = penaltyChanges([
      row(1, '10', 'a', [], ['basic']),
      row(1, '11', 'b', ['basic']),
      row(2, '20', 'a', ['basic']),
      row(2, '21', 'b', [], ['basic']),
    ]);
    expect(change!.gained).toEqual([{ lineage: 'a', offence: 'a', before: '10', after: '20', reason: null }]);
    expect(change!.lost).toEqual([{ lineage: 'b', offence: 'b', before: '11', after: '21', reason: null }]);
  });

  it('does not call an offence lost when the later version has no recorded penalty or no article', () => {
    const [change] = penaltyChanges([
      row(1, '10', 'a', ['basic']),
      row(1, '11', 'b', ['basic']),
      row(2, '20', 'a', [], []),
      row(2, '30', 'c', ['basic']),
    ]);
    expect(change!.lost).toEqual([]);
    expect(change!.unknownAfter.map((i) => [i.lineage, i.reason])).toEqual([
      ['a', 'not_recorded_after'],
      ['b', 'number_unknown_after'],
    ]);
    expect(change!.added.map((i) => [i.lineage, i.reason])).toEqual([['c', 'number_unknown_before']]);
  });

  it('does not call a penalty lost when only other tiers of the later article are recorded', () => {
    // 2009 Art. 193 carries disciplinary labor in the basic tier; 2012 Art. 183 records only the grave tier.
    const [change] = penaltyChanges([
      row(1, '193', 'decadent', ['basic'], ['basic', 'grave']),
      row(2, '183', 'decadent', [], ['grave']),
    ]);
    expect(change!.lost).toEqual([]);
    expect(change!.unknownAfter).toEqual([
      { lineage: 'decadent', offence: 'decadent', before: '193', after: '183', reason: 'not_recorded_after' },
    ]);
  });

  it('names new and repealed offences from the lineage steps', () => {
    const steps = [
      { version_id: 2, lineage_slug: 'c', relation: 'new' },
      { version_id: 2, lineage_slug: 'b', relation: 'repealed' },
    ];
    const [change] = penaltyChanges(
      [row(1, '11', 'b', ['basic']), row(1, '12', 'x', []), row(2, '30', 'c', ['basic'])],
      steps,
    );
    expect(change!.added.map((i) => [i.lineage, i.reason])).toEqual([['c', 'new_offence']]);
    expect(change!.unknownAfter.map((i) => [i.lineage, i.reason])).toEqual([['b', 'repealed']]);
  });
});
