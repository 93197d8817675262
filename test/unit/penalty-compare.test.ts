import { comparePenalty } from '../../src/lib/penalty-compare.ts';
import { formatReportDate } from '../../src/lib/dates.ts';
import { decodeCursor, encodeCursor } from '../../src/lib/keyset.ts';
import { locateQuote } from '../../src/lib/text-quote.ts';

const art222 = [
  { tier: 'basic', kind: 'disciplinary_labor', min_months: null, max_months: 12 },
  { tier: 'grave', kind: 'fixed_term_correctional_labor', min_months: null, max_months: 60 },
];

describe('comparePenalty', () => {
  it('finds five years of correctional labor within the grave-case maximum of Article 222', () => {
    const c = comparePenalty(
      { kind: 'fixed_term_correctional_labor', tier: null, min_months: null, max_months: 60 },
      art222,
    );
    expect(c).toEqual({
      verdict: 'within',
      reported: '5 years of correctional labor',
      message: 'within the statutory maximum for grave cases',
    });
  });

  it('flags a sentence above every maximum', () => {
    const c = comparePenalty(
      { kind: 'fixed_term_correctional_labor', tier: null, min_months: 120, max_months: 120 },
      art222,
    );
    expect(c.verdict).toBe('exceeds');
    expect(c.message).toBe('exceeds the statutory maximum of 5 years for grave cases');
  });

  it('flags a penalty the article does not provide', () => {
    const c = comparePenalty({ kind: 'death', tier: null, min_months: null, max_months: null }, art222);
    expect(c).toMatchObject({ verdict: 'not_provided', message: 'the article does not provide the death penalty' });
  });

  it('says so when the article has no recorded penalties', () => {
    expect(comparePenalty({ kind: 'fine', tier: null, min_months: null, max_months: null }, []).verdict).toBe(
      'no_statute_data',
    );
  });
});

describe('formatReportDate', () => {
  it.each([
    ['2016-03-16', 'day', '16 March 2016'],
    ['2017-04-01', 'month', 'April 2017'],
    ['2019-09-01', 'season', 'autumn 2019'],
    ['2009-01-01', 'year', '2009'],
    [null, 'unknown', 'Date unknown'],
  ])('shows %s with precision %s as "%s"', (date, precision, expected) => {
    expect(formatReportDate(date, precision)).toBe(expected);
  });
});

describe('keyset cursors', () => {
  it('round-trips and rejects tampering', () => {
    const c = encodeCursor({ sortDate: '2016-03-16', id: 42 });
    expect(decodeCursor(c)).toEqual({ sortDate: '2016-03-16', id: 42 });
    expect(decodeCursor('not a cursor!')).toBeNull();
    expect(decodeCursor(Buffer.from('2016-03-16|1; drop table report').toString('base64url'))).toBeNull();
  });
});

describe('locateQuote', () => {
  it('uses prefix and suffix to pick among repeated passages', () => {
    const text = 'Article 60 here. Then Article 60 there.';
    expect(locateQuote(text, { exact: 'Article 60', prefix: 'Then ', suffix: ' there' })).toEqual({
      start: 22,
      end: 32,
    });
    expect(locateQuote(text, { exact: 'Article 61' })).toBeNull();
  });
});
