import { NUL_MESSAGE, lineOfNul } from '../../lib/nul.ts';
import path from 'node:path';
import { parseCsv } from '../../lib/csv.ts';
import { type CellValue, readCell } from './csv-cells.ts';
import { type CsvTable, csvTables } from './csv-tables.ts';
import type { ImportProblem } from './problems.ts';

/** One CSV file read into typed cells: which table it holds, and a value per column per row. */
export interface CsvRow {
  file: string;
  line: number;
  values: Map<string, CellValue>;
}

export interface CsvFileRows {
  file: string;
  table: CsvTable;
  rows: CsvRow[];
}

export type CsvReadResult = { ok: true; file: CsvFileRows } | { ok: false; problems: ImportProblem[] };

const decoder = new TextDecoder('utf-8', { fatal: true });
const maxProblems = 50;

export function readCsvFile(name: string, bytes: Uint8Array): CsvReadResult {
  const file = path.basename(name);
  const fail = (line: number | null, field: string | null, message: string): CsvReadResult => ({
    ok: false,
    problems: [{ file, line, field, message }],
  });
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return fail(null, null, 'is not valid UTF-8');
  }
  // Spreadsheets save UTF-8 CSV with a byte-order mark; it is not part of the first column's name.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim() === '') return fail(null, null, 'is empty');
  const nul = lineOfNul(text);
  if (nul !== null) return fail(nul, null, NUL_MESSAGE);
  const parsed = parseCsv(text);
  if (parsed.error) return fail(parsed.error.line, null, `cannot be parsed: ${parsed.error.message}`);
  const [head, ...records] = parsed.records;
  const header = head!.fields.map((h) => h.trim());
  const table = identifyTable(file, header);
  if (!table) {
    const names = csvTables.map((t) => t.file).join(', ');
    return fail(
      head!.line,
      null,
      `cannot tell which table this file holds: name it after one (${names}) or give that table's required columns`,
    );
  }
  const problems = headerProblems(file, head!.line, header, table);
  if (problems.length > 0) return { ok: false, problems };
  const rows: CsvRow[] = [];
  for (const record of records) {
    if (record.fields.length !== header.length) {
      problems.push({
        file,
        line: record.line,
        field: null,
        message: `has ${record.fields.length} fields but the header has ${header.length}`,
      });
    } else {
      rows.push(readRow(file, record, header, table, problems));
    }
    if (problems.length >= maxProblems) break;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, file: { file, table, rows } };
}

/** By file name (penalties.csv), or else the one table whose required columns the header has. */
function identifyTable(file: string, header: string[]): CsvTable | undefined {
  const byName = csvTables.find((t) => t.file === file.toLowerCase());
  if (byName) return byName;
  const candidates = csvTables.filter((t) => t.columns.every((c) => !c.required || header.includes(c.name)));
  if (candidates.length <= 1) return candidates[0];
  const exact = candidates.filter((t) => header.every((h) => t.columns.some((c) => c.name === h)));
  return exact.length === 1 ? exact[0] : undefined;
}

function headerProblems(file: string, line: number, header: string[], table: CsvTable): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const known = table.columns.map((c) => c.name).join(', ');
  header.forEach((name, i) => {
    if (!table.columns.some((c) => c.name === name)) {
      problems.push({
        file,
        line,
        field: name || `column ${i + 1}`,
        message: `unknown column for ${table.file} (its columns are ${known})`,
      });
    } else if (header.indexOf(name) !== i) {
      problems.push({ file, line, field: name, message: 'column appears twice in the header' });
    }
  });
  for (const c of table.columns) {
    if (c.key && !header.includes(c.name))
      problems.push({ file, line, field: c.name, message: `required column is missing from the header` });
  }
  return problems;
}

function readRow(
  file: string,
  record: { line: number; fields: string[] },
  header: string[],
  table: CsvTable,
  problems: ImportProblem[],
): CsvRow {
  const values = new Map<string, CellValue>();
  header.forEach((name, i) => {
    const column = table.columns.find((c) => c.name === name)!;
    const cell = readCell(column, record.fields[i]!);
    if ('error' in cell) problems.push({ file, line: record.line, field: name, message: cell.error });
    else values.set(name, cell.value);
  });
  return { file, line: record.line, values };
}
