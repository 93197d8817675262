#!/usr/bin/env node
// Runs the TypeScript CLI without a build step: tsx registers its loader, then main() takes over.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const { UsageError } = await import('../src/cli/cli-errors.ts');
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError || error?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || error?.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    process.stderr.write(`atlas: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`atlas: ${error?.stack ?? error}\n`);
    process.exitCode = 1;
  }
}
