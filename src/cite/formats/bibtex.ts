import { dateParts } from '../../lib/dates.ts';
import { articleTitle, versionYear } from './cite-text.ts';
import { articleCslId } from './csl.ts';
import type { ArticleCiteInput, ReportCiteInput } from './cite.types.ts';

/** BibTeX entries that classic BibTeX and biblatex/biber both read (UTF-8, as biber expects). */

const specials: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Field text with LaTeX's special characters escaped and line breaks folded. */
export function bibtexEscape(value: string): string {
  return value.replace(/\s+/g, ' ').replace(/[\\{}&%$#_^~]/g, (c) => specials[c]!);
}

// url fields are verbatim in biblatex: only braces (which would end the field) and spaces must go.
const bibtexUrl = (url: string) => url.replace(/[{}\s]/g, (c) => encodeURIComponent(c));

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function entry(type: string, key: string, fields: [string, string | null][]): string {
  const body = fields.filter(([, v]) => v !== null).map(([k, v]) => `  ${k} = ${v},`);
  return `@${type}{${key},\n${body.join('\n')}\n}\n`;
}

const braced = (value: string) => `{${bibtexEscape(value)}}`;
// Double braces keep the title's capitals and a name from being split into first/last.
const protect = (value: string) => `{{${bibtexEscape(value)}}}`;

export function reportBibtex(r: ReportCiteInput): string {
  const p = dateParts(r.publishedOn, r.datePrecision);
  return entry('article', r.slug, [
    ['author', r.authors.length > 0 ? `{${r.authors.map((a) => `{${bibtexEscape(a)}}`).join(' and ')}}` : null],
    ['title', protect(r.title)],
    ['journal', braced(r.outlet)],
    ['year', p ? `{${p.year}}` : null],
    ['month', p?.month ? monthNames[p.month - 1]! : null],
    ['date', p?.month && p.day ? `{${r.publishedOn}}` : null],
    ['url', `{${bibtexUrl(r.sourceUrl ?? r.url)}}`],
    ['urldate', `{${r.accessed}}`],
    ['language', braced(r.language)],
    ['note', `{Statute Atlas: \\url{${bibtexUrl(r.url)}}. Accessed ${r.accessed}}`],
  ]);
}

export function articleBibtex(a: ArticleCiteInput): string {
  return entry('misc', articleCslId(a), [
    ['title', protect(articleTitle(a))],
    ['author', protect(a.jurisdictionName)],
    ['year', `{${versionYear(a)}}`],
    ['howpublished', `{\\url{${bibtexUrl(a.url)}}}`],
    ['url', `{${bibtexUrl(a.url)}}`],
    ['urldate', `{${a.accessed}}`],
    ['note', braced(`${a.versionLabel}${a.heading ? `. ${a.heading}` : ''}. Accessed ${a.accessed}`)],
  ]);
}
