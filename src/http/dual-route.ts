import type { Request, Router } from 'express';

/**
 * Every public page has a JSON twin at the same path under /api (DESIGN.md): one loader,
 * rendered by the HTML router and serialised by the API router.
 */
export function dualRoute<T extends object>(
  routers: { html: Router; api: Router },
  path: string,
  view: string,
  load: (req: Request) => Promise<T>,
): void {
  routers.html.get(path, async (req, res) => {
    res.render(view, await load(req));
  });
  routers.api.get(path, async (req, res) => {
    res.json(await load(req));
  });
}
