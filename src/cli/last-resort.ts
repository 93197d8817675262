import type { Logger } from 'pino';

const GRACE_MS = 5_000;

/**
 * The last line of defence, not error handling: every request's errors are handled where they
 * happen (the error handler, stream 'error' listeners). An exception that still escapes leaves
 * the process in an unknown state, so it is logged, the server and database are closed (within
 * a grace period), and the process exits non-zero for a supervisor to start a fresh one.
 */
export function exitOnUncaughtErrors(logger: Logger, stop: () => Promise<void>): void {
  let exiting = false;
  const fail = (kind: string) => (error: unknown) => {
    logger.fatal({ err: error }, `${kind}: closing the server and exiting`);
    if (exiting) return;
    exiting = true;
    process.stderr.write(
      `atlas: ${kind}: ${error instanceof Error ? error.message : String(error)}; the server is shutting down\n`,
    );
    setTimeout(() => process.exit(1), GRACE_MS).unref();
    stop().finally(() => process.exit(1));
  };
  process.on('uncaughtException', fail('uncaught exception'));
  process.on('unhandledRejection', fail('unhandled promise rejection'));
}
