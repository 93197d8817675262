import type { ExtractionContext } from '../extractor/citation.types.ts';
import { extractCitations } from '../extractor/extract.ts';
import { type ReportRecord, periodEnd } from '../interchange/formats/report-records.schemas.ts';
import { type ReadArticle, sha256 } from './article-read.ts';
import { citedSentences } from './excerpt.ts';

const SCRIPTS: [RegExp, string][] = [
  [/[\uac00-\ud7af]/, 'ko'],
  [/[\u3040-\u30ff]/, 'ja'],
  [/[\u4e00-\u9fff]/, 'zh'],
];

/** The page's declared language, else the source's, else the script most of its text is in. */
export function languageOf(article: ReadArticle, fallback: string | null): string {
  if (article.language) return article.language;
  if (fallback) return fallback;
  const sample = article.text.slice(0, 2000);
  return SCRIPTS.find(([re]) => (sample.match(new RegExp(re, 'g'))?.length ?? 0) > 20)?.[1] ?? 'en';
}

/** Latin titles give readable slugs; others (Korean, Japanese) the outlet and date. A hash of the URL keeps them apart. */
export function slugFor(title: string, outlet: string, published: string | null, url: string, hashLength = 6): string {
  const words =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? [];
  const latin = words.join('').length >= title.replace(/\s/g, '').length / 2 && words.length >= 2;
  const base = latin
    ? words.slice(0, 8).join('-').slice(0, 60).replace(/-+$/, '')
    : `${outlet}-${published ?? 'undated'}`;
  return `${base}-${sha256(url).slice(0, hashLength)}`;
}

const precisionOf = (date: string | null) =>
  date === null ? 'unknown' : date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';

export interface DraftInput {
  article: ReadArticle;
  slug: string;
  outlet: string;
  url: string;
  language: string;
  translationOf: string | null;
}

/**
 * The draft as an import record: our summary left empty for an editor, and as excerpt only the
 * sentences that carry citations the extractor finds in the full text (read with the title as
 * context), which is all a public page may quote.
 */
export function draftRecord(input: DraftInput, context: ExtractionContext): ReportRecord {
  const { article } = input;
  const found = extractCitations(article.text, context, {
    date: article.published ? periodEnd(article.published) : null,
    context: { title: article.title, summary: null },
  }).filter((c) => c.law !== null);
  return {
    slug: input.slug,
    outlet: input.outlet,
    title: article.title.slice(0, 500),
    url: input.url,
    language: input.language,
    published_on: article.published,
    date_precision: precisionOf(article.published),
    source_type: 'press',
    status: 'draft',
    authors: [...new Set(article.authors.map((a) => a.slice(0, 200)))].slice(0, 20),
    excerpt: citedSentences(article.text, input.language, found),
    ...(input.translationOf ? { translation_of: input.translationOf } : {}),
  };
}
