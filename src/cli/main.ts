import { ConfigError, loadConfig } from '../config.ts';
import { DataDirLockedError } from '../db/data-dir-lock.ts';
import { createLogger } from '../logger.ts';
import { StartupError } from '../startup-error.ts';
import { commands, printHelp } from './commands.ts';

/** `atlas <command>`: thin — parse arguments, call a service, print, set the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    printHelp(process.stdout);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`atlas: unknown command "${name}". Run "atlas --help" for the list.\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.usage}\n  ${command.summary}\n`);
    return 0;
  }
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`atlas: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  try {
    return await command.run(rest, { config, logger: createLogger(config.logLevel) });
  } catch (error) {
    // Problems the person running the command can fix: one line, no stack trace.
    if (error instanceof DataDirLockedError) {
      process.stderr.write(`atlas: ${error.message}
`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof StartupError) {
      process.stderr.write(`atlas: ${error.message}
`);
      return 1;
    }
    throw error;
  }
}
