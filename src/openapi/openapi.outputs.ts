import { articleNumberParam } from '../laws/laws.schemas.ts';
import { reportsQuery } from '../reports/reports.schemas.ts';
import { searchQuery } from '../search/search.schemas.ts';
import { content, get, pathParam, queryParams, ref } from './openapi.operations.ts';

/** Researcher outputs beside the pages: CSV/JSON downloads (streamed), Atom feeds, citation files. */
const law = pathParam('law', 'kp-criminal-code', 'Law slug.');
const article = [
  law,
  pathParam('version', '2015', 'Version slug.'),
  pathParam('number', '222', 'Article number.', articleNumberParam),
];
const report = [pathParam('slug', 'dailynk-crackdown-chinese-mobile-phones', 'Report slug.')];
const facets = queryParams(reportsQuery.omit({ after: true }));
const q = queryParams(searchQuery.pick({ q: true }), {
  q: 'Words that must all occur in a report’s title, summary or excerpt.',
});
const htmlError = (description: string) => content('text/html', { type: 'string' }, description);

const notFound = { '404': htmlError('Unknown law, version, article or report.') };
const badQuery = { '400': htmlError('Malformed facet.') };
const renamed = { '301': { description: 'Renamed report: the same file under its current slug.' } };

const csv = content(
  'text/csv',
  { type: 'string' },
  'RFC 4180 CSV, UTF-8 without BOM, header row; cells that start like a formula get a leading apostrophe.',
);
const atom = {
  ...content(
    'application/atom+xml',
    { type: 'string' },
    'Atom 1.0 feed, newest 50 entries; ETag and Last-Modified for conditional GET.',
  ),
  headers: { ETag: { schema: { type: 'string' } }, 'Last-Modified': { schema: { type: 'string' } } },
};
const notModified = { '304': { description: 'Not modified since the ETag or date the client sent.' } };

function downloads(
  name: string,
  tag: string,
  row: string,
  parameters: unknown[],
  prefix: string,
  errors: Record<string, unknown>,
) {
  return {
    [`${prefix}.json`]: get({
      id: `${name}Json`,
      summary: `${tag} as JSON (streamed).`,
      tags: ['downloads'],
      parameters,
      responses: {
        '200': content(
          'application/json',
          { type: 'array', items: ref(row) },
          'Array of rows, the CSV’s columns as keys.',
        ),
        ...errors,
      },
    }),
    [`${prefix}.csv`]: get({
      id: `${name}Csv`,
      summary: `${tag} as CSV (streamed).`,
      tags: ['downloads'],
      parameters,
      responses: { '200': csv, ...errors },
    }),
  };
}

const feed = (id: string, summary: string, parameters: unknown[], errors: Record<string, unknown>) =>
  get({ id, summary, tags: ['feeds'], parameters, responses: { '200': atom, ...notModified, ...errors } });

function citeFiles(name: string, parameters: unknown[], prefix: string, errors: Record<string, unknown>) {
  return {
    [`${prefix}/cite.csl.json`]: get({
      id: `${name}CslJson`,
      summary: 'Reference as CSL-JSON (an array of one item).',
      tags: ['cite'],
      parameters,
      responses: { '200': content('application/vnd.citationstyles.csl+json', ref('CslItems'), 'CSL-JSON.'), ...errors },
    }),
    [`${prefix}/cite.bib`]: get({
      id: `${name}Bibtex`,
      summary: 'Reference as BibTeX.',
      tags: ['cite'],
      parameters,
      responses: { '200': content('application/x-bibtex', { type: 'string' }, 'BibTeX.'), ...errors },
    }),
    [`${prefix}/cite.ris`]: get({
      id: `${name}Ris`,
      summary: 'Reference as RIS.',
      tags: ['cite'],
      parameters,
      responses: { '200': content('application/x-research-info-systems', { type: 'string' }, 'RIS.'), ...errors },
    }),
  };
}

const articlePath = '/laws/{law}/{version}/articles/{number}';
const reportPath = '/reports/{slug}';

export const outputPaths = {
  ...downloads(
    'downloadArticleCitations',
    'Every confirmed citation of the article’s offence, in any version',
    'CitationRow',
    article,
    `${articlePath}/citations`,
    notFound,
  ),
  ...downloads(
    'downloadReportCitations',
    'The report’s confirmed citations',
    'CitationRow',
    report,
    `${reportPath}/citations`,
    { ...notFound, ...renamed },
  ),
  ...downloads(
    'downloadReports',
    'Published reports matching the /reports facets',
    'ReportRow',
    facets,
    '/reports',
    badQuery,
  ),
  ...downloads('downloadSearch', 'Saved-search results', 'ReportRow', [...q, ...facets], '/search', badQuery),
  [`${articlePath}/citations.atom`]: feed(
    'feedArticleCitations',
    'New confirmed citations of the article, including its whole lineage.',
    article,
    notFound,
  ),
  '/offences/{law}/{lineage}/citations.atom': feed(
    'feedOffenceCitations',
    'New confirmed citations of an offence under any version’s number.',
    [law, pathParam('lineage', 'illegal-international-communications', 'Offence (lineage) slug.')],
    notFound,
  ),
  '/laws/{law}/citations.atom': feed(
    'feedLawCitations',
    'New confirmed citations of any article of the law.',
    [law],
    notFound,
  ),
  '/outlets/{slug}/reports.atom': feed(
    'feedOutletReports',
    'New reports from an outlet.',
    [pathParam('slug', 'daily-nk', 'Outlet slug.')],
    notFound,
  ),
  '/places/{slug}/reports.atom': feed(
    'feedPlaceReports',
    'New reports about a place or a place within it.',
    [pathParam('slug', 'yanggang', 'Place slug.')],
    notFound,
  ),
  '/reports.atom': feed('feedReports', 'New reports matching the /reports facets.', facets, badQuery),
  '/search.atom': feed(
    'feedSearch',
    'A saved search: new reports matching the words and facets.',
    [...q, ...facets],
    badQuery,
  ),
  ...citeFiles('citeArticle', article, articlePath, notFound),
  ...citeFiles('citeReport', report, reportPath, { ...notFound, ...renamed }),
};
