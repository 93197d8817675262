import { readPublicDataVersion } from '../db/data-version.repository.ts';
import { todayIso } from '../lib/dates.ts';
import { urls } from '../http/urls.ts';
import type { ReadContext } from '../db/read-context.ts';
import type { VersionedMemo } from '../lib/versioned-memo.ts';
import * as articles from './article-search.repository.ts';
import { type ChooserOption, type InForceNote, findCitationJump } from './citation-jump.service.ts';
import { type MatchSpec, type Trx, parseQuery, configureSearchTransaction } from './match.repository.ts';
import { EXACT_COUNTS_UP_TO, countReports } from './report-counts.service.ts';
import * as reports from './report-search.repository.ts';
import { matchSpec, splitQuery } from './search-text.ts';
import { articleFacets, reportFacets } from './search.facets.ts';
import { MAX_PAGE, MAX_QUERY_LENGTH, type SearchState } from './search.schemas.ts';
import { clearFacetsUrl, searchUrl } from './search.urls.ts';
import { articleHit, countText, estimateNote, facetViews, reportHit, totalOf } from './search.view-models.ts';

export const PAGE_SIZE = 20;
export const DEFAULT_TIMEOUT_MS = 2000;

export interface SearchOptions {
  /** per-statement limit inside the search transaction; past it the page is a 503 */
  timeoutMs?: number;
  /** report facet counts are exact up to this many matches and estimated past it */
  exactCountsUpTo?: number;
}

export type SearchOutcome =
  | { kind: 'help'; status: 200 | 400 | 503; message: string | null; q: string }
  | { kind: 'redirect'; url: string }
  | {
      kind: 'chooser';
      q: string;
      label: string;
      inForce: InForceNote | null;
      textSearchUrl: string;
      options: ChooserOption[];
    }
  | NonNullable<Awaited<ReturnType<typeof runSearch>>>;

const help = (status: 200 | 400 | 503, message: string | null, q = ''): SearchOutcome => ({
  kind: 'help',
  status,
  message,
  q,
});

/** PostgreSQL's "canceling statement due to statement timeout". */
function isStatementTimeout(error: unknown): boolean {
  return (error as { code?: unknown })?.code === '57014';
}

/** A query string the route's zod check refused: the help page with a 400 naming the parameter. */
export function invalidSearch(parameter: string, message: string): SearchOutcome {
  return help(400, `The ${parameter} parameter is not valid: ${message}.`);
}

/**
 * /search: empty and overlong queries get the help page, an exact citation jumps to its article,
 * anything else is a full-text search in one transaction whose statements may each run
 * `timeoutMs` at most (503 past that).
 */
export async function search(
  ctx: ReadContext,
  state: SearchState,
  options: SearchOptions = {},
  now = new Date(),
): Promise<SearchOutcome> {
  const { timeoutMs = DEFAULT_TIMEOUT_MS, exactCountsUpTo = EXACT_COUNTS_UP_TO } = options;
  const q = state.q.trim();
  if (!q) return help(200, null);
  if (q.length > MAX_QUERY_LENGTH) {
    return help(
      400,
      `A search can be at most ${MAX_QUERY_LENGTH} characters long; yours has ${q.length}. Keep the words that matter most.`,
      q.slice(0, MAX_QUERY_LENGTH),
    );
  }
  const jump = state.jump === 'off' ? null : await findCitationJump(ctx, q, todayIso(now));
  if (jump?.kind === 'redirect') return jump;
  if (jump?.kind === 'chooser')
    return {
      kind: 'chooser',
      q,
      label: jump.label,
      inForce: jump.inForce,
      textSearchUrl: urls.searchText(q),
      options: jump.options,
    };
  const notice = jump?.kind === 'unknown' ? jump.message : null;
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      await configureSearchTransaction(trx, timeoutMs);
      const counts = { memo: ctx.memo, version: await readPublicDataVersion(trx), exactUpTo: exactCountsUpTo };
      return (
        (await runSearch(trx, { ...state, q }, notice, counts)) ??
        help(
          200,
          `“${q}” has only very common words or punctuation, which search ignores. Try more specific words, or one of the examples.`,
          q,
        )
      );
    });
  } catch (error) {
    if (isStatementTimeout(error))
      return help(
        503,
        'The search took too long and was stopped. Narrow it: add a word, put a phrase in "quotes", or pick a filter.',
        q,
      );
    throw error;
  }
}

interface CountMemo {
  memo: VersionedMemo;
  version: number;
  exactUpTo: number;
}

/**
 * Facet counts are memoised per query, facets and data version (the page of hits is always read
 * afresh); past `exactUpTo` matching reports they are estimates (countReports), so even a first
 * broad query costs a bounded sample, not a pass over every match.
 */
async function searchGroups(trx: Trx, m: MatchSpec, state: SearchState, counts: CountMemo) {
  const key = JSON.stringify([
    m.mode,
    m.q,
    counts.exactUpTo,
    ...[...articleFacets, ...reportFacets].map((k) => state[k]),
  ]);
  const articleCounts = await counts.memo.get(`search-a:${key}`, counts.version, () =>
    articles.countArticleFacets(trx, m, state),
  );
  const filters =
    state.outlet.length > 0 ? { ...state, outletIds: await reports.findOutletIds(trx, state.outlet) } : state;
  const reportCounts = await counts.memo.get(`search-r:${key}`, counts.version, () =>
    countReports(trx, m, filters, counts.exactUpTo),
  );
  const articleTotal = totalOf(articleCounts);
  const reportTotal = totalOf(reportCounts.rows);
  const articleRows =
    articleTotal > 0 ? await articles.listArticleHits(trx, m, state, PAGE_SIZE, (state.apage - 1) * PAGE_SIZE) : [];
  const reportRows =
    reportTotal > 0 ? await reports.listReportHits(trx, m, filters, PAGE_SIZE, (state.rpage - 1) * PAGE_SIZE) : [];
  return { articleCounts, reportCounts, articleTotal, reportTotal, articleRows, reportRows };
}

/** null when the query has nothing to search for (only stop words or punctuation). */
async function runSearch(trx: Trx, state: SearchState, notice: string | null, counts: CountMemo) {
  const terms = splitQuery(state.q);
  if ((await parseQuery(trx, state.q)).nodes === 0 && terms.cjk.length === 0) return null;
  let m = matchSpec(state.q, 'text');
  let found = await searchGroups(trx, m, state, counts);
  // Nothing matched word for word: try trigram similarity (typos such as "terorism").
  if (found.articleTotal + found.reportTotal === 0 && terms.cjk.length === 0 && !hasFacets(state)) {
    m = matchSpec(state.q, 'fuzzy');
    found = await searchGroups(trx, m, state, counts);
  }
  const page = (total: number, p: number) => ({ page: p, pages: Math.ceil(total / PAGE_SIZE) });
  return {
    kind: 'results' as const,
    q: state.q,
    canonical: searchUrl(state),
    notice,
    approximate: m.mode === 'fuzzy' && found.articleTotal + found.reportTotal > 0,
    filtered: hasFacets(state),
    clearUrl: clearFacetsUrl(state),
    articles: {
      total: found.articleTotal,
      totalText: String(found.articleTotal),
      totalEstimated: false,
      countsEstimated: false,
      estimateNote: null,
      hits: found.articleRows.map((r) => articleHit(r, terms.cjk)),
      facets: facetViews(articleFacets, found.articleCounts, state),
      ...pager(state, 'apage', page(found.articleTotal, state.apage)),
    },
    reports: {
      total: found.reportTotal,
      totalText: countText(found.reportTotal, found.reportCounts.totalEstimated),
      totalEstimated: found.reportCounts.totalEstimated,
      countsEstimated: found.reportCounts.countsEstimated,
      estimateNote: estimateNote(found.reportCounts, counts.exactUpTo),
      hits: found.reportRows.map((r) => reportHit(r, terms.cjk)),
      facets: facetViews(reportFacets, found.reportCounts.rows, state),
      ...pager(state, 'rpage', page(found.reportTotal, state.rpage)),
    },
  };
}

function hasFacets(state: SearchState): boolean {
  return [...articleFacets, ...reportFacets].some((k) => state[k].length > 0);
}

function pager(state: SearchState, key: 'apage' | 'rpage', p: { page: number; pages: number }) {
  return {
    page: p.page,
    pages: p.pages,
    prevUrl: p.page > 1 ? searchUrl({ ...state, [key]: p.page - 1 }) : null,
    nextUrl: p.page < p.pages && p.page < MAX_PAGE ? searchUrl({ ...state, [key]: p.page + 1 }) : null,
  };
}
