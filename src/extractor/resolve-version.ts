/**
 * Which version of a law a citation means: the version the text states, else the one in force on the
 * event date, else on the publication date, else the latest (never for a text dated before every version
 * we know). Versions known only from reports have no articles, so they are skipped whenever an article
 * number has to be looked up.
 */

import type { ExtractOptions, KnownLaw, KnownVersion, Resolution } from './citation.types.ts';
import type { StatedYear } from './extract-types.ts';

export interface VersionChoice {
  version: KnownVersion | null;
  resolution: Resolution;
  notes: string[];
}

export function hasArticles(version: KnownVersion): boolean {
  return version.textStatus !== 'reported_only';
}

/** "2015" → slug "2015"; "May 2012" → slug "2012-05" when there is one, else the year's last version. */
export function findStatedVersion(law: KnownLaw, stated: StatedYear): KnownVersion | null {
  const { year, month } = stated;
  const yearMonth = month ? `${year}-${month}` : null;
  const inYear = law.versions.filter((v) => v.slug.startsWith(year) || v.inForceFrom?.startsWith(year));
  return (
    (yearMonth && inYear.find((v) => v.slug === yearMonth || v.inForceFrom?.startsWith(yearMonth))) ||
    inYear.find((v) => v.slug === year) ||
    inYear.at(-1) ||
    null
  );
}

/** The latest version with a known start date on or before `date`. */
export function versionInForceOn(law: KnownLaw, date: string): KnownVersion | null {
  let best: KnownVersion | null = null;
  for (const version of law.versions) {
    const from = version.inForceFrom;
    if (from !== null && from <= date && (best === null || from >= (best.inForceFrom ?? ''))) best = version;
  }
  return best;
}

/** The last version at or before `version` (in the law's order) whose articles are known. */
function knownAtOrBefore(law: KnownLaw, version: KnownVersion): KnownVersion | null {
  const index = law.versions.indexOf(version);
  return law.versions.slice(0, index + 1).findLast(hasArticles) ?? null;
}

function fromStated(law: KnownLaw, stated: StatedYear, needsArticles: boolean, notes: string[]): KnownVersion | null {
  if (stated.asOf) return fromDate(law, `${stated.year}-12-31`, needsArticles, notes);
  const version = findStatedVersion(law, stated);
  if (!version) {
    // "개정형법(2007년)" where no 2007 text is known: the text as it stood that year, as "as of 2007" reads.
    notes.push(`the stated version ${stated.year} of ${law.slug} is not known; the one in force that year is used`);
    return fromDate(law, `${stated.year}-12-31`, needsArticles, notes);
  }
  if (needsArticles && !hasArticles(version)) {
    notes.push(`the stated version ${version.slug} is known only from reports; its articles are unknown`);
    return null;
  }
  return version;
}

function fromDate(law: KnownLaw, date: string, needsArticles: boolean, notes: string[]): KnownVersion | null {
  const version = versionInForceOn(law, date);
  if (!version) {
    notes.push(`no known version of ${law.slug} was in force on ${date}`);
    return null;
  }
  if (!needsArticles || hasArticles(version)) return version;
  const known = knownAtOrBefore(law, version);
  notes.push(
    `${version.slug} (in force on ${date}) is known only from reports, its articles are unknown` +
      (known ? `; used ${known.slug}` : ''),
  );
  return known;
}

/**
 * For an undated text: the last version, except that a version whose date is not established only
 * sorts last for want of a date, so the latest dated one is preferred when there is one.
 */
function latest(law: KnownLaw, needsArticles: boolean, notes: string[]): KnownVersion | null {
  const usable = needsArticles ? law.versions.filter(hasArticles) : law.versions;
  const dated = usable.findLast((v) => v.inForceFrom !== null);
  const known = dated ?? usable.at(-1) ?? null;
  const skipped = law.versions.slice(known ? law.versions.indexOf(known) + 1 : 0);
  const unknown = skipped.filter((v) => !hasArticles(v)).map((v) => v.slug);
  const undated = skipped.filter((v) => hasArticles(v)).map((v) => v.slug);
  if (needsArticles && unknown.length)
    notes.push(`later versions ${unknown.join(', ')} are known only from reports, their articles are unknown`);
  if (undated.length) notes.push(`${undated.join(', ')}: date not established, so not taken as the latest`);
  return known;
}

/** Walks the resolution order; `needsArticles` when an article number or offence must be looked up. */
export function chooseVersion(
  law: KnownLaw,
  stated: StatedYear | null,
  needsArticles: boolean,
  opts: ExtractOptions,
): VersionChoice {
  const notes: string[] = [];
  const statedVersion = stated ? fromStated(law, stated, needsArticles, notes) : null;
  if (statedVersion) return { version: statedVersion, resolution: 'stated_version', notes };
  const dated: [string | null | undefined, Resolution][] = [
    [opts.eventDate, 'in_force_on_event'],
    [opts.date, 'in_force_on_publication'],
  ];
  for (const [date, resolution] of dated) {
    const version = date ? fromDate(law, date, needsArticles, notes) : null;
    if (version) return { version, resolution, notes };
  }
  // A text dated before every version we know cannot mean one of them: the latest is for undated texts.
  const dates = dated.flatMap(([date]) => (date ? [date] : []));
  if (dates.length > 0 && dates.every((date) => versionInForceOn(law, date) === null)) {
    notes.push(`the text is dated before every known version of ${law.slug}`);
    return { version: null, resolution: 'unresolved', notes };
  }
  const version = latest(law, needsArticles, notes);
  return { version, resolution: version ? 'latest' : 'unresolved', notes };
}
