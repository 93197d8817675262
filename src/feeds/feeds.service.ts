import type { Db } from '../db/connect.ts';
import { NotFoundError } from '../http/errors.ts';
import { urls } from '../http/urls.ts';
import { requireArticleScope } from '../laws/article-scope.service.ts';
import { requireLaw } from '../laws/law-lookup.ts';
import { requireOffenceScope } from '../offences/offences.service.ts';
import {
  articleCountView,
  offenceCountText,
  offenceKeyOf,
  readOffenceCounts,
} from '../cited-by/citation-counts.service.ts';
import { articleShortLabel } from '../lib/article-number.ts';
import * as browse from '../reports/browse.repository.ts';
import type { AtomEntry, AtomFeed } from './atom.ts';
import { TAG, citationEntry, reportEntry } from './feed-entries.ts';
import { listNewestCitationsOfArticles, listNewestCitationsOfLaw } from './feeds.repository.ts';
import { resolveReportMatch } from './report-match.service.ts';
import type { ReportOutputQuery } from './report-match.service.ts';
import { listReportsMatching } from './report-search.repository.ts';

/** Atom feeds: at most 50 entries, published reports and confirmed citations only. */
export const FEED_LIMIT = 50;

interface FeedFrame {
  path: string;
  selfPath: string;
  title: string;
  subtitle: string;
}

function buildFeed(origin: string, frame: FeedFrame, entries: AtomEntry[]): AtomFeed {
  // An empty feed still needs a stable <updated>, or every poll would look like a change.
  const updated = new Date(Math.max(0, ...entries.map((e) => e.updated.getTime())));
  return {
    id: `${TAG}feed${frame.selfPath}`,
    title: frame.title,
    subtitle: frame.subtitle,
    selfUrl: `${origin}${frame.selfPath}`,
    pageUrl: `${origin}${frame.path}`,
    updated,
    entries,
  };
}

/**
 * New confirmed citations of an article or of the same offence under another version's number;
 * the subtitle states the article's counts exactly as its page does.
 */
export async function getArticleFeed(db: Db, origin: string, law: string, version: string, number: string) {
  const a = await requireArticleScope(db, law, version, number);
  const [rows, counts] = await Promise.all([
    listNewestCitationsOfArticles(db, a.lineage_article_ids, FEED_LIMIT),
    readOffenceCounts(db, offenceKeyOf(a), a.lineage_article_ids),
  ]);
  const offence = a.offence_name ? ` (${a.offence_name})` : '';
  const figures = articleCountView(counts, a.id, articleShortLabel(a.number), a.version_slug).text;
  return buildFeed(
    origin,
    {
      path: a.url,
      selfPath: urls.articleCitations(a.law_slug, a.version_slug, a.number, 'atom'),
      title: `Citations of ${a.label}${offence}, ${a.law_title} (${a.version_slug})`,
      subtitle: `Newest confirmed citations in published reports, including those citing the offence under another version’s number. ${figures}`,
    },
    rows.map((r) => citationEntry(r, origin)),
  );
}

/** New confirmed citations of an offence under any version's number (the offence page's feed). */
export async function getOffenceFeed(db: Db, origin: string, law: string, lineage: string) {
  const o = await requireOffenceScope(db, law, lineage);
  const [rows, counts] = await Promise.all([
    listNewestCitationsOfArticles(db, o.article_ids, FEED_LIMIT),
    readOffenceCounts(db, o.id, o.article_ids),
  ]);
  return buildFeed(
    origin,
    {
      path: o.url,
      selfPath: urls.offenceCitations(o.law_slug, o.slug, 'atom'),
      title: `Citations of ${o.offence_name}, ${o.law_title}`,
      subtitle: `Newest confirmed citations in published reports, under any version’s number. ${offenceCountText(counts.offenceReports)}.`,
    },
    rows.map((r) => citationEntry(r, origin)),
  );
}

export async function getLawFeed(db: Db, origin: string, lawSlug: string) {
  const law = await requireLaw(db, lawSlug);
  const rows = await listNewestCitationsOfLaw(db, law.id, FEED_LIMIT);
  return buildFeed(
    origin,
    {
      path: urls.law(law.slug),
      selfPath: urls.lawFeed(law.slug),
      title: `Citations of the ${law.title}`,
      subtitle: `Newest confirmed citations of any article of the ${law.title} in published reports.`,
    },
    rows.map((r) => citationEntry(r, origin)),
  );
}

export async function getOutletFeed(db: Db, origin: string, slug: string) {
  const outlet = await browse.findOutlet(db, slug);
  if (!outlet) throw new NotFoundError(`There is no outlet "${slug}".`);
  const rows = await listReportsMatching(db, { outletId: outlet.id }, null, FEED_LIMIT);
  const frame = {
    path: urls.outlet(outlet.slug),
    selfPath: urls.outletFeed(outlet.slug),
    title: `Reports from ${outlet.name}`,
    subtitle: `Newest reports from ${outlet.name} in Statute Atlas.`,
  };
  return buildFeed(
    origin,
    frame,
    rows.map((r) => reportEntry(r, origin)),
  );
}

export async function getPlaceFeed(db: Db, origin: string, slug: string) {
  const place = await browse.findPlace(db, slug);
  if (!place) throw new NotFoundError(`There is no place "${slug}".`);
  const rows = await listReportsMatching(db, { placeId: place.id }, null, FEED_LIMIT);
  const frame = {
    path: urls.place(place.slug),
    selfPath: urls.placeFeed(place.slug),
    title: `Reports about ${place.name}`,
    subtitle: `Newest reports about ${place.name} and the places within it.`,
  };
  return buildFeed(
    origin,
    frame,
    rows.map((r) => reportEntry(r, origin)),
  );
}

/** The /reports list (kind 'reports') or a saved search (kind 'search'), with their facets. */
export async function getReportListFeed(db: Db, origin: string, kind: 'reports' | 'search', q: ReportOutputQuery) {
  const { match, query, description } = await resolveReportMatch(db, q);
  const rows = match ? await listReportsMatching(db, match, null, FEED_LIMIT) : [];
  const search = kind === 'search';
  return buildFeed(
    origin,
    {
      path: search ? urls.searchWith(query) : urls.reports(query),
      selfPath: search ? urls.searchOutput('atom', query) : urls.reportsOutput('atom', query),
      title: `${search ? 'Search' : 'Reports'}: ${description}`,
      subtitle: `Newest published reports matching ${description}.`,
    },
    rows.map((r) => reportEntry(r, origin)),
  );
}
