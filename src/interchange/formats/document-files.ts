import { NUL_MESSAGE, containsNul, lineOfNul } from '../../lib/nul.ts';
import path from 'node:path';
import { LineCounter } from 'yaml';
import type { z } from 'zod';
import { parseCsvFiles } from './csv-import.ts';
import { ImportBudget, LimitExceededError, chargeCsvCells, composeWithinLimits } from './document-limits.ts';
import { type ImportDocument, importDocumentSchema } from './document.schema.ts';
import { type ImportProblem, ImportValidationError, type Locate, formatWhere } from './problems.ts';

export interface ParsedFile {
  file: string;
  document: ImportDocument;
  /** where each record path starts, to name lines in cross-record errors */
  lineOf(fieldPath: (string | number)[]): number | null;
}

const decoder = new TextDecoder('utf-8', { fatal: true });
const isCsv = (name: string) => path.extname(name).toLowerCase() === '.csv';

/**
 * Parses the files of one import, each by its extension: JSON and YAML one by one, and all CSV
 * files together as one document (a CSV row's parent may sit in another CSV file). Throws every
 * problem of every file at once.
 */
export function parseImportFiles(inputs: { name: string; bytes: Uint8Array }[]): ParsedFile[] {
  const csv = inputs.filter((input) => isCsv(input.name));
  const problems: ImportProblem[] = [];
  const parsed: ParsedFile[] = [];
  const budget = new ImportBudget();
  for (const input of inputs) {
    try {
      if (!isCsv(input.name)) parsed.push(parseImportFile(input.name, input.bytes, budget));
      else if (input === csv[0]) parsed.push(parseCsvGroup(csv, budget));
    } catch (error) {
      if (!(error instanceof ImportValidationError)) throw error;
      problems.push(...error.problems);
      // Past the import's budget, reading further files would only spend what it protects.
      if (budget.exhausted) break;
    }
  }
  if (problems.length > 0) throw new ImportValidationError(problems);
  return parsed;
}

/** Parses one .json, .yaml, .yml or .csv import file; every problem names the file, line and field. */
export function parseImportFile(file: string, bytes: Uint8Array, budget = new ImportBudget()): ParsedFile {
  const name = path.basename(file);
  if (isCsv(name)) return parseCsvGroup([{ name, bytes }], budget);
  const fail = (line: number | null, message: string) =>
    new ImportValidationError([{ file: name, line, field: null, message }]);
  if (!['.json', '.yaml', '.yml'].includes(path.extname(name).toLowerCase()))
    throw fail(null, 'must be a .json, .yaml, .yml or .csv file');
  try {
    return parseWithinLimits(name, bytes, budget, fail);
  } catch (error) {
    if (error instanceof LimitExceededError)
      throw new ImportValidationError([{ file: name, line: error.line, field: null, message: error.message }]);
    throw error;
  }
}

function parseWithinLimits(
  name: string,
  bytes: Uint8Array,
  budget: ImportBudget,
  fail: (line: number | null, message: string) => ImportValidationError,
): ParsedFile {
  budget.chargeBytes(bytes.byteLength);
  let source: string;
  try {
    source = decoder.decode(bytes);
  } catch {
    throw fail(null, 'is not valid UTF-8');
  }
  if (source.trim() === '') throw fail(null, 'is empty');
  const nul = lineOfNul(source);
  if (nul !== null) throw fail(nul, NUL_MESSAGE);
  // JSON is a subset of YAML 1.2, so one parser gives line numbers for both formats.
  const lineCounter = new LineCounter();
  const doc = composeWithinLimits(source, lineCounter, budget);
  if (doc.errors.length > 0) {
    throw new ImportValidationError(
      doc.errors.map((e) => ({
        file: name,
        line: e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line,
        field: null,
        message: `cannot be parsed: ${e.message.split('\n')[0]}`,
      })),
    );
  }
  const lineOf = (fieldPath: (string | number)[]): number | null => {
    for (let depth = fieldPath.length; depth >= 0; depth--) {
      const node = doc.getIn(fieldPath.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return null;
  };
  // Aliases were counted against the budget by composeWithinLimits, which is the real bound.
  const data = doc.toJS({ maxAliasCount: -1 }) as unknown;
  // An escaped "\u0000" in JSON or YAML only appears once the text is parsed.
  if (containsNul(data)) throw fail(null, NUL_MESSAGE);
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw fail(1, 'must hold an object with keys such as laws or reports');
  return validate(name, data, (fieldPath) => ({ file: name, line: lineOf(fieldPath), field: formatPath(fieldPath) }));
}

function parseCsvGroup(inputs: { name: string; bytes: Uint8Array }[], budget: ImportBudget): ParsedFile {
  for (const input of inputs) {
    try {
      budget.chargeBytes(input.bytes.byteLength);
      chargeCsvCells(input.bytes, budget);
    } catch (error) {
      if (!(error instanceof LimitExceededError)) throw error;
      throw new ImportValidationError([
        { file: path.basename(input.name), line: error.line, field: null, message: error.message },
      ]);
    }
  }
  const outcome = parseCsvFiles(inputs);
  if (!outcome.ok) throw new ImportValidationError(outcome.problems);
  return validate(outcome.file, outcome.data, outcome.locate);
}

function validate(file: string, data: unknown, locate: Locate): ParsedFile {
  const parsed = importDocumentSchema.safeParse(data);
  if (!parsed.success) throw new ImportValidationError(zodProblems(parsed.error, locate));
  const duplicates = duplicateProblems(parsed.data, locate);
  if (duplicates.length > 0) throw new ImportValidationError(duplicates);
  return { file, document: parsed.data, lineOf: (fieldPath) => locate(fieldPath).line };
}

function zodProblems(error: z.ZodError, locate: Locate): ImportProblem[] {
  return error.issues.slice(0, 50).map((issue) => {
    const fieldPath = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    return { ...locate(fieldPath), message: issue.message };
  });
}

/** laws[0].versions[2].articles[5].penalties[0].min_months */
export function formatPath(fieldPath: (string | number)[]): string {
  return fieldPath.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

type Keyed = { label: string; path: (string | number)[] };

/**
 * Two records with one natural key in one file would be upserted onto each other, the second
 * silently winning: reject them, naming both.
 */
function duplicateProblems(doc: ImportDocument, locate: Locate): ImportProblem[] {
  const keyed: Keyed[][] = [
    doc.jurisdictions.map((j, i) => ({ label: `jurisdiction "${j.code}"`, path: ['jurisdictions', i, 'code'] })),
    doc.laws.map((l, i) => ({ label: `law "${l.slug}"`, path: ['laws', i, 'slug'] })),
    doc.outlets.map((o, i) => ({ label: `outlet "${o.slug}"`, path: ['outlets', i, 'slug'] })),
    doc.places.map((p, i) => ({ label: `place "${p.slug}"`, path: ['places', i, 'slug'] })),
    doc.reports.map((r, i) => ({ label: `report "${r.slug}"`, path: ['reports', i, 'slug'] })),
  ];
  doc.laws.forEach((law, li) => {
    const at = ['laws', li];
    keyed.push(
      (law.lineages ?? []).map((x, i) => ({
        label: `lineage "${x.slug}" of law ${law.slug}`,
        path: [...at, 'lineages', i, 'slug'],
      })),
    );
    keyed.push(
      (law.versions ?? []).map((v, i) => ({
        label: `version "${v.slug}" of law ${law.slug}`,
        path: [...at, 'versions', i, 'slug'],
      })),
    );
    (law.versions ?? []).forEach((v, vi) => {
      const label = (n: string) => `article "${n}" of ${law.slug} version ${v.slug}`;
      keyed.push(
        (v.articles ?? []).map((a, i) => ({
          label: label(a.number),
          path: [...at, 'versions', vi, 'articles', i, 'number'],
        })),
      );
    });
  });
  return keyed.flatMap((records) => repeats(records, locate));
}

function repeats(records: Keyed[], locate: Locate): ImportProblem[] {
  const first = new Map<string, Keyed>();
  const problems: ImportProblem[] = [];
  for (const record of records) {
    const earlier = first.get(record.label);
    if (!earlier) {
      first.set(record.label, record);
      continue;
    }
    const was = locate(earlier.path);
    const where = `${formatWhere(was)}${was.field ? `: ${was.field}` : ''}`;
    problems.push({ ...locate(record.path), message: `${record.label} appears more than once (first at ${where})` });
  }
  return problems;
}
