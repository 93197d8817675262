import { setActor } from '../db/actor.repository.ts';
import type { Db } from '../db/connect.ts';
import { NotFoundError } from '../http/errors.ts';
import type { SessionUser } from './auth.service.ts';
import { editArticle } from '../writers/law.writer.ts';
import { editReport } from '../writers/report-edit.writer.ts';
import type { ChangeLog } from '../writers/change-log.ts';
import { ImportRun } from '../writers/import-run.ts';
import * as repo from './curation.repository.ts';
import type { ArticleForm, ReportForm } from './edit-forms.schemas.ts';

export type FormResult<T> =
  | { ok: true }
  | { ok: false; status: 422; errors: Record<string, string> }
  | { ok: false; status: 409; current: T; diff: { field: string; theirs: string; yours: string }[] };

/** Fields where the saved record now differs from what the editor started from and submitted. */
export function conflictDiff(current: Record<string, unknown>, submitted: Record<string, unknown>) {
  const show = (v: unknown) => (v === null || v === undefined ? '' : Array.isArray(v) ? v.join(' › ') : String(v));
  return Object.keys(submitted)
    .filter((k) => k !== 'lock_version' && show(current[k]) !== show(submitted[k]))
    .map((field) => ({ field, theirs: show(current[field]), yours: show(submitted[field]) }));
}

export async function loadArticle(db: Db, law: string, version: string, number: string) {
  const article = await repo.findArticleForEdit(db, law, version, number);
  if (!article) throw new NotFoundError(`There is no article ${number} in version ${version} of ${law}.`);
  return article;
}

/** Saves an article edit unless someone else saved first (optimistic locking). */
export async function saveArticle(
  db: Db,
  user: SessionUser,
  key: { law: string; version: string; number: string },
  form: ArticleForm,
) {
  const { lock_version, chapter, ...fields } = form;
  const changes = {
    ...fields,
    chapter: chapter
      ? chapter
          .split('›')
          .map((c) => c.trim())
          .filter(Boolean)
      : [],
  };
  return db.transaction().execute(async (trx) => {
    await setActor(trx, user.email, 'ui');
    const article = await repo.findArticleForEdit(trx, key.law, key.version, key.number);
    if (!article) throw new NotFoundError(`There is no article ${key.number} in version ${key.version} of ${key.law}.`);
    if (await editArticle(new ImportRun(trx), article.id, lock_version, changes)) return { ok: true } as const;
    const current = { ...article, chapter: article.chapter_path.join(' › ') };
    return {
      ok: false,
      status: 409,
      current,
      diff: conflictDiff(current, { ...fields, chapter: chapter ?? '' }),
    } as const;
  });
}

export async function loadReport(db: Db, slug: string) {
  const report = await repo.findReportForEdit(db, slug);
  if (!report) throw new NotFoundError(`There is no report "${slug}".`);
  const citations = (await repo.listCitationsOfReport(db, report.id)).map((c) => ({
    ...c,
    url: `/admin/citations/${c.id}`,
    target: c.law ? [c.law, c.version, c.article && `art. ${c.article}`].filter(Boolean).join(' ') : 'no law',
  }));
  return { ...report, citations };
}

export async function saveReport(db: Db, user: SessionUser, slug: string, form: ReportForm) {
  const { lock_version, ...changes } = form;
  return db.transaction().execute(async (trx) => {
    await setActor(trx, user.email, 'ui');
    const report = await repo.findReportForEdit(trx, slug);
    if (!report) throw new NotFoundError(`There is no report "${slug}".`);
    const run = new ImportRun(trx);
    if (await editReport(run, report.id, lock_version, changes))
      return {
        ok: true,
        suggested: run.log.counts.suggested_citation?.inserted ?? 0,
        unplaced: unplacedCount(run.log),
      } as const;
    return { ok: false, status: 409, current: report, diff: conflictDiff(report, changes) } as const;
  });
}

/** Citations a changed excerpt sent back to review because their quote is gone from it. */
function unplacedCount(log: ChangeLog): number {
  return log.changes.filter(
    (c) =>
      c.entity === 'citation' && c.fields.some((f) => f.field === 'quote' && f.new === 'not found in the new excerpt'),
  ).length;
}

export async function listReports(db: Db, page: number) {
  return repo.listReportsForAdmin(db, 50, (page - 1) * 50);
}
