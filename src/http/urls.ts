/** The one place URLs are built (DESIGN.md "URL map"); views and services call these. */
const seg = encodeURIComponent;

/** Appends the set parameters, in the given order, skipping empty ones. */
export function withQuery(path: string, query?: Record<string, string | number | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {}))
    if (v !== null && v !== undefined && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export const urls = {
  home: () => '/',
  laws: () => '/laws',
  law: (law: string) => `/laws/${seg(law)}`,
  version: (law: string, version: string) => `/laws/${seg(law)}/${seg(version)}`,
  article: (law: string, version: string, number: string) =>
    `/laws/${seg(law)}/${seg(version)}/articles/${seg(number)}`,
  articleOn: (law: string, number: string, on?: string) =>
    `/laws/${seg(law)}/articles/${seg(number)}${on ? `?on=${seg(on)}` : ''}`,
  articleInForce: (law: string, version: string, number: string, on?: string) =>
    withQuery(`/laws/${seg(law)}/${seg(version)}/articles/${seg(number)}/in-force`, { on }),
  lineageMap: (law: string) => `/laws/${seg(law)}/lineage`,
  offence: (law: string, lineage: string, query?: Record<string, string | number | null | undefined>) =>
    withQuery(`/offences/${seg(law)}/${seg(lineage)}`, query),
  offenceCitations: (law: string, lineage: string, format: 'atom') =>
    `/offences/${seg(law)}/${seg(lineage)}/citations.${format}`,
  glossary: () => '/glossary',
  penalties: () => '/penalties',
  reports: (query?: Record<string, string | number | null | undefined>) => withQuery('/reports', query),
  report: (slug: string) => `/reports/${seg(slug)}`,
  outlet: (slug: string) => `/outlets/${seg(slug)}`,
  place: (slug: string) => `/places/${seg(slug)}`,
  search: (q?: string) => (q ? `/search?q=${seg(q)}` : '/search'),
  /** The same query as a text search, without the jump to an article or offence it would make. */
  searchText: (q: string) => withQuery('/search', { q, jump: 'off' }),
  api: (path: string) => `/api${path === '/' ? '' : path}`,
  // Researcher outputs (issue 8): feeds, downloads and citation files live under the page they belong to.
  articleCitations: (law: string, version: string, number: string, format: 'atom' | 'csv' | 'json') =>
    `/laws/${seg(law)}/${seg(version)}/articles/${seg(number)}/citations.${format}`,
  lawFeed: (law: string) => `/laws/${seg(law)}/citations.atom`,
  reportCitations: (slug: string, format: 'csv' | 'json') => `/reports/${seg(slug)}/citations.${format}`,
  reportsOutput: (format: 'atom' | 'csv' | 'json', query?: Record<string, string | number | null | undefined>) =>
    withQuery(`/reports.${format}`, query),
  outletFeed: (slug: string) => `/outlets/${seg(slug)}/reports.atom`,
  placeFeed: (slug: string) => `/places/${seg(slug)}/reports.atom`,
  searchWith: (query?: Record<string, string | number | null | undefined>) => withQuery('/search', query),
  searchOutput: (format: 'atom' | 'csv' | 'json', query?: Record<string, string | number | null | undefined>) =>
    withQuery(`/search.${format}`, query),
  /** `pagePath` is an article or report page; format 'csl.json', 'bib' or 'ris'. */
  citeFile: (pagePath: string, format: 'csl.json' | 'bib' | 'ris') => `${pagePath}/cite.${format}`,
  openapi: () => '/api/openapi.json',
};

export type Urls = typeof urls;
