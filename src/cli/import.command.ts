import fs from 'node:fs/promises';
import os from 'node:os';
import readline from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { migrateToLatest } from '../db/migrator.ts';
import { ImportValidationError } from '../interchange/formats/problems.ts';
import {
  DeletionsNotConfirmedError,
  type ImportOptions,
  type ImportSummary,
  importFiles,
} from '../interchange/apply/import.service.ts';
import { previewText } from '../interchange/apply/preview.ts';
import { UsageError } from './cli-errors.ts';
import type { CliIo, CommandContext } from './command.types.ts';
import { withDatabase } from './with-database.ts';

export function formatSummary(summary: ImportSummary, details = summary.dryRun): string {
  const rows = Object.entries(summary.counts).map(
    ([entity, c]) =>
      `  ${entity.padEnd(18)} ${String(c.inserted).padStart(7)} ${String(c.updated).padStart(7)} ${String(c.unchanged).padStart(9)} ${String(c.deleted).padStart(7)}`,
  );
  const head = `  ${'entity'.padEnd(18)} ${'insert'.padStart(7)} ${'update'.padStart(7)} ${'unchanged'.padStart(9)} ${'delete'.padStart(7)}`;
  const verdict = summary.dryRun ? 'Dry run: nothing was written.' : 'Import committed.';
  const detail = details
    ? previewText(summary)
    : summary.deletions.length > 0
      ? previewText({ changes: [], deletions: summary.deletions, omitted: 0 })
      : '';
  return `${[`${summary.files.length} file(s): ${summary.files.join(', ')}`, head, ...rows].join('\n')}\n${detail}${verdict}\n`;
}

export async function runImport(args: string[], { config, io }: CommandContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean' }, prune: { type: 'boolean' }, yes: { type: 'boolean' } },
  });
  if (positionals.length === 0) throw new UsageError('import needs at least one FILE');
  if (values.yes && !values.prune)
    throw new UsageError('--yes confirms the deletions of --prune; without --prune an import deletes nothing');
  const inputs: { name: string; bytes: Uint8Array }[] = [];
  for (const file of positionals) {
    try {
      inputs.push({ name: file, bytes: await fs.readFile(file) });
    } catch {
      throw new UsageError(`cannot read ${file}`);
    }
  }
  const options: ImportOptions = {
    dryRun: values['dry-run'] ?? false,
    prune: values.prune ?? false,
    confirmDeletions: values.yes ? 'any' : undefined,
    actor: `atlas import (${os.userInfo().username})`,
    source: 'cli',
    onProgress: progressBar(io.stderr),
  };
  return reportImport(io, () =>
    withDatabase(config, async (h) => {
      await migrateToLatest(h.db);
      try {
        return await importFiles(h.db, inputs, options);
      } catch (error) {
        if (!(error instanceof DeletionsNotConfirmedError)) throw error;
        const fingerprint = await confirmDeletions(error.summary, io);
        return importFiles(h.db, inputs, { ...options, confirmDeletions: fingerprint });
      }
    }),
  );
}

class NotConfirmed extends Error {}

/** Lists what --prune would delete and asks on a terminal; elsewhere --yes must say so in advance. */
async function confirmDeletions(summary: ImportSummary, io: CliIo): Promise<string> {
  io.stdout.write(previewText({ changes: [], deletions: summary.deletions, omitted: 0 }));
  const n = summary.deletions.length;
  if (!io.stdin.isTTY) {
    throw new NotConfirmed(
      `This import would delete the ${n} record(s) above. Run it again with --yes to delete them, or with --dry-run to see every change.`,
    );
  }
  const rl = readline.createInterface({ input: io.stdin, output: io.stdout });
  const answer = await rl.question(`Delete these ${n} record(s)? Type "yes" to go on: `);
  rl.close();
  if (answer.trim().toLowerCase() !== 'yes') throw new NotConfirmed('Nothing was deleted or written.');
  return summary.deletionsFingerprint!;
}

/** A one-line bar on a terminal, redrawn at most every 100 ms; nothing when stderr is a file or pipe. */
export function progressBar(out: CliIo['stderr']): ((done: number, total: number) => void) | undefined {
  if (!out.isTTY) return undefined;
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    const width = 30;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    out.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} reports${done === total ? '\n' : ''}`,
    );
  };
}

/** Prints the counts, or every problem with its file, line and field; exit 1 when rejected. */
export async function reportImport(io: CliIo, run: () => Promise<ImportSummary>, details?: boolean): Promise<number> {
  try {
    const summary = await run();
    io.stdout.write(formatSummary(summary, details ?? summary.dryRun));
    return 0;
  } catch (error) {
    if (error instanceof NotConfirmed || error instanceof DeletionsNotConfirmedError) {
      io.stderr.write(`${error.message}\n`);
      return 1;
    }
    if (!(error instanceof ImportValidationError)) throw error;
    io.stderr.write(`Import rejected; nothing was written.\n${error.message}\n`);
    return 1;
  }
}
