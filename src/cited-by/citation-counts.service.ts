import type { Db } from '../db/connect.ts';
import { readPublicDataVersion } from '../db/data-version.repository.ts';
import type { ReadContext } from '../db/read-context.ts';
import { type CitingReportCountRow, countCitingReports } from './citation-counts.repository.ts';

/**
 * Every "cited by" figure on every page, JSON twin and feed comes from here, so one number means
 * one thing everywhere: distinct published reports with a confirmed citation of the offence (any
 * version's article of its lineage), and of one article (that version's number) among them.
 */
export interface OffenceCounts {
  offenceKey: number;
  /** reports citing the offence under any version's number */
  offenceReports: number;
  /** reports citing each article (article id → reports) */
  byArticle: Map<number, number>;
}

/** The key of an article's offence: its lineage, or the article alone when it has none. */
export function offenceKeyOf(article: { id: number; lineage_id: number | null }): number {
  return article.lineage_id ?? -article.id;
}

function countsOf(rows: CitingReportCountRow[], offenceKey: number): OffenceCounts {
  const mine = rows.filter((r) => r.offence_key === offenceKey);
  const total = mine.find((r) => r.article_id === null)?.reports ?? 0;
  return {
    offenceKey,
    offenceReports: total,
    byArticle: new Map(mine.flatMap((r) => (r.article_id === null ? [] : [[r.article_id, r.reports]]))),
  };
}

/** Memoised per public data version; `dataVersion` saves reading it again. */
async function rowsFor({ db, memo }: ReadContext, key: string, articleIds: number[] | null, dataVersion?: number) {
  return memo.get(`citing-reports:${key}`, dataVersion ?? (await readPublicDataVersion(db)), () =>
    countCitingReports(db, articleIds),
  );
}

/** Counts of one offence; `articleIds` are all its articles (the article alone when it has no lineage). */
export async function getOffenceCounts(
  ctx: ReadContext,
  offenceKey: number,
  articleIds: number[],
  dataVersion?: number,
): Promise<OffenceCounts> {
  return countsOf(await rowsFor(ctx, String(offenceKey), articleIds, dataVersion), offenceKey);
}

/** The same counts read afresh, not memoised (the feeds' subtitles). */
export async function readOffenceCounts(db: Db, offenceKey: number, articleIds: number[]): Promise<OffenceCounts> {
  return countsOf(await countCitingReports(db, articleIds), offenceKey);
}

/** Every cited offence, most-cited first (ties by key, so the order is stable). */
export async function listOffenceCounts(ctx: ReadContext, dataVersion?: number): Promise<OffenceCounts[]> {
  const rows = await rowsFor(ctx, 'all', null, dataVersion);
  const keys = rows
    .filter((r) => r.article_id === null)
    .sort((a, b) => b.reports - a.reports || a.offence_key - b.offence_key);
  return keys.map((k) => countsOf(rows, k.offence_key));
}

const reports = (n: number) => `${n} report${n === 1 ? '' : 's'}`;

/** "Cited by 10 reports across this offence's versions" */
export function offenceCountText(n: number): string {
  return n === 0
    ? 'No published report cites this offence yet, under any version’s number'
    : `Cited by ${reports(n)} across this offence’s versions`;
}

/** "4 of them cite Art. 60 of the 2015 version" */
export function versionCountText(n: number, articleShort: string, versionSlug: string): string {
  return `${n === 1 ? '1 of them cites' : `${n} of them cite`} ${articleShort} of the ${versionSlug} version`;
}

/** The statute page's figures, as numbers and as the sentence every page and feed shows. */
export function articleCountView(counts: OffenceCounts, articleId: number, articleShort: string, versionSlug: string) {
  const versionReports = counts.byArticle.get(articleId) ?? 0;
  return {
    offenceReports: counts.offenceReports,
    versionReports,
    text:
      counts.offenceReports === 0
        ? `${offenceCountText(0)}.`
        : `${offenceCountText(counts.offenceReports)}; ${versionCountText(versionReports, articleShort, versionSlug)}.`,
  };
}
