import { escapeXml } from '../lib/xml-escape.ts';

/** An Atom 1.0 document (RFC 4287) as plain data; `renderAtom` is the only place XML is written. */
export interface AtomEntry {
  id: string;
  title: string;
  language: string | null;
  updated: Date;
  published: Date | null;
  link: string;
  relatedLink: string | null;
  authors: string[];
  summary: string;
  content: string | null;
  categories: { term: string; label: string }[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  selfUrl: string;
  pageUrl: string;
  updated: Date;
  entries: AtomEntry[];
}

const text = (tag: string, value: string, attrs = '') => `<${tag}${attrs}>${escapeXml(value)}</${tag}>`;
const attr = (name: string, value: string) => ` ${name}="${escapeXml(value)}"`;
const person = (name: string) => `<author>${text('name', name)}</author>`;
// RFC 3339 as Atom wants it; milliseconds dropped so the value is stable across re-renders.
const instant = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

function renderEntry(e: AtomEntry): string {
  const lang = e.language ? attr('xml:lang', e.language) : '';
  return [
    '<entry>',
    text('id', e.id),
    text('title', e.title, `${attr('type', 'text')}${lang}`),
    text('updated', instant(e.updated)),
    e.published ? text('published', instant(e.published)) : '',
    `<link${attr('rel', 'alternate')}${attr('type', 'text/html')}${attr('href', e.link)}/>`,
    e.relatedLink ? `<link${attr('rel', 'related')}${attr('href', e.relatedLink)}/>` : '',
    ...e.authors.map(person),
    ...e.categories.map((c) => `<category${attr('term', c.term)}${attr('label', c.label)}/>`),
    text('summary', e.summary, attr('type', 'text')),
    e.content ? text('content', e.content, `${attr('type', 'text')}${lang}`) : '',
    '</entry>',
  ].join('');
}

export function renderAtom(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>\n',
    `<feed${attr('xmlns', 'http://www.w3.org/2005/Atom')}${attr('xml:lang', 'en')}>`,
    text('id', feed.id),
    text('title', feed.title, attr('type', 'text')),
    text('subtitle', feed.subtitle, attr('type', 'text')),
    text('updated', instant(feed.updated)),
    `<link${attr('rel', 'self')}${attr('type', 'application/atom+xml')}${attr('href', feed.selfUrl)}/>`,
    `<link${attr('rel', 'alternate')}${attr('type', 'text/html')}${attr('href', feed.pageUrl)}/>`,
    // Entries name their outlet as author; the feed-level author covers RFC 4287's requirement
    // for any entry that has none.
    person('Statute Atlas'),
    text('generator', 'Statute Atlas'),
    ...feed.entries.map(renderEntry),
    '</feed>\n',
  ].join('');
}
