import { AsyncLocalStorage } from 'node:async_hooks';
import {
  type CompiledQuery,
  type ControlConnectionProvider,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresDialect,
  PostgresDriver,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import pg from 'pg';
import type { Logger } from 'pino';
import type { Database } from './database.ts';
import { prepareNamedStatements } from './prepared-statements.ts';

/** How long a replica that failed is left alone before it is tried again. */
const RETRY_MS = 5_000;
/** An unreachable host (no refusal, just silence) must not hold a request for long. */
const REPLICA_CONNECT_TIMEOUT_MS = 2_000;

// Errors that say "this server cannot answer now", not "this query is wrong": connection
// refused/reset/lost, server shutting down or starting (57P0x), connection exceptions (08xxx).
const LOST = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EPIPE|57P0[123]|08...)$/;
function isUnreachable(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && LOST.test(code)) return true;
  return /Connection terminated|timeout exceeded when trying to connect/i.test(String((error as Error)?.message));
}
/** A standby may cancel a read that conflicts with replay; the primary can answer it instead. */
const isRecoveryConflict = (error: unknown) => (error as { code?: unknown })?.code === '40001';

interface ReadTarget {
  /** index into the replicas, or null for the primary */
  replica: number | null;
}

/**
 * Public GETs read from streaming replicas; everything else from the primary. Which one a
 * request uses is chosen once, when it starts, and kept for all its queries: one server's replay
 * only moves forward, so the public data version a page is cached under and the rows it shows
 * come from the same point in time. A replica that cannot be reached is skipped (the log says so
 * once) and its reads go to the primary until it answers again.
 */
export class ReadRouter {
  private readonly context = new AsyncLocalStorage<ReadTarget>();
  private readonly downUntil: number[];
  private readonly reported: boolean[];
  private next = 0;

  constructor(
    private readonly labels: string[],
    private readonly logger: Logger,
  ) {
    this.downUntil = labels.map(() => 0);
    this.reported = labels.map(() => false);
  }

  /** Runs `next` (the rest of a request) reading from a replica when `replica` is wanted, else the primary. */
  run(replica: boolean, next: () => void): void {
    this.context.run({ replica: replica ? this.pick() : null }, next);
  }

  /** The replica the current request reads from, if it is still believed reachable. */
  current(): number | null {
    const target = this.context.getStore()?.replica ?? null;
    return target !== null && this.isUp(target) ? target : null;
  }

  markDown(index: number, error: unknown): void {
    this.downUntil[index] = Date.now() + RETRY_MS;
    if (this.reported[index]) return;
    this.reported[index] = true;
    this.logger.warn(
      { replica: this.labels[index], err: String((error as Error)?.message ?? error) },
      'read replica unreachable: reading from the primary until it answers again',
    );
  }

  markUp(index: number): void {
    if (!this.reported[index]) return;
    this.reported[index] = false;
    this.logger.info({ replica: this.labels[index] }, 'read replica answers again');
  }

  status(): { replica: string; up: boolean }[] {
    return this.labels.map((replica, i) => ({ replica, up: this.isUp(i) && !this.reported[i] }));
  }

  private isUp(index: number): boolean {
    return Date.now() >= this.downUntil[index]!;
  }

  private pick(): number | null {
    for (let tries = 0; tries < this.labels.length; tries++) {
      const i = this.next++ % this.labels.length;
      if (this.isUp(i)) return i;
    }
    return null;
  }
}

/** host:port/db of a URL, for logs: never the password. */
function label(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
}

/** One Kysely whose connections come from the primary or, inside a public read, a replica. */
export function createRoutedKysely(
  primaryUrl: string,
  replicaUrls: readonly string[],
  max: number,
  logger: Logger,
  options: { preparedStatements: boolean } = { preparedStatements: true },
): { db: Kysely<Database>; router: ReadRouter } {
  const pool = (url: string, replica: boolean) => {
    const p = new pg.Pool({
      connectionString: url,
      max,
      ...(replica ? { connectionTimeoutMillis: REPLICA_CONNECT_TIMEOUT_MS } : {}),
    });
    p.on('error', () => {});
    if (options.preparedStatements) prepareNamedStatements(p);
    return p;
  };
  const router = new ReadRouter(replicaUrls.map(label), logger);
  const primaryPool = pool(primaryUrl, false);
  const primary = new PostgresDriver({ pool: primaryPool });
  const replicas = replicaUrls.map((url) => new PostgresDriver({ pool: pool(url, true) }));
  class RoutedDialect extends PostgresDialect {
    override createDriver(): Driver {
      return new RoutingDriver(primary, replicas, router);
    }
  }
  return { db: new Kysely<Database>({ dialect: new RoutedDialect({ pool: primaryPool }) }), router };
}

class RoutingDriver implements Driver {
  private readonly owner = new WeakMap<DatabaseConnection, PostgresDriver>();

  constructor(
    private readonly primary: PostgresDriver,
    private readonly replicas: PostgresDriver[],
    private readonly router: ReadRouter,
  ) {}

  async init(): Promise<void> {
    for (const d of [this.primary, ...this.replicas]) await d.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const index = this.router.current();
    if (index !== null) {
      try {
        const inner = await this.replicas[index]!.acquireConnection();
        this.router.markUp(index);
        const conn = new ReplicaConnection(inner, index, this);
        this.owner.set(conn, this.replicas[index]!);
        return conn;
      } catch (error) {
        if (!isUnreachable(error)) throw error;
        this.router.markDown(index, error);
      }
    }
    const conn = await this.primary.acquireConnection();
    this.owner.set(conn, this.primary);
    return conn;
  }

  /** A read its replica could not answer, run on the primary instead. */
  async onPrimary<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const conn = await this.primary.acquireConnection();
    try {
      return await conn.executeQuery<R>(query);
    } finally {
      await this.primary.releaseConnection(conn as Parameters<PostgresDriver['releaseConnection']>[0]);
    }
  }

  markDown(index: number, error: unknown): void {
    this.router.markDown(index, error);
  }

  beginTransaction(conn: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    if (conn instanceof ReplicaConnection) conn.inTransaction = true;
    return this.driverOf(conn).beginTransaction(unwrap(conn), settings);
  }

  commitTransaction(conn: DatabaseConnection): Promise<void> {
    if (conn instanceof ReplicaConnection) conn.inTransaction = false;
    return this.driverOf(conn).commitTransaction(unwrap(conn));
  }

  rollbackTransaction(conn: DatabaseConnection): Promise<void> {
    if (conn instanceof ReplicaConnection) conn.inTransaction = false;
    return this.driverOf(conn).rollbackTransaction(
      unwrap(conn) as Parameters<PostgresDriver['rollbackTransaction']>[0],
    );
  }

  savepoint(
    conn: DatabaseConnection,
    name: string,
    compile: Parameters<PostgresDriver['savepoint']>[2],
  ): Promise<void> {
    return this.driverOf(conn).savepoint(unwrap(conn), name, compile);
  }

  rollbackToSavepoint(
    conn: DatabaseConnection,
    name: string,
    compile: Parameters<PostgresDriver['savepoint']>[2],
  ): Promise<void> {
    return this.driverOf(conn).rollbackToSavepoint(unwrap(conn), name, compile);
  }

  releaseSavepoint(
    conn: DatabaseConnection,
    name: string,
    compile: Parameters<PostgresDriver['savepoint']>[2],
  ): Promise<void> {
    return this.driverOf(conn).releaseSavepoint(unwrap(conn), name, compile);
  }

  async releaseConnection(conn: DatabaseConnection): Promise<void> {
    const driver = this.driverOf(conn);
    this.owner.delete(conn);
    await driver.releaseConnection(unwrap(conn) as Parameters<PostgresDriver['releaseConnection']>[0]);
  }

  async destroy(): Promise<void> {
    for (const d of [this.primary, ...this.replicas]) await d.destroy();
  }

  private driverOf(conn: DatabaseConnection): PostgresDriver {
    return this.owner.get(conn) ?? this.primary;
  }
}

const unwrap = (conn: DatabaseConnection) => (conn instanceof ReplicaConnection ? conn.inner : conn);

/** A replica's connection: a read it cannot answer (outside a transaction) goes to the primary. */
class ReplicaConnection implements DatabaseConnection {
  inTransaction = false;

  constructor(
    readonly inner: DatabaseConnection,
    private readonly index: number,
    private readonly driver: RoutingDriver,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    try {
      return await this.inner.executeQuery<R>(query);
    } catch (error) {
      if (this.inTransaction) throw error;
      if (isUnreachable(error)) this.driver.markDown(this.index, error);
      else if (!isRecoveryConflict(error)) throw error;
      return this.driver.onPrimary<R>(query);
    }
  }

  streamQuery<R>(query: CompiledQuery, chunkSize: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }

  async collectSessionInfo(): Promise<void> {
    await this.inner.collectSessionInfo?.();
  }

  async cancelQuery(provider: ControlConnectionProvider): Promise<void> {
    await this.inner.cancelQuery?.(provider);
  }

  async killSession(provider: ControlConnectionProvider): Promise<void> {
    await this.inner.killSession?.(provider);
  }
}
