/**
 * W3C-style TextQuoteSelector: find `exact` in a text, using prefix/suffix to choose among
 * repeated occurrences. Offsets are UTF-16 code units, as JavaScript strings count them.
 */
export interface TextQuote {
  exact: string;
  prefix?: string | null;
  suffix?: string | null;
}

/** How many characters at the end of `a` and of `b` agree. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * The occurrence of `exact` whose surroundings agree longest with the prefix and suffix (so a
 * quote survives words added or changed around it); ties go to the first. `skip` rules out
 * occurrences another quote already holds. Null when the exact words do not occur.
 */
export function locateQuote(
  text: string,
  quote: TextQuote,
  skip: (start: number) => boolean = () => false,
): { start: number; end: number } | null {
  if (quote.exact === '') return null;
  let best: { start: number; score: number } | null = null;
  for (let i = text.indexOf(quote.exact); i !== -1; i = text.indexOf(quote.exact, i + 1)) {
    if (skip(i)) continue;
    const end = i + quote.exact.length;
    const before = quote.prefix ? commonSuffix(quote.prefix, text.slice(Math.max(0, i - quote.prefix.length), i)) : 0;
    const after = quote.suffix ? commonPrefix(quote.suffix, text.slice(end, end + quote.suffix.length)) : 0;
    if (!best || before + after > best.score) best = { start: i, score: before + after };
  }
  return best && { start: best.start, end: best.start + quote.exact.length };
}

/** The selector for text[start, end): up to `context` characters either side. */
export function quoteAt(text: string, start: number, end: number, context = 32): Required<TextQuote> {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
  };
}
