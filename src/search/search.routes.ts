import { type Request, type Response, Router } from 'express';
import type { AppContext } from '../http/app-context.ts';
import { apiBody } from '../http/dual-route.ts';
import { urls } from '../http/urls.ts';
import { searchQuery } from './search.schemas.ts';
import { type SearchOutcome, invalidSearch, search } from './search.service.ts';
import { searchExamples } from './search.urls.ts';
import { SearchPage } from '../api-schema/search.ts';

export interface SearchRouteOptions {
  /** per-statement limit inside the search transaction */
  statementTimeoutMs?: number;
  /** report facet counts are exact up to this many matches, estimated past it */
  exactCountsUpTo?: number;
}

function titleOf(outcome: SearchOutcome): string {
  if (outcome.kind === 'results') return `Search: ${outcome.q}`;
  if (outcome.kind === 'chooser') return `Which ${outcome.label}?`;
  return 'Search';
}

function page(outcome: Exclude<SearchOutcome, { kind: 'redirect' }>) {
  const canonical = outcome.kind === 'results' ? outcome.canonical : '/search';
  return {
    title: titleOf(outcome),
    canonical,
    examples: searchExamples(),
    penaltiesIndex: urls.penalties(),
    ...outcome,
  };
}

function sendHtml(res: Response, outcome: SearchOutcome): void {
  if (outcome.kind === 'redirect') {
    res.redirect(302, outcome.url);
    return;
  }
  const view =
    outcome.kind === 'help' ? 'search/help' : outcome.kind === 'chooser' ? 'search/chooser' : 'search/results';
  res.status(outcome.kind === 'help' ? outcome.status : 200).render(view, page(outcome));
}

function sendJson(res: Response, outcome: SearchOutcome): void {
  if (outcome.kind === 'redirect') {
    res.redirect(302, `/api${outcome.url}`);
    return;
  }
  if (outcome.kind === 'help' && outcome.status !== 200) {
    res.status(outcome.status).json({ error: { status: outcome.status, message: outcome.message } });
    return;
  }
  res.json(apiBody(SearchPage, page(outcome)));
}

/** /search with its /api twin; mount `html` at the root and `api` under /api. */
export function searchRoutes(ctx: AppContext, options: SearchRouteOptions = {}): { html: Router; api: Router } {
  const routers = { html: Router(), api: Router() };
  const searchOptions = {
    ...(options.statementTimeoutMs === undefined ? {} : { timeoutMs: options.statementTimeoutMs }),
    ...(options.exactCountsUpTo === undefined ? {} : { exactCountsUpTo: options.exactCountsUpTo }),
  };
  // A malformed facet or page is a 400 help page (with the form to fix it), not an error page.
  const run = async (req: Request) => {
    const parsed = searchQuery.safeParse(req.query);
    if (!parsed.success)
      return invalidSearch(String(parsed.error.issues[0]!.path[0] ?? 'query'), parsed.error.issues[0]!.message);
    return search(ctx, parsed.data, searchOptions);
  };
  routers.html.get('/search', async (req, res) => sendHtml(res, await run(req)));
  routers.api.get('/search', async (req, res) => sendJson(res, await run(req)));
  return routers;
}
