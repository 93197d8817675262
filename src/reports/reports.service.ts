import type { z } from 'zod';
import type { sourceType } from '../api-schema/reports.ts';
import type { Db } from '../db/connect.ts';
import type { ReadContext } from '../db/read-context.ts';
import { reportPageOutputs } from '../http/page-links.ts';
import { BadRequestError, NotFoundError } from '../http/errors.ts';
import { urls } from '../http/urls.ts';
import { decodeCursor, encodeCursor } from '../lib/keyset.ts';
import { formatReportDate, reportDateTime } from '../lib/dates.ts';
import { citedArticles, excerptSegments, sourceTypeLabels } from './report-view.ts';
import { type ReportPageCitation, findReportPageData, listReportsCitingArticles } from './report-page.repository.ts';
import * as repo from './reports.repository.ts';
import type { ReportFilters } from './reports.repository.ts';

export const PAGE_SIZE = 25;

type ListRow = Awaited<ReturnType<typeof repo.listReportsPage>>[number];

export function reportListItem(
  r: Pick<ListRow, 'slug' | 'title' | 'language' | 'published_on' | 'date_precision' | 'outlet_name'> & {
    outlet_slug?: string;
    summary?: string | null;
  },
) {
  return {
    slug: r.slug,
    title: r.title,
    language: r.language,
    url: urls.report(r.slug),
    date: formatReportDate(r.published_on, r.date_precision),
    dateTime: reportDateTime(r.published_on, r.date_precision),
    outlet: r.outlet_name,
    outletUrl: r.outlet_slug ? urls.outlet(r.outlet_slug) : null,
    summary: r.summary ?? null,
  };
}

export function parseCursor(cursor: string | undefined) {
  if (cursor === undefined) return null;
  const keyset = decodeCursor(cursor);
  if (!keyset)
    throw new BadRequestError(
      'The "after" parameter is not a cursor this site produced; start again from the first page.',
    );
  return keyset;
}

/** A keyset page: rows, and the cursor of the next page when more follow. */
export async function listReports(db: Db, filters: ReportFilters, after: string | undefined) {
  const rows = await repo.listReportsPage(db, filters, parseCursor(after), PAGE_SIZE);
  const page = rows.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  return {
    reports: page.map(reportListItem),
    nextCursor: rows.length > PAGE_SIZE && last ? encodeCursor({ sortDate: last.sort_date, id: last.id }) : null,
  };
}

type SourceType = z.infer<typeof sourceType>;

const RELATED_SHOWN = 10;

/** The articles "the same offence" means for each citation: its lineage in every version, or itself. */
function offenceArticleIds(citations: ReportPageCitation[]): number[] {
  const ids = citations.flatMap((c) => [...(c.article_id ? [c.article_id] : []), ...c.offence_article_ids]);
  return [...new Set(ids)].sort((a, b) => a - b);
}

/**
 * Up to ten other reports citing the same offences, newest first. The newest eleven for a set of
 * articles are the same for every report citing that set until the public data changes, so they
 * are memoised per data version and the report itself is left out here: listing them was half of
 * PostgreSQL's work for a page.
 */
async function relatedReports(ctx: ReadContext, dataVersion: number, articleIds: number[], reportId: number) {
  if (articleIds.length === 0) return [];
  const newest = await ctx.memo.get(`related-reports:${articleIds.join(',')}`, dataVersion, () =>
    listReportsCitingArticles(ctx.db, articleIds, RELATED_SHOWN + 1),
  );
  return newest.filter((r) => r.id !== reportId).slice(0, RELATED_SHOWN);
}

/**
 * The report page: metadata, excerpt with highlighted citations, cited articles, and up to 10
 * other reports citing the same offences (any version's number), newest first: one query, and a
 * second for the related reports when that set of articles has not been listed at this data version.
 */
export async function getReportPage(ctx: ReadContext, slug: string) {
  const report = await findReportPageData(ctx.db, slug);
  if (!report) throw new NotFoundError(`There is no published report "${slug}".`);
  const { authors, places, citations, editions } = report;
  const related = await relatedReports(ctx, Number(report.data_version), offenceArticleIds(citations), report.id);
  return {
    report: {
      slug: report.slug,
      title: report.title,
      url: urls.report(report.slug),
      sourceUrl: report.url,
      language: report.language,
      date: formatReportDate(report.published_on, report.date_precision, report.date_note),
      dateTime: reportDateTime(report.published_on, report.date_precision),
      eventDate: report.event_date,
      sourceType: report.source_type as SourceType,
      sourceTypeLabel: sourceTypeLabels[report.source_type] ?? report.source_type,
      summary: report.summary,
      hasExcerpt: Boolean(report.excerpt),
      outlet: {
        name: report.outlet_name,
        url: urls.outlet(report.outlet_slug),
        website: report.outlet_url,
        synthetic: report.outlet_is_synthetic,
      },
      updatedAt: report.updated_at,
    },
    authors: authors.map((a) => a.name),
    places: places.map((p) => ({
      name: p.name,
      nameKo: p.name_ko,
      kind: p.kind,
      parent: p.parent_name,
      url: urls.place(p.slug),
    })),
    excerpt: excerptSegments(report.excerpt ?? '', citations),
    cited: citedArticles(citations),
    editions: editions.map((e) => ({ title: e.title, language: e.language, url: urls.report(e.slug) })),
    related: related.map(reportListItem),
    ...reportPageOutputs({
      slug: report.slug,
      title: report.title,
      language: report.language,
      outlet: report.outlet_name,
      authors: authors.map((a) => a.name),
      publishedOn: report.published_on,
      datePrecision: report.date_precision,
      sourceUrl: report.url,
    }),
  };
}
