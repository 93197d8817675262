import { type FieldPath, type RecordSource, nestCsvRows } from './csv-nest.ts';
import { type CsvFileRows, readCsvFile } from './csv-read.ts';
import type { ImportProblem, Locate } from './problems.ts';

export type CsvParseOutcome =
  | { ok: true; file: string; data: unknown; locate: Locate }
  | { ok: false; problems: ImportProblem[] };

/**
 * All CSV files of one import, read as one document: a penalties.csv row belongs under an
 * article of articles.csv, so the files are only meaningful together.
 */
export function parseCsvFiles(inputs: { name: string; bytes: Uint8Array }[]): CsvParseOutcome {
  const files: CsvFileRows[] = [];
  const problems: ImportProblem[] = [];
  for (const input of inputs) {
    const read = readCsvFile(input.name, input.bytes);
    if (read.ok) files.push(read.file);
    else problems.push(...read.problems);
  }
  if (problems.length > 0) return { ok: false, problems };
  const nested = nestCsvRows(files);
  if (!nested.ok) return nested;
  const names = files.map((f) => f.file).join(', ');
  return { ok: true, file: names, data: nested.document, locate: locator(names, nested.sources) };
}

/** A document path back to the file, line and column it came from. */
function locator(names: string, sources: Map<string, RecordSource>): Locate {
  return (fieldPath: FieldPath) => {
    for (let depth = fieldPath.length; depth > 0; depth--) {
      const source = sources.get(fieldPath.slice(0, depth).join('.'));
      if (!source) continue;
      const rest = fieldPath.slice(depth);
      const column = source.table.columns.find((c) => c.field?.every((f, i) => rest[i] === f));
      return { file: source.file, line: source.line, field: column?.name ?? (rest.length > 0 ? rest.join('.') : null) };
    }
    return { file: names, line: null, field: fieldPath.length > 0 ? fieldPath.join('.') : null };
  };
}
