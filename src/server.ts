import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { createApp } from './app.ts';
import type { Config } from './config.ts';
import { openDatabase } from './db/connect.ts';
import { migrateToLatest } from './db/migrator.ts';
import { isDatabaseEmpty, seedDatabase } from './import/seed.service.ts';

/** config → db → migrate → seed when empty → app → listen; SIGINT/SIGTERM close both cleanly. */
export async function startServer(config: Config, logger: Logger): Promise<{ server: Server; stop: () => Promise<void> }> {
  const handle = await openDatabase(config);
  const applied = await migrateToLatest(handle.db);
  if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  if (await isDatabaseEmpty(handle.db)) {
    const summary = await seedDatabase(handle.db);
    logger.info({ files: summary.files.length }, 'seeded empty database');
  }
  const app = createApp({ db: handle.db, config, logger });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.port, config.host, (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await handle.close();
    })();
    return stopping;
  };
  const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
  process.stdout.write(`Statute Atlas is serving on http://${host}:${config.port} (database: ${handle.mode === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL'})\n`);
  return { server, stop };
}
