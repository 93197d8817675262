import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { migrateToLatest } from '../db/migrator.ts';
import { exportDocument, serializeCsv, serializeJson } from '../interchange/export/export.service.ts';
import { UsageError } from './cli-errors.ts';
import type { CommandContext } from './command.types.ts';
import { withDatabase } from './with-database.ts';

/** `atlas export [--format json|csv] [--out DIR_OR_FILE]`: everything `atlas import` accepts. */
export async function runExport(args: string[], { config, io }: CommandContext): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { format: { type: 'string', default: 'json' }, out: { type: 'string' } },
  });
  const { format, out } = values;
  if (format !== 'json' && format !== 'csv') throw new UsageError(`--format must be json or csv (got "${format}")`);
  if (format === 'csv' && !out)
    throw new UsageError('--format csv writes one file per table: give the directory with --out DIR');
  const doc = await withDatabase(config, async (h) => {
    await migrateToLatest(h.db);
    return exportDocument(h.db);
  });
  if (format === 'json') {
    if (!out) {
      io.stdout.write(serializeJson(doc));
      return 0;
    }
    await fs.writeFile(out, serializeJson(doc));
    io.stdout.write(`Wrote ${out}\n`);
    return 0;
  }
  const files = serializeCsv(doc);
  await fs.mkdir(out!, { recursive: true });
  for (const f of files) await fs.writeFile(path.join(out!, f.file), f.text);
  io.stdout.write(`Wrote ${files.length} files to ${out}: ${files.map((f) => f.file).join(', ')}\n`);
  return 0;
}
