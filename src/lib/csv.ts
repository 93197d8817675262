/**
 * The one CSV module: reading through csv-parse and writing through csv-stringify (RFC 4180: fields
 * quoted when they hold a comma, quote, CR or LF; quotes doubled; records end in CRLF), plus the
 * formula guard every cell we write passes through.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

export interface CsvRecord {
  /** the line the record starts on, counting from 1 */
  line: number;
  fields: string[];
}

export type CsvParseResult =
  | { records: CsvRecord[]; error: null }
  | { records: null; error: { line: number; message: string } };

// csv-parse's own messages name its internals ("trimable character"); these say what to fix.
const messages: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed',
  INVALID_OPENING_QUOTE: 'a field holding a quote (") must be enclosed in quotes, with the quote written twice',
  CSV_INVALID_CLOSING_QUOTE: 'text after a closing quote (a quote inside a quoted field must be written twice)',
};

/** Text to records with the line each starts on; blank lines are skipped, as spreadsheets leave them about. */
export function parseCsv(text: string): CsvParseResult {
  const bytes = Buffer.from(text);
  try {
    const rows = parse(bytes, { info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as {
      record: string[];
      info: { bytes: number };
    }[];
    return { records: startLines(bytes, rows), error: null };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const { lines } = error as CsvError & { lines?: number };
    return { records: null, error: { line: lines ?? 1, message: messages[error.code] ?? error.message } };
  }
}

const CR = 0x0d;
const LF = 0x0a;

/** Length of the line break at `at` (CRLF, LF or a lone CR), 0 when there is none. */
function breakAt(bytes: Buffer, at: number): number {
  if (bytes[at] === CR) return bytes[at + 1] === LF ? 2 : 1;
  return bytes[at] === LF ? 1 : 0;
}

// csv-parse's own line count depends on which line ending it has detected so far (a CRLF inside
// quotes before the first record ends counts twice), so lines are counted here from each record's end offset.
function startLines(bytes: Buffer, rows: { record: string[]; info: { bytes: number } }[]): CsvRecord[] {
  let at = 0;
  let line = 1;
  return rows.map(({ record, info }) => {
    for (let n = breakAt(bytes, at); n > 0; n = breakAt(bytes, at)) {
      at += n;
      line += 1;
    }
    const start = line;
    while (at < info.bytes) {
      const n = breakAt(bytes, at);
      if (n > 0) line += 1;
      at += n || 1;
    }
    return { line: start, fields: record };
  });
}

export type CsvValue = string | number | boolean | null | undefined;

// Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection").
// Apostrophes already in front are counted too, so that adding one on export and removing one on
// import gives back exactly the stored text, whatever it is.
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

/** One value as the text of its cell: strings guarded; numbers are data we produce, so a negative one is no formula. */
function cellText(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? neutraliseFormula(value) : String(value);
}

/** Rows to CSV text, every string cell guarded against formulas. */
export function formatCsv(rows: readonly (readonly CsvValue[])[]): string {
  return stringify(
    rows.map((row) => row.map(cellText)),
    { record_delimiter: '\r\n', quoted_match: /[\r\n]/ },
  );
}

/** One record, for writing a download a batch at a time. */
export function csvRecord(values: readonly CsvValue[]): string {
  return formatCsv([values]);
}

export function csvCell(value: CsvValue): string {
  return formatCsv([[value]]).slice(0, -2);
}
