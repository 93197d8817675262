import type { Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import { ChangeLog } from './change-log.ts';
import { CitationWriter } from './citation.writer.ts';
import { ReferenceCache } from './reference-cache.ts';
import type { findReportBySlug } from './report.repository.ts';

type Trx = Transaction<Database>;
type StoredReport = NonNullable<Awaited<ReturnType<typeof findReportBySlug>>>;

export interface ImportRunOptions {
  /** also delete what the records leave out, inside the laws, versions and reports they name */
  prune?: boolean;
  /** called as reports are written, with how many were just done */
  progress?: (n: number) => void;
}

/**
 * What one write shares from its first record to its last: the transaction, the change log, the
 * options, and lookups it would otherwise repeat for every record. The service that opens the
 * transaction creates it — once per import, once per form save or fetched article.
 */
export class ImportRun {
  readonly prune: boolean;
  readonly progress: (n: number) => void;
  /** slugs and names to ids */
  readonly outlets = new Map<string, number>();
  readonly places = new Map<string, number>();
  readonly authors = new Map<string, number>();
  /** stored reports the records name, read before they are written */
  readonly existingReports = new Map<string, StoredReport>();
  readonly writtenReports = new Map<string, { id: number; translationOfId: number | null }>();
  private lawLookups: { refs: ReferenceCache; citations: CitationWriter } | null = null;

  constructor(
    readonly trx: Trx,
    options: ImportRunOptions = {},
    readonly log: ChangeLog = new ChangeLog(),
  ) {
    this.prune = options.prune ?? false;
    this.progress = options.progress ?? (() => {});
  }

  /** The citation writer, with its reference cache and the extractor's context, built on first use. */
  get citations(): CitationWriter {
    return this.law().citations;
  }

  get refs(): ReferenceCache {
    return this.law().refs;
  }

  /**
   * Laws, versions or articles were written: ids and the extractor's context are read again, so
   * the reports of a later file see them (and nothing a prune deleted).
   */
  lawsChanged(): void {
    this.lawLookups = null;
  }

  private law() {
    if (!this.lawLookups) {
      const refs = new ReferenceCache(this.trx);
      this.lawLookups = { refs, citations: new CitationWriter(this.trx, this.log, refs) };
    }
    return this.lawLookups;
  }
}
