import { getCitedBy } from '../cited-by/cited-by.service.ts';
import { offenceCountText } from '../cited-by/citation-counts.service.ts';
import type { Db } from '../db/connect.ts';
import { NotFoundError } from '../http/errors.ts';
import { urls } from '../http/urls.ts';
import { articleShortLabel } from '../lib/article-number.ts';
import { formatDate, todayIso } from '../lib/dates.ts';
import { buildLadder, ladderSentence, unrecordedTiers } from '../lib/penalty-ladder.ts';
import type { ReadContext } from '../db/read-context.ts';
import { penaltyHistory } from '../laws/article-page.service.ts';
import { lawView, requireLaw } from '../laws/law-lookup.ts';
import * as laws from '../laws/laws.repository.ts';
import { type VersionView, toVersionViews } from '../laws/laws.view-models.ts';
import { type LineageCell, cellExplanation, isPresent, lineageCells } from '../laws/lineage-cells.ts';
import * as repo from './offences.repository.ts';

type LineageArticle = Awaited<ReturnType<typeof laws.listLineageArticles>>[number];
type LineagePenalty = Awaited<ReturnType<typeof laws.listLineagePenalties>>[number];

function articleEntry(
  lawSlug: string,
  version: VersionView,
  a: LineageArticle,
  penalties: LineagePenalty[],
  byArticle: Map<number, number>,
) {
  const ladder = buildLadder(penalties.filter((p) => p.article_id === a.id));
  return {
    number: a.number,
    label: articleShortLabel(a.number),
    heading: a.heading,
    url: urls.article(lawSlug, version.slug, a.number),
    ladder,
    ladderSentence: ladder.length > 0 ? ladderSentence(ladder) : null,
    ladderGaps: unrecordedTiers(ladder),
    reports: byArticle.get(a.id) ?? 0,
  };
}

/** One row per version: the offence's article(s) there with penalties and citing reports, or why there is none. */
function versionRows(
  lawSlug: string,
  versions: VersionView[],
  cells: LineageCell[],
  articles: LineageArticle[],
  penalties: LineagePenalty[],
  byArticle: Map<number, number>,
  inForceId: number | null,
) {
  return versions.map((v, i) => {
    const cell = cells[i]!;
    return {
      slug: v.slug,
      label: v.label,
      url: v.url,
      inForceFrom: v.inForceFrom,
      inForceUntil: v.inForceUntil,
      inForceText: v.inForceText,
      textStatus: v.textStatus,
      textStatusLabel: v.textStatusLabel,
      state: cell.state,
      stateLabel: cell.label,
      explanation: isPresent(cell) ? null : cellExplanation(cell),
      relation: cell.relation,
      note: cell.note,
      inForceOnDate: v.id === inForceId,
      articles: articles
        .filter((a) => a.version_id === v.id)
        .map((a) => articleEntry(lawSlug, v, a, penalties, byArticle)),
    };
  });
}

/** "On 1 January 2016 the 2015 version was in force; there the offence is Art. 61." */
function onDate(versions: VersionView[], cells: LineageCell[], on: string | null) {
  if (!on) return null;
  const index = versions.findLastIndex((v) => v.inForceFrom !== null && v.inForceFrom <= on);
  const version = versions[index];
  const cell = cells[index];
  const base = { date: on, dateText: formatDate(on) };
  if (!version || !cell)
    return {
      ...base,
      version: null,
      state: null,
      article: null,
      explanation: `No version in Statute Atlas was in force on ${formatDate(on)}.`,
    };
  const article = isPresent(cell) && cell.url ? { label: cell.label, url: cell.url } : null;
  return {
    ...base,
    version: { slug: version.slug, label: version.label, url: version.url },
    state: cell.state,
    article,
    explanation: cellExplanation(cell),
  };
}

async function requireLineage(db: Db, lawId: number, lawTitle: string, slug: string) {
  const lineage = await repo.findLineage(db, lawId, slug);
  if (!lineage) throw new NotFoundError(`The ${lawTitle} has no offence "${slug}" in Statute Atlas.`);
  return lineage;
}

/** /offences/:law/:lineage — the offence across every version, and the Cited-by of its whole lineage. */
export async function getOffencePage(
  ctx: ReadContext,
  lawSlug: string,
  slug: string,
  on: string | null,
  after?: string,
  today = todayIso(),
) {
  const { db } = ctx;
  const law = await requireLaw(db, lawSlug);
  const [lineage, versionRowsDb] = await Promise.all([
    requireLineage(db, law.id, law.title, slug),
    laws.listVersions(db, law.id),
  ]);
  const versions = toVersionViews(law.slug, versionRowsDb);
  const [articles, penalties] = await Promise.all([
    laws.listLineageArticles(db, lineage.id),
    laws.listLineagePenalties(db, lineage.id),
  ]);
  const url = urls.offence(law.slug, lineage.slug);
  const { counts, ...citedBy } = await getCitedBy(
    ctx,
    { articleId: null, articleIds: articles.map((a) => a.id), offenceKey: lineage.id },
    after,
    url,
  );
  const cells = lineageCells(law.slug, versions, null, articles, lineage.steps);
  const at = onDate(versions, cells, on);
  const latest = cells.filter((c) => isPresent(c) && c.url).at(-1);
  return {
    title: `${lineage.offence_name} (${law.title})`,
    canonical: url,
    law: { ...lawView(law), lineageUrl: urls.lineageMap(law.slug) },
    offence: {
      slug: lineage.slug,
      name: lineage.offence_name,
      nameKo: lineage.offence_name_ko,
      note: lineage.note,
      aliases: lineage.aliases,
      url,
    },
    latest: latest
      ? { number: latest.number!, label: latest.label, versionSlug: latest.versionSlug, url: latest.url! }
      : null,
    numbers: cells
      .filter(isPresent)
      .map((c) => ({ number: c.number!, label: c.label, versionSlug: c.versionSlug, url: c.url! })),
    on: at,
    versions: versionRows(
      law.slug,
      versions,
      cells,
      articles,
      penalties,
      counts.byArticle,
      at?.version ? (versions.find((v) => v.slug === at.version!.slug)?.id ?? null) : null,
    ),
    counts: { offenceReports: counts.offenceReports, text: `${offenceCountText(counts.offenceReports)}.` },
    penaltyHistory: penaltyHistory(cells, versions, penalties),
    citedBy,
    feedUrl: urls.offenceCitations(law.slug, lineage.slug, 'atom'),
    feedTitle: `New citations of ${lineage.offence_name} (${law.title}), under any version’s number`,
    datePicker: { action: url, value: on ?? today, button: 'Show' },
  };
}

/** The offence a feed is about; 404 when the law or the lineage is unknown. */
export async function requireOffenceScope(db: Db, lawSlug: string, slug: string) {
  const scope = await repo.findLineageScope(db, lawSlug, slug);
  if (!scope) throw new NotFoundError(`There is no offence "${slug}" of "${lawSlug}" in Statute Atlas.`);
  return { ...scope, url: urls.offence(scope.law_slug, scope.slug) };
}
