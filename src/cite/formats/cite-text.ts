import { articleShortLabel } from '../../lib/article-number.ts';
import { bluebookDate, dateParts, oscolaDate } from '../../lib/dates.ts';
import type { ArticleCiteInput, CiteParts, ReportCiteInput } from './cite.types.ts';

/** Bluebook-like and OSCOLA/AGLC-like references as plain text (no italics: pages and files alike). */

const jurisdictions: Record<string, { short: string; bluebook: string }> = {
  kp: { short: 'DPRK', bluebook: 'N. Kor.' },
  kr: { short: 'Republic of Korea', bluebook: 'S. Kor.' },
};

function jurisdiction(a: Pick<ArticleCiteInput, 'jurisdictionCode' | 'jurisdictionName'>) {
  return jurisdictions[a.jurisdictionCode] ?? { short: a.jurisdictionName, bluebook: a.jurisdictionName };
}

/** The version as a year, "(2015)"; a version slug that is not a year falls back to its date. */
export function versionYear(a: Pick<ArticleCiteInput, 'versionSlug' | 'versionDate'>): string {
  if (/^\d{4}$/.test(a.versionSlug)) return a.versionSlug;
  return a.versionDate ? a.versionDate.slice(0, 4) : a.versionSlug;
}

const sectionLabel = (number: string, dot: boolean) => {
  const short = articleShortLabel(number);
  return short.startsWith('Art. ') ? `art${dot ? '.' : ''} ${number}` : short;
};

const visited = (iso: string) => bluebookDate(dateParts(iso, 'day'))!;
const accessed = (iso: string) => oscolaDate(dateParts(iso, 'day'))!;

/** Criminal Code [형법] art. 222 (2015) (N. Kor.), URL (last visited Nov. 28, 2026). */
export function bluebookArticle(a: ArticleCiteInput): CiteParts {
  const ko = a.lawTitleKo ? ` [${a.lawTitleKo}]` : '';
  return {
    style: 'Bluebook-like',
    before: `${a.lawTitle}${ko} ${sectionLabel(a.articleNumber, true)} (${versionYear(a)}) (${jurisdiction(a).bluebook}), `,
    url: a.url,
    after: ` (last visited ${visited(a.accessed)}).`,
  };
}

/** "Criminal Code of the DPRK art 222 (2015)": the article in its version, without URL. */
export function articleTitle(a: Omit<ArticleCiteInput, 'url' | 'accessed'>): string {
  return `${a.lawTitle} of the ${jurisdiction(a).short} ${sectionLabel(a.articleNumber, false)} (${versionYear(a)})`;
}

/** Criminal Code of the DPRK art 222 (2015) <URL> accessed 28 November 2026. */
export function oscolaArticle(a: ArticleCiteInput): CiteParts {
  return {
    style: 'OSCOLA/AGLC-like',
    before: `${articleTitle(a)} <`,
    url: a.url,
    after: `> accessed ${accessed(a.accessed)}.`,
  };
}

function bluebookAuthors(names: string[]): string {
  if (names.length === 0) return '';
  if (names.length === 1) return `${names[0]}, `;
  return names.length === 2 ? `${names[0]} & ${names[1]}, ` : `${names[0]} et al., `;
}

function oscolaAuthors(names: string[]): string {
  if (names.length === 0) return '';
  if (names.length > 3) return `${names[0]} and others, `;
  return `${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]}, `;
}

/** Kang Mi Jin, Title, Daily NK (Aug. 18, 2009), URL (last visited Nov. 28, 2026). */
export function bluebookReport(r: ReportCiteInput): CiteParts {
  const date = bluebookDate(dateParts(r.publishedOn, r.datePrecision)) ?? 'n.d.';
  return {
    style: 'Bluebook-like',
    before: `${bluebookAuthors(r.authors)}${r.title}, ${r.outlet} (${date}), `,
    url: r.sourceUrl ?? r.url,
    after: ` (last visited ${visited(r.accessed)}).`,
  };
}

/** Kang Mi Jin, 'Title' (Daily NK, 18 August 2009) <URL> accessed 28 November 2026. */
export function oscolaReport(r: ReportCiteInput): CiteParts {
  const date = oscolaDate(dateParts(r.publishedOn, r.datePrecision)) ?? 'undated';
  return {
    style: 'OSCOLA/AGLC-like',
    before: `${oscolaAuthors(r.authors)}‘${r.title}’ (${r.outlet}, ${date}) <`,
    url: r.sourceUrl ?? r.url,
    after: `> accessed ${accessed(r.accessed)}.`,
  };
}
