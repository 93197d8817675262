import type { Db } from '../db/connect.ts';
import { readPublicDataVersion } from '../db/data-version.repository.ts';
import type { VersionedMemo } from '../lib/versioned-memo.ts';
import { urls } from '../http/urls.ts';
import { articleShortLabel } from '../lib/article-number.ts';
import { listReports } from '../reports/reports.service.ts';
import * as repo from './home.repository.ts';

/** Counts and most-cited articles scan whole tables, so they are memoised per data version. */
export async function getHomePage(db: Db, memo: VersionedMemo) {
  const version = await readPublicDataVersion(db);
  const [counts, mostCited, latest] = await Promise.all([
    memo.get('home-counts', version, () => repo.countEverything(db)),
    memo.get('home-most-cited', version, () => repo.listMostCitedArticles(db, 8)),
    listReports(db, {}, undefined),
  ]);
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
      citations: Number(a.citations),
      url: urls.article(a.law_slug, a.version_slug, a.number),
    })),
    latest: latest.reports.slice(0, 6),
  };
}
