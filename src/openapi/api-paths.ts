import { arr, obj, ref, str } from './json-schema.ts';
import { after, errorJson, facets, get, jsonBody, pathParam, queryParam, redirect, twin } from './operations.ts';

const law = pathParam('law', 'kp-criminal-code', 'Law slug.');
const version = pathParam('version', '2015', 'Version slug, unique within the law.');
const number = pathParam('number', '222', 'Article number as text ("222", "60-1", "부칙 1").');
const on = queryParam('on', { type: 'string', format: 'date' }, 'Date (YYYY-MM-DD) the version must be in force on; default today.');

/** Every JSON route under /api (the JSON twins of the pages, the extractor and this document). */
export const apiPaths = {
  '/api': twin('getHome', 'Counts, most-cited articles and latest reports.', 'HomePage', ['pages']),
  '/api/openapi.json': get({
    id: 'getOpenApi',
    summary: 'This document.',
    tags: ['meta'],
    responses: { '200': jsonBody(obj({ openapi: { const: '3.1.0' }, info: obj({ title: str, version: str }), paths: { type: 'object' } }), 'OpenAPI 3.1 document.') },
  }),
  '/api/laws': twin('listLaws', 'Laws by jurisdiction.', 'LawsPage', ['laws']),
  '/api/laws/{law}': twin('getLaw', 'A law: version timeline and contents of the latest version with known articles.', 'LawPage', ['laws'], [law]),
  '/api/laws/{law}/lineage': twin('getRenumberingMap', 'Each offence’s article number in every version.', 'RenumberingMapPage', ['laws'], [law]),
  '/api/laws/{law}/{version}': twin('getVersion', 'One version’s table of contents.', 'VersionPage', ['laws'], [law, version]),
  '/api/laws/{law}/{version}/articles/{number}': twin('getArticle', 'The statute page: penalties, lineage and citing reports (keyset-paginated).', 'ArticlePage', ['laws'], [
    law,
    version,
    number,
    after,
  ]),
  '/api/laws/{law}/articles/{number}': get({
    id: 'getArticleInForce',
    summary: 'Redirects to the article in the version in force on a date.',
    tags: ['laws'],
    parameters: [law, number, on],
    responses: { ...redirect('302', 'The article in the version in force on that date.'), '400': errorJson('Malformed date.'), '404': errorJson('No such law or article.') },
  }),
  '/api/laws/{law}/{version}/articles/{number}/in-force': get({
    id: 'getArticleInForceByOffence',
    summary: 'The same offence (lineage) in the version in force on a date.',
    description: 'Redirects to the article of the same lineage in the version in force on `on`; when that version’s text is unknown or the offence has no article in it, answers 200 with a page saying which version is in force and linking the last known article.',
    tags: ['laws'],
    parameters: [law, version, number, on],
    responses: {
      ...redirect('302', 'The article of the same offence in the version in force on that date.'),
      '200': jsonBody(ref('InForcePage'), 'The version in force has no known article of this offence.'),
      '400': errorJson('Malformed date.'),
      '404': errorJson('No such law, version or article, or no version in force on that date.'),
    },
  }),
  '/api/offences/{law}/{lineage}': twin('getOffence', 'An offence across every version: numbers, headings, penalties, and the Cited-by of its whole lineage.', 'OffencePage', ['laws'], [
    law,
    pathParam('lineage', 'illegal-international-communications', 'Offence (lineage) slug, unique within the law.'),
    on,
    after,
  ]),
  '/api/glossary': twin('getGlossary', 'The penalty vocabulary: each term with its Korean original and common English renderings.', 'GlossaryPage', ['pages']),
  '/api/reports': twin('listReports', 'Published reports, newest first, 25 a page, filterable.', 'ReportsPage', ['reports'], [...facets, after]),
  '/api/reports/{slug}': {
    get: {
      ...twin('getReport', 'The report page: metadata, excerpt with highlighted citations, cited articles.', 'ReportPage', ['reports'], [
        pathParam('slug', 'dailynk-crackdown-chinese-mobile-phones', 'Report slug.'),
      ]).get,
      responses: {
        '200': jsonBody(ref('ReportPage'), 'The report.'),
        ...redirect('301', 'The report was renamed: the same URL under its current slug.'),
        '404': errorJson('No published report with that slug.'),
      },
    },
  },
  '/api/outlets/{slug}': twin('getOutlet', 'An outlet and its reports.', 'OutletPage', ['reports'], [pathParam('slug', 'daily-nk', 'Outlet slug.'), after]),
  '/api/places/{slug}': twin('getPlace', 'A place, its sub-places and the reports about them.', 'PlacePage', ['reports'], [pathParam('slug', 'yanggang', 'Place slug.'), after]),
  '/api/extract': {
    post: {
      operationId: 'extractCitations',
      summary: 'The citations the extractor finds in a text, each resolved to the version in force.',
      tags: ['extractor'],
      requestBody: { required: true, content: { 'application/json': { schema: ref('ExtractRequest') } } },
      responses: { '200': jsonBody(arr(ref('ExtractedCitation')), 'Citations found, in text order.'), '400': errorJson('Missing, malformed or over 1 MB.'), '429': errorJson('More requests from this address than EXTRACT_RATE_LIMIT allows a minute; Retry-After says when to try again.') },
    },
  },
};
