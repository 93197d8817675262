import { setActor } from '../db/actor.ts';
import type { Db } from '../db/connect.ts';
import { ImportValidationError, type ParsedFile, parseImportFiles } from './import.files.ts';
import type { Tally } from './import.tally.ts';
import { ImportReferenceError, importJurisdiction, importLaw } from './law-import.ts';
import { importOutlet, importPlaces, importReports } from './report-import.ts';

export interface ImportInput {
  name: string;
  bytes: Uint8Array;
}

export interface ImportSummary {
  dryRun: boolean;
  files: string[];
  counts: Tally;
}

class DryRunRollback extends Error {}

/**
 * Validates every file first, then applies them all in one transaction: any error rolls the
 * whole import back. A dry run does the same work and rolls back, so its counts are exact.
 */
export interface ImportOptions {
  dryRun?: boolean;
  /** who the audit trail names for every change (an email, "atlas import", "atlas seed") */
  actor?: string;
  source?: 'ui' | 'import' | 'seed' | 'cli';
  /** called as reports are written: done so far, and the total in all files */
  onProgress?: (done: number, total: number) => void;
}

export async function importFiles(db: Db, inputs: ImportInput[], options: ImportOptions = {}): Promise<ImportSummary> {
  const parsed = parseImportFiles(inputs);
  const counts: Tally = {};
  const total = parsed.reduce((sum, f) => sum + f.document.reports.length, 0);
  let done = 0;
  const progress = (n: number) => {
    done += n;
    options.onProgress?.(done, total);
  };
  try {
    await db.transaction().execute(async (trx) => {
      await setActor(trx, options.actor ?? 'atlas import', options.source ?? 'import');
      for (const file of parsed) {
        await applyFile(file, async (doc) => {
          for (const j of doc.jurisdictions) await importJurisdiction(trx, counts, j);
          for (const law of doc.laws) await importLaw(trx, counts, law);
          for (const outlet of doc.outlets) await importOutlet(trx, counts, outlet);
          await importPlaces(trx, counts, doc.places);
          await importReports(trx, counts, doc.reports, progress);
        });
      }
      if (options.dryRun) throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return { dryRun: options.dryRun ?? false, files: parsed.map((f) => f.file), counts };
}

async function applyFile(file: ParsedFile, apply: (doc: ParsedFile['document']) => Promise<void>): Promise<void> {
  try {
    await apply(file.document);
  } catch (error) {
    if (error instanceof ImportReferenceError) {
      throw new ImportValidationError([{ file: file.file, line: null, field: null, message: error.message }]);
    }
    throw error;
  }
}
