import { createHash } from 'node:crypto';
import { type PageMetadata, readMetadata } from './page-metadata.ts';

export interface ReadArticle extends PageMetadata {
  title: string;
  /** the main text, paragraphs separated by blank lines */
  text: string;
  /** sha256 of the text as stored, and of the text with spacing and case folded (for dedup) */
  sha256: string;
  normalizedHash: string;
}

export class NoArticleError extends Error {}

/** Fewer letters than this is a index page, a paywall stub or an error page, not an article. */
const MIN_TEXT = 120;
const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre';

// Loaded on first use: every process that builds the app imports this module, few of them read pages.
const dom = () => import('linkedom');
const readability = () => import('@mozilla/readability');

const tidy = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The normalised form two copies of one story share: NFKC, case folded, spacing and punctuation dropped. */
export function normalizedText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, '');
}

async function paragraphsOf(html: string): Promise<string> {
  const { parseHTML } = await dom();
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const parts: string[] = [];
  for (const el of document.querySelectorAll(BLOCKS)) {
    // A block inside another block (a <p> in a <blockquote>) is read once, as part of the outer one.
    if (el.parentElement?.closest(BLOCKS)) continue;
    const t = tidy(el.textContent ?? '');
    if (t) parts.push(t);
  }
  return parts.length > 0 ? parts.join('\n\n') : tidy(document.body.textContent ?? '');
}

/** Main text by Readability over a server-side DOM; metadata from the page's own declarations. */
export async function readArticle(html: string, url: string): Promise<ReadArticle> {
  const [{ parseHTML }, { Readability }] = await Promise.all([dom(), readability()]);
  const { document } = parseHTML(html);
  const metadata = readMetadata(document as never, url);
  const parsed = new Readability(document as never, { charThreshold: 200 }).parse();
  const text = parsed?.content ? await paragraphsOf(parsed.content) : '';
  if (text.replace(/\s/g, '').length < MIN_TEXT) throw new NoArticleError('no article text on the page');
  const title = metadata.title ?? str(parsed?.title) ?? str(document.querySelector('title')?.textContent);
  if (!title) throw new NoArticleError('the page has no title');
  const authors =
    metadata.authors.length > 0 ? metadata.authors : parsed?.byline ? [tidy(parsed.byline.replace(/^by\s+/i, ''))] : [];
  return {
    ...metadata,
    title: tidy(title),
    authors,
    language: metadata.language ?? (parsed?.lang ? parsed.lang.slice(0, 2).toLowerCase() : null),
    published: metadata.published,
    text,
    sha256: sha256(text),
    normalizedHash: sha256(normalizedText(text)),
  };
}

function str(v: string | null | undefined): string | null {
  return v && v.trim() !== '' ? v.trim() : null;
}
