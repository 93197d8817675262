/** Qualifiers around a law's name: whose law it is and which year's text ("North Korea's 2015 revised …"). */

import type { Jurisdiction, StatedYear } from './extract-types.ts';
import { stickyMatch } from './extract-text.ts';
import { MONTH_NAMES } from './patterns-versions.ts';
import { QUALIFIER_BEFORE, QUALIFIER_HEAD } from './patterns.ts';

export interface Qualifiers {
  /** where the qualified phrase starts (left) or ends (right) */
  edge: number;
  jurisdiction: Jurisdiction | null;
  stated: StatedYear | null;
}

const DETERMINER = /^(?:the|a|an|this|that|des|dem|der|den|die|das)[\s-]*$/i;
const MAX_QUALIFIERS = 8;

export function monthNumber(raw: string | undefined): string | null {
  if (!raw) return null;
  if (/^\d+$/.test(raw)) return raw.padStart(2, '0');
  const index = MONTH_NAMES.findIndex((name) => name.startsWith(raw.toLowerCase().replace('.', '')));
  return index < 0 ? null : String(index + 1).padStart(2, '0');
}

/** Folds one qualifier match into the running result; the qualifier nearest the name wins. */
function absorb(result: Qualifiers, groups: Record<string, string | undefined>): void {
  if (result.jurisdiction === null) {
    if (groups['kp'] || groups['kpCjk']) result.jurisdiction = 'kp';
    else if (groups['foreign'] || groups['foreignCjk']) result.jurisdiction = 'foreign';
  }
  const year = groups['year'] ?? groups['yearCjk'];
  if (year && result.stated === null) {
    result.stated = { year, month: monthNumber(groups['monthCjk']) };
  }
  const month = monthNumber(groups['month']);
  if (month && result.stated && result.stated.month === null) result.stated.month = month;
}

/** Walks left from a law name over qualifier words. */
export function qualifiersBefore(norm: string, start: number): Qualifiers {
  const result: Qualifiers = { edge: start, jurisdiction: null, stated: null };
  let pos = start;
  for (let i = 0; i < MAX_QUALIFIERS; i++) {
    const match = stickyMatch(QUALIFIER_BEFORE, norm, pos);
    const span = match?.indices?.groups?.['q'];
    if (!match || !span || span[0] >= pos) break;
    pos = span[0];
    absorb(result, match.groups ?? {});
    if (!DETERMINER.test(match.groups?.['q'] ?? '')) result.edge = pos;
  }
  return result;
}

/** Walks right over qualifier words, as in "of [the 2015 revised] Criminal Code", until `stop(pos)`. */
export function qualifiersAfter(norm: string, start: number, stop: (pos: number) => boolean): Qualifiers {
  const result: Qualifiers = { edge: start, jurisdiction: null, stated: null };
  const nearestFirst: Record<string, string | undefined>[] = [];
  for (let i = 0; i < MAX_QUALIFIERS && !stop(result.edge); i++) {
    const match = stickyMatch(QUALIFIER_HEAD, norm, result.edge);
    if (!match) break;
    result.edge += match[0].length;
    nearestFirst.unshift(match.groups ?? {});
  }
  for (const groups of nearestFirst) absorb(result, groups);
  return result;
}
