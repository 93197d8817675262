import { type Tier, formatMonths, tierOrder } from '../lib/penalty-format.ts';

/**
 * The heaviest penalty of each tier in each version of an offence, as table rows and as bars
 * for a server-rendered SVG (death and life terms drawn above the longest fixed term). A tier
 * without a recorded penalty is "not recorded" — drawn as a marked gap, never as a missing tier,
 * because our sources are partial: no figure is not the same as no such tier. Pure.
 */
export interface TierMax {
  tier: Tier;
  /** what the heaviest penalty is; months is its term for max_term and min_term; null when not recorded */
  heaviest: 'death' | 'life' | 'max_term' | 'min_term' | 'no_term' | null;
  months: number | null;
  /** "up to 5 years", "death"; "not recorded" when the sources give no figure for the tier */
  label: string;
  recorded: boolean;
  /** bar height on a 0–1 scale; null when not recorded */
  scale: number | null;
}

export interface HistoryRow {
  versionSlug: string;
  /** false when no penalty at all is recorded for the offence in this version */
  penaltiesRecorded: boolean;
  basic: string;
  grave: string;
  especiallyGrave: string;
  tiers: TierMax[];
}

type PenaltyRow = { tier: string; kind: string; min_months: number | null; max_months: number | null };

/** Fixed terms run up to 15 years; life and death sit above them on the chart. */
const TERM_CEILING = 180;
export const NOT_RECORDED = 'not recorded';

const termScale = (months: number) => (0.8 * Math.min(months, TERM_CEILING)) / TERM_CEILING;

function tierMax(tier: Tier, penalties: PenaltyRow[]): TierMax {
  const of = (heaviest: TierMax['heaviest'], months: number | null, label: string, scale: number | null): TierMax => ({
    tier,
    heaviest,
    months,
    label,
    recorded: heaviest !== null,
    scale,
  });
  if (penalties.some((p) => p.kind === 'death')) return of('death', null, 'death', 1);
  if (penalties.some((p) => p.kind === 'unlimited_term_correctional_labor')) return of('life', null, 'life', 0.92);
  const max = Math.max(...penalties.map((p) => p.max_months ?? -1));
  if (max >= 0) return of('max_term', max, `up to ${formatMonths(max)}`, termScale(max));
  const min = Math.max(...penalties.map((p) => p.min_months ?? -1));
  if (min >= 0) return of('min_term', min, `at least ${formatMonths(min)}`, termScale(min));
  // A penalty without a term (a fine, confiscation) is recorded, but has no height to draw.
  return penalties.length > 0 ? of('no_term', null, 'no term', 0) : of(null, null, NOT_RECORDED, null);
}

/**
 * One row per version in which the offence has an article, whether or not its penalties are
 * recorded; empty when fewer than two versions are known or none records a penalty.
 */
export function buildPenaltyHistory(
  versions: { id: number; slug: string }[],
  penalties: (PenaltyRow & { version_id: number })[],
): HistoryRow[] {
  const rows = versions.map((v) => {
    const mine = penalties.filter((p) => p.version_id === v.id);
    const tiers = tierOrder.map((tier) =>
      tierMax(
        tier,
        mine.filter((p) => p.tier === tier),
      ),
    );
    return {
      versionSlug: v.slug,
      penaltiesRecorded: mine.length > 0,
      basic: tiers[0]!.label,
      grave: tiers[1]!.label,
      especiallyGrave: tiers[2]!.label,
      tiers,
    };
  });
  return rows.length > 1 && rows.some((r) => r.penaltiesRecorded) ? rows : [];
}

export interface ChartBar {
  x: number;
  y: number;
  w: number;
  h: number;
  tier: string;
  label: string;
  recorded: boolean;
}

/** Bar geometry: one group per version, one bar per tier; an unrecorded tier is a short dashed box marked "?". */
export function penaltyChart(rows: HistoryRow[]) {
  const group = 150;
  const plotTop = 24;
  const plotHeight = 150;
  const bars: ChartBar[] = rows.flatMap((r, i) =>
    r.tiers.map((t, k) => {
      const x = 40 + i * group + k * 38;
      const h = t.scale === null ? 18 : Math.max(3, Math.round(t.scale * plotHeight));
      return {
        x,
        y: plotTop + plotHeight - h,
        w: 30,
        h,
        tier: tierOrder[k]!,
        label: t.recorded ? t.label : '?',
        recorded: t.recorded,
      };
    }),
  );
  return {
    width: 40 + rows.length * group,
    height: plotTop + plotHeight + 40,
    baseline: plotTop + plotHeight,
    group,
    bars,
  };
}
