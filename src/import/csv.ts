/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF (LF and a lone CR are accepted too);
 * a field in double quotes may hold commas, line breaks and quotes written twice ("").
 */
export interface CsvRecord {
  /** the line the record starts on, counting from 1 */
  line: number;
  fields: string[];
}

export type CsvParseResult = { records: CsvRecord[]; error: null } | { records: null; error: { line: number; message: string } };

export function parseCsv(text: string): CsvParseResult {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let line = 1;
  let recordLine = 1;
  let i = 0;
  for (;;) {
    const field = text[i] === '"' ? readQuoted(text, i) : readBare(text, i);
    if ('error' in field) return { records: null, error: { line: line + field.lineBreaks, message: field.error } };
    fields.push(field.value);
    line += field.lineBreaks;
    i = field.end;
    if (text[i] === ',') {
      i += 1;
      continue;
    }
    // A blank line is a record of one empty field: skipped, as spreadsheets leave them about.
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
    if (i >= text.length) return { records, error: null };
    i += text.startsWith('\r\n', i) ? 2 : 1;
    line += 1;
    recordLine = line;
    if (i >= text.length) return { records, error: null };
  }
}

type FieldRead = { value: string; end: number; lineBreaks: number } | { error: string; lineBreaks: number };

function readBare(text: string, start: number): FieldRead {
  let end = start;
  while (end < text.length && text[end] !== ',' && text[end] !== '\n' && text[end] !== '\r') end++;
  const value = text.slice(start, end);
  if (value.includes('"')) return { error: 'a field holding a quote (") must be enclosed in quotes, with the quote written twice', lineBreaks: 0 };
  return { value, end, lineBreaks: 0 };
}

function readQuoted(text: string, start: number): FieldRead {
  let value = '';
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return { error: 'a quoted field is never closed', lineBreaks: 0 };
    value += text.slice(from, quote);
    if (text[quote + 1] !== '"') {
      const end = quote + 1;
      const next = text[end];
      const lineBreaks = countLineBreaks(value);
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        return { error: 'text after a closing quote (a quote inside a quoted field must be written twice)', lineBreaks };
      }
      return { value, end, lineBreaks };
    }
    value += '"';
    from = quote + 2;
  }
}

function countLineBreaks(value: string): number {
  return value.match(/\r\n|\r|\n/g)?.length ?? 0;
}

const needsQuotes = /[",\r\n]/;

/** Rows to CSV text: CRLF line ends, quotes only where a field needs them. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((f) => (needsQuotes.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(',')).join('\r\n') + '\r\n';
}

// Spreadsheets run a cell that starts with one of these as a formula (CSV injection). Apostrophes
// already in front are counted too, so that adding one on export and removing one on import
// gives back exactly the stored text, whatever it is.
const formulaLike = /^'*[=+\-@\t\r]/;
const neutralised = /^'+[=+\-@\t\r]/;

/** `=SUM(A1)` → `'=SUM(A1)`: a spreadsheet shows the text instead of running it. */
export function neutraliseFormula(cell: string): string {
  return formulaLike.test(cell) ? `'${cell}` : cell;
}

/** The inverse of neutraliseFormula: drops the one apostrophe it added. */
export function restoreFormula(cell: string): string {
  return neutralised.test(cell) ? cell.slice(1) : cell;
}
