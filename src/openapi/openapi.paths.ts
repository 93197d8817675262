import { articleNumberParam, onQuery } from '../laws/laws.schemas.ts';
import { afterQuery, reportsQuery } from '../reports/reports.schemas.ts';
import { penaltiesQuery } from '../penalties/penalties.schemas.ts';
import { searchQuery } from '../search/search.schemas.ts';
import { errorJson, get, jsonBody, pathParam, queryParams, redirect, ref, twin } from './openapi.operations.ts';

const law = pathParam('law', 'kp-criminal-code', 'Law slug.');
const version = pathParam('version', '2015', 'Version slug, unique within the law.');
const number = pathParam('number', '222', 'Article number as text ("222", "60-1", "부칙 1").', articleNumberParam);
const on = queryParams(onQuery, { on: 'Date (YYYY-MM-DD) the version must be in force on; default today.' });
const after = queryParams(afterQuery, { after: 'Keyset cursor from the previous page’s nextCursor.' });
const facets = queryParams(reportsQuery.omit({ after: true }), {
  outlet: 'Only reports from this outlet (slug).',
  place: 'Only reports about this place or a place within it (slug).',
  law: 'Only reports with a confirmed citation of this law (slug).',
  year: 'Only reports published in this year.',
});

/** Every JSON route under /api (the JSON twins of the pages, the extractor and this document). */
export const apiPaths = {
  '/api': twin('getHome', 'Counts, most-cited offences and latest reports.', 'HomePage', ['pages']),
  '/api/openapi.json': get({
    id: 'getOpenApi',
    summary: 'This document.',
    tags: ['meta'],
    responses: { '200': jsonBody({ type: 'object' }, 'OpenAPI 3.1 document.') },
  }),
  '/api/laws': twin('listLaws', 'Laws by jurisdiction.', 'LawsPage', ['laws']),
  '/api/laws/{law}': twin(
    'getLaw',
    'A law: version timeline and contents of the latest version with known articles.',
    'LawPage',
    ['laws'],
    [law],
  ),
  '/api/laws/{law}/lineage': twin(
    'getRenumberingMap',
    'Each offence’s article number in every version.',
    'RenumberingMapPage',
    ['laws'],
    [law],
  ),
  '/api/laws/{law}/{version}': twin(
    'getVersion',
    'One version’s table of contents.',
    'VersionPage',
    ['laws'],
    [law, version],
  ),
  '/api/laws/{law}/{version}/articles/{number}': twin(
    'getArticle',
    'The statute page: penalties, lineage and citing reports (keyset-paginated).',
    'ArticlePage',
    ['laws'],
    [law, version, number, ...after],
  ),
  '/api/laws/{law}/articles/{number}': get({
    id: 'getArticleInForce',
    summary: 'Redirects to the article in the version in force on a date.',
    tags: ['laws'],
    parameters: [law, number, ...on],
    responses: {
      ...redirect('302', 'The article in the version in force on that date.'),
      '400': errorJson('Malformed date.'),
      '404': errorJson('No such law or article.'),
    },
  }),
  '/api/laws/{law}/{version}/articles/{number}/in-force': get({
    id: 'getArticleInForceByOffence',
    summary: 'The same offence (lineage) in the version in force on a date.',
    description:
      'Redirects to the article of the same lineage in the version in force on `on`; when that version’s text is unknown or the offence has no article in it, answers 200 with a page saying which version is in force and linking the last known article.',
    tags: ['laws'],
    parameters: [law, version, number, ...on],
    responses: {
      ...redirect('302', 'The article of the same offence in the version in force on that date.'),
      '200': jsonBody(ref('InForcePage'), 'The version in force has no known article of this offence.'),
      '400': errorJson('Malformed date.'),
      '404': errorJson('No such law, version or article, or no version in force on that date.'),
    },
  }),
  '/api/offences/{law}/{lineage}': twin(
    'getOffence',
    'An offence across every version: numbers, headings, penalties, and the Cited-by of its whole lineage.',
    'OffencePage',
    ['laws'],
    [
      law,
      pathParam('lineage', 'illegal-international-communications', 'Offence (lineage) slug, unique within the law.'),
      ...on,
      ...after,
    ],
  ),
  '/api/glossary': twin(
    'getGlossary',
    'The penalty vocabulary: each term with its Korean original and common English renderings.',
    'GlossaryPage',
    ['pages'],
  ),
  '/api/reports': twin(
    'listReports',
    'Published reports, newest first, 25 a page, filterable.',
    'ReportsPage',
    ['reports'],
    [...facets, ...after],
  ),
  '/api/reports/{slug}': twin(
    'getReport',
    'The report page: metadata, excerpt with its citations marked, cited articles.',
    'ReportPage',
    ['reports'],
    [pathParam('slug', 'dailynk-crackdown-chinese-mobile-phones', 'Report slug.')],
    redirect('301', 'The report was renamed: the same URL under its current slug.'),
  ),
  '/api/outlets/{slug}': twin(
    'getOutlet',
    'An outlet and its reports.',
    'OutletPage',
    ['reports'],
    [pathParam('slug', 'daily-nk', 'Outlet slug.'), ...after],
  ),
  '/api/places/{slug}': twin(
    'getPlace',
    'A place, its sub-places and the reports about them.',
    'PlacePage',
    ['reports'],
    [pathParam('slug', 'yanggang', 'Place slug.'), ...after],
  ),
  '/api/search': get({
    id: 'search',
    summary:
      'Full-text search over articles (one result per offence) and reports, with facets; an exact citation or offence name jumps to its page.',
    tags: ['search'],
    parameters: queryParams(searchQuery, {
      q: 'Query in websearch syntax; empty gives the help page.',
      ...Object.fromEntries(
        ['law', 'version', 'kind', 'max', 'outlet', 'place', 'year', 'claim'].map((f) => [
          f,
          `Facet ${f}; repeat it to allow several values.`,
        ]),
      ),
      apage: 'Page of article hits.',
      rpage: 'Page of report hits.',
      jump: 'off: search the text even when it is exactly a citation or an offence name.',
    }),
    responses: {
      '200': jsonBody(ref('SearchPage'), 'Results, a chooser between versions, or the help page.'),
      ...redirect('302', 'The query named one article or one offence exactly: its JSON twin.'),
      '400': errorJson('Malformed query or facet.'),
      '503': errorJson('The search took too long and was stopped.'),
    },
  }),
  '/api/penalties': get({
    id: 'listPenaltyKinds',
    summary: 'Penalty kinds with how many articles provide each.',
    tags: ['search'],
    responses: { '200': jsonBody(ref('PenaltiesIndexPage'), 'Penalty kinds.') },
  }),
  '/api/penalties/{kind}': twin(
    'getPenaltyKind',
    'Articles providing one kind of penalty, by law and version, and how the set changed.',
    'PenaltyPage',
    ['search'],
    [
      pathParam('kind', 'death', 'Penalty kind, e.g. death or fixed_term_correctional_labor.'),
      ...queryParams(penaltiesQuery, { law: 'Law slug.', version: 'Version slug.', max: 'Maximum term bucket.' }),
    ],
  ),
  '/api/extract': {
    post: {
      operationId: 'extractCitations',
      summary: 'The citations the extractor finds in a text, each resolved to the version in force.',
      tags: ['extractor'],
      requestBody: { required: true, content: { 'application/json': { schema: ref('ExtractRequest') } } },
      responses: {
        '200': jsonBody(ref('ExtractResponse'), 'Citations found, in text order.'),
        '400': errorJson('Missing, malformed or over 1 MB.'),
        '429': errorJson(
          'More requests from this address than EXTRACT_RATE_LIMIT allows a minute; Retry-After says when to try again.',
        ),
        '503': errorJson('The text needed more than 10 s of CPU and was stopped.'),
      },
    },
  },
};
