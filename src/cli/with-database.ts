import type { Config } from '../config.ts';
import type { CliIo } from './command.types.ts';
import { type DatabaseHandle, openDatabase } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { isDatabaseEmpty, seedDatabase } from '../interchange/apply/seed.service.ts';

/** Opens the configured database for one command and always closes it. */
export async function withDatabase<T>(config: Config, fn: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await openDatabase(config);
  try {
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

/**
 * What `atlas serve` does before it answers, for commands that read the laws: migrate, and load
 * the seeds into an empty database — without the laws nothing a text cites could be recognised,
 * and a fresh checkout's first `atlas extract` would otherwise fail on a missing table.
 */
export async function prepareDatabase(handle: DatabaseHandle, command: string, io: CliIo): Promise<void> {
  await migrateToLatest(handle.db);
  if (await isDatabaseEmpty(handle.db)) {
    await seedDatabase(handle.db);
    io.stderr.write(`atlas ${command}: the database was empty, so the seed data (laws, outlets) was loaded first.\n`);
  }
}
