/**
 * Character-level helpers for the citation extractor. `normaliseText` maps every UTF-16 code unit to
 * exactly one code unit, so offsets found in the normalised copy are offsets into the original text.
 */

const FOLDED =
  /[\uFF01-\uFF5E\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u2010-\u2015\u2212\u2018\u2019\u301C\u223C\uFE63\u318D\u30FB\u2027\uFF65]/g;
/** Middle dots that separate list items: "제301ㆍ302조" (U+318D), "27・28条" (U+30FB). */
const MIDDLE_DOTS = new Set(['\u318D', '\u30FB', '\u2027', '\uFF65']);

function foldChar(ch: string): string {
  if (MIDDLE_DOTS.has(ch)) return '·';
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (ch === '\u2018' || ch === '\u2019') return "'";
  if (ch === '\u301C' || ch === '\u223C') return '~';
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe63) return '-';
  return ' ';
}

/** Full-width forms, typographic dashes, apostrophes and middle dots, exotic spaces folded, length kept. */
export function normaliseText(text: string): string {
  return text.replace(FOLDED, foldChar);
}

const CJK_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CJK_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** "六十" → 60, "二百二十二" → 222, "一〇二" → 102; null when the string is not a CJK numeral. */
export function parseCjkNumber(raw: string): number | null {
  let total = 0;
  let pending = -1;
  let positional = '';
  for (const ch of raw) {
    const digit = CJK_DIGITS[ch];
    const unit = CJK_UNITS[ch];
    if (digit !== undefined) {
      pending = digit;
      positional += String(digit);
    } else if (unit !== undefined) {
      total += (pending < 0 ? 1 : pending) * unit;
      pending = -1;
      positional = '';
    } else {
      return null;
    }
  }
  if (positional.length > 1 && total === 0) return Number(positional);
  return total + Math.max(pending, 0);
}

/** Article number as text: ASCII digits kept, CJK numerals converted; null when unparseable or zero. */
export function articleNumber(raw: string): string | null {
  if (/^[0-9]+$/.test(raw)) return raw.replace(/^0+(?=\d)/, '');
  const value = parseCjkNumber(raw);
  return value === null || value <= 0 ? null : String(value);
}

/** Numeric value of the leading digits of an article number ("60-1" → 60, "부칙 1" → null). */
export function leadingNumber(article: string): number | null {
  const match = /^\d+/.exec(article);
  return match ? Number(match[0]) : null;
}
