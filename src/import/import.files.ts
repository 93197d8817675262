import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { type ImportDocument, importDocumentSchema } from './document.schema.ts';

export interface ImportProblem {
  file: string;
  line: number | null;
  field: string | null;
  message: string;
}

export class ImportValidationError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}

export function formatProblem(p: ImportProblem): string {
  const where = [p.file, p.line === null ? null : `line ${p.line}`].filter(Boolean).join(':');
  return `${where}: ${p.field ? `${p.field}: ` : ''}${p.message}`;
}

export interface ParsedFile {
  file: string;
  document: ImportDocument;
  /** where each record path starts, to name lines in cross-record errors */
  lineOf(fieldPath: (string | number)[]): number | null;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Parses one JSON or YAML import file; every problem names the file, line and field. */
export function parseImportFile(file: string, bytes: Uint8Array): ParsedFile {
  const name = path.basename(file);
  let source: string;
  try {
    source = decoder.decode(bytes);
  } catch {
    throw new ImportValidationError([{ file: name, line: null, field: null, message: 'is not valid UTF-8' }]);
  }
  if (source.trim() === '') {
    throw new ImportValidationError([{ file: name, line: null, field: null, message: 'is empty' }]);
  }
  // JSON is a subset of YAML 1.2, so one parser gives line numbers for both formats.
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
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
  const data = doc.toJS() as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ImportValidationError([{ file: name, line: 1, field: null, message: 'must hold an object with keys such as laws or reports' }]);
  }
  const parsed = importDocumentSchema.safeParse(data);
  if (!parsed.success) throw new ImportValidationError(zodProblems(name, parsed.error, lineOf));
  return { file: name, document: parsed.data, lineOf };
}

function zodProblems(file: string, error: z.ZodError, lineOf: ParsedFile['lineOf']): ImportProblem[] {
  return error.issues.slice(0, 50).map((issue) => {
    const fieldPath = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    return { file, line: lineOf(fieldPath), field: formatPath(fieldPath), message: issue.message };
  });
}

/** laws[0].versions[2].articles[5].penalties[0].min_months */
export function formatPath(fieldPath: (string | number)[]): string {
  return fieldPath.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
