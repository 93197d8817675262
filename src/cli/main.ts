import { ConfigError, loadConfig } from '../config.ts';
import { DataDirLockedError } from '../db/data-dir-lock.ts';
import { createLogger } from '../logger.ts';
import { StartupError } from '../startup-error.ts';
import { UsageError } from './cli-errors.ts';
import type { CliIo } from './command.types.ts';
import { commands, printHelp } from './commands.ts';

const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };

/**
 * `atlas <command>` as bin/atlas.js runs it and as tests run it in their own process: every
 * outcome becomes an exit code and the text the person sees, so both see the same thing.
 * `env` is the environment the configuration is read from (the process's own by default).
 */
export async function runCli(argv: string[], io: CliIo = processIo, env?: NodeJS.ProcessEnv): Promise<number> {
  try {
    return await main(argv, io, env);
  } catch (error) {
    const e = error as { code?: string; message?: string; stack?: string };
    if (
      error instanceof UsageError ||
      e?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ||
      e?.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
    ) {
      io.stderr.write(`atlas: ${e.message}\n`);
      return 2;
    }
    io.stderr.write(`atlas: ${e?.stack ?? String(error)}\n`);
    return 1;
  }
}

/** Thin — parse arguments, call a service, print, return the exit code. */
export async function main(argv: string[], io: CliIo = processIo, env?: NodeJS.ProcessEnv): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    printHelp(io.stdout);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`atlas: unknown command "${name}". Run "atlas --help" for the list.\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage}\n  ${command.summary}\n`);
    return 0;
  }
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`atlas: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  try {
    return await command.run(rest, { config, logger: createLogger(config.logLevel), io });
  } catch (error) {
    // Problems the person running the command can fix: one line, no stack trace.
    if (error instanceof DataDirLockedError) {
      io.stderr.write(`atlas: ${error.message}\n`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof StartupError) {
      io.stderr.write(`atlas: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
