import { dateParts, isoDateParts } from '../../lib/dates.ts';
import { versionYear } from './cite-text.ts';
import type { ArticleCiteInput, ReportCiteInput } from './cite.types.ts';

/** CSL-JSON items (citeproc-js, Zotero, Pandoc): https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html */
export interface CslDate {
  'date-parts'?: [number, ...number[]][];
  season?: number;
}

export type CslItem = Record<string, string | CslDate | { literal: string }[]>;

const accessedDate = (iso: string): CslDate => ({ 'date-parts': [isoDateParts(iso)] });

export function articleCslId(a: Pick<ArticleCiteInput, 'lawSlug' | 'versionSlug' | 'articleNumber'>): string {
  return `${a.lawSlug}-${a.versionSlug}-art-${a.articleNumber}`.replace(/[^\p{L}\p{N}-]+/gu, '-');
}

export function articleCsl(a: ArticleCiteInput): CslItem {
  const issued = a.versionDate ? isoDateParts(a.versionDate) : [Number(versionYear(a))];
  return {
    id: articleCslId(a),
    type: 'legislation',
    // The article goes in the title: styles print `section` with a "§", which DPRK codes do not use.
    title: `${a.lawTitle} art. ${a.articleNumber}`,
    'title-short': a.lawTitle,
    ...(a.lawTitleKo ? { 'original-title': a.lawTitleKo } : {}),
    note: `${a.heading ? `${a.heading}. ` : ''}Statute Atlas: ${a.url}`,
    version: a.versionLabel,
    jurisdiction: a.jurisdictionCode,
    authority: a.jurisdictionName,
    issued: { 'date-parts': [issued as [number, ...number[]]] },
    URL: a.url,
    accessed: accessedDate(a.accessed),
    language: 'en',
  };
}

function reportIssued(r: ReportCiteInput): CslDate | null {
  const p = dateParts(r.publishedOn, r.datePrecision);
  if (!p) return null;
  if (p.season) return { 'date-parts': [[p.year]], season: p.season.csl };
  const parts: [number, ...number[]] = [p.year];
  if (p.month) parts.push(p.month);
  if (p.month && p.day) parts.push(p.day);
  return { 'date-parts': [parts] };
}

/**
 * A news report: URL is the original's address when recorded, else the Statute Atlas record; the
 * record is also in `note`, and as the archive copy when the original has an address of its own.
 */
export function reportCsl(r: ReportCiteInput): CslItem {
  const issued = reportIssued(r);
  return {
    id: r.slug,
    type: 'article-newspaper',
    title: r.title,
    'container-title': r.outlet,
    // Literal names: Korean names do not split into given/family the way CSL would guess.
    ...(r.authors.length > 0 ? { author: r.authors.map((literal) => ({ literal })) } : {}),
    ...(issued ? { issued } : {}),
    URL: r.sourceUrl ?? r.url,
    accessed: accessedDate(r.accessed),
    language: r.language,
    ...(r.sourceUrl ? { archive: 'Statute Atlas', archive_location: r.url } : {}),
    note: `Statute Atlas: ${r.url}`,
  };
}
