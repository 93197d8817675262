import pino from 'pino';
import type { AppDeps } from '../../src/app-context.ts';
import { createApp } from '../../src/app.ts';
import type { Db } from '../../src/db/connect.ts';

/** The real app on a test database; errors still reach the logger, which stays quiet. */
export function createTestApp(db: Db, config: Partial<AppDeps['config']> = {}) {
  return createApp({ db, config: { publicUrl: null, ...config }, logger: pino({ level: 'silent' }) });
}
