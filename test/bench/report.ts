import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractionSection, keptSections, type measureExtraction, replaceSection } from './extraction.ts';
import type { SearchLoad } from './search-bench.ts';
import type { LoadResult } from './wrk.ts';

export interface PageResult extends LoadResult {
  name: string;
  path: string;
  queries: string;
  unloadedP50: number;
}

export interface Ratios {
  floor: LoadResult;
  nginx: LoadResult | null;
  hot: LoadResult;
  hitRatio: number;
  reportPages: LoadResult;
  mixed: LoadResult;
  mixedUnloaded: LoadResult;
  two: LoadResult;
  statute: string;
  loadGenerator: string;
  nginxVersion: string | null;
}

interface Run {
  results: PageResult[];
  generated: string;
  extraction: ReturnType<typeof measureExtraction>;
  search: SearchLoad & { plans: string };
  ratios: Ratios;
  reports: number;
  seconds: number;
  load: number[];
  loadAtStart: number[];
  startup: { helpMs: number; serveMs: number; serveRssMb: number | null };
}

const x = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');
const met = (ok: boolean) => (ok ? 'met' : '**missed**');
const gen = (r: LoadResult) => (r.generatorCores === null ? '' : `${r.generatorCores} cores`);

/** The ratio table `npm run bench` prints and docs/benchmarks.md keeps. */
export function ratioTable(r: Ratios, search: Run['search'], reports: number): string {
  const f = r.floor.rps;
  const row = (name: string, m: LoadResult, ratio: string, target: string) =>
    `| ${name} | ${m.rps} | ${m.p50} | ${m.p99} | ${ratio} | ${target} |`;
  const hotOk = r.hot.rps >= f && r.hot.p99 < 50;
  const lines = [
    '| measurement (16 connections unless stated) | req/s | p50 ms | p99 ms | ratio | target |',
    '|---|---|---|---|---|---|',
    row('floor: Fortunes-style page, express + pg + ejs, one query', r.floor, '1.00× floor', '—'),
    r.nginx
      ? row(
          `nginx, the statute page's HTML as a static file (${r.nginxVersion}, 1 worker)`,
          r.nginx,
          `${x(r.nginx.rps, f)} floor`,
          '—',
        )
      : '| nginx | not installed | | | | |',
    row(
      `hot statute page \`${r.statute}\`, page cache on, 1 worker`,
      r.hot,
      `${x(r.hot.rps, f)} floor${r.nginx ? `, ${x(r.hot.rps, r.nginx.rps)} nginx` : ''}`,
      `≥ 1.0× floor, p99 < 50 ms: ${met(hotOk)}`,
    ),
    `| page-cache hit ratio during the hot run | ${(r.hitRatio * 100).toFixed(1)} % | | | | |`,
    row(
      '1,000 distinct report pages, PAGE_CACHE_MB=0 (every request rendered)',
      r.reportPages,
      `${x(r.reportPages.rps, f)} floor`,
      `≥ 0.25× floor: ${met(r.reportPages.rps >= 0.25 * f)}`,
    ),
    row('1,000 distinct report + statute URLs, PAGE_CACHE_MB=0, 1 connection (unloaded)', r.mixedUnloaded, '—', '—'),
    row('1,000 distinct report + statute URLs, PAGE_CACHE_MB=0', r.mixed, `${x(r.mixed.rps, f)} floor`, '—'),
    row(
      'hot statute page, WEB_CONCURRENCY=2',
      r.two,
      `${x(r.two.rps, r.hot.rps)} one worker`,
      `≥ 1.6× one worker: ${met(r.two.rps >= 1.6 * r.hot.rps)}`,
    ),
    `| search, 20-query mix at 8 connections, ${reports.toLocaleString('en')} reports | ${search.rps} | | ${search.p99} | | p99 < 150 ms: ${met(search.p99 < 150)}${search.errors ? ` (${search.errors} answers were 503: stopped at the time budget)` : ''} |`,
  ];
  return lines.join('\n');
}

export function writeReport(file: string, run: Run): void {
  const { results, generated, extraction, search, ratios, reports, seconds } = run;
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const pgVersion = execFileSync('sh', ['-c', 'ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1'], {
    encoding: 'utf8',
  }).trim();
  const rows = results.map(
    (r) =>
      `| ${r.name} | \`${r.path.length > 60 ? `${r.path.slice(0, 57)}…` : r.path}\` | ${r.unloadedP50} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.queries} | ${r.errors} |`,
  );
  const table = ratioTable(ratios, search, reports);
  process.stdout.write(`\n${table}\n`);
  const loadAvg = run.load.map((l) => l.toFixed(2)).join(', ');
  const startAvg = run.loadAtStart.map((l) => l.toFixed(2)).join(', ');
  const doc = `# Benchmarks

Produced by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Reproduce: \`npm run bench\` (starts a throwaway
PostgreSQL unless \`DATABASE_URL\` is set; \`-- --reports N\` or \`BENCH_REPORTS\`, and \`BENCH_SECONDS\`, change the size and duration).

Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}, PostgreSQL ${pgVersion || 'server from DATABASE_URL'}.
Data: seeds plus ${generated.replace(/^Generated /, '').replace(/ in .*$/, '')}.
Load: ${ratios.loadGenerator}, ${seconds} s per measurement after a shorter warm-up; the app, PostgreSQL and the load
generator share the machine's ${os.cpus().length} cores. Load average when the run began: ${startAvg}${run.loadAtStart[0]! > os.cpus().length * 0.5 ? ' — the machine was shared with other work during this run, so absolute figures are low and noisy; the ratios, measured minutes apart, are what to compare' : ' (nothing else running)'}; at its end: ${loadAvg} (the bench's own PostgreSQL, app and load generator).

## Against the floor

Every figure is a ratio to pages measured in the same run: a Fortunes-style page on the same stack
(\`test/bench/floor-server.ts\`: express + pg + ejs, one query of twelve rows, one row added, sorted,
escaped — started by the bench) and nginx serving the statute page's HTML as a static file.

${table}

What the load generator took: ${gen(ratios.hot) || 'not measured'} during the hot run, ${gen(ratios.two) || 'not measured'} during the two-worker run
(on ${os.cpus().length} cores, that is CPU the workers did not have).
The search row is this run's mix at ${reports.toLocaleString('en')} reports; the target is set at 1,000,000 reports, measured by
\`npm run bench -- --reports 1000000 search\` in the Search section below. Facet counts are exact up to 5,000 matches and
estimated past that, so a smaller database counts more of its queries exactly and can be the slower of the two.

## Start-up

\`atlas --help\`: ${run.startup.helpMs} ms (median of three; commands import what they need when they run, so the help loads
neither the app nor the database drivers — about 4 s and 160 MB before, measured on the same machine under similar load).
\`atlas serve\` on PostgreSQL, process start to the first \`/healthz\` answer: ${run.startup.serveMs} ms; resident memory after the hot
run: ${run.startup.serveRssMb ?? '—'} MB. Both run the compiled \`dist/\` (the bench builds it first); against tsx, see "Compiled JavaScript against tsx" below.

## Rendered pages

With \`PAGE_CACHE_MB=0\`, so every request renders:

| page | path | p50 ms at 1 connection | req/s at 16 | p50 ms at 16 | p99 ms at 16 | SQL queries | errors |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}

The query counts are per request and do not depend on the data size
(\`test/db/query-counts.test.ts\` checks that they stay the same when citing reports are added).

${searchSection(search, reports, run.load)}

${extractionSection(extraction)}
${keptSections(file)}`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, doc);
  recordSearchPlans(searchDoc(file), search.plans, reports, run.load);
}

const SEARCH_START = '<!-- bench:search start -->';
const SEARCH_END = '<!-- bench:search end -->';
const PLANS_START = '<!-- bench:search-plans start -->';
const PLANS_END = '<!-- bench:search-plans end -->';
const searchDoc = (benchmarksFile: string) => path.join(path.dirname(benchmarksFile), 'search.md');
const when = () => new Date().toISOString().slice(0, 16).replace('T', ' ');

/** docs/benchmarks.md's Search section: the mix's p99 overall and per shape, with the load average. */
export function searchSection(search: SearchLoad, reports: number, load: number[]): string {
  const shapes = Object.entries(search.shapes).map(([shape, r]) => `| ${shape} | ${r.n} | ${r.p99} |`);
  return [
    SEARCH_START,
    '## Search',
    '',
    `Measured on ${when()} UTC (\`npm run bench -- --reports ${reports} search\` for this section alone), load average ${load.map((l) => l.toFixed(2)).join(', ')}`,
    `(1, 5, 15 min, at the end of the run; ${os.cpus().length} cores shared by the app, PostgreSQL and the load generator).`,
    `20 mixed queries (\`test/bench/search-bench.ts\`: common and rare words, phrases, Korean, facets, a misspelling; all with`,
    `\`jump=off\`, so none is answered by a redirect) round-robin at 8 connections, ${search.rps} req/s, on ${reports.toLocaleString('en')} reports, page cache off:`,
    `**p99 ${search.p99} ms** (target < 150 ms: ${search.p99 < 150 ? 'met' : 'missed'})${search.errors ? `, ${search.errors} answers not 200 (503: stopped at the time budget)` : ', every answer 200'}.`,
    'Facet counts are memoised per query and data version, so under load the mix mostly measures the',
    'hits; what a first, unmemoised search of each shape costs is in docs/search.md (EXPLAIN per shape).',
    '',
    '| shape | requests | p99 ms |',
    '|---|---|---|',
    ...shapes,
    SEARCH_END,
  ].join('\n');
}

export function recordSearch(
  file: string,
  search: SearchLoad & { plans: string },
  reports: number,
  load: number[],
): void {
  replaceSection(file, SEARCH_START, SEARCH_END, searchSection(search, reports, load));
  recordSearchPlans(searchDoc(file), search.plans, reports, load);
}

function recordSearchPlans(file: string, plans: string, reports: number, load: number[]): void {
  const intro = `Regenerated by \`npm run bench\` on ${when()} UTC with ${reports.toLocaleString('en')} synthetic reports (load average ${load.map((l) => l.toFixed(2)).join(', ')}).`;
  replaceSection(file, PLANS_START, PLANS_END, `${PLANS_START}\n${intro}\n\n${plans}\n${PLANS_END}`);
}
