import { parseArgs } from 'node:util';
import type { ExtractedCitation } from '../extractor/citation.types.ts';
import { extractFromText, toOutput } from '../citations/extract.service.ts';
import { createReadContext } from '../db/read-context.ts';
import { isValidIsoDate } from '../lib/dates.ts';
import { UsageError } from './cli-errors.ts';
import type { CommandContext } from './command.types.ts';
import { prepareDatabase, withDatabase } from './with-database.ts';

async function readStdin(stdin: CommandContext['io']['stdin']): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function table(citations: ExtractedCitation[]): string {
  if (citations.length === 0) return 'No citations found.\n';
  const rows = citations.map((c) => [
    `${c.start}-${c.end}`,
    c.asWritten.replace(/\s+/g, ' ').slice(0, 40),
    c.law ?? (c.lawName ? `(${c.lawName})` : '—'),
    c.article
      ? (c.articleTo ? `${c.article}–${c.articleTo}` : c.article) + (c.paragraph ? ` (${c.paragraph})` : '')
      : '—',
    c.version ?? '—',
    c.resolution,
    c.confidence.toFixed(2),
    c.reason ?? '',
  ]);
  const head = ['offsets', 'as written', 'law', 'article', 'version', 'resolution', 'conf.', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return `${[line(head), ...rows.map(line)].join('\n')}\n`;
}

/**
 * `atlas extract [--date D] [--event-date D] [--title T] [--summary S] [--json]`: citations in the
 * text on stdin; the title and summary the text is published under help bind bare references.
 */
export async function runExtract(args: string[], { config, io }: CommandContext): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      date: { type: 'string' },
      'event-date': { type: 'string' },
      title: { type: 'string' },
      summary: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  for (const flag of ['date', 'event-date'] as const) {
    const v = values[flag];
    if (v !== undefined && !isValidIsoDate(v))
      throw new UsageError(`--${flag} must be a date written YYYY-MM-DD (got "${v}")`);
  }
  const text = await readStdin(io.stdin);
  const citations = await withDatabase(config, async (h) => {
    await prepareDatabase(h, 'extract', io);
    return extractFromText(createReadContext(h.db), text, {
      date: values.date ?? null,
      eventDate: values['event-date'] ?? null,
      context: { title: values.title ?? null, summary: values.summary ?? null },
    });
  });
  io.stdout.write(values.json ? `${JSON.stringify(citations.map(toOutput), null, 2)}\n` : table(citations));
  return 0;
}
