import type { UrlResult } from './ingest.service.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "2 new draft reports, 3 suggested citations, 1 known, 1 skipped, 1 failed URL". */
export function summaryLine(results: UrlResult[], dryRun: boolean): string {
  const items = results.flatMap((r) => r.items);
  const count = (o: string) => items.filter((i) => i.outcome === o).length;
  const citations = items.reduce((n, i) => n + i.citations.length, 0);
  const failed = results.filter((r) => r.failure !== null).length;
  const parts = [
    plural(
      count('new'),
      dryRun ? 'new draft report that would be created' : 'new draft report',
      dryRun ? 'new draft reports that would be created' : 'new draft reports',
    ),
    plural(citations, 'suggested citation'),
    `${count('known')} known`,
  ];
  if (count('skipped') > 0) parts.push(`${count('skipped')} skipped`);
  if (failed > 0) parts.push(plural(failed, 'failed URL'));
  return parts.join(', ');
}
