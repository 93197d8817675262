import type { MatchSpec, Trx } from './match.repository.ts';
import * as reports from './report-search.repository.ts';
import type { FacetCountRow, ReportFilters } from './report-search.repository.ts';

/**
 * Report facet counts bounded in cost. Up to `exactUpTo` matching reports, every count is exact
 * (one pass over the matches). Past that, as large search engines do, the counts are estimated
 * from a fixed sample of report_search's pages, scaled up and rounded, and the page says so; the
 * total stays exact when the selected facets narrow it to `exactUpTo` or fewer.
 */
export const EXACT_COUNTS_UP_TO = 5000;
/**
 * Rows of report_search a sample reads: its cost, whatever the table's size. Testing a row
 * against a misspelt query (trigram similarity, then its citations) costs about eight times a
 * full-text test, so that sample is smaller.
 */
export const SAMPLE_ROWS = { text: 5_000, fuzzy: 1_000 } as const;

export interface ReportCounts {
  rows: FacetCountRow[];
  /** facet counts are estimates (and so is the total unless totalEstimated is false) */
  countsEstimated: boolean;
  totalEstimated: boolean;
}

export async function countReports(trx: Trx, m: MatchSpec, f: ReportFilters, exactUpTo: number): Promise<ReportCounts> {
  const matches = await reports.countReportMatchesUpTo(trx, m, null, exactUpTo);
  if (matches <= exactUpTo)
    return {
      rows: await reports.countReportFacets(trx, m, f, { within: exactUpTo + 1 }),
      countsEstimated: false,
      totalEstimated: false,
    };
  const tableRows = await reports.estimateReportSearchRows(trx);
  const percent = Math.min(100, (100 * SAMPLE_ROWS[m.mode]) / Math.max(tableRows, 1));
  const sample = await reports.countReportFacets(trx, m, f, { samplePercent: percent });
  // Selected facets may narrow a broad query to a few reports (a place): then the total is counted
  // exactly. Only when the sample says it might be that few; a sure-to-be-large total stays an estimate.
  const estimate = scaleSample(sample, tableRows, f, null, 0).find((r) => r.facet === 'total')?.n ?? 0;
  const narrowed =
    hasReportFacets(f) && estimate < 4 * exactUpTo
      ? await reports.countReportMatchesUpTo(trx, m, f, exactUpTo)
      : matches;
  const exactTotal = narrowed <= exactUpTo ? narrowed : null;
  return {
    rows: scaleSample(sample, tableRows, f, exactTotal, exactUpTo + 1),
    countsEstimated: true,
    totalEstimated: exactTotal === null,
  };
}

function hasReportFacets(f: ReportFilters): boolean {
  return f.outlet.length + f.place.length + f.year.length + f.claim.length > 0;
}

/** Two significant figures: an estimate should not look more precise than it is. */
export function roundEstimate(n: number): number {
  if (n < 10) return Math.round(n);
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / unit) * unit;
}

/**
 * The sample's counts times (table rows / rows sampled). A total known to exceed the exact limit
 * is at least `atLeast`; a facet with one selected value counts what the total counts (that value
 * is the facet's whole selection), so the page agrees with itself.
 */
export function scaleSample(
  sample: FacetCountRow[],
  tableRows: number,
  f: ReportFilters,
  exactTotal: number | null,
  atLeast: number,
): FacetCountRow[] {
  const sampled = sample.find((r) => r.facet === 'sampled')?.n ?? 0;
  const factor = sampled > 0 ? Math.max(tableRows, sampled) / sampled : 0;
  const scaled = sample.filter((r) => r.facet !== 'sampled').map((r) => ({ ...r, n: roundEstimate(r.n * factor) }));
  const total = scaled.find((r) => r.facet === 'total');
  const totalN = exactTotal ?? roundEstimate(Math.max(total?.n ?? 0, atLeast));
  const rows = [
    ...scaled.filter((r) => r.facet !== 'total'),
    { facet: 'total', value: '', label: '', sort: '', n: totalN },
  ];
  for (const key of ['outlet', 'place', 'year', 'claim'] as const) {
    if (f[key].length !== 1) continue;
    const value = f[key][0]!;
    const row = rows.find((r) => r.facet === key && r.value === value);
    if (row) row.n = totalN;
    else rows.push({ facet: key, value, label: value, sort: '', n: totalN });
  }
  return rows;
}
