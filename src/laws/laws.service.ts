import type { z } from 'zod';
import type { Chapter, LawsPage } from '../api-schema/laws.ts';
import type { Db } from '../db/connect.ts';
import { NotFoundError } from '../http/errors.ts';
import { lawFeedLinks } from '../http/page-links.ts';
import { lawView, requireLaw } from './law-lookup.ts';
import { urls } from '../http/urls.ts';
import { articleLabel } from '../lib/article-number.ts';
import { formatDate } from '../lib/dates.ts';
import * as repo from './laws.repository.ts';
import { toVersionViews, versionInForce } from './laws.view-models.ts';
import { buildRenumberingMap } from './renumbering-map.ts';

/**
 * The law an unqualified article number means: the default law of the one jurisdiction that has
 * one, as the extractor reads it (context.service). Null when none, or several, are marked.
 */
export async function findHomeDefaultLaw(db: Db): Promise<string | null> {
  const rows = await repo.listDefaultLawSlugs(db);
  return rows.length === 1 ? rows[0]!.slug : null;
}

export async function listLaws(db: Db) {
  const rows = await repo.listLawsWithJurisdiction(db);
  const groups = new Map<string, z.infer<typeof LawsPage>['jurisdictions'][number]>();
  for (const r of rows) {
    const group = groups.get(r.jurisdiction_code) ?? { name: r.jurisdiction_name, code: r.jurisdiction_code, laws: [] };
    group.laws.push({
      slug: r.slug,
      title: r.title,
      titleKo: r.title_ko,
      kind: r.kind,
      summary: r.summary,
      versionCount: Number(r.version_count ?? 0),
      url: urls.law(r.slug),
    });
    groups.set(r.jurisdiction_code, group);
  }
  return { jurisdictions: [...groups.values()] };
}

type ArticleRow = Awaited<ReturnType<typeof repo.listArticlesOfVersion>>[number];

/** Groups a version's articles under their chapter path, keeping article order. */
function tableOfContents(lawSlug: string, versionSlug: string, articles: ArticleRow[]) {
  const chapters: z.infer<typeof Chapter>[] = [];
  for (const a of articles) {
    const title = a.chapter_path.length > 0 ? a.chapter_path.join(' › ') : null;
    let chapter = chapters.at(-1);
    if (!chapter || chapter.title !== title) {
      chapter = { title, articles: [] };
      chapters.push(chapter);
    }
    chapter.articles.push({
      number: a.number,
      label: articleLabel(a.number),
      heading: a.heading,
      offenceName: a.offence_name,
      offenceNameKo: a.offence_name_ko,
      summary: a.summary,
      textEn: a.text_en,
      url: urls.article(lawSlug, versionSlug, a.number),
    });
  }
  return chapters;
}

/** The law page: its timeline and the contents of the latest version whose articles are known. */
export async function getLawPage(db: Db, lawSlug: string) {
  const law = await requireLaw(db, lawSlug);
  const [aliases, versionRows] = await Promise.all([repo.listLawAliases(db, law.id), repo.listVersions(db, law.id)]);
  const versions = toVersionViews(law.slug, versionRows);
  const latestWithText =
    [...versions].reverse().find((v) => v.textStatus !== 'reported_only' && v.articleCount > 0) ?? null;
  const articles = latestWithText ? await repo.listArticlesOfVersion(db, latestWithText.id) : [];
  return {
    law: lawView(law),
    aliases,
    versions,
    latestWithText,
    laterReportedOnly: latestWithText
      ? versions.filter(
          (v) => v.inForceFrom && latestWithText.inForceFrom && v.inForceFrom > latestWithText.inForceFrom,
        )
      : [],
    chapters: latestWithText ? tableOfContents(law.slug, latestWithText.slug, articles) : [],
    updatedAt: law.updated_at,
    ...lawFeedLinks(law.slug, law.title),
  };
}

export async function getVersionPage(db: Db, lawSlug: string, versionSlug: string) {
  const law = await requireLaw(db, lawSlug);
  const versions = toVersionViews(law.slug, await repo.listVersions(db, law.id));
  const version = versions.find((v) => v.slug === versionSlug);
  if (!version) throw new NotFoundError(`${law.title} has no version "${versionSlug}".`);
  const articles = await repo.listArticlesOfVersion(db, version.id);
  return { law: lawView(law), version, versions, chapters: tableOfContents(law.slug, version.slug, articles) };
}

/**
 * The URL of article `number` as in force on `on`. Reported-only versions (text unknown) are
 * passed over for the latest earlier version whose text includes the article.
 */
export async function resolveArticleOn(db: Db, lawSlug: string, number: string, on: string): Promise<string> {
  const law = await requireLaw(db, lawSlug);
  const versions = await repo.listVersions(db, law.id);
  const inForce = versionInForce(versions, on);
  if (!inForce) {
    const first = versions.find((v) => v.in_force_from)?.in_force_from;
    throw new NotFoundError(
      `No version of ${law.title} in Statute Atlas was in force on ${formatDate(on)}${first ? `; the earliest starts on ${formatDate(first)}` : ''}.`,
    );
  }
  const candidates = versions.filter((v) => v.in_force_from !== null && v.in_force_from <= on).reverse();
  for (const v of candidates) {
    if (v.text_status === 'reported_only') continue;
    const article = await repo.findArticle(db, v.id, number);
    if (article) return urls.article(law.slug, v.slug, number);
    break;
  }
  throw new NotFoundError(
    `${articleLabel(number)} is not known in the version of ${law.title} in force on ${formatDate(on)} (${inForce.label}).`,
  );
}

/** /laws/:law/lineage: every offence's number in every version, for the renumbering map. */
export async function getRenumberingMap(db: Db, lawSlug: string) {
  const law = await requireLaw(db, lawSlug);
  const [versionRows, numbers] = await Promise.all([
    repo.listVersions(db, law.id),
    repo.listLineageNumbers(db, law.id),
  ]);
  const versions = toVersionViews(law.slug, versionRows);
  const map = buildRenumberingMap(
    numbers,
    versions,
    (version, number) => urls.article(law.slug, version, number),
    (lineage) => urls.offence(law.slug, lineage),
  );
  return { law: lawView(law), versions, ...map };
}
