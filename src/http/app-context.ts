import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { ReadContext } from '../db/read-context.ts';
import type { ReadRouter } from '../db/read-routing.ts';

/** The settings the app reads, every default applied. */
export type AppSettings = Pick<
  Config,
  | 'publicUrl'
  | 'trustProxy'
  | 'extractRateLimit'
  | 'fetchAllowPrivate'
  | 'fetchTimeoutMs'
  | 'fetchMaxBytes'
  | 'fetchHostIntervalMs'
  | 'pageCacheBytes'
  | 'pageCacheSMaxAge'
>;

/**
 * What route factories are given, built once per app by createApp. Reads reach replicas through
 * `db` itself (its driver asks `reads` which server the request reads from), so there is no
 * second database handle to choose between; `reads` is here for the middleware that sets that
 * choice per request and for /healthz.
 */
export interface AppContext extends ReadContext {
  config: Readonly<AppSettings>;
  logger: Logger;
  /** with read replicas: picks the server each request reads from */
  reads: ReadRouter | null;
}
