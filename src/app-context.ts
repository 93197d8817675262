import type { Logger } from 'pino';
import {
  type Config,
  DEFAULT_TRUST_PROXY,
  EXTRACT_RATE_LIMIT_DEFAULT,
  FETCH_HOST_INTERVAL_MS_DEFAULT,
  FETCH_MAX_MB_DEFAULT,
  FETCH_TIMEOUT_SECONDS_DEFAULT,
  PAGE_CACHE_MB_DEFAULT,
} from './config.ts';
import type { Db } from './db/connect.ts';
import { createReadContext } from './db/read-context.ts';
import type { ReadRouter } from './db/read-routing.ts';
import type { AppContext, AppSettings } from './http/app-context.ts';
import type { PollScheduler } from './ingest/poll-scheduler.ts';

export interface AppDeps {
  db: Db;
  /** the others default to their config.ts defaults (so tests run with the page cache on) */
  config: Pick<Config, 'publicUrl'> & Partial<AppSettings>;
  logger: Logger;
  /** feed polling, for "poll now"; absent in tests and when polling is off */
  scheduler?: PollScheduler | null;
  /** with read replicas: routes each request's reads */
  reads?: ReadRouter;
}

const MB = 1024 * 1024;

/** The one context of an app: a fresh memo, and every setting left out given its config.ts default. */
export function createAppContext({ db, config, logger, reads }: Omit<AppDeps, 'scheduler'>): AppContext {
  return {
    ...createReadContext(db),
    logger,
    reads: reads ?? null,
    config: Object.freeze({
      publicUrl: config.publicUrl,
      trustProxy: config.trustProxy ?? DEFAULT_TRUST_PROXY,
      extractRateLimit: config.extractRateLimit ?? EXTRACT_RATE_LIMIT_DEFAULT,
      fetchAllowPrivate: config.fetchAllowPrivate ?? false,
      fetchTimeoutMs: config.fetchTimeoutMs ?? FETCH_TIMEOUT_SECONDS_DEFAULT * 1000,
      fetchMaxBytes: config.fetchMaxBytes ?? FETCH_MAX_MB_DEFAULT * MB,
      fetchHostIntervalMs: config.fetchHostIntervalMs ?? FETCH_HOST_INTERVAL_MS_DEFAULT,
      pageCacheBytes: config.pageCacheBytes ?? PAGE_CACHE_MB_DEFAULT * MB,
      pageCacheSMaxAge: config.pageCacheSMaxAge ?? 0,
    }),
  };
}
