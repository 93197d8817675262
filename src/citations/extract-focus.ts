/**
 * What a document is about: the jurisdiction its names, laws and courts point to, in the text and in
 * its title and summary. A bare "Article 60" means the default law only when the document is about
 * that law's jurisdiction; a text that names no jurisdiction at all is taken to be about the one the
 * database is about (`home`).
 */

import type { Signal } from './extract-signals.ts';
import type { CompiledContext, LawMention } from './extract-types.ts';

const STRONG = 3;
const WEAK = 1;
const NAMED_LAW = 2;
const HOME_PRIOR = 1;
/** The title and summary say what the document is about more reliably than a passing name in the text. */
export const CONTEXT_WEIGHT = 2;

export type Scores = Map<string, number>;

function add(scores: Scores, code: string | null, points: number): void {
  if (code) scores.set(code, (scores.get(code) ?? 0) + points);
}

/**
 * Points per jurisdiction from the markers and the law mentions of one text. A passing name of a
 * jurisdiction whose laws we do not hold ("crossed into China") says little about whose law a DPRK
 * report cites: in the text it counts only when said of a law, a court or a place of jurisdiction.
 */
export function scoreJurisdictions(compiled: CompiledContext, markers: Signal[], mentions: LawMention[], isContext = false): Scores {
  const scores: Scores = new Map();
  for (const marker of markers) {
    const passing = !marker.strong && marker.reach === 'document';
    add(scores, marker.jurisdiction, marker.strong ? STRONG : passing && !isContext ? 0 : WEAK);
  }
  for (const mention of mentions) {
    if (mention.kind === 'anaphor') continue;
    if (mention.jurisdiction) add(scores, mention.jurisdiction, STRONG);
    else if (mention.law && !mention.generic) add(scores, compiled.laws.get(mention.law)?.jurisdiction ?? null, NAMED_LAW);
  }
  return scores;
}

/** The jurisdiction with the most points, the home jurisdiction winning ties; home when nothing is said. */
export function documentFocus(compiled: CompiledContext, ...parts: Scores[]): string | null {
  const total: Scores = new Map();
  for (const part of parts) for (const [code, points] of part) add(total, code, points);
  add(total, compiled.home, HOME_PRIOR);
  let best: string | null = compiled.home;
  let bestPoints = compiled.home ? (total.get(compiled.home) ?? 0) : 0;
  for (const [code, points] of total) {
    if (points > bestPoints) {
      best = code;
      bestPoints = points;
    }
  }
  return best;
}
