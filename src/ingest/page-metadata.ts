/** What a news page says about itself: JSON-LD (NewsArticle and kin) first, then OpenGraph and meta tags. */
export interface PageMetadata {
  title: string | null;
  /** the date as the page writes it: YYYY, YYYY-MM or YYYY-MM-DD in the page's own time zone */
  published: string | null;
  authors: string[];
  language: string | null;
  canonical: string | null;
  siteName: string | null;
  /** other-language editions: <link rel="alternate" hreflang> */
  alternates: { language: string; url: string }[];
}

const ARTICLE_TYPES = new Set([
  'NewsArticle',
  'Article',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BlogPosting',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'BackgroundNewsArticle',
]);

type Json = Record<string, unknown>;
type Doc = {
  querySelectorAll(s: string): Iterable<{ getAttribute(n: string): string | null; textContent: string | null }>;
  documentElement: { getAttribute(n: string): string | null } | null;
};

function jsonLdArticle(doc: Doc): Json | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length > 0) {
      const node = queue.shift();
      if (Array.isArray(node)) queue.push(...node);
      else if (node && typeof node === 'object') {
        const n = node as Json;
        const types = ([] as unknown[]).concat(n['@type'] ?? []);
        if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t))) return n;
        if (n['@graph']) queue.push(n['@graph']);
      }
    }
  }
  return null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

function namesOf(v: unknown): string[] {
  return ([] as unknown[])
    .concat(v ?? [])
    .map((a) => (typeof a === 'string' ? a : a && typeof a === 'object' ? str((a as Json).name) : null))
    .filter((a): a is string => !!a && !/^https?:\/\//.test(a))
    .map((a) => a.trim());
}

/** "2024-03-05T10:00:00+09:00" → "2024-03-05"; "2024-03" → "2024-03"; "2024.3.5" and "2024年3月5日" as written. */
export function partialDateOf(value: string | null): string | null {
  if (!value) return null;
  const m = /^\s*(\d{4})(?:[-./年]\s*(\d{1,2})(?:[-./月]\s*(\d{1,2}))?)?/.exec(value);
  if (!m) {
    const parsed = new Date(value);
    return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10);
  }
  const [, y, mo, d] = m;
  const pad = (s: string) => s.padStart(2, '0');
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return y!;
  return d ? `${y}-${pad(mo!)}-${pad(d)}` : mo ? `${y}-${pad(mo)}` : y!;
}

/** "en-US", "ko_KR", "ja" → "en", "ko", "ja". */
export function primaryLanguage(value: string | null): string | null {
  const m = value ? /^\s*([a-zA-Z]{2,3})(?:[-_]|$|\s)/.exec(value) : null;
  return m ? m[1]!.toLowerCase() : null;
}

function absolute(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function readMetadata(doc: Doc, baseUrl: string): PageMetadata {
  const meta = (key: string): string | null => {
    for (const el of doc.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)) {
      const v = str(el.getAttribute('content'));
      if (v) return v;
    }
    return null;
  };
  const first = (selector: string, attribute: string): string | null => {
    for (const el of doc.querySelectorAll(selector)) {
      const v = str(el.getAttribute(attribute));
      if (v) return v;
    }
    return null;
  };
  const ld = jsonLdArticle(doc) ?? {};
  const authors = namesOf(ld.author);
  const metaAuthor = meta('author') ?? meta('byl') ?? meta('dc.creator');
  const alternates: PageMetadata['alternates'] = [];
  for (const el of doc.querySelectorAll('link[rel~="alternate"][hreflang][href]')) {
    const url = absolute(el.getAttribute('href'), baseUrl);
    const language = primaryLanguage(el.getAttribute('hreflang'));
    if (url && language) alternates.push({ language, url });
  }
  const mainEntity =
    ld.mainEntityOfPage && typeof ld.mainEntityOfPage === 'object'
      ? str((ld.mainEntityOfPage as Json)['@id'])
      : str(ld.mainEntityOfPage);
  return {
    title: str(ld.headline) ?? meta('og:title') ?? meta('twitter:title'),
    published: partialDateOf(
      str(ld.datePublished) ??
        meta('article:published_time') ??
        meta('og:published_time') ??
        meta('pubdate') ??
        meta('date') ??
        meta('dc.date') ??
        first('time[datetime]', 'datetime'),
    ),
    authors:
      authors.length > 0
        ? authors
        : metaAuthor && !/^https?:\/\//.test(metaAuthor)
          ? metaAuthor.split(/\s*[,;]\s*/).filter(Boolean)
          : [],
    language: primaryLanguage(
      str(ld.inLanguage) ??
        doc.documentElement?.getAttribute('lang') ??
        meta('og:locale') ??
        meta('content-language') ??
        null,
    ),
    canonical: absolute(
      first('link[rel~="canonical"][href]', 'href') ?? meta('og:url') ?? str(ld.url) ?? mainEntity,
      baseUrl,
    ),
    siteName:
      meta('og:site_name') ??
      (ld.publisher && typeof ld.publisher === 'object' ? str((ld.publisher as Json).name) : null),
    alternates,
  };
}
