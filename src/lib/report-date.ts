/** Report dates shown with their precision: "autumn 2019" never pretends to be a day. */
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const seasons: Record<number, string> = { 3: 'spring', 6: 'summer', 9: 'autumn', 12: 'winter' };

export function formatReportDate(publishedOn: string | null, precision: string, note?: string | null): string {
  if (!publishedOn || precision === 'unknown') return note ? `Date unknown (${note})` : 'Date unknown';
  const [y, m, d] = publishedOn.split('-').map(Number) as [number, number, number];
  switch (precision) {
    case 'day':
      return `${d} ${monthNames[m - 1]} ${y}`;
    case 'month':
      return `${monthNames[m - 1]} ${y}`;
    case 'season':
      return `${seasons[m] ?? seasons[Math.floor(m / 3) * 3] ?? 'winter'} ${y}`;
    default:
      return String(y);
  }
}

/** Machine-readable form for <time datetime>: only as much as is known. */
export function reportDateTime(publishedOn: string | null, precision: string): string | null {
  if (!publishedOn) return null;
  if (precision === 'day') return publishedOn;
  if (precision === 'month' || precision === 'season') return publishedOn.slice(0, 7);
  if (precision === 'year') return publishedOn.slice(0, 4);
  return null;
}
