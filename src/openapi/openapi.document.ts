import { apiPaths } from './api-paths.ts';
import { lawSchemas } from './law-schemas.ts';
import { offenceSchemas } from './offence-schemas.ts';
import { outputPaths } from './output-paths.ts';
import { reportSchemas } from './report-schemas.ts';
import { searchPaths, searchSchemas } from './search-paths.ts';

/** The OpenAPI 3.1 description of the JSON API and the researcher outputs, served at /api/openapi.json. */
export function buildOpenApiDocument() {
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    info: {
      title: 'Statute Atlas',
      version: '1',
      summary: 'Criminal-code articles across revisions, and the news reports that cite them.',
      description:
        'Every public page has a JSON twin under /api. Only published reports and confirmed citations appear. ' +
        'Lists are keyset-paginated (?after=). Downloads, Atom feeds and citation files sit beside the pages they belong to.',
    },
    tags: [
      { name: 'pages', description: 'JSON twins of the HTML pages.' },
      { name: 'laws' },
      { name: 'reports' },
      { name: 'extractor' },
      { name: 'search', description: 'Owned by the search feature.' },
      { name: 'downloads', description: 'CSV and JSON, streamed in batches.' },
      { name: 'feeds', description: 'Atom 1.0 (RFC 4287), 50 newest entries, conditional GET.' },
      { name: 'cite', description: 'References as CSL-JSON, BibTeX and RIS.' },
      { name: 'meta' },
    ],
    paths: { ...apiPaths, ...searchPaths, ...outputPaths },
    components: { schemas: { ...lawSchemas, ...offenceSchemas, ...reportSchemas, ...searchSchemas } },
  };
}
