import type { Request } from 'express';
import { z } from 'zod';
import { BadRequestError } from './errors.ts';

/** A route parameter as one string (Express 5 gives wildcard parameters as arrays of segments). */
export function param(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join('/') : (value ?? '');
}

/** A slug in a path: anything longer than any slug we issue is refused before it reaches a query. */
export const slugParam = z.string().min(1, 'must not be empty').max(200, 'is longer than any slug (200 characters)');

/**
 * The route's path parameters checked against their zod shape; a malformed one is the caller's
 * mistake (400 naming the parameter), an unknown but well-formed one is left to the service (404).
 */
export function routeParams<T extends z.ZodRawShape>(req: Request, shape: T): z.output<z.ZodObject<T>> {
  const raw = Object.fromEntries(
    Object.entries(req.params).map(([k, v]) => [k, param(v as string | string[] | undefined)]),
  );
  const parsed = z.object(shape).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BadRequestError(`The ${String(issue.path[0] ?? 'path')} in the URL ${issue.message}.`);
  }
  return parsed.data;
}
