import { type Compilable, type CompiledQuery, type DialectAdapter, createQueryId } from 'kysely';
import type { Db } from './connect.ts';

/** Where a value given at run time goes in a query built once. */
class Slot {
  constructor(readonly name: string) {}
}

/**
 * A query whose shape never changes, built and compiled once per database dialect; each run only
 * puts its values into the parameter list. Building and compiling the report page's query (five
 * nested JSON arrays) cost about a sixth of the page's CPU time, every request, to produce the same
 * SQL text. `build` receives a slot for each value, to be used as that value (`.where('slug', '=',
 * slots.slug)`); slots must stand for single values, never lists (`in`), and the database must not
 * carry plugins that rewrite queries, whose rewriting would be done once too.
 */
export function reusableQuery<Args extends Record<string, unknown>, O>(
  build: (db: Db, slots: Args) => Compilable<O>,
): (db: Db, args: Args) => Promise<O[]> {
  const compiled = new WeakMap<DialectAdapter, CompiledQuery<O>>();
  const slots = new Proxy({} as Args, { get: (_target, name) => new Slot(String(name)) });
  return async (db, args) => {
    const adapter = db.getExecutor().adapter;
    let query = compiled.get(adapter);
    if (!query) {
      query = build(db, slots).compile();
      compiled.set(adapter, query);
    }
    const parameters = query.parameters.map((p) => (p instanceof Slot ? args[p.name] : p));
    const { rows } = await db.executeQuery<O>({ ...query, parameters, queryId: createQueryId() });
    return rows;
  };
}
