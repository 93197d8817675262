import type { Express } from 'express';

export interface AppRoute {
  method: string;
  /** the template, e.g. /laws/:law/:version/articles/:number */
  path: string;
}

interface Layer {
  route?: { path: unknown; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
  rawPath?: unknown;
}

const templates = (path: unknown): string[] => (Array.isArray(path) ? path.flat(Infinity).map(String) : [String(path)]);

/**
 * Every route the app answers, read from Express's router (nested routers included), so a route
 * added anywhere is covered without anyone listing it. Each method and path appears once.
 */
export function listRoutes(app: Express): AppRoute[] {
  const found = new Map<string, AppRoute>();
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const path of templates(layer.route.path)) {
          for (const method of Object.keys(layer.route.methods).filter((m) => m !== '_all')) {
            const full = `${prefix}${path}`.replace(/(.)\/$/, '$1') || '/';
            found.set(`${method} ${full}`, { method: method.toUpperCase(), path: full });
          }
        }
      } else if (layer.handle.stack) {
        const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
        walk(layer.handle.stack, `${prefix}${mount}`);
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
  return [...found.values()];
}

/** The parameter names of a template: /laws/:law/:version → ['law', 'version']. */
export function paramNames(template: string): string[] {
  return [...template.matchAll(/:([A-Za-z_]+)/g)].map((m) => m[1]!);
}

/** The template with each :param replaced by its (already encoded) value. */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/:([A-Za-z_]+)/g, (_, name: string) => values[name] ?? 'x');
}
