import type { Db } from '../db/connect.ts';
import { setActor } from '../db/actor.repository.ts';
import { HttpError, NotFoundError } from '../http/errors.ts';
import { urls } from '../http/urls.ts';
import { articleShortLabel } from '../lib/article-number.ts';
import { findHomeDefaultLaw } from '../laws/laws.service.ts';
import type { SessionUser } from './auth.service.ts';
import * as writer from '../writers/citation-edit.writer.ts';
import * as repo from './review.repository.ts';

export const REVIEW_PAGE_SIZE = 50;

export async function getReviewQueue(db: Db, page: number) {
  const [rows, total, defaultLaw] = await Promise.all([
    repo.listSuggestedCitations(db, REVIEW_PAGE_SIZE, (page - 1) * REVIEW_PAGE_SIZE),
    repo.countSuggestedCitations(db),
    findHomeDefaultLaw(db),
  ]);
  return {
    total,
    page,
    hasNext: page * REVIEW_PAGE_SIZE < total,
    citations: rows.map((c) => ({
      id: c.id,
      asWritten: c.as_written,
      confidence: Number(c.confidence),
      resolution: c.resolution,
      note: c.resolution_note,
      reviewReason: c.review_reason,
      origin: c.origin,
      createdAt: c.created_at,
      report: { title: c.report_title, url: urls.report(c.report_slug), language: c.language },
      // A quote that lost its place shows its words alone: there is no context around nothing.
      context: {
        before: c.before ?? '',
        quote: c.quote ?? c.quote_exact ?? c.as_written,
        after: c.after ?? '',
        unplaced: c.quote === null && c.quote_exact !== null,
      },
      target: c.article_number
        ? {
            label: `${articleShortLabel(c.article_number)} of the ${c.law_title} (${c.version_slug})`,
            url: urls.article(c.law_slug!, c.version_slug!, c.article_number),
            offence: c.offence_name,
          }
        : c.law_slug
          ? {
              label: `${c.law_title}${c.version_slug ? ` (${c.version_slug})` : ''}`,
              url: c.version_slug ? urls.version(c.law_slug, c.version_slug) : urls.law(c.law_slug),
              offence: null,
            }
          : null,
      // A citation bound to no law is most likely re-pointed to the law a bare number means.
      repoint: { law: c.law_slug ?? defaultLaw ?? '', version: c.version_slug ?? '', number: c.article_number ?? '' },
    })),
  };
}

/** Confirms or rejects the given citations in one transaction, under the reviewer's name. */
export async function reviewCitations(
  db: Db,
  user: SessionUser,
  ids: number[],
  action: 'confirm' | 'reject',
): Promise<number> {
  if (ids.length === 0) throw new HttpError(422, 'Select at least one citation.');
  return db.transaction().execute(async (trx) => {
    await setActor(trx, user.email, 'ui');
    return writer.setCitationStatus(trx, ids, action === 'confirm' ? 'confirmed' : 'rejected', user.userId);
  });
}

/**
 * Points a citation at another article (any law and version) and confirms it; throws
 * DuplicateCitationError when the report already cites that article with the same quote.
 */
export async function repointCitation(
  db: Db,
  user: SessionUser,
  id: number,
  target: { law: string; version: string; number: string },
) {
  await db.transaction().execute(async (trx) => {
    await setActor(trx, user.email, 'ui');
    const found = await repo.findArticleTarget(trx, target.law, target.version, target.number);
    if (!found)
      throw new HttpError(422, `There is no article ${target.number} in version ${target.version} of ${target.law}.`);
    if (!(await writer.repointCitation(trx, id, found, user.userId)))
      throw new NotFoundError(`There is no citation ${id}.`);
  });
}
