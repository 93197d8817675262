import type { Logger } from 'pino';
import type { Config } from '../config.ts';

/** What every command gets, and what a command is: the commands import this, the registry lists them. */
export interface CommandContext {
  config: Config;
  logger: Logger;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  run(args: string[], ctx: CommandContext): Promise<number>;
}
