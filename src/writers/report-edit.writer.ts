import type { ImportRun } from './import-run.ts';
import { reportText } from './report-parts.ts';
import * as repo from './report.repository.ts';

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
 * in the same transaction, and the extractor suggests citations for the new text (in `run.log`).
 */
export async function editReport(run: ImportRun, reportId: number, lockVersion: number, edit: ReportEdit) {
  const before = await repo.findReportById(run.trx, reportId);
  if (!before || !(await repo.updateReportIfUnchanged(run.trx, reportId, lockVersion, edit))) return false;
  if (edit.excerpt !== undefined && before.excerpt !== edit.excerpt) {
    const text = reportText({ ...before, title: edit.title, summary: edit.summary, excerpt: edit.excerpt });
    await run.citations.reanchor(text);
    await run.citations.suggest(text);
  }
  return true;
}
