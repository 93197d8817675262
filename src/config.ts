import { isIP } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/** Express's `trust proxy`: none (false), every hop (true), a hop count, or addresses to trust. */
export type TrustProxy = boolean | number | string[];

/** Loopback only: a proxy on the same machine may say a request was HTTPS; nobody else can. */
export const DEFAULT_TRUST_PROXY: TrustProxy = ['loopback'];

export const EXTRACT_RATE_LIMIT_DEFAULT = 30;
export const PAGE_CACHE_MB_DEFAULT = 64;
export const SHUTDOWN_TIMEOUT_MS_DEFAULT = 10_000;
export const FETCH_TIMEOUT_SECONDS_DEFAULT = 20;
export const FETCH_MAX_MB_DEFAULT = 5;
export const FETCH_HOST_INTERVAL_MS_DEFAULT = 1000;

const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be an integer')
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be between ${min} and ${max}`);

const postgresUrls = z.string().transform((value, ctx) => {
  const urls = value
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  const bad = urls.find((u) => !/^postgres(ql)?:\/\//.test(u));
  if (bad !== undefined) {
    ctx.addIssue({ code: 'custom', message: 'must be postgres:// URLs separated by commas' });
    return z.NEVER;
  }
  return urls;
});

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An address, an address/prefix (CIDR), or one of Express's named ranges. */
function isTrustEntry(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

const trustProxy = z.string().transform((value, ctx): TrustProxy => {
  const v = value.trim().toLowerCase();
  if (v === 'false' || v === 'none') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  const entries = v
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0 || !entries.every(isTrustEntry)) {
    ctx.addIssue({
      code: 'custom',
      message:
        'must be false, true, a hop count, or addresses/CIDRs/loopback/linklocal/uniquelocal separated by commas',
    });
    return z.NEVER;
  }
  return entries;
});

/** The only reader of process.env: validated once, frozen, passed down explicitly. */
const envSchema = z.object({
  PORT: z
    .string()
    .regex(/^\d+$/, 'must be an integer')
    .transform(Number)
    .refine((n) => n > 0 && n < 65536, 'must be between 1 and 65535')
    .default(3000),
  HOST: z.string().min(1, 'must not be empty').default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  ATLAS_DATA_DIR: z.string().min(1, 'must not be empty').default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_URL: z.url('must be an absolute URL').optional(),
  DB_POOL_SIZE: z
    .string()
    .regex(/^\d+$/, 'must be an integer')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 100, 'must be between 1 and 100')
    .default(10),
  TRUST_PROXY: trustProxy.default(DEFAULT_TRUST_PROXY),
  EXTRACT_RATE_LIMIT: z
    .string()
    .regex(/^\d+$/, 'must be an integer')
    .transform(Number)
    .refine((n) => n <= 100_000, 'must be at most 100000')
    .default(EXTRACT_RATE_LIMIT_DEFAULT),
  PAGE_CACHE_MB: integer(0, 65_536).default(PAGE_CACHE_MB_DEFAULT),
  PAGE_CACHE_S_MAXAGE: integer(0, 31_536_000).default(0),
  WEB_CONCURRENCY: integer(1, 256).optional(),
  DATABASE_REPLICA_URLS: postgresUrls.optional(),
  SHUTDOWN_TIMEOUT_MS: integer(0, 600_000).default(SHUTDOWN_TIMEOUT_MS_DEFAULT),
  NODE_ENV: z.string().optional(),
  DB_PREPARED_STATEMENTS: z.enum(['0', '1', 'false', 'true'], { error: 'must be 1 (on) or 0' }).default('1'),
  ATLAS_FETCH_ALLOW_PRIVATE: z.enum(['0', '1', 'false', 'true'], { error: 'must be 1 (allow) or 0' }).default('0'),
  ATLAS_FETCH_TIMEOUT_SECONDS: z
    .string()
    .regex(/^\d+$/, 'must be an integer')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 300, 'must be between 1 and 300')
    .default(FETCH_TIMEOUT_SECONDS_DEFAULT),
  ATLAS_FETCH_MAX_MB: z
    .string()
    .regex(/^\d+$/, 'must be an integer')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 100, 'must be between 1 and 100')
    .default(FETCH_MAX_MB_DEFAULT),
  ATLAS_FETCH_HOST_INTERVAL_MS: integer(0, 60_000).default(FETCH_HOST_INTERVAL_MS_DEFAULT),
  ATLAS_POLL_SECONDS: z
    .string()
    .regex(/^\d+$/, 'must be an integer')
    .transform(Number)
    .refine((n) => n <= 86_400, 'must be at most 86400')
    .default(60),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string | null;
  readonly dataDir: string;
  readonly logLevel: string;
  readonly publicUrl: string | null;
  readonly dbPoolSize: number;
  /** name parameterised queries so PostgreSQL parses and plans them once per connection (off behind PgBouncer < 1.21 in transaction mode) */
  readonly dbPreparedStatements: boolean;
  readonly trustProxy: TrustProxy;
  /** POST /api/extract requests per minute per address; 0 = no limit */
  readonly extractRateLimit: number;
  /** bytes the rendered-page cache may hold in each process; 0 = no page cache */
  readonly pageCacheBytes: number;
  /** s-maxage for shared caches (a CDN) on cached public pages; 0 = revalidate every time */
  readonly pageCacheSMaxAge: number;
  /** worker processes `atlas serve` starts */
  readonly webConcurrency: number;
  /** read-only streaming replicas public GETs may read from */
  readonly replicaUrls: readonly string[];
  /** how long shutdown waits for requests in flight before closing their connections */
  readonly shutdownTimeoutMs: number;
  /** NODE_ENV=production: `atlas serve` then insists on PUBLIC_URL */
  readonly production: boolean;
  /** ingestion may fetch loopback, private and link-local addresses (tests and local fixtures only) */
  readonly fetchAllowPrivate: boolean;
  /** one fetch, connection to last byte */
  readonly fetchTimeoutMs: number;
  /** a response body larger than this is refused */
  readonly fetchMaxBytes: number;
  /** the least gap between two requests to one host */
  readonly fetchHostIntervalMs: number;
  /** how often the server looks for sources due a poll; 0 = never */
  readonly pollSeconds: number;
}

export class ConfigError extends Error {}

/** ATLAS_DATA_DIR=memory:// keeps the embedded database in memory, gone when the process ends. */
export const MEMORY_DATA_DIR = 'memory://';

/** Reads the environment; throws ConfigError with a one-line message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`${String(issue.path[0])} ${issue.message}`);
  }
  const e = parsed.data;
  if (!e.DATABASE_URL && (e.WEB_CONCURRENCY ?? 1) > 1) {
    throw new ConfigError(
      `WEB_CONCURRENCY=${e.WEB_CONCURRENCY} needs DATABASE_URL: embedded PGlite allows one process per data directory (unset WEB_CONCURRENCY, or set DATABASE_URL to a PostgreSQL server)`,
    );
  }
  if (!e.DATABASE_URL && e.DATABASE_REPLICA_URLS?.length) {
    throw new ConfigError(
      'DATABASE_REPLICA_URLS needs DATABASE_URL: replicas follow a PostgreSQL primary, not embedded PGlite',
    );
  }
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL ?? null,
    // memory:// is PGlite's in-memory database, not a folder: resolved, it became ./memory: on disk.
    dataDir: e.ATLAS_DATA_DIR === MEMORY_DATA_DIR ? MEMORY_DATA_DIR : path.resolve(e.ATLAS_DATA_DIR),
    logLevel: e.LOG_LEVEL,
    publicUrl: e.PUBLIC_URL ?? null,
    dbPoolSize: e.DB_POOL_SIZE,
    dbPreparedStatements: e.DB_PREPARED_STATEMENTS === '1' || e.DB_PREPARED_STATEMENTS === 'true',
    trustProxy: e.TRUST_PROXY,
    extractRateLimit: e.EXTRACT_RATE_LIMIT,
    pageCacheBytes: e.PAGE_CACHE_MB * 1024 * 1024,
    pageCacheSMaxAge: e.PAGE_CACHE_S_MAXAGE,
    // PGlite is one process per data directory; a server can take a worker per core.
    webConcurrency: e.WEB_CONCURRENCY ?? (e.DATABASE_URL ? os.availableParallelism() : 1),
    replicaUrls: Object.freeze(e.DATABASE_REPLICA_URLS ?? []),
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    production: e.NODE_ENV === 'production',
    fetchAllowPrivate: e.ATLAS_FETCH_ALLOW_PRIVATE === '1' || e.ATLAS_FETCH_ALLOW_PRIVATE === 'true',
    fetchTimeoutMs: e.ATLAS_FETCH_TIMEOUT_SECONDS * 1000,
    fetchMaxBytes: e.ATLAS_FETCH_MAX_MB * 1024 * 1024,
    fetchHostIntervalMs: e.ATLAS_FETCH_HOST_INTERVAL_MS,
    pollSeconds: e.ATLAS_POLL_SECONDS,
  });
}

/**
 * What serving needs beyond loadConfig: in production, absolute URLs (feeds, "Cite this" files,
 * canonical links) must not come from whatever Host header a client sends.
 */
export function checkServeConfig(
  config: Pick<Config, 'production' | 'publicUrl'> & Partial<Pick<Config, 'fetchAllowPrivate'>>,
): void {
  if (config.production && config.fetchAllowPrivate) {
    throw new ConfigError(
      'ATLAS_FETCH_ALLOW_PRIVATE=1 is refused when NODE_ENV=production (it would let anyone who can add a source make the server fetch internal addresses)',
    );
  }
  if (config.production && !config.publicUrl) {
    throw new ConfigError(
      "PUBLIC_URL must be set when NODE_ENV=production (feeds and citation files would otherwise take their absolute URLs from the request's Host header)",
    );
  }
}
