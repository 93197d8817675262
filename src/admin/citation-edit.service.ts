import { setActor } from '../db/actor.repository.ts';
import type { Db } from '../db/connect.ts';
import { NotFoundError } from '../http/errors.ts';
import { saveCitationEdit } from '../writers/citation-edit.writer.ts';
import type { SessionUser } from './auth.service.ts';
import * as repo from './citation-edit.repository.ts';
import { conflictDiff } from './curation.service.ts';
import type { CitationForm } from './edit-forms.schemas.ts';
import { findArticleTarget } from './review.repository.ts';

export async function loadCitation(db: Db, id: number) {
  const c = await repo.findCitationForEdit(db, id);
  if (!c) throw new NotFoundError(`There is no citation ${id}.`);
  return c;
}

type Saved =
  | { ok: true; id: number }
  | { ok: false; status: 422; errors: Record<string, string> }
  | { ok: false; status: 409; diff: ReturnType<typeof conflictDiff> };

/**
 * Creates (reportSlug) or updates (id) a citation through the citation writer: target checked,
 * quote placed in the excerpt, lock honoured. Throws DuplicateCitationError when the report
 * already has a citation of that article with that quote.
 */
export async function saveCitation(
  db: Db,
  user: SessionUser,
  target: { id: number } | { reportSlug: string },
  form: CitationForm,
): Promise<Saved> {
  const { law, version, number, lock_version, quote_exact, ...fields } = form;
  return db.transaction().execute(async (trx): Promise<Saved> => {
    await setActor(trx, user.email, 'ui');
    const article = await findArticleTarget(trx, law, version, number);
    if (!article)
      return {
        ok: false,
        status: 422,
        errors: { number: `There is no article ${number} in version ${version} of ${law}.` },
      };
    const existing = 'id' in target ? await repo.findCitationForEdit(trx, target.id) : null;
    const report = existing
      ? { id: existing.report_id }
      : await repo.findReportForCitation(trx, (target as { reportSlug: string }).reportSlug);
    if (!report) throw new NotFoundError('There is no such report or citation.');
    const outcome = await saveCitationEdit(trx, {
      reportId: report.id,
      citationId: existing?.id ?? null,
      lockVersion: lock_version ?? null,
      edit: { target: article, quoteExact: quote_exact, fields },
      reviewerId: user.userId,
    });
    if (outcome.ok) return outcome;
    if (outcome.reason === 'quote_not_found')
      return {
        ok: false,
        status: 422,
        errors: { quote_exact: 'quote exact must occur word for word in the report’s quoted passages' },
      };
    return { ok: false, status: 409, diff: conflictDiff(existing!, { ...fields, law, version, number, quote_exact }) };
  });
}

/** The report a new citation is written for; 404 when there is no such report. */
export async function reportForCitation(db: Db, slug: string) {
  const report = await repo.findReportForCitation(db, slug);
  if (!report) throw new NotFoundError(`There is no report "${slug}".`);
  return report;
}
