import { z } from 'zod';
import * as common from '../api-schema/common.ts';
import * as extract from '../api-schema/extract.ts';
import * as laws from '../api-schema/laws.ts';
import * as offences from '../api-schema/offences.ts';
import * as outputs from '../api-schema/outputs.ts';
import * as reports from '../api-schema/reports.ts';
import * as search from '../api-schema/search.ts';
import type { Json } from './openapi.operations.ts';
import { outputPaths } from './openapi.outputs.ts';
import { apiPaths } from './openapi.paths.ts';

/** The named components: every exported zod object of src/api-schema whose name starts with a capital. */
const named = (module: Record<string, unknown>) =>
  Object.entries(module).filter(([name, schema]) => /^[A-Z]/.test(name) && schema instanceof z.ZodType) as [
    string,
    z.ZodType,
  ][];

/** Components as JSON Schema 2020-12; a component used inside another becomes a $ref to it. */
function components(schemas: [string, z.ZodType][], io: 'input' | 'output'): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of schemas) registry.add(schema, { id });
  const generated = z.toJSONSchema(registry, { io, uri: (id) => `#/components/schemas/${id}` }).schemas as Record<
    string,
    Json
  >;
  return Object.fromEntries(Object.entries(generated).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema]));
}

/** The OpenAPI 3.1 description of the JSON API and the researcher outputs, served at /api/openapi.json. */
export function buildOpenApiDocument() {
  const responses = [common, laws, offences, reports, search, outputs].flatMap(named);
  const { ExtractRequest, ...extractResponses } = extract;
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    info: {
      title: 'Statute Atlas',
      version: '2',
      summary: 'Criminal-code articles across revisions, and the news reports that cite them.',
      description:
        'Every public page has a JSON twin under /api: the page’s data (ISO dates, numbers, slugs, paths), without the HTML page’s display text or chart geometry. ' +
        'Only published reports and confirmed citations appear. Lists are keyset-paginated (?after=). Downloads, Atom feeds and citation files sit beside the pages they belong to. ' +
        'Objects carry exactly the properties listed here.',
    },
    tags: [
      { name: 'pages', description: 'JSON twins of the HTML pages.' },
      { name: 'laws' },
      { name: 'reports' },
      { name: 'extractor' },
      { name: 'search' },
      { name: 'downloads', description: 'CSV and JSON, streamed in batches.' },
      { name: 'feeds', description: 'Atom 1.0 (RFC 4287), 50 newest entries, conditional GET.' },
      { name: 'cite', description: 'References as CSL-JSON, BibTeX and RIS.' },
      { name: 'meta' },
    ],
    paths: { ...apiPaths, ...outputPaths },
    components: {
      schemas: {
        ...components([...responses, ...named(extractResponses)], 'output'),
        ...components([['ExtractRequest', ExtractRequest]], 'input'),
      },
    },
  };
}
