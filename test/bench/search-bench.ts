import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { Agent, request } from 'undici';
import '../../src/db/connect.ts';
import type { Database } from '../../src/db/database.ts';
import { createReadContext } from '../../src/db/read-context.ts';
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
type Shape = 'common words' | 'rare word' | 'phrase' | 'Korean substring' | 'facets' | 'misspelling';

/**
 * Every query with jump=off: the mix measures search itself, never the cheap redirect an offence
 * name or a citation would otherwise get ("smuggling" goes to the smuggling offence's page).
 */
const q = (shape: Shape, state: State) => ({ shape, state: { ...state, jump: 'off' } as State });
export const benchQueries: { shape: Shape; state: State }[] = [
  q('common words', { q: 'criminal code' }),
  q('common words', { q: 'border crossing' }),
  q('common words', { q: 'smuggling' }),
  q('common words', { q: 'drug trafficking' }),
  q('rare word', { q: 'death penalty' }),
  q('rare word', { q: 'Warmbier' }),
  q('rare word', { q: 'Hyesan' }),
  q('rare word', { q: 'espionage Miller' }),
  q('rare word', { q: 'currency counterfeiting' }),
  q('phrase', { q: '"illegal international communications"' }),
  q('phrase', { q: '"decadent culture"' }),
  q('phrase', { q: '"state subversion"' }),
  q('Korean substring', { q: '국제통신' }),
  q('Korean substring', { q: '국가전복음모죄' }),
  q('Korean substring', { q: '사형' }),
  q('facets', { q: 'criminal code', kind: 'death' }),
  q('facets', { q: 'smuggling', outlet: 'synthetic-wire', year: '2010' }),
  q('facets', { q: 'border crossing', claim: 'law_described' }),
  q('facets', { q: 'criminal code', place: 'pyongyang', max: ['10y', 'death'] }),
  q('misspelling', { q: 'terorism' }),
];

/** One query per shape; the plans of all its statements go into docs/search.md. */
export const planShapes: Record<string, State> = {
  'common words (matches every synthetic report)': { q: 'criminal code', jump: 'off' },
  'rare word': { q: 'Warmbier', jump: 'off' },
  phrase: { q: '"illegal international communications"', jump: 'off' },
  'Korean substring': { q: '국제통신', jump: 'off' },
  'facets (kind, outlet, year, claim type)': {
    q: 'smuggling',
    kind: 'death',
    outlet: 'synthetic-wire',
    year: '2010',
    claim: 'law_described',
    jump: 'off',
  },
  'misspelling (trigram fallback)': { q: 'terorism', jump: 'off' },
};

function toUrl(state: State): string {
  const facets = Object.fromEntries(
    Object.entries(state)
      .filter(([k]) => k !== 'q' && k !== 'jump')
      .map(([k, v]) => [k, Array.isArray(v) ? v : [v]]),
  );
  return `${searchUrl({ q: state.q, ...facets })}${state.jump ? '&jump=off' : ''}`;
}

const p99 = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] ?? 0);
};

/**
 * 8 connections, each sending the 20 queries round-robin (from its own starting point) for
 * `seconds`; latency per request, so the p99 is known per shape as well as overall.
 */
async function load(baseUrl: string) {
  const agent = new Agent({ connections: 8, pipelining: 1 });
  const latencies = new Map<Shape, number[]>();
  let errors = 0;
  let done = 0;
  const until = performance.now() + seconds * 1000;
  const worker = async (start: number) => {
    for (let i = start; performance.now() < until; i++) {
      const { shape, state } = benchQueries[i % benchQueries.length]!;
      const t = performance.now();
      const res = await request(baseUrl + toUrl(state), { dispatcher: agent });
      await res.body.dump();
      const ms = performance.now() - t;
      if (res.statusCode !== 200) errors++; // 503: stopped at the time budget
      latencies.set(shape, [...(latencies.get(shape) ?? []), ms]);
      done++;
    }
  };
  await Promise.all(Array.from({ length: 8 }, (_, w) => worker(w * 3)));
  await agent.close();
  const all = [...latencies.values()].flat();
  const shapes = Object.fromEntries([...latencies].map(([shape, xs]) => [shape, { p99: p99(xs), n: xs.length }]));
  return { p99: p99(all), rps: Math.round(done / seconds), errors, shapes };
}

/** What each logged statement of a search is, by its text (the order is the service's). */
function statementName(text: string): string {
  if (/from pg_class/.test(text)) return 'report_search size (for the sample)';
  if (/with pool as/.test(text)) return 'report hits: newest 1,000 matches ranked, page joined to report';
  if (/tablesample/.test(text)) return 'report facet counts, estimated from a page sample';
  if (/^\s*select count\(\*\)::int as n from \(/.test(text))
    return 'report matches, counted up to the exact-count limit';
  if (/with m as materialized \(\s*select s\.report_id/.test(text)) return 'report facet counts, exact';
  if (/with matched as/.test(text)) return 'article hits';
  if (/article_search/.test(text)) return 'article facet counts';
  return 'other';
}

/** The plan's scan and limit nodes with their timings: where a statement's rows come from. */
function keyNodes(plan: string[]): string[] {
  return plan
    .filter((l) => /(Scan|Limit|Sort|Aggregate|Nested Loop|Hash Join)\b.*actual/.test(l) && !/never executed/.test(l))
    .slice(0, 12)
    .map((l) => l.replace(/\(cost=[^)]*\) /, '').replace(/\s+$/, ''));
}

export interface StatementPlan {
  name: string;
  ms: number;
  buffers: string;
  nodes: string[];
  scansReport: boolean;
}

/** Runs the search service once (fresh memo: nothing cached) with a query log, then explains each logged statement. */
export async function explainShape(dbUrl: string, state: State): Promise<StatementPlan[]> {
  const captured: { sql: string; parameters: readonly unknown[] }[] = [];
  const pool = new pg.Pool({ connectionString: dbUrl, max: 2 });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') captured.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  try {
    const parsed = searchQuery.safeParse(state);
    if (!parsed.success)
      process.stdout.write(
        `search bench: ${state.q} is not a valid search (${parsed.error.issues[0]!.message}); its plans stop there\n`,
      );
    else await search(createReadContext(db), parsed.data);
    const client = await pool.connect();
    try {
      // The same session settings as the search transaction (see configureSearchTransaction).
      await client.query("set jit = off; set statement_timeout = '2s'");
      const plans: StatementPlan[] = [];
      for (const q of captured.filter((c) => /article_search|report_search/.test(c.sql))) {
        const { rows } = await client.query(`explain (analyze, buffers) ${q.sql}`, q.parameters as unknown[]);
        const lines = rows.map((r) => r['QUERY PLAN'] as string);
        const ms = Number(lines.find((l) => l.startsWith('Execution Time'))?.match(/([\d.]+) ms/)?.[1] ?? 0);
        const buffers =
          lines
            .find((l) => /^\s*Buffers:/.test(l))
            ?.trim()
            .replace(/^Buffers: /, '') ?? '';
        plans.push({
          name: statementName(q.sql),
          ms,
          buffers,
          nodes: keyNodes(lines),
          scansReport: lines.some((l) => /Seq Scan on report\s/.test(l)),
        });
      }
      return plans;
    } finally {
      client.release();
    }
  } finally {
    await db.destroy();
  }
}

/** A shape's plans for docs/search.md: one line per statement, the key nodes of the report-side ones. */
function planSection(name: string, url: string, plans: StatementPlan[]): string {
  const total = plans.reduce((t, p) => t + p.ms, 0);
  const lines = [
    `### ${name}: \`${url}\``,
    '',
    `${plans.length} statements, ${total.toFixed(1)} ms in all (executor time, one at a time, nothing memoised).`,
    '',
  ];
  lines.push(
    '| statement | ms | buffers |',
    '|---|---|---|',
    ...plans.map((p) => `| ${p.name} | ${p.ms.toFixed(2)} | ${p.buffers} |`),
    '',
  );
  for (const p of plans.filter((x) => x.name.startsWith('report') && x.ms >= 1))
    lines.push(`${p.name}:`, '', '```', ...p.nodes, '```', '');
  return lines.join('\n');
}

export type SearchLoad = Awaited<ReturnType<typeof load>>;

export async function benchSearch(baseUrl: string, dbUrl: string): Promise<SearchLoad & { plans: string }> {
  await load(baseUrl); // warm-up pass, not recorded
  const measured = await load(baseUrl);
  const sections: string[] = [];
  for (const [name, state] of Object.entries(planShapes)) {
    const plans = await explainShape(dbUrl, state);
    if (plans.some((p) => p.scansReport))
      throw new Error(`search bench: the ${name} shape scans the report table sequentially`);
    sections.push(planSection(name, toUrl(state), plans));
  }
  return { ...measured, plans: sections.join('\n') };
}
