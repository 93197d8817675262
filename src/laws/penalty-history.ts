import { formatMonths } from '../lib/penalty-format.ts';

/**
 * The heaviest penalty of each tier in each version of an offence, as table rows and as bars
 * for a server-rendered SVG (death and life terms drawn above the longest fixed term). Pure.
 */
export interface TierMax {
  label: string | null;
  /** bar height on a 0–1 scale; null when the tier has no recorded penalty */
  scale: number | null;
}

export interface HistoryRow {
  versionSlug: string;
  basic: string | null;
  grave: string | null;
  especiallyGrave: string | null;
  tiers: TierMax[];
}

type PenaltyRow = { tier: string; kind: string; min_months: number | null; max_months: number | null };

const TIERS = ['basic', 'grave', 'especially_grave'];
/** Fixed terms run up to 15 years; life and death sit above them on the chart. */
const TERM_CEILING = 180;

function tierMax(penalties: PenaltyRow[]): TierMax {
  if (penalties.some((p) => p.kind === 'death')) return { label: 'death', scale: 1 };
  if (penalties.some((p) => p.kind === 'unlimited_term_correctional_labor')) return { label: 'life', scale: 0.92 };
  const max = Math.max(...penalties.map((p) => p.max_months ?? -1));
  if (max >= 0) return { label: `up to ${formatMonths(max)}`, scale: (0.8 * Math.min(max, TERM_CEILING)) / TERM_CEILING };
  const min = Math.max(...penalties.map((p) => p.min_months ?? -1));
  return min >= 0 ? { label: `at least ${formatMonths(min)}`, scale: (0.8 * Math.min(min, TERM_CEILING)) / TERM_CEILING } : { label: null, scale: null };
}

export function buildPenaltyHistory(versions: { id: number; slug: string }[], penalties: (PenaltyRow & { version_id: number })[]): HistoryRow[] {
  const rows = versions.map((v) => {
    const mine = penalties.filter((p) => p.version_id === v.id);
    const tiers = TIERS.map((tier) => tierMax(mine.filter((p) => p.tier === tier)));
    return { versionSlug: v.slug, basic: tiers[0]!.label, grave: tiers[1]!.label, especiallyGrave: tiers[2]!.label, tiers };
  });
  const known = rows.filter((r) => r.tiers.some((t) => t.label));
  return known.length > 1 ? known : [];
}

/** Bar geometry: one group per version, one bar per tier. */
export function penaltyChart(rows: HistoryRow[]) {
  const group = 150;
  const plotTop = 24;
  const plotHeight = 150;
  const bars = rows.flatMap((r, i) =>
    r.tiers.flatMap((t, k) => {
      if (t.scale === null) return [];
      const h = Math.max(3, Math.round(t.scale * plotHeight));
      const x = 40 + i * group + k * 38;
      return [{ x, y: plotTop + plotHeight - h, w: 30, h, tier: TIERS[k]!, label: t.label! }];
    }),
  );
  return { width: 40 + rows.length * group, height: plotTop + plotHeight + 40, baseline: plotTop + plotHeight, group, bars };
}
