/**
 * What a document is about: the jurisdiction its names, laws and courts point to, in the text and in
 * its title and summary. A bare "Article 60" means the default law only when the document is about
 * that law's jurisdiction; a text that names no jurisdiction at all is taken to be about the one the
 * database is about (`home`).
 */

import type { Signal } from './extract-signals.ts';
import type { CompiledContext, LawMention, OffenceMention } from './extract-types.ts';

const STRONG = 3;
const WEAK = 1;
const NAMED_LAW = 2;
const HOME_PRIOR = 1;
/**
 * The country a text's language points to (extract: writersJurisdictionOf): more than the home prior,
 * so a Korean court decision that never names the North reads "형법" as the South's, but less than one
 * name of the home jurisdiction added to that prior, so "북한 … 형법 제60조" stays the North's.
 */
const WRITERS_PRIOR = 1.5;
/** Half a passing name: with the home prior it ties the writer's country, and ties go home. */
const OFFENCE_POINTS = 0.5;
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
export function scoreJurisdictions(
  compiled: CompiledContext,
  markers: Signal[],
  mentions: LawMention[],
  isContext = false,
): Scores {
  const scores: Scores = new Map();
  for (const marker of markers) {
    if (marker.agent) continue;
    const passing = !marker.strong && marker.reach === 'document';
    add(scores, marker.jurisdiction, marker.strong ? STRONG : passing && !isContext ? 0 : WEAK);
  }
  for (const mention of mentions) {
    if (mention.kind === 'anaphor') continue;
    if (mention.jurisdiction) add(scores, mention.jurisdiction, STRONG);
    else if (mention.law && !mention.generic)
      add(scores, compiled.laws.get(mention.law)?.jurisdiction ?? null, NAMED_LAW);
  }
  return scores;
}

/**
 * An offence the text names as a charge by one of the database's names ("국가전복음모죄", "非法国际通信罪";
 * not words like "Spionage", which every country's law uses) says whose code it speaks of
 * as a law's name does, weakly: half a point per offence, so that a DPRK report that names no country
 * but its offences is not read as the writer's country's. Offences every code has (espionage) make
 * a text about the writer's own law read as the home one's — the prior loses to one such name.
 */
export function scoreOffences(compiled: CompiledContext, offences: OffenceMention[]): Scores {
  const scores: Scores = new Map();
  const seen = new Set<string>();
  for (const offence of offences) {
    if (!offence.framed || offence.reworded || seen.has(offence.lineage)) continue;
    seen.add(offence.lineage);
    add(scores, compiled.laws.get(offence.law)?.jurisdiction ?? null, OFFENCE_POINTS);
  }
  return scores;
}

/**
 * The points a text's language gives the country it is written in, once the text names that country
 * or one of its statutes ("한국", "中国", "StGB") — even in passing, which alone counts for nothing.
 * A text that names no country at all stays about the home jurisdiction: the database's subject.
 */
export function writersPrior(
  compiled: CompiledContext,
  writers: string | null,
  named: (code: string) => boolean,
): Scores {
  return writers && writers !== compiled.home && named(writers) ? new Map([[writers, WRITERS_PRIOR]]) : new Map();
}

/** The points of several parts added up per jurisdiction. */
export function summed(...parts: Scores[]): Scores {
  const total: Scores = new Map();
  for (const part of parts) for (const [code, points] of part) add(total, code, points);
  return total;
}

/** The jurisdiction with the most points, the home jurisdiction winning ties; home when nothing is said. */
export function documentFocus(compiled: CompiledContext, ...parts: Scores[]): string | null {
  const total = summed(...parts);
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
