import { arr, bool, int, npath, nstr, obj, page, path, ref, str, strEnum } from './json-schema.ts';
import { errorJson, get, jsonBody, pathParam, queryParam, redirect } from './operations.ts';

/*
 * ─── /api/search and /api/penalties ── owned by the search feature (src/search/**) ─────────────
 * Written from the responses as the search feature first shipped them, so that the OpenAPI test
 * (every registered /api route documented, every response valid) holds; the search feature keeps
 * these in step with its view-models. Hits and penalty tables are described loosely on purpose.
 * /search.atom, /search.csv and /search.json (output-paths.ts) are the researcher outputs, which
 * still use the interim ILIKE matching in src/feeds/report-search.repository.ts.
 */
const object = { type: 'object' };
const facetValue = obj({ value: str, label: str, count: int, selected: bool, url: path });
const hits = obj({ total: int, totalText: str, totalEstimated: bool, countsEstimated: bool, estimateNote: nstr, hits: arr(object), facets: arr(obj({ key: str, title: str, values: arr(facetValue) })), page: int, pages: int, prevUrl: npath, nextUrl: npath });

export const searchSchemas: Record<string, unknown> = {
  SearchPage: {
    allOf: [
      page({ examples: arr(obj({ text: str, url: path })), penaltiesIndex: path, kind: strEnum('help', 'results', 'chooser'), q: str }),
      {
        oneOf: [
          obj({ kind: { const: 'help' }, status: int, message: nstr }),
          obj({ kind: { const: 'results' }, notice: nstr, approximate: bool, filtered: bool, clearUrl: path, articles: hits, reports: hits }),
          obj({
            kind: { const: 'chooser' },
            label: str,
            inForce: { oneOf: [{ type: 'null' }, obj({ label: str, url: path, textKnown: bool, hasArticle: bool, text: str })] },
            textSearchUrl: path,
            options: arr(obj({ url: path, version: str, versionLabel: str, inForceFrom: nstr, heading: nstr, offence: nstr, offenceKo: nstr, offenceUrl: npath, inForceToday: bool })),
          }),
        ],
      },
    ],
  },
  PenaltiesIndexPage: page({ penaltiesIndex: path, kinds: arr(obj({ value: str, label: str, ko: nstr, articles: int, url: path })) }),
  PenaltyPage: page({
    penaltiesIndex: path,
    kind: obj({ value: str, label: str, ko: nstr, hasTerm: bool }),
    filter: obj({ law: nstr, version: nstr, max: nstr }),
    laws: arr(obj({ slug: str, title: str, url: path, versions: arr(object), changes: arr(object) })),
    articleCount: int,
    termLinks: arr(object),
    allTermsUrl: npath,
  }),
};

const facet = (name: string, description: string) => queryParam(name, { type: 'string' }, `${description} Repeat to allow several values.`);

export const searchPaths: Record<string, unknown> = {
  '/api/search': get({
    id: 'search',
    summary: 'Full-text search over articles (one result per offence) and reports, with facets; an exact citation or offence name jumps to its page.',
    tags: ['search'],
    parameters: [
      queryParam('q', { type: 'string', maxLength: 500 }, 'Query in websearch syntax; empty gives the help page.'),
      ...['law', 'version', 'kind', 'max', 'outlet', 'place', 'year', 'claim'].map((f) => facet(f, `Facet ${f}.`)),
      queryParam('apage', { type: 'string', pattern: '^\\d{1,3}$' }, 'Page of article hits.'),
      queryParam('rpage', { type: 'string', pattern: '^\\d{1,3}$' }, 'Page of report hits.'),
      queryParam('jump', { type: 'string', enum: ['off'] }, 'off: search the text even when it is exactly a citation or an offence name.'),
    ],
    responses: {
      '200': jsonBody(ref('SearchPage'), 'Results, a chooser between versions, or the help page.'),
      ...redirect('302', 'The query named one article or one offence exactly: its JSON twin.'),
      '400': errorJson('Malformed query or facet.'),
    },
  }),
  '/api/penalties': get({ id: 'listPenaltyKinds', summary: 'Penalty kinds with how many articles provide each.', tags: ['search'], responses: { '200': jsonBody(ref('PenaltiesIndexPage'), 'Penalty kinds.') } }),
  '/api/penalties/{kind}': get({
    id: 'getPenaltyKind',
    summary: 'Articles providing one kind of penalty, by law and version, and how the set changed.',
    tags: ['search'],
    parameters: [pathParam('kind', 'death', 'Penalty kind, e.g. death or fixed_term_correctional_labor.'), queryParam('law', { type: 'string' }, 'Law slug.'), queryParam('version', { type: 'string' }, 'Version slug.'), queryParam('max', { type: 'string' }, 'Maximum term bucket.')],
    responses: { '200': jsonBody(ref('PenaltyPage'), 'Articles with that penalty.'), '400': errorJson('Malformed filter.'), '404': errorJson('Unknown penalty kind.') },
  }),
};
