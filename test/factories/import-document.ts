import type { z } from 'zod';
import type { Db } from '../../src/db/connect.ts';
import { type ImportOptions, type ImportSummary, importFiles } from '../../src/interchange/apply/import.service.ts';
import type { importDocumentSchema } from '../../src/interchange/formats/document.schema.ts';
import { unique } from './unique.ts';

/** An import document as written in a file (docs/import-format.md): every key optional. */
export type ImportDocumentInput = z.input<typeof importDocumentSchema>;

/**
 * Writes a document through the import service, as seeds, the CLI and the upload do: the factories
 * make their rows with the app's one writer per table, never with inserts of their own.
 */
export function importDocument(db: Db, doc: ImportDocumentInput, options: ImportOptions = {}): Promise<ImportSummary> {
  const bytes = new TextEncoder().encode(JSON.stringify(doc));
  return importFiles(db, [{ name: `factory-${unique()}.json`, bytes }], { actor: 'test factory', ...options });
}
