/**
 * Tiny builders for the JSON Schema (2020-12, as OpenAPI 3.1 uses it) in the API document. Every
 * property is required unless listed as optional, so a field that goes missing fails validation;
 * objects stay open to new fields, which clients are expected to ignore.
 */
export type Schema = Record<string, unknown>;

export const str: Schema = { type: 'string' };
export const nstr: Schema = { type: ['string', 'null'] };
export const int: Schema = { type: 'integer' };
export const nint: Schema = { type: ['integer', 'null'] };
export const num: Schema = { type: 'number' };
export const bool: Schema = { type: 'boolean' };
export const dateTime: Schema = { type: 'string', format: 'date-time' };
/** A path on this site, e.g. /laws/kp-criminal-code */
export const path: Schema = { type: 'string', pattern: '^/' };
export const npath: Schema = { type: ['string', 'null'], pattern: '^/' };

export const arr = (items: Schema): Schema => ({ type: 'array', items });
export const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
export const nullable = (schema: Schema): Schema => ({ oneOf: [{ type: 'null' }, schema] });
export const strEnum = (...values: string[]): Schema => ({ type: 'string', enum: values });

export function obj(properties: Record<string, Schema>, optional: string[] = [], description?: string): Schema {
  return {
    type: 'object',
    ...(description ? { description } : {}),
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    properties,
  };
}

/** Every page's JSON twin starts with the page's title and canonical path. */
export const page = (properties: Record<string, Schema>, optional: string[] = [], description?: string): Schema =>
  obj({ title: str, canonical: path, ...properties }, optional, description);
