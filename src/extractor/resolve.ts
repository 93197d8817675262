/** Turns a draft citation into the public shape: version, URL, resolution, confidence and reason. */

import type { ExtractedCitation, ExtractOptions, KnownLaw, Resolution } from './citation.types.ts';
import type { Draft } from './extract-types.ts';
import { articleForOffence, checkArticle, findArticle, notHeldNote } from './resolve-article.ts';
import { citationUrl } from './resolve-url.ts';
import { type VersionChoice, chooseVersion, findStatedVersion } from './resolve-version.ts';

const UNRESOLVED_PENALTY = 0.1;
const DOTTED_PENALTY = 0.2;

interface Outcome {
  article: string | null;
  version: string | null;
  url: string | null;
  resolution: Resolution;
  offence: string | null;
  delta: number;
  notes: string[];
}

function outcome(draft: Draft, notes: string[], fields: Partial<Outcome>): Outcome {
  const base: Outcome = {
    article: draft.article,
    version: null,
    url: null,
    resolution: 'unresolved',
    offence: draft.offence,
    delta: 0,
    notes,
  };
  return { ...base, ...fields };
}

function unresolved(draft: Draft, notes: string[]): Outcome {
  return outcome(draft, notes, { delta: -UNRESOLVED_PENALTY });
}

/** An article we do not hold is still an article of some version; the citation is less sure of itself. */
export const NOT_HELD_PENALTY = 0.1;

/**
 * Which version a cited article we do not hold belongs to: our texts are partial, so a number missing
 * from our data says nothing against the version. The text's stated version is taken as stated (also
 * one known only from reports: its articles are unknown, not absent); otherwise the version chosen
 * for held articles, by event date, publication date or the latest known; and for a law known only
 * from reports, the version in force on those dates.
 */
function versionOfUnheld(law: KnownLaw, draft: Draft, choice: VersionChoice, opts: ExtractOptions): VersionChoice {
  const stated = draft.stated ? findStatedVersion(law, draft.stated) : null;
  if (stated && stated === choice.version) return choice;
  if (stated) return { version: stated, resolution: 'stated_version', notes: [] };
  if (choice.version) return choice;
  const any = chooseVersion(law, draft.stated, false, opts);
  return any.version ? any : choice;
}

/**
 * The version in force on the text's dates (or stated) even when our data lacks the article: the
 * question a reader asks is which revision was in force. The URL names the version page, as for a
 * range, since there is no article page to link.
 */
function notHeld(
  law: KnownLaw,
  draft: Draft,
  choice: VersionChoice,
  opts: ExtractOptions,
  checkedNotes: string[],
): Outcome {
  const found = versionOfUnheld(law, draft, choice, opts);
  // Notes of the version choice that was not taken would only confuse the reason.
  const notes = found === choice ? [...choice.notes, ...checkedNotes] : found.notes;
  if (!found.version) return unresolved(draft, found === choice ? notes : [...choice.notes, ...notes]);
  const version = found.version.slug;
  return outcome(draft, [...notes, notHeldNote(law, found.version, draft.article!)], {
    version,
    url: citationUrl(law.slug, version, null),
    resolution: found.resolution,
    delta: -NOT_HELD_PENALTY,
  });
}

/**
 * An undated text gets the latest dated version, but a number we hold only in a version whose date
 * is not established is that version's article: nothing else could have been meant by it.
 */
function undatedHolder(law: KnownLaw, choice: VersionChoice, number: string): VersionChoice | null {
  if (choice.resolution !== 'latest' || (choice.version && findArticle(choice.version, number))) return null;
  const holder = law.versions.findLast((v) => v.inForceFrom === null && findArticle(v, number));
  return holder ? { version: holder, resolution: 'latest', notes: [] } : null;
}

function resolveArticle(law: KnownLaw, draft: Draft, opts: ExtractOptions): Outcome {
  const dated = chooseVersion(law, draft.stated, true, opts);
  const choice = undatedHolder(law, dated, draft.article!) ?? dated;
  if (!choice.version) return notHeld(law, draft, choice, opts, []);
  const checked = checkArticle(law, choice.version, draft.article!, draft.offence);
  if (!checked.version) return notHeld(law, draft, choice, opts, checked.notes);
  const notes = [...choice.notes, ...checked.notes];
  const version = checked.version.slug;
  return outcome(draft, notes, {
    version,
    url: citationUrl(law.slug, version, draft.article),
    resolution: choice.resolution,
    offence: checked.article?.lineage ?? draft.offence,
    delta: checked.confidenceDelta,
  });
}

/** A range links a version's table of contents; a law known only from reports still has one. */
function resolveRange(law: KnownLaw, draft: Draft, opts: ExtractOptions): Outcome {
  // A range links the table of contents, which a version known only from reports has too: a stated one is taken as stated.
  const stated = draft.stated ? chooseVersion(law, draft.stated, false, opts) : null;
  const known = stated?.resolution === 'stated_version' ? stated : chooseVersion(law, draft.stated, true, opts);
  const choice = known.version ? known : chooseVersion(law, draft.stated, false, opts);
  if (!choice.version) return unresolved(draft, choice.notes);
  const version = choice.version.slug;
  const notes = known.version ? choice.notes : [...choice.notes, `${version} is known only from reports`];
  return outcome(draft, notes, { version, url: citationUrl(law.slug, version, null), resolution: choice.resolution });
}

function resolveOffence(law: KnownLaw, draft: Draft, opts: ExtractOptions): Outcome {
  const choice = chooseVersion(law, draft.stated, true, opts);
  const lineage = draft.offence!;
  const article = choice.version ? articleForOffence(choice.version, lineage) : null;
  if (!choice.version || !article) {
    const where = choice.version ? ` in ${law.slug} ${choice.version.slug}` : '';
    return unresolved(draft, [...choice.notes, `the offence ${lineage} has no known article${where}`]);
  }
  const version = choice.version.slug;
  const url = citationUrl(law.slug, version, article.number);
  return outcome(draft, choice.notes, { article: article.number, version, url, resolution: choice.resolution });
}

/** A law named alone takes a version only when the text states one. */
function resolveLaw(law: KnownLaw, draft: Draft): Outcome {
  const version = draft.stated ? findStatedVersion(law, draft.stated) : null;
  if (version) {
    return outcome(draft, [], {
      version: version.slug,
      url: citationUrl(law.slug, version.slug, null),
      resolution: 'stated_version',
    });
  }
  const note = draft.stated
    ? `the stated version ${draft.stated.year} is not known`
    : 'the law is named without an article or version';
  return outcome(draft, [note], { url: citationUrl(law.slug, null, null) });
}

function outcomeOf(law: KnownLaw, draft: Draft, opts: ExtractOptions): Outcome {
  if (draft.kind === 'law') return resolveLaw(law, draft);
  if (draft.kind === 'offence') return resolveOffence(law, draft, opts);
  return draft.articleTo === null ? resolveArticle(law, draft, opts) : resolveRange(law, draft, opts);
}

/** A law the database does not hold: nothing to resolve, but the citation stands at its binding's confidence. */
function outcome0(draft: Draft, note: string): Outcome {
  return outcome(draft, [note], {});
}

function calibrated(value: number): number {
  return Math.round(Math.min(0.99, Math.max(0.05, value)) * 100) / 100;
}

export function resolveDraft(
  text: string,
  laws: Map<string, KnownLaw>,
  draft: Draft,
  opts: ExtractOptions,
): ExtractedCitation {
  const law = draft.law ? laws.get(draft.law) : undefined;
  const missing = draft.law
    ? `the law ${draft.law} is not in the context`
    : `${draft.lawName ?? 'the law'} is not a law this database holds`;
  const outcome = law ? outcomeOf(law, draft, opts) : outcome0(draft, missing);
  const notes = draft.dotted ? [...outcome.notes, 'dotted article numbers are not DPRK style'] : outcome.notes;
  return {
    asWritten: text.slice(draft.start, draft.end),
    start: draft.start,
    end: draft.end,
    law: draft.law,
    lawName: draft.law ? null : draft.lawName,
    jurisdiction: draft.jurisdiction,
    article: outcome.article,
    articleTo: draft.articleTo,
    paragraph: draft.paragraph,
    item: draft.item,
    version: outcome.version,
    url: outcome.url,
    resolution: outcome.resolution,
    confidence: calibrated(draft.confidence + outcome.delta - (draft.dotted ? DOTTED_PENALTY : 0)),
    offence: outcome.offence,
    reason: notes.length ? notes.join('; ') : null,
  };
}
