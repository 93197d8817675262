import os from 'node:os';
import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { migrateToLatest } from '../db/migrator.ts';
import { ImportValidationError } from '../import/import.files.ts';
import { type ImportSummary, importFiles } from '../import/import.service.ts';
import { UsageError } from './cli-errors.ts';
import type { CommandContext } from './commands.ts';
import { withDatabase } from './with-database.ts';

export function formatSummary(summary: ImportSummary): string {
  const rows = Object.entries(summary.counts).map(
    ([entity, c]) => `  ${entity.padEnd(16)} ${String(c.inserted).padStart(7)} ${String(c.updated).padStart(7)} ${String(c.unchanged).padStart(9)}`,
  );
  const head = `  ${'entity'.padEnd(16)} ${'insert'.padStart(7)} ${'update'.padStart(7)} ${'unchanged'.padStart(9)}`;
  const verdict = summary.dryRun ? 'Dry run: nothing was written.' : 'Import committed.';
  return `${[`${summary.files.length} file(s): ${summary.files.join(', ')}`, head, ...rows, verdict].join('\n')}\n`;
}

export async function runImport(args: string[], { config }: CommandContext): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { 'dry-run': { type: 'boolean' } } });
  if (positionals.length === 0) throw new UsageError('import needs at least one FILE');
  const inputs: { name: string; bytes: Uint8Array }[] = [];
  for (const file of positionals) {
    try {
      inputs.push({ name: file, bytes: await fs.readFile(file) });
    } catch {
      throw new UsageError(`cannot read ${file}`);
    }
  }
  return reportImport(() =>
    withDatabase(config, async (h) => {
      await migrateToLatest(h.db);
      return importFiles(h.db, inputs, {
        dryRun: values['dry-run'] ?? false,
        actor: `atlas import (${os.userInfo().username})`,
        source: 'cli',
        onProgress: progressBar(process.stderr),
      });
    }),
  );
}

/** A one-line bar on a terminal, redrawn at most every 100 ms; nothing when stderr is a file or pipe. */
export function progressBar(out: NodeJS.WriteStream): ((done: number, total: number) => void) | undefined {
  if (!out.isTTY) return undefined;
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    const width = 30;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    out.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} reports${done === total ? '\n' : ''}`);
  };
}

/** Prints the counts, or every problem with its file, line and field; exit 1 when rejected. */
export async function reportImport(run: () => Promise<ImportSummary>): Promise<number> {
  try {
    process.stdout.write(formatSummary(await run()));
    return 0;
  } catch (error) {
    if (!(error instanceof ImportValidationError)) throw error;
    process.stderr.write(`Import rejected; nothing was written.\n${error.message}\n`);
    return 1;
  }
}
