import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Db } from '../db/connect.ts';
import type { Fetcher } from './safe-fetch.ts';
import { listDueSources, pollSource } from './sources.service.ts';

/** What the server and the "poll now" button need of feed polling, on either database. */
export interface PollScheduler {
  start(): Promise<void>;
  /** look for due sources now rather than at the next tick */
  wake(): void;
  stop(): Promise<void>;
}

export const POLL_QUEUE = 'atlas-poll-source';

abstract class TickingScheduler implements PollScheduler {
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<void> | null = null;

  constructor(
    protected readonly db: Db,
    protected readonly fetcher: Fetcher,
    protected readonly logger: Logger,
    private readonly tickMs: number,
  ) {}

  protected abstract handleDue(ids: number[]): Promise<void>;

  async start(): Promise<void> {
    this.timer = setInterval(() => this.wake(), this.tickMs);
    this.timer.unref();
    this.wake();
  }

  wake(): void {
    // One tick at a time in a process; a wake during a tick waits for the next.
    this.ticking ??= this.tick().finally(() => {
      this.ticking = null;
    });
  }

  /** Resolves when the tick under way (if any) is over; tests wait on it. */
  async settled(): Promise<void> {
    await this.ticking;
  }

  private async tick(): Promise<void> {
    try {
      await this.handleDue(await listDueSources(this.db));
    } catch (error) {
      this.logger.error({ err: error }, 'feed polling failed');
    }
  }

  /** after the ticks end and before the fetcher closes: where a queue lets its running jobs finish */
  protected async drain(): Promise<void> {}

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.ticking;
    await this.drain();
    await this.fetcher.close();
  }
}

/** Embedded PGlite has one process: it polls due sources itself, one after another. */
export class LocalPollScheduler extends TickingScheduler {
  protected async handleDue(ids: number[]): Promise<void> {
    for (const id of ids) {
      const outcome = await pollSource(this.db, this.fetcher, id);
      if (outcome) this.logger.info({ source: id, outcome }, 'source polled');
    }
  }
}

/**
 * On PostgreSQL every app process ticks, and each due source becomes a pg-boss job: the queue
 * hands a job to one worker (and retries it after a crash), the stately policy keeps one job
 * per source waiting, and pollSource's claim makes a stray second job a no-op.
 */
export class QueuePollScheduler extends TickingScheduler {
  private readonly boss: PgBoss;

  constructor(
    db: Db,
    fetcher: Fetcher,
    logger: Logger,
    tickMs: number,
    databaseUrl: string,
    options: { workerPollSeconds?: number } = {},
  ) {
    super(db, fetcher, logger, tickMs);
    this.boss = new PgBoss({ connectionString: databaseUrl, max: 2, application_name: 'atlas-poller' });
    this.boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
    this.workerPollSeconds = options.workerPollSeconds ?? 2;
  }

  private readonly workerPollSeconds: number;

  override async start(): Promise<void> {
    await this.boss.start();
    await this.createQueue();
    await this.boss.work<{ sourceId: number }>(
      POLL_QUEUE,
      { batchSize: 1, pollingIntervalSeconds: this.workerPollSeconds },
      async (jobs) => {
        for (const job of jobs) {
          const outcome = await pollSource(this.db, this.fetcher, job.data.sourceId);
          if (outcome) this.logger.info({ source: job.data.sourceId, outcome }, 'source polled');
        }
      },
    );
    await super.start();
  }

  /** pg-boss 10 drops jobs sent to a queue nobody created; two processes creating it at once may deadlock, so the loser tries again. */
  private async createQueue(): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      if (await this.boss.getQueue(POLL_QUEUE)) return;
      try {
        return await this.boss.createQueue(POLL_QUEUE, {
          name: POLL_QUEUE,
          policy: 'stately',
          retryLimit: 3,
          retryDelay: 60,
          expireInSeconds: 15 * 60,
        });
      } catch (error) {
        if ((error as { code?: string }).code !== '40P01' || attempt >= 5) throw error;
        await new Promise((r) => setTimeout(r, 50 + Math.random() * 200));
      }
    }
  }

  protected async handleDue(ids: number[]): Promise<void> {
    for (const id of ids) await this.boss.send(POLL_QUEUE, { sourceId: id }, { singletonKey: String(id) });
  }

  protected override async drain(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 10_000, wait: true });
  }
}
