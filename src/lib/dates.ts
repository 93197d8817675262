/**
 * The one calendar module. Legal dates are YYYY-MM-DD strings with no time of day; report dates carry
 * a precision ("autumn 2019" never pretends to be a day); citation styles get only what is known.
 */

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
// Bluebook T12 abbreviations.
const bluebookMonths = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
// Imprecise dates are stored as the season's first month; csl is CSL-JSON's season number.
const seasonOfMonth: Record<number, { name: string; csl: number }> = {
  3: { name: 'spring', csl: 1 },
  6: { name: 'summer', csl: 2 },
  9: { name: 'autumn', csl: 3 },
  12: { name: 'winter', csl: 4 },
};

/**
 * "Today" for "which version is in force" is the date where the law applies, not in UTC: at 01:00 in
 * Pyongyang on the day a revision takes effect, UTC still says yesterday. Every jurisdiction held
 * today (DPRK, ROK) keeps UTC+9, so one zone serves; a law elsewhere would pass its own.
 */
export const LEGAL_TIME_ZONE = 'Asia/Pyongyang';

export function isValidIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

// Building an Intl.DateTimeFormat costs far more than using one, and pages ask for today many times.
const isoFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date at `now` in `timeZone` (en-CA formats as YYYY-MM-DD). */
export function todayIso(now: Date = new Date(), timeZone: string = LEGAL_TIME_ZONE): string {
  let format = isoFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    isoFormats.set(timeZone, format);
  }
  return format.format(now);
}

export const isoDateParts = (iso: string): [number, number, number] =>
  iso.split('-').map(Number) as [number, number, number];

/** "22 July 2015" */
export function formatDate(iso: string): string {
  const [y, m, d] = isoDateParts(iso);
  return `${d} ${months[(m || 1) - 1]} ${y}`;
}

/** The day before an ISO date, for "in force until" ranges. */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
  season: { name: string; csl: number } | null;
}

/** A report date split as far as its precision allows; null when unknown. */
export function dateParts(iso: string | null, precision: string): DateParts | null {
  if (!iso || precision === 'unknown') return null;
  const [y, m, d] = isoDateParts(iso);
  if (precision === 'day') return { year: y, month: m, day: d, season: null };
  if (precision === 'month') return { year: y, month: m, day: null, season: null };
  if (precision === 'season')
    return {
      year: y,
      month: null,
      day: null,
      season: seasonOfMonth[m] ?? seasonOfMonth[Math.floor(m / 3) * 3] ?? seasonOfMonth[12]!,
    };
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

/** A report date as pages show it: "18 August 2009", "autumn 2019", "Date unknown (note)". */
export function formatReportDate(publishedOn: string | null, precision: string, note?: string | null): string {
  const shown = oscolaDate(dateParts(publishedOn, precision));
  if (shown) return shown;
  return note ? `Date unknown (${note})` : 'Date unknown';
}

/** Machine-readable form for <time datetime>: only as much as is known. */
export function reportDateTime(publishedOn: string | null, precision: string): string | null {
  if (!publishedOn) return null;
  if (precision === 'day') return publishedOn;
  if (precision === 'month' || precision === 'season') return publishedOn.slice(0, 7);
  if (precision === 'year') return publishedOn.slice(0, 4);
  return null;
}
