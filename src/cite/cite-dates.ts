/** Dates in the forms citation styles want, never more precise than what is known. */
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// Bluebook T12 abbreviations.
const bluebookMonths = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
// Imprecise dates are stored as the season's first month (report-date.ts).
const seasonOfMonth: Record<number, { name: string; csl: number }> = {
  3: { name: 'spring', csl: 1 },
  6: { name: 'summer', csl: 2 },
  9: { name: 'autumn', csl: 3 },
  12: { name: 'winter', csl: 4 },
};

export interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
  season: { name: string; csl: number } | null;
}

export function dateParts(iso: string | null, precision: string): DateParts | null {
  if (!iso || precision === 'unknown') return null;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (precision === 'day') return { year: y, month: m, day: d, season: null };
  if (precision === 'month') return { year: y, month: m, day: null, season: null };
  if (precision === 'season') return { year: y, month: null, day: null, season: seasonOfMonth[m] ?? seasonOfMonth[Math.floor(m / 3) * 3] ?? null };
  return { year: y, month: null, day: null, season: null };
}

/** "18 August 2009", "August 2009", "autumn 2019", "2009"; null when unknown. */
export function oscolaDate(p: DateParts | null): string | null {
  if (!p) return null;
  if (p.season) return `${p.season.name} ${p.year}`;
  if (p.month && p.day) return `${p.day} ${months[p.month - 1]} ${p.year}`;
  return p.month ? `${months[p.month - 1]} ${p.year}` : String(p.year);
}

/** "Aug. 18, 2009", "Aug. 2009", "Autumn 2019", "2009"; null when unknown. */
export function bluebookDate(p: DateParts | null): string | null {
  if (!p) return null;
  if (p.season) return `${p.season.name[0]!.toUpperCase()}${p.season.name.slice(1)} ${p.year}`;
  if (p.month && p.day) return `${bluebookMonths[p.month - 1]} ${p.day}, ${p.year}`;
  return p.month ? `${bluebookMonths[p.month - 1]} ${p.year}` : String(p.year);
}

export const isoDateParts = (iso: string): [number, number, number] => iso.split('-').map(Number) as [number, number, number];
