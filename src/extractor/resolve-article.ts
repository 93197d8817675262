/**
 * Checks a cited number against the chosen version. When the text names the offence and the number
 * means something else in that version, the source probably used an older numbering ("Art. 60 …
 * terrorism" after 2012, when 60 was state overthrow). The version stays the one the dates give: the
 * citation is still of the law in force, so the mismatch lowers confidence and the reason names the
 * version whose numbering the writer seems to follow.
 */

import type { KnownArticle, KnownLaw, KnownVersion } from './citation.types.ts';
import { hasArticles } from './resolve-version.ts';

export const RENUMBERED_PENALTY = 0.25;
export const MISMATCH_PENALTY = 0.15;
export const MATCH_BONUS = 0.03;

export interface ArticleOutcome {
  version: KnownVersion | null;
  article: KnownArticle | null;
  confidenceDelta: number;
  notes: string[];
}

export function findArticle(version: KnownVersion, number: string): KnownArticle | null {
  return version.articles.find((article) => article.number === number) ?? null;
}

function describe(article: KnownArticle | null): string {
  if (!article) return 'not a known article';
  return article.lineage ? `the ${article.lineage} article` : 'an article of unknown offence';
}

/** Of the versions where `number` carries `lineage`, the one nearest `version`, older ones first. */
function renumberedVersion(law: KnownLaw, version: KnownVersion, number: string, lineage: string): KnownVersion | null {
  const index = law.versions.indexOf(version);
  const matches = law.versions.filter((v) => hasArticles(v) && findArticle(v, number)?.lineage === lineage);
  return (
    matches.filter((v) => law.versions.indexOf(v) < index).at(-1) ??
    matches.find((v) => law.versions.indexOf(v) > index) ??
    null
  );
}

/** Where the named offence sits in `version`, for the reason text. */
function offenceHint(version: KnownVersion, lineage: string): string {
  const article = version.articles.find((candidate) => candidate.lineage === lineage);
  return article ? ` (${lineage} is Article ${article.number} there)` : '';
}

/** Versions that do have `number`, for the reason text of an unknown number. */
function elsewhereHint(law: KnownLaw, number: string): string {
  const slugs = law.versions.filter((v) => findArticle(v, number)).map((v) => v.slug);
  return slugs.length ? `; it is known in ${slugs.join(', ')}` : '';
}

function withNamedOffence(law: KnownLaw, version: KnownVersion, number: string, lineage: string): ArticleOutcome {
  const article = findArticle(version, number);
  if (article?.lineage === lineage) return { version, article, confidenceDelta: MATCH_BONUS, notes: [] };
  const other = renumberedVersion(law, version, number, lineage);
  const hint = other
    ? `; the named offence is Article ${number} in ${other.slug} (different numbering)`
    : offenceHint(version, lineage);
  const here = `Article ${number} is ${describe(article)} in ${version.slug}`;
  const notes = [`${here}, which does not match the named offence ${lineage}${hint}`];
  const penalty = other ? RENUMBERED_PENALTY : MISMATCH_PENALTY;
  if (article) return { version, article, confidenceDelta: -penalty, notes };
  return { version: null, article: null, confidenceDelta: 0, notes };
}

/** Resolves one article number in `version`; version null in the outcome: we hold no such article there. */
export function checkArticle(
  law: KnownLaw,
  version: KnownVersion,
  number: string,
  lineage: string | null,
): ArticleOutcome {
  if (lineage) return withNamedOffence(law, version, number, lineage);
  const article = findArticle(version, number);
  if (article) return { version, article, confidenceDelta: 0, notes: [] };
  // The caller still resolves the version and says why the article is missing (notHeldNote).
  return { version: null, article: null, confidenceDelta: 0, notes: [] };
}

/** Why our data lacks the article in `version`, and where else we hold that number. */
export function notHeldNote(law: KnownLaw, version: KnownVersion, number: string): string {
  const where = `${law.slug} ${version.slug}`;
  const why =
    version.textStatus === 'full_text'
      ? `our full text of ${where} has no such article`
      : version.textStatus === 'reported_only'
        ? `${where} is known only from reports`
        : `our text of ${where} is partial`;
  return `Article ${number} is not in our data: ${why}${elsewhereHint(law, number)}`;
}

/** The article of `version` that defines the offence `lineage`. */
export function articleForOffence(version: KnownVersion, lineage: string): KnownArticle | null {
  return version.articles.find((article) => article.lineage === lineage) ?? null;
}
