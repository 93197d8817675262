import { extractFromText } from '../citations/extract.service.ts';
import type { Db } from '../db/connect.ts';
import { urls } from '../http/urls.ts';
import { articleLabel } from '../lib/article-number.ts';
import type { VersionedMemo } from '../lib/versioned-memo.ts';
import { listArticlesNumbered } from './match.repository.ts';

export type CitationJump =
  | { kind: 'redirect'; url: string }
  | { kind: 'chooser'; law: string; article: string; label: string; options: ChooserOption[] }
  | { kind: 'unknown'; message: string };

export interface ChooserOption {
  url: string;
  version: string;
  versionLabel: string;
  inForceFrom: string | null;
  heading: string | null;
  offence: string | null;
  offenceKo: string | null;
  inForceToday: boolean;
}

/** True when nothing but spaces and punctuation surrounds the citation: the query *is* the citation. */
function isWholeQuery(q: string, start: number, end: number): boolean {
  return !/[\p{L}\p{N}]/u.test(q.slice(0, start) + q.slice(end));
}

/**
 * A query that is exactly one article citation ("Art. 222", "형법 제60조", "Article 60 of the
 * Criminal Code") goes to the article: straight there when the text names the version or only one
 * version has that number, else to a chooser of every version's article of that number (the same
 * number is a different offence in different revisions). Resolved as of `today`.
 */
export async function findCitationJump(db: Db, memo: VersionedMemo, q: string, today: string): Promise<CitationJump | null> {
  const found = await extractFromText(db, memo, q, { date: today });
  const c = found.length === 1 ? found[0]! : null;
  if (!c?.law || !c.article || c.articleTo !== null || !isWholeQuery(q, c.start, c.end)) return null;
  if (c.resolution === 'stated_version' && c.url) return { kind: 'redirect', url: c.url };
  const rows = await listArticlesNumbered(db, c.law, c.article);
  const label = `${articleLabel(c.article)} of the ${rows[0]?.law_title ?? c.law}`;
  if (rows.length === 0) return { kind: 'unknown', message: `No version of the law that we hold has an ${articleLabel(c.article)}; showing a text search instead.` };
  if (rows.length === 1) return { kind: 'redirect', url: urls.article(rows[0]!.law_slug, rows[0]!.version_slug, rows[0]!.number) };
  return {
    kind: 'chooser',
    law: c.law,
    article: c.article,
    label,
    options: rows.map((r) => ({
      url: urls.article(r.law_slug, r.version_slug, r.number),
      version: r.version_slug,
      versionLabel: r.version_label,
      inForceFrom: r.in_force_from,
      heading: r.heading,
      offence: r.offence_name,
      offenceKo: r.offence_name_ko,
      inForceToday: r.version_slug === c.version,
    })),
  };
}
