import type { Request, Router } from 'express';
import type { z } from 'zod';

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
    res.json(schema.parse(await load(req)));
  });
}
