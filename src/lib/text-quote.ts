/**
 * W3C-style TextQuoteSelector: find `exact` in a text, using prefix/suffix to choose among
 * repeated occurrences. Offsets are UTF-16 code units, as JavaScript strings count them.
 */
export interface TextQuote {
  exact: string;
  prefix?: string | null;
  suffix?: string | null;
}

export function locateQuote(text: string, quote: TextQuote): { start: number; end: number } | null {
  const candidates: number[] = [];
  for (let i = text.indexOf(quote.exact); i !== -1; i = text.indexOf(quote.exact, i + 1)) candidates.push(i);
  if (candidates.length === 0) return null;
  const score = (start: number) => {
    const end = start + quote.exact.length;
    let s = 0;
    if (quote.prefix && text.slice(Math.max(0, start - quote.prefix.length), start) === quote.prefix) s += 2;
    if (quote.suffix && text.slice(end, end + quote.suffix.length) === quote.suffix) s += 2;
    return s;
  };
  const best = candidates.reduce((a, b) => (score(b) > score(a) ? b : a));
  return { start: best, end: best + quote.exact.length };
}

/** The selector for text[start, end): up to `context` characters either side. */
export function quoteAt(text: string, start: number, end: number, context = 32): Required<TextQuote> {
  return { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - context), start), suffix: text.slice(end, end + context) };
}
