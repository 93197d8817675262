import type { Request, Router } from 'express';
import { z } from 'zod';

/**
 * Every public page has a JSON twin at the same path under /api (DESIGN.md): one loader,
 * rendered by the HTML router and, parsed through the page's response schema (src/api-schema),
 * serialised by the API router. The parse keeps what the schema declares — the page's data — and
 * drops what only the HTML needs (display text, chart geometry); the compiler checks that the
 * loader gives every field the schema asks for.
 */
export function dualRoute<S extends z.ZodType, T extends z.input<S> & object>(
  routers: { html: Router; api: Router },
  path: string,
  view: string,
  load: (req: Request) => Promise<T>,
  schema: S,
): void {
  routers.html.get(path, async (req, res) => {
    res.render(view, await load(req));
  });
  routers.api.get(path, async (req, res) => {
    res.json(apiBody(schema, await load(req)));
  });
}

/**
 * A JSON twin's body: the page parsed through its response schema. A page that does not match is
 * our bug, not the caller's, so it is a 500 rather than the 400 a ZodError would otherwise become.
 */
export function apiBody<S extends z.ZodType>(schema: S, page: z.input<S>): z.output<S> {
  const parsed = schema.safeParse(page);
  if (!parsed.success) throw new Error(`The response does not match its schema: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
