import type { Request } from 'express';
import { z } from 'zod';
import { BadRequestError } from './errors.ts';

/** A route parameter as one string (Express 5 gives wildcard parameters as arrays of segments). */
export function param(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join('/') : (value ?? '');
}

/** A slug in a path: anything longer than any slug we issue is refused before it reaches a query. */
export const slugParam = z.string().min(1, 'must not be empty').max(200, 'is longer than any slug (200 characters)');

/** A path with one slug parameter, `:slug`. */
export const slugParams = { slug: slugParam };

// One object schema per shape: zod compiles a parser for each new schema on its first use, and a
// schema built per request paid that every time (a twentieth of the report page's CPU time).
const objects = new WeakMap<z.ZodRawShape, z.ZodObject>();

/**
 * The route's path parameters checked against their zod shape (declare shapes once, at module
 * level); a malformed one is the caller's mistake (400 naming the parameter), an unknown but
 * well-formed one is left to the service (404).
 */
export function routeParams<T extends z.ZodRawShape>(req: Request, shape: T): z.output<z.ZodObject<T>> {
  const raw = Object.fromEntries(
    Object.entries(req.params).map(([k, v]) => [k, param(v as string | string[] | undefined)]),
  );
  let schema = objects.get(shape) as z.ZodObject<T> | undefined;
  if (!schema) {
    schema = z.object(shape);
    objects.set(shape, schema);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BadRequestError(`The ${String(issue.path[0] ?? 'path')} in the URL ${issue.message}.`);
  }
  return parsed.data;
}
