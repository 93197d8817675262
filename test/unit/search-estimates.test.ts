import { roundEstimate, scaleSample } from '../../src/search/report-counts.service.ts';

const noFilters = { outlet: [], place: [], year: [], claim: [] };
const row = (facet: string, value: string, n: number) => ({ facet, value, label: value, sort: '', n });

describe('facet count estimates', () => {
  it('round to two significant figures', () => {
    expect([roundEstimate(1_234_567), roundEstimate(12_345), roundEstimate(987), roundEstimate(7.4)]).toEqual([
      1_200_000, 12_000, 990, 7,
    ]);
  });

  it('scale the sample by table rows over rows sampled', () => {
    const rows = scaleSample(
      [row('sampled', '', 5000), row('total', '', 2500), row('year', '2010', 100)],
      1_000_000,
      noFilters,
      null,
      5001,
    );
    expect(rows).toContainEqual(row('total', '', 500_000));
    expect(rows).toContainEqual(row('year', '2010', 20_000));
    expect(rows.some((r) => r.facet === 'sampled')).toBe(false);
  });

  it('never put the total below the exact-count limit it passed, and use an exact total when there is one', () => {
    expect(
      scaleSample([row('sampled', '', 5000), row('total', '', 0)], 1_000_000, noFilters, null, 5001),
    ).toContainEqual(row('total', '', 5000));
    const narrowed = scaleSample(
      [row('sampled', '', 5000), row('total', '', 1), row('place', 'hyesan', 1)],
      1_000_000,
      { ...noFilters, place: ['hyesan'] },
      37,
      5001,
    );
    expect(narrowed).toContainEqual(row('total', '', 37));
    expect(narrowed.find((r) => r.facet === 'place')?.n).toBe(37); // the only selected place counts what the total counts
  });
});
