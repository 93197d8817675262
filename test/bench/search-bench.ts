import autocannon from 'autocannon';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import '../../src/db/connect.ts';
import type { Database } from '../../src/db/database.ts';
import { VersionedMemo } from '../../src/lib/versioned-memo.ts';
import { search } from '../../src/search/search.service.ts';
import { searchQuery } from '../../src/search/search.schemas.ts';
import { searchUrl } from '../../src/search/search.urls.ts';

/**
 * Search under load: 20 mixed queries (common and rare words, phrases, Korean, facets, a typo)
 * at 8 connections, and EXPLAIN (ANALYZE, BUFFERS) of every statement of one query per shape.
 * The integrator's `npm run bench` calls benchSearch with a running server and its database.
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 10);

type State = { q: string } & Record<string, string | string[]>;

export const benchQueries: State[] = [
  { q: 'criminal code' },
  { q: 'border crossing' },
  { q: 'smuggling' },
  { q: 'drug trafficking' },
  { q: 'death penalty' },
  { q: 'Warmbier' },
  { q: 'Hyesan' },
  { q: 'espionage Miller' },
  { q: 'currency counterfeiting' },
  { q: '"illegal international communications"' },
  { q: '"decadent culture"' },
  { q: '"state subversion"' },
  { q: '국제통신' },
  { q: '국가전복음모죄' },
  { q: '사형' },
  { q: 'criminal code', kind: 'death' },
  { q: 'smuggling', outlet: 'synthetic-wire', year: '2010' },
  { q: 'border crossing', claim: 'law_described' },
  { q: 'criminal code', place: 'pyongyang', max: ['10y', 'death'] },
  { q: 'terorism' },
];

/** One query per shape; the plans of all its statements go into docs/search.md. */
export const planShapes: Record<string, State> = {
  'common words (matches most synthetic reports)': { q: 'criminal code' },
  'rare word': { q: 'Warmbier' },
  phrase: { q: '"illegal international communications"' },
  'Korean substring': { q: '국제통신' },
  'facets (kind, outlet, year, claim type)': { q: 'smuggling', kind: 'death', outlet: 'synthetic-wire', year: '2010', claim: 'law_described' },
  'misspelling (trigram fallback)': { q: 'terorism' },
};

function toUrl(state: State): string {
  const facets = Object.fromEntries(Object.entries(state).filter(([k]) => k !== 'q').map(([k, v]) => [k, Array.isArray(v) ? v : [v]]));
  return searchUrl({ q: state.q, ...facets });
}

async function load(baseUrl: string) {
  const result = await autocannon({
    url: baseUrl,
    connections: 8,
    duration: seconds,
    requests: benchQueries.map((s) => ({ method: 'GET' as const, path: toUrl(s) })),
  });
  // Non-2xx answers are searches stopped at the time budget (503): counted, not fatal.
  return { p99: result.latency.p99, rps: Math.round(result.requests.average), errors: result.errors + result.non2xx };
}

/** Runs the search service once with a query log, then explains each logged statement. */
async function explainShape(dbUrl: string, state: State): Promise<string> {
  const captured: { sql: string; parameters: readonly unknown[] }[] = [];
  const pool = new pg.Pool({ connectionString: dbUrl, max: 2 });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') captured.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  try {
    await search(db, new VersionedMemo(), searchQuery.parse(state));
    const client = await pool.connect();
    try {
      // The same session settings as the search transaction (see configureSearchTransaction).
      await client.query("set jit = off; set statement_timeout = '2s'");
      const plans: string[] = [];
      for (const q of captured.filter((c) => /article_search|report_search/.test(c.sql))) {
        const { rows } = await client.query(`explain (analyze, buffers) ${q.sql}`, q.parameters as unknown[]);
        plans.push(`-- ${q.sql.replace(/\s+/g, ' ').slice(0, 90)}…\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
      }
      return plans.join('\n\n');
    } finally {
      client.release();
    }
  } finally {
    await db.destroy();
  }
}

export async function benchSearch(baseUrl: string, dbUrl: string): Promise<{ p99: number; rps: number; errors: number; plans: string }> {
  await load(baseUrl); // warm-up pass, not recorded
  const measured = await load(baseUrl);
  const sections: string[] = [];
  for (const [name, state] of Object.entries(planShapes)) sections.push(`### ${name}: \`${toUrl(state)}\`\n\n\`\`\`\n${await explainShape(dbUrl, state)}\n\`\`\``);
  const plans = sections.join('\n\n');
  if (/Seq Scan on report\s/.test(plans)) throw new Error('search bench: a search plan scans the report table sequentially');
  return { ...measured, plans };
}
