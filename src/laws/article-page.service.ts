import type { Db } from '../db/connect.ts';
import { readPublicDataVersion } from '../db/data-version.repository.ts';
import { getCitedBy } from '../cited-by/cited-by.service.ts';
import { articlePageOutputs } from '../http/page-links.ts';
import { NotFoundError } from '../http/errors.ts';
import { urls } from '../http/urls.ts';
import { articleLabel, articleShortLabel } from '../lib/article-number.ts';
import { buildLadder, ladderSentence, unrecordedTiers } from '../lib/penalty-ladder.ts';
import { todayIso } from '../lib/dates.ts';
import type { ReadContext } from '../db/read-context.ts';
import * as repo from './laws.repository.ts';
import { requireLaw } from './law-lookup.ts';
import { buildPenaltyHistory, penaltyChart } from './penalty-history.ts';
import { type VersionView, toVersionViews } from './laws.view-models.ts';
import { type LineageCell, isPresent, lineageCells } from './lineage-cells.ts';
import { articleCountView, offenceKeyOf } from '../cited-by/citation-counts.service.ts';

/** Consecutive versions that share a number, in timeline order: [Art. 59: 2004, 2009], … */
function groupNumbers(cells: LineageCell[]): string[] {
  const groups: { label: string; versions: string[] }[] = [];
  for (const c of cells) {
    const group = groups.at(-1);
    if (group?.label === c.label) group.versions.push(c.versionSlug);
    else groups.push({ label: c.label, versions: [c.versionSlug] });
  }
  return groups.map((g) => `${g.label} in ${g.versions.join(' and ')}`);
}

/** "was Art. 59 in 2004 and 2009, Art. 44 in 1999" and "became Art. 61 in 2012 and 2015". */
function lineageSummary(cells: LineageCell[]): { before: string | null; after: string | null } {
  const index = cells.findIndex((c) => c.state === 'this');
  const current = cells[index];
  const moved = (c: LineageCell) => c.state === 'present' && c.number !== current?.number;
  const before = groupNumbers(cells.slice(0, index).filter(moved)).reverse();
  const after = groupNumbers(cells.slice(index + 1).filter(moved));
  return { before: before.length > 0 ? before.join(', ') : null, after: after.length > 0 ? after.join(', ') : null };
}

type LineagePenalty = Awaited<ReturnType<typeof repo.listLineagePenalties>>[number];

/** Maximum term per tier in each version: how the offence's punishment moved over time. */
export function penaltyHistory(cells: LineageCell[], versions: VersionView[], penalties: LineagePenalty[]) {
  const present = versions.filter((v) => cells.some((c) => c.versionSlug === v.slug && isPresent(c)));
  const rows = buildPenaltyHistory(present, penalties);
  return { rows, chart: rows.length > 0 ? penaltyChart(rows) : null };
}

type ArticleRow = NonNullable<Awaited<ReturnType<typeof repo.findArticle>>>;

/** The article's own penalties: from the lineage's, which the page reads anyway, or on their own. */
async function ownPenalties(db: Db, article: ArticleRow, lineagePenalties: LineagePenalty[]) {
  return article.lineage_id
    ? lineagePenalties.filter((p) => p.article_id === article.id)
    : repo.listPenalties(db, article.id);
}

function neighbour(lawSlug: string, versionSlug: string, a: { number: string; heading: string | null } | null) {
  return a
    ? { label: articleShortLabel(a.number), heading: a.heading, url: urls.article(lawSlug, versionSlug, a.number) }
    : null;
}

function articleView(lawSlug: string, version: VersionView, article: ArticleRow, on: string) {
  return {
    number: article.number,
    label: articleLabel(article.number),
    heading: article.heading,
    offenceName: article.offence_name,
    offenceNameKo: article.offence_name_ko,
    lineageSlug: article.lineage_slug,
    offenceUrl: article.lineage_slug ? urls.offence(lawSlug, article.lineage_slug) : null,
    chapterPath: article.chapter_path,
    summary: article.summary,
    textEn: article.text_en,
    textKo: article.text_ko,
    hasText: Boolean(article.text_en || article.text_ko),
    sourceUrl: article.source_url,
    provenance: article.provenance,
    updatedAt: article.updated_at,
    url: urls.article(lawSlug, version.slug, article.number),
    pointInTimeUrl: urls.articleOn(lawSlug, article.number),
    inForceUrl: urls.articleInForce(lawSlug, version.slug, article.number),
    previous: neighbour(lawSlug, version.slug, article.previous),
    next: neighbour(lawSlug, version.slug, article.next),
    datePicker: { action: urls.articleInForce(lawSlug, version.slug, article.number), value: on },
  };
}

/** The law and its versions: read once per public data version, not once per page. */
function lawWithVersions({ db, memo }: ReadContext, dataVersion: number, lawSlug: string) {
  return memo.get(`law-versions:${lawSlug}`, dataVersion, async () => {
    const law = await requireLaw(db, lawSlug);
    return { law, versions: toVersionViews(law.slug, await repo.listVersions(db, law.id)) };
  });
}

/** The article, its lineage and penalties: they change only with the data version. */
function articleData({ db, memo }: ReadContext, dataVersion: number, version: VersionView, number: string) {
  return memo.get(`article-data:${version.id}:${number}`, dataVersion, async () => {
    const article = await repo.findArticle(db, version.id, number);
    if (!article) throw new NotFoundError(`${articleLabel(number)} is not known in the ${version.label}.`);
    const [lineageArticles, lineagePenalties] = await Promise.all([
      article.lineage_id ? repo.listLineageArticles(db, article.lineage_id) : Promise.resolve([]),
      article.lineage_id ? repo.listLineagePenalties(db, article.lineage_id) : Promise.resolve([]),
    ]);
    return { article, lineageArticles, lineagePenalties, penalties: await ownPenalties(db, article, lineagePenalties) };
  });
}

/**
 * The statute page: one article in one version, its ladder, and its lineage across versions.
 * What depends only on the data (law, versions, article, lineage, penalties, counts) is memoised
 * per public data version, so a page not in the page cache costs the version read and its
 * Cited-by page (keys, reports, quotes).
 */
export async function getArticlePage(
  ctx: ReadContext,
  lawSlug: string,
  versionSlug: string,
  number: string,
  after?: string,
  today = todayIso(),
) {
  const dataVersion = await readPublicDataVersion(ctx.db);
  const { law, versions } = await lawWithVersions(ctx, dataVersion, lawSlug);
  const version = versions.find((v) => v.slug === versionSlug);
  if (!version) throw new NotFoundError(`${law.title} has no version "${versionSlug}".`);
  const { article, lineageArticles, lineagePenalties, penalties } = await articleData(
    ctx,
    dataVersion,
    version,
    number,
  );
  const view = articleView(law.slug, version, article, today);
  const citedIds = lineageArticles.length > 0 ? lineageArticles.map((a) => a.id) : [article.id];
  const scope = { articleId: article.id, articleIds: citedIds, offenceKey: offenceKeyOf(article) };
  const { counts, ...citedBy } = await getCitedBy(ctx, scope, after, view.url, dataVersion);
  const ladder = buildLadder(penalties);
  const cells = article.lineage_id
    ? lineageCells(law.slug, versions, version.id, lineageArticles, article.lineage_steps)
    : [];
  return {
    law: {
      slug: law.slug,
      title: law.title,
      titleKo: law.title_ko,
      url: urls.law(law.slug),
      lineageUrl: urls.lineageMap(law.slug),
    },
    version,
    article: view,
    ladder,
    ladderSentence: ladder.length > 0 ? ladderSentence(ladder) : null,
    ladderGaps: unrecordedTiers(ladder),
    lineage: { cells, summary: lineageSummary(cells), note: article.lineage_note },
    penaltyHistory: penaltyHistory(cells, versions, lineagePenalties),
    counts: articleCountView(counts, article.id, articleShortLabel(article.number), version.slug),
    citedBy,
    ...articlePageOutputs({
      lawSlug: law.slug,
      lawTitle: law.title,
      lawTitleKo: law.title_ko,
      jurisdictionCode: law.jurisdiction_code,
      jurisdictionName: law.jurisdiction_name,
      versionSlug: version.slug,
      versionLabel: version.label,
      versionDate: version.inForceFrom,
      articleNumber: article.number,
      heading: article.heading,
    }),
  };
}
