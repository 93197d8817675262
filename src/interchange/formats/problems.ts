/** What an import found wrong, and where: the file, line and field to name in a message. */

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
  return `${formatWhere(p)}: ${p.field ? `${p.field}: ` : ''}${p.message}`;
}

export function formatWhere(p: { file: string; line: number | null }): string {
  return [p.file, p.line === null ? null : `line ${p.line}`].filter(Boolean).join(':');
}

/** Where a path into the document came from: the file, line and field to name in a message. */
export type Locate = (fieldPath: (string | number)[]) => Pick<ImportProblem, 'file' | 'line' | 'field'>;
