import { setActor } from '../db/actor.ts';
import type { Db } from '../db/connect.ts';
import { type ImportProblem, ImportValidationError, type ParsedFile, parseImportFile } from './import.files.ts';
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
}

export async function importFiles(db: Db, inputs: ImportInput[], options: ImportOptions = {}): Promise<ImportSummary> {
  const parsed = parseAll(inputs);
  const counts: Tally = {};
  try {
    await db.transaction().execute(async (trx) => {
      await setActor(trx, options.actor ?? 'atlas import', options.source ?? 'import');
      for (const file of parsed) {
        await applyFile(file, async (doc) => {
          for (const j of doc.jurisdictions) await importJurisdiction(trx, counts, j);
          for (const law of doc.laws) await importLaw(trx, counts, law);
          for (const outlet of doc.outlets) await importOutlet(trx, counts, outlet);
          await importPlaces(trx, counts, doc.places);
          await importReports(trx, counts, doc.reports);
        });
      }
      if (options.dryRun) throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return { dryRun: options.dryRun ?? false, files: parsed.map((f) => f.file), counts };
}

function parseAll(inputs: ImportInput[]): ParsedFile[] {
  const problems: ImportProblem[] = [];
  const parsed: ParsedFile[] = [];
  for (const input of inputs) {
    try {
      parsed.push(parseImportFile(input.name, input.bytes));
    } catch (error) {
      if (!(error instanceof ImportValidationError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new ImportValidationError(problems);
  return parsed;
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
