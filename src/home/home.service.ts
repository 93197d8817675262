import type { Db } from '../db/connect.ts';
import { urls } from '../http/urls.ts';
import { articleShortLabel } from '../lib/article-number.ts';
import { listReports } from '../reports/reports.service.ts';
import * as repo from './home.repository.ts';

export async function getHomePage(db: Db) {
  const [counts, mostCited, latest] = await Promise.all([repo.countEverything(db), repo.listMostCitedArticles(db, 8), listReports(db, {}, undefined)]);
  return {
    counts: {
      laws: Number(counts.laws),
      articles: Number(counts.articles),
      reports: Number(counts.reports),
      citations: Number(counts.citations),
    },
    mostCited: mostCited.map((a) => ({
      label: `${articleShortLabel(a.number)} (${a.version_slug})`,
      law: a.law_title,
      name: a.offence_name ?? a.heading,
      reports: Number(a.reports),
      url: urls.article(a.law_slug, a.version_slug, a.number),
    })),
    latest: latest.reports.slice(0, 6),
  };
}
