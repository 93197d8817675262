import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { createApp } from './app.ts';
import { type Config, checkServeConfig } from './config.ts';
import { openDatabase } from './db/connect.ts';
import { migrateToLatest } from './db/migrator.ts';
import { isDatabaseEmpty, seedDatabase } from './interchange/apply/seed.service.ts';
import { fetcherFor } from './ingest/fetcher-config.ts';
import { LocalPollScheduler, type PollScheduler, QueuePollScheduler } from './ingest/poll-scheduler.ts';
import { StartupError } from './startup-error.ts';

export interface StartOptions {
  /** a cluster worker: the primary has migrated and seeded already */
  prepared?: boolean;
  /** a cluster worker: the primary prints the one "serving" line */
  quiet?: boolean;
}

/** config → db → migrate → seed when empty → app → listen; SIGINT/SIGTERM close both cleanly. */
export async function startServer(
  config: Config,
  logger: Logger,
  options: StartOptions = {},
): Promise<{ server: Server; stop: () => Promise<void> }> {
  checkServeConfig(config);
  const handle = await openDatabase(config, logger);
  if (!options.prepared) {
    const applied = await migrateToLatest(handle.db);
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
    if (await isDatabaseEmpty(handle.db)) {
      const summary = await seedDatabase(handle.db);
      logger.info({ files: summary.files.length }, 'seeded empty database');
    }
  }
  const scheduler = await startPolling(handle, config, logger);
  const app = createApp({ db: handle.db, config, logger, scheduler, ...(handle.reads ? { reads: handle.reads } : {}) });
  const server = await listen(app, config).catch(async (error: unknown) => {
    // An open embedded database would keep the process alive (and its directory taken) forever.
    await scheduler?.stop();
    await handle.close();
    throw error;
  });
  // Once listening, a server error (say, EMFILE on accept) is logged; unheard, it would end the process.
  server.on('error', (error) => logger.error({ err: error }, 'HTTP server error'));
  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // Requests in flight get SHUTDOWN_TIMEOUT_MS to finish; then their connections are cut.
      const deadline = setTimeout(() => server.closeAllConnections(), config.shutdownTimeoutMs);
      await closed;
      clearTimeout(deadline);
      await scheduler?.stop();
      await handle.close();
    })();
    return stopping;
  };
  if (!options.quiet) process.stdout.write(`${serveBanner(config, handle.mode)}\n`);
  return { server, stop };
}

/** Feed polling beside the server: a pg-boss queue on PostgreSQL, a timer in this process on PGlite. */
async function startPolling(
  handle: Awaited<ReturnType<typeof openDatabase>>,
  config: Config,
  logger: Logger,
): Promise<PollScheduler | null> {
  if (config.pollSeconds === 0) return null;
  const tick = config.pollSeconds * 1000;
  const scheduler = config.databaseUrl
    ? new QueuePollScheduler(handle.db, fetcherFor(config), logger, tick, config.databaseUrl)
    : new LocalPollScheduler(handle.db, fetcherFor(config), logger, tick);
  try {
    await scheduler.start();
  } catch (error) {
    // The site serves without polling rather than not at all; the log says why.
    logger.error({ err: error }, 'feed polling could not start; serving without it');
    await scheduler.stop().catch(() => {});
    return null;
  }
  return scheduler;
}

export function serveBanner(config: Config, mode: 'postgres' | 'pglite'): string {
  const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
  const replicas =
    config.replicaUrls.length > 0
      ? ` with ${config.replicaUrls.length} read replica${config.replicaUrls.length === 1 ? '' : 's'}`
      : '';
  return `Statute Atlas is serving on http://${host}:${config.port} (database: ${mode === 'pglite' ? `embedded PGlite in ${config.dataDir}` : `PostgreSQL${replicas}`})`;
}

export { StartupError };

function listen(app: ReturnType<typeof createApp>, config: Config): Promise<Server> {
  return new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.port, config.host, (error?: NodeJS.ErrnoException) => {
      if (!error) return resolve(s);
      if (error.code === 'EADDRINUSE')
        reject(new StartupError(`port ${config.port} is in use (set PORT to another port, or stop what is using it)`));
      else if (error.code === 'EACCES')
        reject(new StartupError(`port ${config.port} needs privileges this process lacks (use a port above 1023)`));
      else if (error.code === 'EADDRNOTAVAIL')
        reject(new StartupError(`HOST ${config.host} is not an address of this machine`));
      else reject(error);
    });
  });
}
