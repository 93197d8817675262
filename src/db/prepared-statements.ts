import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * A page's queries are few but wide (nested JSON arrays, unions of keyset ranges), and PostgreSQL
 * spends longer planning them than running them: about 1 ms of planning against 0.2 ms of
 * execution for the report page's main query. Kysely sends every query unnamed, so each one is
 * parsed and planned again. Naming each distinct query text makes it a prepared statement on its
 * connection: parsed once, and after PostgreSQL's five trial executions planned once too when a
 * generic plan costs no more than the custom ones (plan_cache_mode=auto decides per statement).
 *
 * Only queries with parameters are named: they already use the extended protocol, so nothing
 * else changes, while parameterless texts (migrations may hold several statements) keep the
 * simple protocol. Names are bounded in number, so a flood of distinct texts cannot grow every
 * connection's set of prepared statements without limit.
 */
const MAX_NAMES = 2000;
const names = new Map<string, string>();

function nameOf(text: string): string | null {
  const known = names.get(text);
  if (known) return known;
  if (names.size >= MAX_NAMES) return null;
  const name = `atlas_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
  names.set(text, name);
  return name;
}

type Query = (...args: unknown[]) => unknown;

/** Every connection the pool opens from now on names the parameterised queries it is sent. */
export function prepareNamedStatements(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as Query;
    (client as unknown as { query: Query }).query = (...args: unknown[]) => {
      const [text, values] = args;
      if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0) return query(...args);
      const name = nameOf(text);
      return name ? query({ name, text, values }, ...args.slice(2)) : query(...args);
    };
  });
}
