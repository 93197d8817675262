import type { Db } from '../db/connect.ts';
import { NotFoundError } from '../http/errors.ts';
import { urls } from '../http/urls.ts';
import { articleLabel, articleShortLabel } from '../lib/article-number.ts';
import { formatDate } from '../lib/dates.ts';
import { requireLaw } from './law-lookup.ts';
import * as repo from './laws.repository.ts';
import { toVersionViews } from './laws.view-models.ts';
import { type LineageCell, cellExplanation, isPresent, lineageCells } from './lineage-cells.ts';

export type InForceOutcome =
  | { kind: 'redirect'; url: string }
  | { kind: 'page'; page: Awaited<ReturnType<typeof inForcePage>> };

type Article = NonNullable<Awaited<ReturnType<typeof repo.findArticle>>>;

/** The latest article of the offence in force on or before `on`, else the first one after it. */
function lastKnown(cells: LineageCell[], on: string): LineageCell | null {
  const present = cells.filter((c) => isPresent(c) && c.url);
  return present.filter((c) => c.inForceFrom !== null && c.inForceFrom <= on).at(-1) ?? present[0] ?? null;
}

function inForcePage(
  lawView: { slug: string; title: string; url: string },
  article: Article,
  fromVersion: string,
  cell: LineageCell,
  cells: LineageCell[],
  on: string,
  inForce: ReturnType<typeof toVersionViews>[number],
) {
  const known = lastKnown(cells, on);
  const offence = article.offence_name ?? article.heading;
  const knownIsLater = known?.inForceFrom != null && known.inForceFrom > on;
  return {
    title: `${articleShortLabel(article.number)} (${fromVersion})${offence ? ` — ${offence}` : ''}: the version in force on ${formatDate(on)}`,
    canonical: urls.articleInForce(lawView.slug, fromVersion, article.number, on),
    law: lawView,
    from: {
      number: article.number,
      label: articleLabel(article.number),
      versionSlug: fromVersion,
      url: urls.article(lawView.slug, fromVersion, article.number),
      offenceName: article.offence_name,
      offenceNameKo: article.offence_name_ko,
      offenceUrl: article.lineage_slug ? urls.offence(lawView.slug, article.lineage_slug, { on }) : null,
    },
    on,
    onText: formatDate(on),
    inForce: {
      slug: inForce.slug,
      label: inForce.label,
      url: inForce.url,
      inForceText: inForce.inForceText,
      textStatus: inForce.textStatus,
      textStatusLabel: inForce.textStatusLabel,
    },
    state: cell.state,
    explanation: article.lineage_id
      ? cellExplanation(cell)
      : `This article is not linked to an offence across versions, so its counterpart in the ${inForce.label} is not recorded.`,
    note: cell.note,
    lastKnown: known
      ? {
          number: known.number!,
          label: known.label,
          versionSlug: known.versionSlug,
          versionLabel: known.versionLabel,
          url: known.url!,
          isLater: knownIsLater,
        }
      : null,
    datePicker: { action: urls.articleInForce(lawView.slug, fromVersion, article.number), value: on },
  };
}

/**
 * /laws/:law/:version/articles/:number/in-force?on=D: the article of the same offence (lineage)
 * in the version in force on D — a redirect when that version holds it, else a page saying which
 * version is in force and why the offence's article there is not known.
 */
export async function resolveInForce(
  db: Db,
  lawSlug: string,
  versionSlug: string,
  number: string,
  on: string,
): Promise<InForceOutcome> {
  const law = await requireLaw(db, lawSlug);
  const versions = toVersionViews(law.slug, await repo.listVersions(db, law.id));
  const version = versions.find((v) => v.slug === versionSlug);
  if (!version) throw new NotFoundError(`${law.title} has no version "${versionSlug}".`);
  const article = await repo.findArticle(db, version.id, number);
  if (!article) throw new NotFoundError(`${articleLabel(number)} is not known in the ${version.label}.`);
  const inForce = versions.filter((v) => v.inForceFrom !== null && v.inForceFrom <= on).at(-1);
  if (!inForce) {
    const first = versions.find((v) => v.inForceFrom)?.inForceFrom;
    throw new NotFoundError(
      `No version of ${law.title} in Statute Atlas was in force on ${formatDate(on)}${first ? `; the earliest starts on ${formatDate(first)}` : ''}.`,
    );
  }
  if (inForce.id === version.id) return { kind: 'redirect', url: urls.article(law.slug, version.slug, article.number) };
  const own = [
    {
      id: article.id,
      number: article.number,
      heading: article.heading,
      version_id: version.id,
      relation: null,
      step_note: null,
    },
  ];
  const members = article.lineage_id ? await repo.listLineageArticles(db, article.lineage_id) : own;
  const cells = lineageCells(law.slug, versions, null, members, article.lineage_steps);
  const cell = cells[versions.indexOf(inForce)]!;
  if (isPresent(cell) && cell.url) return { kind: 'redirect', url: cell.url };
  return {
    kind: 'page',
    page: inForcePage(
      { slug: law.slug, title: law.title, url: urls.law(law.slug) },
      article,
      version.slug,
      cell,
      cells,
      on,
      inForce,
    ),
  };
}
