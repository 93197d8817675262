import type { Logger } from 'pino';
import type { Config } from '../config.ts';

/**
 * Where a command reads and writes: the process's own streams for `atlas`, captured ones when a
 * test runs the command in its own process (test/setup/run-atlas.ts).
 */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
}

/** What every command gets, and what a command is: the commands import this, the registry lists them. */
export interface CommandContext {
  config: Config;
  logger: Logger;
  io: CliIo;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  run(args: string[], ctx: CommandContext): Promise<number>;
}
