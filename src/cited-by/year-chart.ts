/** A bar chart of citing reports per year as plain data for a server-rendered SVG. Pure. */
export interface YearCount {
  year: number | null;
  count: number;
}

export interface YearChart {
  width: number;
  height: number;
  bars: { year: number; count: number; x: number; y: number; w: number; h: number; labelX: number }[];
  maxCount: number;
  undated: number;
  rows: YearCount[];
  summary: string;
}

const WIDTH = 640;
const HEIGHT = 160;
const PLOT_TOP = 20;
const PLOT_BOTTOM = 130;

export function buildYearChart(counts: YearCount[]): YearChart {
  const dated = counts.filter((c): c is { year: number; count: number } => c.year !== null);
  const undated = counts.filter((c) => c.year === null).reduce((s, c) => s + c.count, 0);
  if (dated.length === 0)
    return {
      width: WIDTH,
      height: HEIGHT,
      bars: [],
      maxCount: 0,
      undated,
      rows: counts,
      summary: 'No dated citing reports.',
    };
  const first = dated[0]!.year;
  const last = dated.at(-1)!.year;
  const span = last - first + 1;
  const slot = WIDTH / span;
  const maxCount = Math.max(...dated.map((d) => d.count));
  const bars = dated.map((d) => {
    const h = Math.max(2, Math.round(((PLOT_BOTTOM - PLOT_TOP) * d.count) / maxCount));
    const x = Math.round((d.year - first) * slot + slot * 0.15);
    const w = Math.max(2, Math.round(slot * 0.7));
    return { year: d.year, count: d.count, x, y: PLOT_BOTTOM - h, w, h, labelX: x + w / 2 };
  });
  const peak = dated.find((d) => d.count === maxCount)!;
  const summary = `Citing reports per year, ${first}–${last}; most in ${peak.year} (${maxCount}).`;
  return { width: WIDTH, height: HEIGHT, bars, maxCount, undated, rows: counts, summary };
}
