import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import { type Config, checkServeConfig } from '../config.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { isDatabaseEmpty, seedDatabase } from '../interchange/apply/seed.service.ts';
import { StartupError, serveBanner, startServer } from '../server.ts';
import { exitOnUncaughtErrors } from './last-resort.ts';
import { withDatabase } from './with-database.ts';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** A worker that dies this soon after it started is restarted after a pause, not at once. */
const QUICK_DEATH_MS = 5_000;

/** `atlas serve`: one process, or with WEB_CONCURRENCY > 1 a cluster primary and its workers. */
export async function runServe(config: Config, logger: Logger): Promise<number> {
  if (cluster.isPrimary && config.webConcurrency > 1) return runPrimary(config, logger);
  const { stop } = await startServer(config, logger, { prepared: cluster.isWorker, quiet: cluster.isWorker });
  exitOnUncaughtErrors(logger, stop);
  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      if (!cluster.isWorker) process.stdout.write(`\n${signal} received: closing the server and the database…\n`);
      stop().then(resolve, resolve);
    };
    for (const signal of SIGNALS) process.once(signal, () => shutdown(signal));
  });
  return 0;
}

/**
 * Migrates and seeds once, then forks the workers, which share the listening socket (Node's
 * cluster hands connections out round-robin). A worker that dies is replaced; SIGTERM stops
 * them all, and any still busy after SHUTDOWN_TIMEOUT_MS (plus a second) is killed.
 */
async function runPrimary(config: Config, logger: Logger): Promise<number> {
  checkServeConfig(config);
  await withDatabase(config, async (h) => {
    const applied = await migrateToLatest(h.db);
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
    if (await isDatabaseEmpty(h.db))
      logger.info({ files: (await seedDatabase(h.db)).files.length }, 'seeded empty database');
  });
  let stopping = false;
  const started = new Map<Worker, number>();
  const fork = () => started.set(cluster.fork(), Date.now());

  const allListening = new Promise<void>((resolve, reject) => {
    let listening = 0;
    cluster.on('listening', () => ++listening === config.webConcurrency && resolve());
    cluster.on('exit', (_worker, code, signal) => {
      if (listening < config.webConcurrency && !stopping)
        reject(
          new StartupError(
            `a worker exited before it was serving (${signal ?? `exit code ${code}`}); see the message above`,
          ),
        );
    });
  });
  for (let i = 0; i < config.webConcurrency; i++) fork();
  try {
    await allListening;
  } catch (error) {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    throw error;
  }
  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (started.get(worker) ?? 0);
    started.delete(worker);
    if (stopping) return;
    logger.error({ pid: worker.process.pid, code, signal }, 'worker died; starting another');
    setTimeout(fork, lived < QUICK_DEATH_MS ? 1_000 : 0);
  });
  process.stdout.write(`${serveBanner(config, 'postgres')}, ${config.webConcurrency} workers\n`);

  const signal = await new Promise<string>((resolve) => {
    for (const s of SIGNALS) process.once(s, () => resolve(s));
  });
  stopping = true;
  process.stdout.write(`\n${signal} received: stopping ${started.size} workers…\n`);
  await stopWorkers(config.shutdownTimeoutMs + 1_000);
  return 0;
}

function stopWorkers(deadlineMs: number): Promise<void> {
  const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
  const exits = workers.map(
    (w) => new Promise<void>((resolve) => (w.isDead() ? resolve() : w.once('exit', () => resolve()))),
  );
  for (const w of workers) w.process.kill('SIGTERM');
  const timer = setTimeout(() => {
    for (const w of workers) if (!w.isDead()) w.process.kill('SIGKILL');
  }, deadlineMs);
  return Promise.all(exits).then(() => clearTimeout(timer));
}
