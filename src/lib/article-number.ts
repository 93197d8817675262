/**
 * Article numbers are text ("222", "60-1", "부칙 1"); sort keys give them a numeric order:
 * main body first by number and sub-number, supplementary provisions (부칙) after the body.
 */
const SUPPLEMENTARY_OFFSET = 1_000_000;

export function articleSortKey(number: string): number {
  const trimmed = number.trim();
  const supplementary = /^(부칙|supplementary)\s*/i.test(trimmed);
  const digits = trimmed.match(/\d+/g) ?? [];
  const main = digits[0] ? Number(digits[0]) : 0;
  const sub = digits[1] ? Number(digits[1]) : 0;
  return (supplementary ? SUPPLEMENTARY_OFFSET : 0) + main + Math.min(sub, 999) / 1000;
}

/** "Article 222", "Articles 99–172"; supplementary provisions read "Supplementary Art. 1". */
export function articleLabel(number: string): string {
  const m = number.match(/^부칙\s*(.+)$/);
  return m ? `Supplementary Provisions, Article ${m[1]}` : `Article ${number}`;
}

export function articleShortLabel(number: string): string {
  const m = number.match(/^부칙\s*(.+)$/);
  return m ? `Suppl. Art. ${m[1]}` : `Art. ${number}`;
}
