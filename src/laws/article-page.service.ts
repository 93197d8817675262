import type { Db } from '../db/connect.ts';
import { getCitedBy } from '../citations/cited-by.service.ts';
import { articlePageOutputs } from '../downloads/page-outputs.ts';
import { NotFoundError } from '../http/errors.ts';
import { urls } from '../http/urls.ts';
import { articleLabel, articleShortLabel } from '../lib/article-number.ts';
import { buildLadder, ladderSentence } from '../lib/penalty-ladder.ts';
import type { VersionedMemo } from '../lib/versioned-memo.ts';
import * as repo from './laws.repository.ts';
import { requireLaw } from './law-lookup.ts';
import { buildPenaltyHistory, penaltyChart } from './penalty-history.ts';
import { type VersionView, toVersionViews } from './laws.view-models.ts';

type LineageArticle = Awaited<ReturnType<typeof repo.listLineageArticles>>[number];

export interface LineageCell {
  versionSlug: string;
  versionLabel: string;
  inForceFrom: string | null;
  number: string | null;
  label: string;
  state: 'this' | 'present' | 'absent' | 'unknown' | 'reported_only';
  relation: string | null;
  note: string | null;
  url: string | null;
}

/** This offence's number in every version, and where it is absent or simply not known. */
function lineageCells(lawSlug: string, versions: VersionView[], currentVersionId: number, articles: LineageArticle[]): LineageCell[] {
  const byVersion = new Map<number, LineageArticle[]>();
  for (const a of articles) byVersion.set(a.version_id, [...(byVersion.get(a.version_id) ?? []), a]);
  const firstIndex = versions.findIndex((v) => byVersion.has(v.id));
  const startsNew = articles.some((a) => a.relation === 'new');
  return versions.map((v, i) => {
    const here = byVersion.get(v.id) ?? [];
    const base = { versionSlug: v.slug, versionLabel: v.label, inForceFrom: v.inForceFrom, relation: null, note: null };
    if (here.length > 0) {
      const numbers = here.map((a) => a.number);
      return {
        ...base,
        number: numbers.join(', '),
        label: here.length > 1 ? `Arts. ${numbers.join(', ')}` : articleShortLabel(numbers[0]!),
        state: v.id === currentVersionId ? 'this' : 'present',
        relation: here[0]!.relation,
        note: here[0]!.step_note,
        url: urls.article(lawSlug, v.slug, here[0]!.number),
      };
    }
    if (v.textStatus === 'reported_only') return { ...base, number: null, label: 'Text not available', state: 'reported_only', url: null };
    if (startsNew && i < firstIndex) return { ...base, number: null, label: 'Did not exist yet', state: 'absent', url: null };
    return { ...base, number: null, label: 'Number not known', state: 'unknown', url: null };
  });
}

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
function penaltyHistory(cells: LineageCell[], versions: VersionView[], penalties: LineagePenalty[]) {
  const present = versions.filter((v) => cells.some((c) => c.versionSlug === v.slug && (c.state === 'this' || c.state === 'present')));
  const rows = buildPenaltyHistory(present, penalties);
  return { rows, chart: rows.length > 0 ? penaltyChart(rows) : null };
}

/** The statute page: one article in one version, its ladder, and its lineage across versions. */
export async function getArticlePage(db: Db, memo: VersionedMemo, lawSlug: string, versionSlug: string, number: string, after?: string) {
  const law = await requireLaw(db, lawSlug);
  const versions = toVersionViews(law.slug, await repo.listVersions(db, law.id));
  const version = versions.find((v) => v.slug === versionSlug);
  if (!version) throw new NotFoundError(`${law.title} has no version "${versionSlug}".`);
  const article = await repo.findArticle(db, version.id, number);
  if (!article) throw new NotFoundError(`${articleLabel(number)} is not known in the ${version.label}.`);
  const articleUrl = urls.article(law.slug, version.slug, article.number);
  const [penalties, lineageArticles, lineagePenalties] = await Promise.all([
    repo.listPenalties(db, article.id),
    article.lineage_id ? repo.listLineageArticles(db, article.lineage_id) : Promise.resolve([]),
    article.lineage_id ? repo.listLineagePenalties(db, article.lineage_id) : Promise.resolve([]),
  ]);
  const citedIds = lineageArticles.length > 0 ? lineageArticles.map((a) => a.id) : [article.id];
  const citedBy = await getCitedBy(db, memo, article.id, citedIds, after, articleUrl);
  const ladder = buildLadder(penalties);
  const cells = article.lineage_id ? lineageCells(law.slug, versions, version.id, lineageArticles) : [];
  return {
    law: { slug: law.slug, title: law.title, titleKo: law.title_ko, url: urls.law(law.slug) },
    version,
    article: {
      number: article.number,
      label: articleLabel(article.number),
      heading: article.heading,
      offenceName: article.offence_name,
      offenceNameKo: article.offence_name_ko,
      lineageSlug: article.lineage_slug,
      chapterPath: article.chapter_path,
      summary: article.summary,
      textEn: article.text_en,
      textKo: article.text_ko,
      hasText: Boolean(article.text_en || article.text_ko),
      sourceUrl: article.source_url,
      provenance: article.provenance,
      updatedAt: article.updated_at,
      url: articleUrl,
      pointInTimeUrl: urls.articleOn(law.slug, article.number),
    },
    ladder,
    ladderSentence: ladder.length > 0 ? ladderSentence(ladder) : null,
    lineage: { cells, summary: lineageSummary(cells), note: article.lineage_note },
    penaltyHistory: penaltyHistory(cells, versions, lineagePenalties),
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
