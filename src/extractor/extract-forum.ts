/**
 * Where a legal act was done to the person charged: "was arrested in China for illegally crossing the
 * border", "wurde in Seoul wegen Spionage verurteilt". A place named with "in" right at the verb of
 * arrest, trial or sentence is the state that brings the charge; the charge is its law's, whatever
 * country the person is from or the document is about.
 */

import type { Binder } from './extract-binder.ts';
import type { Signal } from './extract-signals.ts';
import { firstIndexFrom, sameSentence, sentenceStartOf } from './extract-text.ts';
import type { OffenceMention } from './extract-types.ts';
import { alternation } from './lang/compile.ts';
import { latinWords } from './lang/index.ts';

/** How far before the offence the verb and its place may stand. */
const WINDOW = 120;
/** Characters between the place and the verb or cue it belongs to: "in China festgenommen", "arrested in Seoul". */
const ATTACHED = 24;
const CUE = new RegExp(`(?<![\\p{L}])(?:${alternation(latinWords('offenceCuesBefore'))})(?![\\p{L}])`, 'iu');
const CUE_AT_END = new RegExp(`(?<![\\p{L}])(?:${alternation(latinWords('offenceCuesBefore'))})\\s*$`, 'iu');
const BREAK = new RegExp(`(?<![\\p{L}])(?:${alternation(latinWords('clauseBreaks'))})(?![\\p{L}])|[,;:]`, 'iu');

/** "in", "in the", "under": the place named after it is where, or by whose law, something is done. */
const LOCATIVE_END = new RegExp(
  `(?<![\\p{L}])(?:${alternation(latinWords('locativeWords'))})\\s+(?:(?:${alternation(latinWords('determiners'))})\\s+)?$`,
  'iu',
);

/** The text before `marker` without the locative that ends it ("arrested in "), or null when none does. */
function beforeLocative(norm: string, marker: Signal): string | null {
  const before = norm.slice(Math.max(0, marker.start - 40), marker.start);
  const withoutLocative = before.replace(LOCATIVE_END, '');
  return withoutLocative === before ? null : withoutLocative;
}

/** Whether `marker` is the place of a legal act that reaches the offence after it. */
function placeOfAct(binder: Binder, marker: Signal, offence: OffenceMention): boolean {
  const { norm } = binder.doc;
  const withoutLocative = beforeLocative(norm, marker);
  if (withoutLocative === null) return false;
  const between = norm.slice(marker.end, offence.start);
  if (BREAK.test(between)) return false;
  return CUE_AT_END.test(withoutLocative) || CUE.test(between.slice(0, ATTACHED));
}

/** "A Chinese court sentenced …", "South Korean prosecutors indicted …": an institution, then the act. */
function institutionActing(binder: Binder, marker: Signal, offence: OffenceMention): boolean {
  if (!marker.strong) return false;
  const between = binder.doc.norm.slice(marker.end, offence.start);
  return !BREAK.test(between) && CUE.test(between.slice(0, 2 * ATTACHED));
}

/**
 * "Wegen Spionageverdachts wurden in Südkorea mehrere Personen festgenommen": German puts the place,
 * and the verb, after the charge; the place counts there when the verb follows it in the clause.
 */
function placeAfterCharge(binder: Binder, marker: Signal, offence: OffenceMention): boolean {
  const { norm } = binder.doc;
  if (beforeLocative(norm, marker) === null || BREAK.test(norm.slice(offence.end, marker.start))) return false;
  const after = norm.slice(marker.end, marker.end + 2 * ATTACHED);
  const clause = after.slice(0, after.search(BREAK) >= 0 ? after.search(BREAK) : after.length);
  return CUE.test(clause);
}

/**
 * The offence was charged where a place of another jurisdiction is named at the verb of the act, or by
 * another jurisdiction's court, prosecutors or police acting in the clause.
 */
export function chargedElsewhere(binder: Binder, offence: OffenceMention, jurisdiction: string | null): boolean {
  if (jurisdiction === null) return false;
  const { doc } = binder;
  const { markers } = binder;
  const from = Math.max(sentenceStartOf(doc, offence.start), offence.start - WINDOW);
  // Markers are sorted: only those of the window are read, so hostile text of many offences stays linear.
  const after = firstIndexFrom(markers, offence.start);
  // The forum nearest the offence decides: "arrested in China and tried in North Korea for …".
  for (let k = after - 1; k >= 0 && markers[k]!.start >= from; k--) {
    const marker = markers[k]!;
    if (marker.end > offence.start || marker.agent || marker.jurisdiction === null) continue;
    if (placeOfAct(binder, marker, offence) || institutionActing(binder, marker, offence))
      return marker.jurisdiction !== jurisdiction;
  }
  const candidate = markers[firstIndexFrom(markers, offence.end)];
  const next =
    candidate && candidate.start - offence.end <= WINDOW && sameSentence(doc, candidate.start, offence.start)
      ? candidate
      : undefined;
  return (
    next !== undefined &&
    !next.agent &&
    next.jurisdiction !== null &&
    next.jurisdiction !== jurisdiction &&
    placeAfterCharge(binder, next, offence)
  );
}
