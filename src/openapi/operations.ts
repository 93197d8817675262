import { ref, type Schema } from './json-schema.ts';

/** Builders for OpenAPI operations; path parameters carry examples that exist in the seed data. */
export const pathParam = (name: string, example: string, description: string) => ({ name, in: 'path', required: true, schema: { type: 'string' }, example, description });
export const queryParam = (name: string, schema: Schema, description: string) => ({ name, in: 'query', required: false, schema, description });

export const after = queryParam('after', { type: 'string', maxLength: 100 }, 'Keyset cursor from the previous page’s nextCursor.');
const slugFacet = (name: string, what: string) => queryParam(name, { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }, `Only reports ${what}.`);
export const facets = [
  slugFacet('outlet', 'from this outlet (slug)'),
  slugFacet('place', 'about this place or a place within it (slug)'),
  slugFacet('law', 'with a confirmed citation of this law (slug)'),
  queryParam('year', { type: 'string', pattern: '^\\d{4}$' }, 'Only reports published in this year.'),
];

export const jsonBody = (schema: Schema, description: string) => ({ description, content: { 'application/json': { schema } } });
export const errorJson = (description: string) => jsonBody(ref('Error'), description);
export const htmlError = (description: string) => ({ description, content: { 'text/html': { schema: { type: 'string' } } } });
export const redirect = (status: string, description: string) => ({
  [status]: { description, headers: { Location: { schema: { type: 'string' }, description: 'Where the resource is.' } } },
});

interface Get {
  id: string;
  summary: string;
  tags: string[];
  parameters?: unknown[];
  responses: Record<string, unknown>;
  description?: string;
}

export const get = (op: Get) => ({
  get: { operationId: op.id, summary: op.summary, ...(op.description ? { description: op.description } : {}), tags: op.tags, parameters: op.parameters ?? [], responses: op.responses },
});

/** A JSON twin: 200 with the page schema; 404 for an unknown thing, 400 for a malformed parameter. */
export const twin = (id: string, summary: string, schema: string, tags: string[], parameters: unknown[] = []) =>
  get({ id, summary, tags, parameters, responses: { '200': jsonBody(ref(schema), summary), '400': errorJson('Malformed parameter.'), '404': errorJson('Not found.') } });
