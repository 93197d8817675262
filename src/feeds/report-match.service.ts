import type { Db } from '../db/connect.ts';
import { findFilterIds } from '../reports/browse.repository.ts';
import { matchSpec } from '../search/search-text.ts';
import type { ReportMatch } from './report-search.repository.ts';

export interface ReportOutputQuery {
  q?: string | undefined;
  outlet?: string | undefined;
  place?: string | undefined;
  law?: string | undefined;
  year?: number | undefined;
}

/**
 * Facet slugs resolved to ids. An unknown slug matches nothing (match null), as on /reports.
 * `query` is the canonical query string for self links; `description` says in words what matches.
 */
export async function resolveReportMatch(db: Db, q: ReportOutputQuery) {
  const ids = await findFilterIds(db, q);
  const unknown = (q.outlet && !ids.outlet_id) || (q.place && !ids.place_id) || (q.law && !ids.law_id);
  const text = (q.q ?? '').trim();
  const match: ReportMatch | null = unknown
    ? null
    : {
        outletId: ids.outlet_id,
        placeId: ids.place_id,
        lawId: ids.law_id,
        year: q.year ?? null,
        text: text ? matchSpec(text, 'text') : null,
      };
  const query = { q: q.q, outlet: q.outlet, place: q.place, law: q.law, year: q.year };
  const parts = [
    text ? `“${text}”` : null,
    q.outlet ? `outlet ${q.outlet}` : null,
    q.place ? `place ${q.place}` : null,
    q.law ? `law ${q.law}` : null,
    q.year ? `year ${q.year}` : null,
  ].filter(Boolean);
  return { match, query, description: parts.length > 0 ? parts.join(', ') : 'all reports' };
}
