import type { Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import { ChangeLog } from './change-log.ts';
import { ReportWriteCache, reportText } from './report-parts.ts';
import * as repo from './report.repository.ts';

type Trx = Transaction<Database>;

export interface ReportEdit {
  title: string;
  summary: string | null;
  status: 'draft' | 'published';
  /** undefined: left as it is */
  excerpt?: string | null;
}

/**
 * The report form, through the report writer's rules: written only if nobody saved since
 * `lockVersion` (false on a lost race); a changed excerpt re-anchors every citation of the report
 * in the same transaction, and the extractor suggests citations for the new text.
 */
export async function editReport(
  trx: Trx,
  reportId: number,
  lockVersion: number,
  edit: ReportEdit,
): Promise<{ saved: boolean; log: ChangeLog }> {
  const log = new ChangeLog();
  const before = await repo.findReportById(trx, reportId);
  if (!before || !(await repo.updateReportIfUnchanged(trx, reportId, lockVersion, edit))) return { saved: false, log };
  if (edit.excerpt !== undefined && before.excerpt !== edit.excerpt) {
    const cache = new ReportWriteCache(trx, log);
    const text = reportText({ ...before, title: edit.title, summary: edit.summary, excerpt: edit.excerpt });
    await cache.citations.reanchor(text);
    await cache.citations.suggest(text);
  }
  return { saved: true, log };
}
