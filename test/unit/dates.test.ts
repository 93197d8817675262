import { formatReportDate, todayIso } from '../../src/lib/dates.ts';

describe('the legal calendar', () => {
  it('takes today where the law applies: 20:00 UTC on 31 Dec is already 1 Jan in Pyongyang', () => {
    const lateUtc = new Date('2026-12-31T20:00:00Z');
    expect(todayIso(lateUtc)).toBe('2027-01-01');
    expect(todayIso(lateUtc, 'UTC')).toBe('2026-12-31');
  });

  it.each([
    ['2009-08-18', 'day', '18 August 2009'],
    ['2009-08-01', 'month', 'August 2009'],
    ['2019-09-01', 'season', 'autumn 2019'],
    ['2019-01-01', 'season', 'winter 2019'],
    ['2009-01-01', 'year', '2009'],
    [null, 'unknown', 'Date unknown'],
  ])('shows %s at %s precision as %j', (iso, precision, shown) => {
    expect(formatReportDate(iso, precision)).toBe(shown);
  });

  it('names what is known of an unknown date', () => {
    expect(formatReportDate(null, 'unknown', 'undated leaflet')).toBe('Date unknown (undated leaflet)');
  });
});
