import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import { takeImportLock } from './import-lock.repository.ts';
import { setActor } from '../../db/actor.repository.ts';
import type { Db } from '../../db/connect.ts';
import type { Database } from '../../db/database.ts';
import { ChangeLog, type RecordChange, type Tally } from '../../writers/change-log.ts';
import { RecordError } from '../../writers/errors.ts';
import { ImportRun } from '../../writers/import-run.ts';
import { writeJurisdiction, writeLaw } from '../../writers/law.writer.ts';
import { writeOutlet, writePlaces, writeReports } from '../../writers/report.writer.ts';
import { type ParsedFile, parseImportFiles } from '../formats/document-files.ts';
import { ImportValidationError } from '../formats/problems.ts';

export interface ImportInput {
  name: string;
  bytes: Uint8Array;
}

export interface ImportSummary {
  dryRun: boolean;
  files: string[];
  counts: Tally;
  /** inserts and updates record by record, field by field (the first 2,000) */
  changes: RecordChange[];
  /** every record the import deletes (only with prune) */
  deletions: RecordChange[];
  /** changes counted but not listed */
  omitted: number;
  /** names the exact set of deletions, so a confirmation applies to what was previewed */
  deletionsFingerprint: string | null;
}

export interface ImportOptions {
  dryRun?: boolean;
  /** who the audit trail names for every change (an email, "atlas import", "atlas seed") */
  actor?: string;
  source?: 'ui' | 'import' | 'seed' | 'cli';
  /** called as reports are written: done so far, and the total in all files */
  onProgress?: (done: number, total: number) => void;
  /** also delete what the files leave out — only inside the laws, versions and reports they name */
  prune?: boolean;
  /** deletions happen only when confirmed: the fingerprint of the previewed set, or 'any' */
  confirmDeletions?: string;
  /** runs first in the import's transaction, after its lock; throws to refuse the import */
  guard?: (trx: Transaction<Database>, files: ParsedFile[]) => Promise<void>;
}

class DryRunRollback extends Error {}

/** The import would delete records nobody confirmed (or others than were previewed): nothing was written. */
export class DeletionsNotConfirmedError extends Error {
  constructor(readonly summary: ImportSummary) {
    super(
      `This import deletes ${summary.deletions.length} record(s); confirm the deletions to apply it. Nothing was written.`,
    );
  }
}

export function fingerprintOf(deletions: RecordChange[]): string | null {
  if (deletions.length === 0) return null;
  const lines = deletions.map((d) => `${d.entity}\u0000${d.key}`).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 32);
}

/**
 * Validates every file first, then applies them all in one transaction through the writers: any
 * error rolls the whole import back. A dry run does the same work and rolls back, so its changes
 * are exact.
 */
export async function importFiles(db: Db, inputs: ImportInput[], options: ImportOptions = {}): Promise<ImportSummary> {
  const parsed = parseImportFiles(inputs);
  const total = parsed.reduce((sum, f) => sum + f.document.reports.length, 0);
  let done = 0;
  const progress = (n: number) => {
    done += n;
    options.onProgress?.(done, total);
  };
  // Outside the transaction: a dry run's summary is read after the rollback.
  const log = new ChangeLog();
  const summary = (): ImportSummary => summaryOf(options, parsed, log);
  try {
    await db.transaction().execute(async (trx) => {
      const run = new ImportRun(trx, { prune: options.prune, progress }, log);
      await takeImportLock(trx);
      await setActor(trx, options.actor ?? 'atlas import', options.source ?? 'import');
      if (options.guard) await options.guard(trx, parsed);
      for (const file of parsed) await applyFile(run, file);
      if (options.dryRun) throw new DryRunRollback();
      const fingerprint = fingerprintOf(log.deletions);
      if (fingerprint && options.confirmDeletions !== 'any' && options.confirmDeletions !== fingerprint)
        throw new DeletionsNotConfirmedError(summary());
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return summary();
    throw commitProblem(error, parsed) ?? error;
  }
  return summary();
}

function summaryOf(options: ImportOptions, parsed: ParsedFile[], log: ChangeLog): ImportSummary {
  return {
    dryRun: options.dryRun ?? false,
    files: parsed.map((f) => f.file),
    counts: log.counts,
    changes: log.changes,
    deletions: log.deletions,
    omitted: log.omitted,
    deletionsFingerprint: fingerprintOf(log.deletions),
  };
}

async function applyFile(run: ImportRun, file: ParsedFile) {
  const doc = file.document;
  let at: { label: string; path: (string | number)[] } = { label: file.file, path: [] };
  try {
    for (const [i, j] of doc.jurisdictions.entries()) {
      at = { label: `jurisdiction "${j.code}"`, path: ['jurisdictions', i] };
      await writeJurisdiction(run, j);
    }
    for (const [i, law] of doc.laws.entries()) {
      at = { label: `law "${law.slug}"`, path: ['laws', i] };
      await writeLaw(run, law);
    }
    for (const [i, outlet] of doc.outlets.entries()) {
      at = { label: `outlet "${outlet.slug}"`, path: ['outlets', i] };
      await writeOutlet(run, outlet);
    }
    at = { label: 'places', path: ['places'] };
    await writePlaces(run, doc.places);
    at = { label: 'reports', path: ['reports'] };
    await writeReports(run, doc.reports);
  } catch (error) {
    if (error instanceof RecordError)
      throw new ImportValidationError([{ file: file.file, line: null, field: null, message: error.message }]);
    const message = databaseMessage(error);
    if (message)
      throw new ImportValidationError([
        { file: file.file, line: file.lineOf(at.path), field: null, message: `${at.label}: ${message}` },
      ]);
    throw error;
  }
}

/** A PostgreSQL error a record's values caused (a constraint, a value it cannot take), in words. */
function databaseMessage(error: unknown): string | null {
  const e = error as { code?: unknown; message?: string; detail?: string };
  if (typeof e?.code !== 'string' || !/^2[23]/.test(e.code)) return null;
  const detail = e.detail ? ` (${e.detail})` : '';
  if (e.code === '23505') return `conflicts with a stored record${detail}; nothing was imported`;
  return `could not be written: ${e.message}${detail}`;
}

/** Constraints checked at commit (deferred) name no record being written: name the files instead. */
function commitProblem(error: unknown, parsed: ParsedFile[]): ImportValidationError | null {
  const message = databaseMessage(error);
  if (!message) return null;
  return new ImportValidationError([{ file: parsed.map((f) => f.file).join(', '), line: null, field: null, message }]);
}
