import type { Config } from '../config.ts';
import { type DatabaseHandle, openDatabase } from '../db/connect.ts';

/** Opens the configured database for one command and always closes it. */
export async function withDatabase<T>(config: Config, fn: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await openDatabase(config);
  try {
    return await fn(handle);
  } finally {
    await handle.close();
  }
}
