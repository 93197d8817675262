/** Qualifiers around a law's name: whose law it is and which year's text ("North Korea's 2015 revised …"). */

import { stickyMatch } from './extract-text.ts';
import type { CompiledContext, StatedYear } from './extract-types.ts';
import { alternation } from './lang/compile.ts';
import { latinWords } from './lang/index.ts';
import { monthNumber } from './patterns.ts';
import { jurisdictionOfName } from './patterns-jurisdictions.ts';

export interface Qualifiers {
  /** where the qualified phrase starts (left) or ends (right) */
  edge: number;
  /** the jurisdiction a name among the qualifiers designates */
  jurisdiction: string | null;
  /** "its", "the country's": the jurisdiction the text is speaking of */
  deictic: boolean;
  stated: StatedYear | null;
}

const DETERMINER = new RegExp(`^(?:${alternation(latinWords('determiners'))})[\\s-]*$`, 'i');
const MAX_QUALIFIERS = 8;

/** Folds one qualifier match into the running result; the qualifier nearest the name wins. */
function absorb(compiled: CompiledContext, result: Qualifiers, groups: Record<string, string | undefined>): void {
  if (result.jurisdiction === null && !result.deictic) {
    const name = groups['j'] ?? groups['jCjk'];
    if (name) result.jurisdiction = jurisdictionOfName(compiled.jurisdictions.lookup, name);
    else if (groups['d']) result.deictic = true;
  }
  const year = groups['year'] ?? groups['yearCjk'];
  if (year && result.stated === null) {
    result.stated = { year, month: monthNumber(groups['monthCjk']) };
  }
  const month = monthNumber(groups['month']);
  if (month && result.stated && result.stated.month === null) result.stated.month = month;
}

/** Walks left from a law name over qualifier words. */
export function qualifiersBefore(compiled: CompiledContext, norm: string, start: number): Qualifiers {
  const result: Qualifiers = { edge: start, jurisdiction: null, deictic: false, stated: null };
  const pattern = compiled.jurisdictions.qualifierBefore;
  let pos = start;
  for (let i = 0; i < MAX_QUALIFIERS; i++) {
    const match = stickyMatch(pattern, norm, pos);
    const span = match?.indices?.groups?.['q'];
    if (!match || !span || span[0] >= pos) break;
    pos = span[0];
    absorb(compiled, result, match.groups ?? {});
    if (!DETERMINER.test(match.groups?.['q'] ?? '')) result.edge = pos;
  }
  return result;
}

/** Walks right over qualifier words, as in "of [the 2015 revised] Criminal Code", until `stop(pos)`. */
export function qualifiersAfter(
  compiled: CompiledContext,
  norm: string,
  start: number,
  stop: (pos: number) => boolean,
): Qualifiers {
  const result: Qualifiers = { edge: start, jurisdiction: null, deictic: false, stated: null };
  const nearestFirst: Record<string, string | undefined>[] = [];
  for (let i = 0; i < MAX_QUALIFIERS && !stop(result.edge); i++) {
    const match = stickyMatch(compiled.jurisdictions.qualifierHead, norm, result.edge);
    if (!match) break;
    result.edge += match[0].length;
    nearestFirst.unshift(match.groups ?? {});
  }
  for (const groups of nearestFirst) absorb(compiled, result, groups);
  return result;
}
