import { extractFromText } from '../citations/extract.service.ts';
import type { Db } from '../db/connect.ts';
import { urls, withQuery } from '../http/urls.ts';
import { articleLabel } from '../lib/article-number.ts';
import { formatDate } from '../lib/dates.ts';
import type { ReadContext } from '../db/read-context.ts';
import { listLineagesNamed } from '../offences/offences.repository.ts';
import { findVersionInForce, listArticlesNumbered } from './match.repository.ts';

export interface InForceNote {
  label: string;
  url: string;
  textKnown: boolean;
  hasArticle: boolean;
  text: string;
}

export type CitationJump =
  | { kind: 'redirect'; url: string }
  | {
      kind: 'chooser';
      law: string;
      article: string;
      label: string;
      inForce: InForceNote | null;
      options: ChooserOption[];
    }
  | { kind: 'unknown'; message: string };

export interface ChooserOption {
  url: string;
  version: string;
  versionLabel: string;
  inForceFrom: string | null;
  heading: string | null;
  offence: string | null;
  offenceKo: string | null;
  offenceUrl: string | null;
  inForceToday: boolean;
}

/** True when nothing but spaces and punctuation surrounds the citation: the query *is* the citation. */
function isWholeQuery(q: string, start: number, end: number): boolean {
  return !/[\p{L}\p{N}]/u.test(q.slice(0, start) + q.slice(end));
}

/** Where a jump lands, marked so the page can offer "search reports for this text instead". */
export const jumpTo = (url: string, q: string) => withQuery(url, { searched: q });

/** The version in force today, and whether its text (and an article with this number) is known. */
async function inForceNote(
  db: Db,
  law: string,
  number: string,
  today: string,
  optionVersions: string[],
): Promise<InForceNote | null> {
  const v = await findVersionInForce(db, law, today);
  if (!v) return null;
  const textKnown = v.text_status !== 'reported_only';
  const hasArticle = optionVersions.includes(v.slug);
  const since = v.in_force_from ? ` (in force since ${formatDate(v.in_force_from)})` : '';
  const text = !textKnown
    ? `The version in force today is the ${v.label}${since}. Its text is not available, so which of its articles is ${articleLabel(number)} — and what that article punishes — is unknown; the versions below are those whose ${articleLabel(number)} we know.`
    : hasArticle
      ? `The version in force today is the ${v.label}${since}; its ${articleLabel(number)} is marked below.`
      : `The version in force today is the ${v.label}${since}, but none of its articles we hold is numbered ${number}.`;
  return { label: v.label, url: urls.version(law, v.slug), textKnown, hasArticle, text };
}

/**
 * A query that is exactly an offence's name goes to the offence page; one that is exactly one
 * article citation ("Art. 222", "형법 제60조") goes to the article: straight there when the text
 * names the version or only one version has that number, else to a chooser of every version's
 * article of that number (the same number is a different offence in different revisions).
 */
export async function findCitationJump(ctx: ReadContext, q: string, today: string): Promise<CitationJump | null> {
  const { db } = ctx;
  // "the crime of …" is still the offence's name.
  const named = await listLineagesNamed(db, q.replace(/^(the|a|an)\s+/i, ''));
  if (named.length === 1) return { kind: 'redirect', url: jumpTo(urls.offence(named[0]!.law_slug, named[0]!.slug), q) };
  const found = await extractFromText(ctx, q, { date: today });
  const c = found.length === 1 ? found[0]! : null;
  if (!c?.law || !isWholeQuery(q, c.start, c.end)) return null;
  if (c.offence && !/\p{N}/u.test(c.asWritten))
    return { kind: 'redirect', url: jumpTo(urls.offence(c.law, c.offence), q) };
  if (!c.article || c.articleTo !== null) return null;
  if (c.resolution === 'stated_version' && c.url) return { kind: 'redirect', url: jumpTo(c.url, q) };
  const rows = await listArticlesNumbered(db, c.law, c.article);
  const label = `${articleLabel(c.article)} of the ${rows[0]?.law_title ?? c.law}`;
  if (rows.length === 0)
    return {
      kind: 'unknown',
      message: `No version of the law that we hold has an ${articleLabel(c.article)}; showing a text search instead.`,
    };
  if (rows.length === 1)
    return {
      kind: 'redirect',
      url: jumpTo(urls.article(rows[0]!.law_slug, rows[0]!.version_slug, rows[0]!.number), q),
    };
  const inForce = await inForceNote(
    db,
    c.law,
    c.article,
    today,
    rows.map((r) => r.version_slug),
  );
  return {
    kind: 'chooser',
    law: c.law,
    article: c.article,
    label,
    inForce,
    options: rows.map((r) => ({
      url: urls.article(r.law_slug, r.version_slug, r.number),
      version: r.version_slug,
      versionLabel: r.version_label,
      inForceFrom: r.in_force_from,
      heading: r.heading,
      offence: r.offence_name,
      offenceKo: r.offence_name_ko,
      offenceUrl: r.lineage_slug ? urls.offence(r.law_slug, r.lineage_slug) : null,
      inForceToday: Boolean(inForce?.hasArticle && inForce.url === urls.version(r.law_slug, r.version_slug)),
    })),
  };
}
