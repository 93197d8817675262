import { z } from 'zod';
import { slugParam } from '../http/params.ts';

/**
 * Builders for the OpenAPI operations. Schemas are named by reference only (#/components/schemas/…);
 * the components themselves are generated from the zod schemas in src/api-schema. Path parameters
 * carry examples that exist in the seed data, so the document's own test can request each route.
 */
export type Json = Record<string, unknown>;

export const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });

/** A zod schema as the JSON Schema of a parameter or body: what a client sends (input mode). */
export function inputSchema(schema: z.ZodType): Json {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
  return rest;
}

/** A path parameter; its schema is the zod check the route applies (a slug unless said otherwise). */
export const pathParam = (name: string, example: string, description: string, schema: z.ZodType = slugParam) => ({
  name,
  in: 'path',
  required: true,
  schema: inputSchema(schema),
  example,
  description,
});
export const queryParam = (name: string, schema: z.ZodType | Json, description?: string) => ({
  name,
  in: 'query',
  required: false,
  schema: schema instanceof z.ZodType ? inputSchema(schema) : schema,
  ...(description ? { description } : {}),
});
/** Every key of a zod query object as an optional query parameter. */
export const queryParams = (query: z.ZodObject, descriptions: Record<string, string> = {}) =>
  Object.entries(query.shape).map(([name, schema]) => queryParam(name, schema as z.ZodType, descriptions[name]));

export const jsonBody = (schema: Json, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
export const errorJson = (description: string) => jsonBody(ref('Error'), description);
export const content = (type: string, schema: Json, description: string) => ({
  description,
  content: { [type]: { schema } },
});
export const redirect = (status: string, description: string) => ({
  [status]: {
    description,
    headers: { Location: { schema: { type: 'string' }, description: 'Where the resource is.' } },
  },
});

interface Get {
  id: string;
  summary: string;
  tags: string[];
  parameters?: unknown[];
  responses: Json;
  description?: string;
}

export const get = (op: Get) => ({
  get: {
    operationId: op.id,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: op.tags,
    parameters: op.parameters ?? [],
    responses: op.responses,
  },
});

/** A JSON twin: 200 with the page schema; 404 for an unknown thing, 400 for a malformed parameter. */
export const twin = (
  id: string,
  summary: string,
  schema: string,
  tags: string[],
  parameters: unknown[] = [],
  more: Json = {},
) =>
  get({
    id,
    summary,
    tags,
    parameters,
    responses: {
      '200': jsonBody(ref(schema), summary),
      ...more,
      '400': errorJson('Malformed parameter.'),
      '404': errorJson('Not found.'),
    },
  });
