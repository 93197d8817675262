/**
 * CSV as RFC 4180 writes it: fields quoted when they hold a comma, quote, CR or LF; quotes doubled;
 * records end in CRLF. Spreadsheets run a cell that starts with = + - @ (or a tab or CR, which
 * some strip first) as a formula, so such cells get a leading apostrophe (OWASP "CSV injection").
 */
export type CsvValue = string | number | boolean | null | undefined;

const formulaStart = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  // Numbers are data we produce (ids, confidence): a negative one is not a formula.
  const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecord(values: CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
