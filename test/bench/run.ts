import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startCluster, stopCluster } from '../setup/postgres-cluster.ts';
import { countQueries } from './query-counts.ts';
import { measureExtraction, recordExtraction } from './extraction.ts';
import { type PageResult, type Ratios, recordSearch, writeReport } from './report.ts';
import { benchSearch } from './search-bench.ts';
import { type Running, nginxVersion, startApp, startFloor, startNginx } from './servers.ts';
import { type LoadResult, load, loadGenerator } from './wrk.ts';

/**
 * `npm run bench [-- --reports N] [search]` (`search`: generate, then the search figures alone): real PostgreSQL with N synthetic reports (default 100,000),
 * each figure a ratio to a Fortunes-style floor page (express + pg + ejs, one query) and to nginx
 * serving the same HTML, measured in the same run; query counts per page; search; extraction.
 * Results go to stdout and docs/benchmarks.md.
 */
const root = path.resolve(import.meta.dirname, '../..');
const flag = process.argv.indexOf('--reports');
const reports = Number(flag > 0 ? process.argv[flag + 1] : (process.env.BENCH_REPORTS ?? 100_000));
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const benchmarksFile = path.join(root, 'docs/benchmarks.md');
// Before the bench's own PostgreSQL, app and wrk add to it: whether anything else was running.
const loadAtStart = os.loadavg();

function atlas(args: string[], url: string): string {
  return execFileSync(process.execPath, [path.join(root, 'bin/atlas.js'), ...args], {
    env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
  });
}

// biome-ignore lint/suspicious/noExplicitAny: benchmark reads a few known fields of the JSON twins
async function json(url: string): Promise<any> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return res.json();
}

/** Art. 222 of the default law in the version most cited (the issue's hot page), and the page list. */
async function pickPages(base: string, client: pg.Client): Promise<Record<string, string>> {
  const hot = await client.query<{ p: string }>(
    `select '/laws/' || l.slug || '/' || v.slug || '/articles/' || a.number as p
       from article a join law_version v on v.id = a.law_version_id join law l on l.id = v.law_id
       left join citation c on c.article_id = a.id
      where a.number = '222' and l.is_default group by 1 order by count(c.id) desc limit 1`,
  );
  const home = await json(`${base}/api`);
  const statute: string = hot.rows[0]?.p ?? home.mostCited[0].url;
  let deep = statute;
  for (let i = 0; i < 40; i++) {
    const page = await json(`${base}/api${deep}`);
    if (!page.citedBy.nextUrl) break;
    deep = page.citedBy.nextUrl.replace(/#.*$/, '');
  }
  const list = await json(`${base}/api/reports`);
  return {
    'statute page, Art. 222 (page 1)': statute,
    'statute page, deep keyset page (page 41)': deep,
    'report page': list.reports[3].url,
    '/reports': '/reports',
  };
}

/** 1,000 report pages, and statute pages (every known article, then their deeper Cited-by pages). */
async function distinctPaths(client: pg.Client): Promise<{ reports: string[]; mixed: string[] }> {
  const r = await client.query<{ slug: string }>(
    "select slug from report where status = 'published' order by id desc limit 1000",
  );
  const a = await client.query<{ p: string }>(
    `select '/laws/' || l.slug || '/' || v.slug || '/articles/' || a.number as p
       from article a join law_version v on v.id = a.law_version_id join law l on l.id = v.law_id order by a.id limit 500`,
  );
  const reportsPaths = r.rows.map((row) => `/reports/${encodeURIComponent(row.slug)}`);
  const mixed: string[] = [];
  for (let i = 0; mixed.length < 1000 && i < 1000; i++) {
    if (a.rows[i]) mixed.push(a.rows[i]!.p);
    if (reportsPaths[i]) mixed.push(reportsPaths[i]!);
  }
  return { reports: reportsPaths, mixed: mixed.slice(0, 1000) };
}

const searchOnly = process.argv.includes('search');
const sayShapes = (s: Awaited<ReturnType<typeof benchSearch>>) => {
  process.stdout.write(
    `search: 20 mixed queries at 8 connections: ${s.rps} req/s, p99 ${s.p99} ms, ${s.errors} non-200; load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}\n`,
  );
  for (const [shape, r] of Object.entries(s.shapes))
    process.stdout.write(`  ${shape.padEnd(20)} p99 ${r.p99} ms (${r.n} requests)\n`);
};
const pageCache = async (base: string) => (await json(`${base}/healthz`)).pageCache as { hits: number; misses: number };
const say = (name: string, r: LoadResult) =>
  process.stdout.write(
    `${name.padEnd(58)} ${String(r.rps).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms${r.errors ? `  ${r.errors} errors` : ''}${r.generatorCores !== null ? `  (load generator ${r.generatorCores} cores)` : ''}\n`,
  );

async function measure(name: string, url: string, connections: number, paths?: string[]): Promise<LoadResult> {
  await load(url, { connections, seconds: Math.max(2, Math.round(seconds / 3)), ...(paths ? { paths } : {}) }); // warm-up, not recorded
  const r = await load(url, { connections, seconds, ...(paths ? { paths } : {}) });
  say(name, r);
  return r;
}

async function main(): Promise<void> {
  // The app under test is what `npm start` runs: the compiled dist/, fresh.
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  let cluster: Awaited<ReturnType<typeof startCluster>> | null = null;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    // A million reports' search tables (~600 MB) fit in shared buffers, as on a production server.
    cluster = await startCluster(['shared_buffers=1GB']);
    adminUrl = cluster.url;
  }
  const dbName = `atlas_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  const url = u.toString();
  const client = new pg.Client({ connectionString: url });
  const running: Running[] = [];
  const start = async (r: Promise<Running>) => {
    const s = await r;
    running.push(s);
    return s;
  };
  try {
    process.stdout.write(`Generating ${reports} synthetic reports…\n`);
    const generated = atlas(['generate', '--reports', String(reports)], url).trim();
    process.stdout.write(`${generated}\n`);
    await client.connect();
    await client.query('vacuum analyze');
    if (searchOnly) {
      const app = await start(startApp(url, { PAGE_CACHE_MB: '0' }));
      const search = await benchSearch(app.base, url);
      sayShapes(search);
      recordSearch(benchmarksFile, search, reports, os.loadavg());
      process.stdout.write(`\nWritten to ${path.relative(root, benchmarksFile)} and docs/search.md\n`);
      return;
    }

    // Every request rendered: the per-page table, distinct URLs, search.
    const cold = await start(startApp(url, { PAGE_CACHE_MB: '0' }));
    const pages = await pickPages(cold.base, client);
    const statute = Object.values(pages)[0]!;
    const [first, again] = [
      await countQueries(url, Object.values(pages)),
      await countQueries(url, Object.values(pages), 2),
    ];
    const queries = Object.fromEntries(
      Object.values(pages).map((p) => [
        p,
        first[p] === again[p] ? String(first[p]) : `${first[p]} first, ${again[p]} again`,
      ]),
    );
    const results: PageResult[] = [];
    for (const [name, p] of Object.entries(pages)) {
      const single = await load(cold.base + p, { connections: 1, seconds: Math.max(2, Math.round(seconds / 3)) });
      const r = await measure(`${name} (rendered)`, cold.base + p, 16);
      results.push({ name, path: p, ...r, unloadedP50: single.p50, queries: queries[p]! });
    }
    const distinct = await distinctPaths(client);
    const reportPages = await measure('1,000 distinct report pages, PAGE_CACHE_MB=0', cold.base, 16, distinct.reports);
    const mixedUnloaded = await load(cold.base, { connections: 1, seconds, paths: distinct.mixed });
    say('1,000 distinct report + statute URLs, 1 connection', mixedUnloaded);
    const mixed = await measure('1,000 distinct report + statute URLs, 16 connections', cold.base, 16, distinct.mixed);
    const html = await (await fetch(cold.base + statute)).text();
    const search = await benchSearch(cold.base, url);
    sayShapes(search);
    await cold.stop();

    const floor = await start(startFloor(url, (sql) => client.query(sql)));
    const floorResult = await measure(
      'floor: Fortunes-style express + pg + ejs, 1 query',
      `${floor.base}/fortunes`,
      16,
    );
    await floor.stop();
    const nginx = await startNginx(html);
    const nginxResult = nginx ? await measure('nginx, the statute page as a static file', `${nginx.base}/`, 16) : null;
    if (nginx) await nginx.stop();

    const serveStarted = Date.now();
    const hot = await start(startApp(url, {}));
    const serveMs = Date.now() - serveStarted;
    await load(hot.base + statute, { connections: 16, seconds: 2 });
    const before = await pageCache(hot.base);
    const hotResult = await measure('hot statute page, page cache on, 1 worker', hot.base + statute, 16);
    const after = await pageCache(hot.base);
    const serveRssMb = rssMb(hot.pid);
    const looked = after.hits - before.hits + (after.misses - before.misses);
    const hitRatio = looked > 0 ? (after.hits - before.hits) / looked : 0;
    await hot.stop();
    const two = await start(startApp(url, { WEB_CONCURRENCY: '2' }));
    const twoResult = await measure('hot statute page, page cache on, WEB_CONCURRENCY=2', two.base + statute, 16);
    await two.stop();

    const startup = { helpMs: helpMs(), serveMs, serveRssMb };
    process.stdout.write(
      `atlas --help: ${startup.helpMs} ms; atlas serve to first /healthz: ${serveMs} ms; RSS after the hot run: ${serveRssMb} MB\n`,
    );
    const ratios: Ratios = {
      floor: floorResult,
      nginx: nginxResult,
      hot: hotResult,
      hitRatio,
      reportPages,
      mixed,
      mixedUnloaded,
      two: twoResult,
      statute,
      loadGenerator,
      nginxVersion: nginx ? nginxVersion() : null,
    };
    const extraction = reportExtraction();
    writeReport(benchmarksFile, {
      results,
      generated,
      extraction,
      search,
      ratios,
      reports,
      seconds,
      load: os.loadavg(),
      loadAtStart,
      startup,
    });
    process.stdout.write(`\nWritten to ${path.relative(root, benchmarksFile)}\n`);
  } finally {
    for (const r of running) await r.stop().catch(() => {});
    await client.end().catch(() => {});
    await admin.query(`drop database if exists ${dbName} with (force)`).catch(() => {});
    await admin.end();
    if (cluster) stopCluster(cluster);
  }
}

/** Median wall time of `atlas --help` over three runs: what lazy command loading is for. */
function helpMs(): number {
  const times = [0, 1, 2].map(() => {
    const t = process.hrtime.bigint();
    execFileSync(process.execPath, [path.join(root, 'bin/atlas.js'), '--help'], { stdio: 'ignore' });
    return Number(process.hrtime.bigint() - t) / 1e6;
  });
  return Math.round(times.sort((a, b) => a - b)[1]!);
}

function rssMb(pid: number): number | null {
  try {
    const kb = Number(fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1]);
    return Math.round(kb / 1024);
  } catch {
    return null;
  }
}

function reportExtraction(): ReturnType<typeof measureExtraction> {
  const e = measureExtraction();
  process.stdout.write(
    `extraction: ${e.mbPerSecond.toFixed(1)} MB/s on ${e.megabytes.toFixed(1)} MB (${e.citations} citations); worst hostile 100 kB input ${e.worstMs.toFixed(0)} ms (${e.worstInput})\n`,
  );
  return e;
}

// `npm run bench -- extraction`: the extraction figures alone, without the server benchmark.
if (process.argv.includes('extraction')) recordExtraction(benchmarksFile, reportExtraction());
else await main();
