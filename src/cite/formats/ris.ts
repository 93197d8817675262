import { dateParts } from '../../lib/dates.ts';
import { versionYear } from './cite-text.ts';
import type { ArticleCiteInput, ReportCiteInput } from './cite.types.ts';

/** RIS records (EndNote, Zotero, Mendeley): "TAG  - value" lines ending CRLF, closed by "ER  - ". */

type Line = [string, string | null | undefined];

const risDate = (iso: string) => `${iso.replaceAll('-', '/')}/`;

function record(lines: Line[]): string {
  // A value may not span lines: a line break inside one would start a bogus tag.
  const out = lines.filter(([, v]) => v).map(([tag, v]) => `${tag}  - ${v!.replace(/\s+/g, ' ').trim()}`);
  return `${[...out, 'ER  - '].join('\r\n')}\r\n`;
}

function reportDate(r: ReportCiteInput): string | null {
  const p = dateParts(r.publishedOn, r.datePrecision);
  if (!p) return null;
  const mm = p.month ? String(p.month).padStart(2, '0') : '';
  const dd = p.day ? String(p.day).padStart(2, '0') : '';
  return `${p.year}/${mm}/${dd}/${p.season ? p.season.name : ''}`;
}

export function reportRis(r: ReportCiteInput): string {
  const p = dateParts(r.publishedOn, r.datePrecision);
  return record([
    ['TY', 'NEWS'],
    ['ID', r.slug],
    ...r.authors.map((a): Line => ['AU', a]),
    ['TI', r.title],
    ['T2', r.outlet],
    ['PY', p ? String(p.year) : null],
    ['DA', reportDate(r)],
    ['LA', r.language],
    ['UR', r.sourceUrl ?? r.url],
    ['Y2', risDate(r.accessed)],
    ['N1', `Statute Atlas: ${r.url}`],
  ]);
}

export function articleRis(a: ArticleCiteInput): string {
  return record([
    ['TY', 'STAT'],
    ['ID', `${a.lawSlug}/${a.versionSlug}/${a.articleNumber}`],
    ['TI', a.lawTitle],
    ['ST', a.lawTitleKo],
    ['SE', `art. ${a.articleNumber}`],
    ['T3', a.heading],
    ['PY', versionYear(a)],
    ['DA', a.versionDate ? risDate(a.versionDate) : null],
    ['CY', a.jurisdictionName],
    ['ET', a.versionLabel],
    ['UR', a.url],
    ['Y2', risDate(a.accessed)],
    ['N1', `Statute Atlas: ${a.url}`],
  ]);
}
