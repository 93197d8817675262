import type { Db } from '../db/connect.ts';
import { readPublicDataVersion } from '../db/data-version.repository.ts';
import { type OffenceCounts, listOffenceCounts, offenceCountText } from '../cited-by/citation-counts.service.ts';
import type { ReadContext } from '../db/read-context.ts';
import { urls } from '../http/urls.ts';
import { articleShortLabel } from '../lib/article-number.ts';
import { listReports } from '../reports/reports.service.ts';
import * as repo from './home.repository.ts';

export const MOST_CITED = 8;

/** The most-cited offences with the same figure (and sentence) their statute and offence pages show. */
async function mostCitedOffences(db: Db, top: OffenceCounts[]) {
  const [lineages, lone] = await Promise.all([
    repo.listOffencesByIds(
      db,
      top.filter((c) => c.offenceKey > 0).map((c) => c.offenceKey),
    ),
    repo.listLoneArticlesByIds(
      db,
      top.filter((c) => c.offenceKey < 0).map((c) => -c.offenceKey),
    ),
  ]);
  return top.flatMap((c) => {
    const base = { offenceKey: c.offenceKey, reports: c.offenceReports, text: offenceCountText(c.offenceReports) };
    const l = lineages.find((x) => x.id === c.offenceKey);
    if (l) {
      const latest =
        l.number && l.version_slug
          ? {
              label: `${articleShortLabel(l.number)} (${l.version_slug})`,
              url: urls.article(l.law_slug, l.version_slug, l.number),
            }
          : null;
      return [
        {
          ...base,
          name: l.offence_name,
          nameKo: l.offence_name_ko,
          law: l.law_title,
          url: urls.offence(l.law_slug, l.slug),
          latest,
        },
      ];
    }
    const a = lone.find((x) => x.id === -c.offenceKey);
    if (!a) return [];
    const url = urls.article(a.law_slug, a.version_slug, a.number);
    return [
      {
        ...base,
        name: a.heading ?? articleShortLabel(a.number),
        nameKo: null,
        law: a.law_title,
        url,
        latest: { label: `${articleShortLabel(a.number)} (${a.version_slug})`, url },
      },
    ];
  });
}

/** Counts and most-cited offences scan whole tables, so they are memoised per data version. */
export async function getHomePage(ctx: ReadContext) {
  const { db, memo } = ctx;
  const version = await readPublicDataVersion(db);
  const [counts, maps, offenceCounts, latest] = await Promise.all([
    memo.get('home-counts', version, () => repo.countEverything(db)),
    memo.get('home-maps', version, () => repo.listLawsWithLineages(db, 2)),
    listOffenceCounts(ctx, version),
    listReports(db, {}, undefined),
  ]);
  const top = offenceCounts.slice(0, MOST_CITED);
  return {
    counts: {
      laws: Number(counts.laws),
      articles: Number(counts.articles),
      offences: Number(counts.offences),
      reports: Number(counts.reports),
      citations: Number(counts.citations),
    },
    mostCited: await memo.get(
      `home-most-cited:${top.map((c) => `${c.offenceKey}=${c.offenceReports}`).join(',')}`,
      version,
      () => mostCitedOffences(db, top),
    ),
    latest: latest.reports.slice(0, 6),
    explore: [
      ...maps.map((m) => ({
        label: `Renumbering map of the ${m.title}`,
        description: `${Number(m.offences)} offences, their article number in every version`,
        url: urls.lineageMap(m.slug),
      })),
      {
        label: 'Browse by penalty',
        description: 'every article with the death penalty, correctional labor, …',
        url: urls.penalties(),
      },
      { label: 'Penalty glossary', description: 'Korean terms and their English renderings', url: urls.glossary() },
    ],
  };
}
