import os from 'node:os';
import { parseArgs } from 'node:util';
import { fetcherFor } from '../ingest/fetcher-config.ts';
import { type ItemResult, Ingester, type UrlResult } from '../ingest/ingest.service.ts';
import { summaryLine } from '../ingest/ingest-summary.ts';
import { outletExists } from '../ingest/sources.service.ts';
import { UsageError } from './cli-errors.ts';
import type { CliIo, CommandContext } from './command.types.ts';
import { prepareDatabase, withDatabase } from './with-database.ts';

/** One line per item; on a terminal a bar below them on stderr, cleared before each line. */
function itemPrinter(out: CliIo['stdout'], err: CliIo['stderr']) {
  const bar = err.isTTY;
  return (item: ItemResult, done: number, total: number) => {
    if (bar) err.write('\r\u001b[2K');
    const tail =
      item.outcome === 'skipped'
        ? `(${item.reason})`
        : `→ ${item.slug}${item.outcome === 'new' ? `  (${item.citations.length} suggested citation${item.citations.length === 1 ? '' : 's'})` : ''}`;
    out.write(`${item.outcome.padEnd(7)} ${item.url}  ${tail}\n`);
    if (bar && done < total) {
      const filled = Math.round((done / total) * 30);
      err.write(`[${'#'.repeat(filled)}${'.'.repeat(30 - filled)}] ${done}/${total} items`);
    }
  };
}

/** `atlas ingest URL… [--dry-run] [--outlet SLUG]`: exit 1 only when no URL could be read at all. */
export async function runIngest(args: string[], { config, io }: CommandContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean' }, outlet: { type: 'string' } },
  });
  if (positionals.length === 0) throw new UsageError('ingest needs at least one URL (a feed or an article page)');
  const dryRun = values['dry-run'] ?? false;
  return withDatabase(config, async (h) => {
    await prepareDatabase(h, 'ingest', io);
    if (values.outlet && !(await outletExists(h.db, values.outlet)))
      throw new UsageError(
        `unknown outlet "${values.outlet}" (--outlet takes the slug of an outlet the database holds)`,
      );
    const fetcher = fetcherFor(config);
    const ingester = new Ingester(h.db, fetcher);
    const onItem = itemPrinter(io.stdout, io.stderr);
    const results: UrlResult[] = [];
    try {
      for (const url of positionals) {
        results.push(
          await ingester.ingest(url, {
            dryRun,
            outlet: values.outlet ?? null,
            actor: `atlas ingest (${os.userInfo().username})`,
            actorSource: 'cli',
            onItem,
          }),
        );
      }
    } finally {
      await fetcher.close();
    }
    for (const r of results) if (r.failure) io.stderr.write(`atlas ingest: ${r.url}: ${r.failure}\n`);
    io.stdout.write(`${summaryLine(results, dryRun)}${dryRun ? '\nDry run: nothing was written.' : ''}\n`);
    return results.every((r) => r.failure !== null) ? 1 : 0;
  });
}
