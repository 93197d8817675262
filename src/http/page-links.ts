import { articleCitePanel, reportCitePanel } from './cite-panel.ts';
import type { ArticleCiteInput, ReportCiteInput } from '../cite/formats/cite.types.ts';
import { urls } from './urls.ts';
import { articleLabel } from '../lib/article-number.ts';
import { todayIso } from '../lib/dates.ts';

/**
 * The researcher-output fields of a page's view-model: its Atom feed (`feedUrl`, which the head
 * partial links as rel="alternate"), its CSV/JSON downloads and its "Cite this" panel.
 */

type ArticleOutputInput = Omit<ArticleCiteInput, 'url' | 'accessed'>;

export function articlePageOutputs(a: ArticleOutputInput, now: Date = new Date()) {
  const title = `${articleLabel(a.articleNumber)}, ${a.lawTitle} (${a.versionSlug})`;
  return {
    feedUrl: urls.articleCitations(a.lawSlug, a.versionSlug, a.articleNumber, 'atom'),
    feedTitle: `New citations of ${title}`,
    downloads: {
      csv: urls.articleCitations(a.lawSlug, a.versionSlug, a.articleNumber, 'csv'),
      json: urls.articleCitations(a.lawSlug, a.versionSlug, a.articleNumber, 'json'),
    },
    cite: articleCitePanel({
      ...a,
      url: urls.article(a.lawSlug, a.versionSlug, a.articleNumber),
      accessed: todayIso(now),
    }),
  };
}

export function reportPageOutputs(r: Omit<ReportCiteInput, 'url' | 'accessed'>, now: Date = new Date()) {
  return {
    downloads: { csv: urls.reportCitations(r.slug, 'csv'), json: urls.reportCitations(r.slug, 'json') },
    cite: reportCitePanel({ ...r, url: urls.report(r.slug), accessed: todayIso(now) }),
  };
}

type ListQuery = Record<string, string | number | null | undefined>;

export function reportsListOutputs(filters: ListQuery) {
  return {
    feedUrl: urls.reportsOutput('atom', filters),
    feedTitle: 'New reports in Statute Atlas matching these filters',
    downloads: { csv: urls.reportsOutput('csv', filters), json: urls.reportsOutput('json', filters) },
  };
}

export const outletFeedLinks = (slug: string, name: string) => ({
  feedUrl: urls.outletFeed(slug),
  feedTitle: `New reports from ${name}`,
});
export const placeFeedLinks = (slug: string, name: string) => ({
  feedUrl: urls.placeFeed(slug),
  feedTitle: `New reports about ${name}`,
});
export const lawFeedLinks = (slug: string, title: string) => ({
  feedUrl: urls.lawFeed(slug),
  feedTitle: `New citations of the ${title}`,
});
