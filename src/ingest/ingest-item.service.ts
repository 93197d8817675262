import type { ExtractionContext } from '../extractor/citation.types.ts';
import { setActor } from '../db/actor.repository.ts';
import type { Db } from '../db/connect.ts';
import { takeImportLock } from '../interchange/apply/import-lock.repository.ts';
import { writeFetchedReport } from '../writers/fetched-report.writer.ts';
import { ImportRun } from '../writers/import-run.ts';
import { findReportByNormalizedHash, findReportListingAlternate } from '../writers/report-source.repository.ts';
import { writeOutlet } from '../writers/report.writer.ts';
import type { ReadArticle } from './article-read.ts';
import { draftRecord, languageOf, slugFor } from './draft-record.ts';
import * as repo from './ingest.repository.ts';
import type { Fetched } from './safe-fetch.ts';

export interface WriteContext {
  db: Db;
  extraction: ExtractionContext;
  dryRun: boolean;
  actor: string;
  actorSource: 'cli' | 'ui' | 'poll';
  /** an outlet slug chosen by the person (--outlet) or the source */
  outlet: string | null;
  defaultLanguage: string | null;
  /** the source being polled, if any: its items are counted as its own */
  sourceId: number | null;
}

export interface WrittenItem {
  outcome: 'new' | 'known';
  slug: string;
  reportId: number;
  /** what the citations say as written, in the excerpt's order */
  citations: string[];
  language: string;
}

class Rollback extends Error {}

/** The outlet an article belongs to: the one asked for, one whose site is the article's host, or a new one named after the site. */
async function outletFor(run: ImportRun, ctx: WriteContext, article: ReadArticle, url: string): Promise<string> {
  if (ctx.outlet) return ctx.outlet;
  const host = new URL(url).hostname.replace(/^www\./, '');
  for (const o of await repo.listOutletsWithUrl(run.trx)) {
    try {
      if (new URL(o.url!).hostname.replace(/^www\./, '') === host) return o.slug;
    } catch {}
  }
  const slug =
    host
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'unknown-site';
  await writeOutlet(run, { slug, name: article.siteName ?? host, url: new URL(url).origin });
  return slug;
}

/**
 * One article in one transaction: known by its canonical URL or by its text, or written as a
 * draft with its outlet, private full text and suggested citations. A dry run does the same and
 * rolls back, so a preview shows exactly what would be stored.
 */
export async function writeArticle(
  ctx: WriteContext,
  article: ReadArticle,
  fetched: Fetched,
  itemUrl: string,
): Promise<WrittenItem> {
  const canonical = article.canonical ?? fetched.finalUrl;
  const language = languageOf(article, ctx.defaultLanguage);
  let result: WrittenItem | null = null;
  try {
    await ctx.db.transaction().execute(async (trx) => {
      // The same lock as imports: two writers creating one outlet or one report take turns.
      await takeImportLock(trx);
      await setActor(trx, ctx.actor, ctx.actorSource);
      const known =
        (await repo.findReportSlugByUrl(trx, [...new Set([canonical, fetched.finalUrl, itemUrl])])) ??
        (await findReportByNormalizedHash(trx, article.normalizedHash));
      if (known) {
        result = { outcome: 'known', slug: known.slug, reportId: known.id, citations: [], language };
        if (!ctx.dryRun)
          await repo.upsertFetchedItem(trx, {
            url: itemUrl,
            source_id: ctx.sourceId,
            report_id: known.id,
            outcome: 'known',
            etag: fetched.etag,
            last_modified: fetched.lastModified,
          });
        return;
      }
      const run = new ImportRun(trx);
      const outlet = await outletFor(run, ctx, article, canonical);
      let slug = slugFor(article.title, outlet, article.published, canonical);
      if (await repo.reportSlugExists(trx, slug))
        slug = slugFor(article.title, outlet, article.published, canonical, 16);
      const alternates = article.alternates.map((a) => a.url).filter((u) => u !== canonical);
      const translation =
        (await repo.findReportSlugByUrl(trx, alternates)) ?? (await findReportListingAlternate(trx, canonical));
      const record = draftRecord(
        { article, slug, outlet, url: canonical, language, translationOf: translation?.slug ?? null },
        ctx.extraction,
      );
      const { reportId } = await writeFetchedReport(run, record, {
        fullText: article.text,
        sha256: article.sha256,
        normalizedHash: article.normalizedHash,
        fetchedUrl: fetched.url,
        finalUrl: fetched.finalUrl,
        httpStatus: fetched.status,
        fetchedAt: fetched.fetchedAt,
        alternateUrls: alternates,
      });
      await repo.upsertFetchedItem(trx, {
        url: itemUrl,
        source_id: ctx.sourceId,
        report_id: reportId,
        outcome: 'new',
        etag: fetched.etag,
        last_modified: fetched.lastModified,
      });
      result = { outcome: 'new', slug, reportId, citations: await repo.listCitationsWritten(trx, reportId), language };
      if (ctx.dryRun) throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return result!;
}
