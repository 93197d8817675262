import {
  containsPattern,
  excerptAround,
  markTerms,
  markedSegments,
  splitQuery,
  websearchText,
} from '../../src/search/search-text.ts';

describe('splitQuery', () => {
  it('separates Korean runs from the rest of the query', () => {
    expect(splitQuery('국제통신 "illegal calls" -china')).toEqual({
      q: '국제통신 "illegal calls" -china',
      cjk: ['국제통신'],
      rest: '"illegal calls" -china',
    });
    expect(splitQuery('border crossing').cjk).toEqual([]);
  });
});

describe('containsPattern', () => {
  it('escapes LIKE wildcards', () => {
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});

describe('markedSegments', () => {
  it('splits at the markers and restores angle brackets', () => {
    expect(markedSegments('a \u0001b\u0002 \u0003c\u0004')).toEqual([
      { text: 'a ', mark: false },
      { text: 'b', mark: true },
      { text: ' <c>', mark: false },
    ]);
  });

  it('never leaves a highlight open on a stray marker', () => {
    expect(markedSegments('x\u0002y')).toEqual([
      { text: 'x', mark: false },
      { text: 'y', mark: false },
    ]);
  });
});

describe('markTerms', () => {
  it('highlights Korean substrings outside existing highlights', () => {
    expect(markTerms([{ text: '비법국제통신죄', mark: false }], ['국제통신'])).toEqual([
      { text: '비법', mark: false },
      { text: '국제통신', mark: true },
      { text: '죄', mark: false },
    ]);
  });
});

describe('excerptAround', () => {
  it('cuts the text around the first term', () => {
    expect(excerptAround(`${'a'.repeat(200)}국제통신${'b'.repeat(200)}`, ['국제통신'], 5)).toBe(
      '… aaaaa국제통신bbbbb …',
    );
    expect(excerptAround('nothing', ['국제통신'])).toBeNull();
  });
});

describe('websearchText', () => {
  it('reads a run of dashes as one negation, so a long run cannot overflow the tsquery parser', () => {
    expect(websearchText(`${'-'.repeat(400)}defector`)).toBe('-defector');
    expect(websearchText('border -crossing')).toBe('border -crossing');
  });
});
