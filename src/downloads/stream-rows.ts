import type { Response } from 'express';
import { type CsvValue, csvRecord } from '../lib/csv.ts';

export type DownloadFormat = 'csv' | 'json';

export interface Column<Row> {
  key: string;
  value: (row: Row) => CsvValue;
}

/** A download: its columns and the rows as batches, fetched one at a time while earlier ones go out. */
export interface RowDownload<Row> {
  filename: string;
  columns: Column<Row>[];
  batches: AsyncIterable<Row[]>;
}

const contentTypes: Record<DownloadFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
};

/** attachment; with an ASCII fallback name and the exact UTF-8 name (RFC 6266, RFC 8187). */
function disposition(filename: string): string {
  const ascii = filename.replace(/[^A-Za-z0-9._-]+/g, '-');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

function encode<Row>(format: DownloadFormat, columns: Column<Row>[], rows: Row[], first: boolean): string {
  if (format === 'csv') return rows.map((r) => csvRecord(columns.map((c) => c.value(r)))).join('');
  const objects = rows.map((r) => JSON.stringify(Object.fromEntries(columns.map((c) => [c.key, c.value(r) ?? null]))));
  return objects.length === 0 ? '' : `${first ? '' : ',\n'}${objects.join(',\n')}`;
}

/** Resolves when the socket can take more, or is gone (then `res.destroyed` is true). */
function drained(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/**
 * Streams a download: nothing is held but the batch in hand, and the next batch is read only when
 * the client has taken the last one. The first batch is read before any byte is sent, so a
 * failing query still gets a proper error page; a failure later cuts the response short (a
 * client sees an incomplete transfer, never a silently truncated "complete" file).
 */
export async function sendRows<Row>(res: Response, format: DownloadFormat, download: RowDownload<Row>): Promise<void> {
  const iterator = download.batches[Symbol.asyncIterator]();
  let next = await iterator.next();
  res.status(200).set({
    'Content-Type': contentTypes[format],
    'Content-Disposition': disposition(`${download.filename}.${format}`),
  });
  res.write(format === 'csv' ? csvRecord(download.columns.map((c) => c.key)) : '[\n');
  try {
    for (let wrote = false; !next.done && !res.destroyed; ) {
      const chunk: string = encode(format, download.columns, next.value, !wrote);
      wrote ||= chunk !== '';
      if (chunk && !res.write(chunk)) await drained(res);
      if (res.destroyed) break;
      next = await iterator.next();
    }
  } catch (error) {
    res.destroy();
    throw error;
  } finally {
    if (res.destroyed) await iterator.return?.();
  }
  if (!res.destroyed) res.end(format === 'json' ? '\n]\n' : '');
}

/** Keyset batches: `fetch(after)` returns up to `size` rows; the last row of a full batch is the next cursor. */
export async function* keysetBatches<Row, Key>(
  size: number,
  fetch: (after: Key | null) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
) {
  let after: Key | null = null;
  for (;;) {
    const rows = await fetch(after);
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
    after = keyOf(rows.at(-1)!);
  }
}
