import pino, { type Logger } from 'pino';

/** Logs go to stderr as JSON lines, so stdout stays clean for CLI output such as `extract --json`. */
export function createLogger(level: string): Logger {
  return pino({ level, base: undefined }, pino.destination(2));
}
