/** Turns word lists into RegExp sources: literals escaped, longest first, a space matching any run of spaces. */

export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `a|bb|ccc` as an alternation source, longest first so a longer word wins over its prefix. */
export function alternation(words: Iterable<string>): string {
  const unique = [...new Set([...words].map((word) => word.trim()).filter((word) => word !== ''))];
  return unique
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((word) => escapeRegExp(word).replace(/ +/g, '\\s+'))
    .join('|');
}

/** The same, as a non-capturing group. */
export function group(words: Iterable<string>): string {
  return `(?:${alternation(words)})`;
}

/** A character class of single characters: `[선직치]`. */
export function charClass(chars: string): string {
  return `[${[...new Set(chars)].map((ch) => escapeRegExp(ch).replace(/-/g, '\\-')).join('')}]`;
}

/** Latin letters of the scripts the languages use: a word boundary that works without the `u` flag. */
export const LATIN_LETTER = 'A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';

/**
 * Matches a whole word (Latin script): not preceded nor followed by a letter or digit. Words that open
 * with a word character also open with `\b`, which lets irregexp skip most positions at once (a
 * pattern that opens with a lookbehind is tried at every one): the whole-text scans run about twice as fast.
 */
export function wordGroup(words: Iterable<string>): string {
  const list = [...words];
  const plain = list.filter((word) => /^\w/.test(word.trim()));
  const other = list.filter((word) => !/^\w/.test(word.trim()));
  const before = `(?<![${LATIN_LETTER}0-9])`;
  const parts = [plain.length ? `\\b${before}${group(plain)}` : '', other.length ? `${before}${group(other)}` : ''];
  return `(?:${parts.filter(Boolean).join('|')})(?![${LATIN_LETTER}0-9])`;
}

/** Latin words as whole words, CJK words anywhere, as one pattern; null when both lists are empty. */
export function wordListPattern(latin: string[], cjk: string[], flags: string): RegExp | null {
  const parts = [latin.length ? wordGroup(latin) : '', cjk.length ? group(cjk) : ''].filter(Boolean);
  return parts.length ? new RegExp(parts.join('|'), flags) : null;
}

/**
 * Words for a whole-text scan: ASCII words open with `\b` (irregexp then skips most positions at
 * once, which keeps extraction fast) and close at a non-letter; symbols ("§") match as they are.
 */
export function scanGroup(words: Iterable<string>): string {
  const list = [...words];
  const ascii = list.filter((word) => /^[A-Za-z0-9]/.test(word));
  const other = list.filter((word) => !/^[A-Za-z0-9]/.test(word));
  const parts = [];
  if (ascii.length) parts.push(`\\b${group(ascii)}(?![${LATIN_LETTER}])`);
  if (other.length) parts.push(`${group(other)}(?![${LATIN_LETTER}])`);
  return `(?:${parts.join('|')})`;
}
