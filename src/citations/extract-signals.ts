/**
 * Jurisdiction signals: words that say whose law the text is speaking of. A kp marker ("North Korea",
 * "북한") or a law's name reaches across sentences in its paragraph; a foreign law or court named in
 * passing ("South Korean courts", "한국에서는") only reaches to the end of its sentence.
 */

import { byStart, lastEndingBefore, paragraphOf, sameSentence, sentenceStartOf } from './extract-text.ts';
import type { Doc, Jurisdiction, LawMention, Span } from './extract-types.ts';
import { MARKERS, precededByHangul } from './patterns.ts';

export interface Signal extends Span {
  jurisdiction: Jurisdiction;
  mention: LawMention | null;
  reach: 'sentence' | 'paragraph';
}

/** Jurisdiction markers that are not law names; "In South Korea," counts only at a sentence start. */
export function findMarkers(doc: Doc): Signal[] {
  const markers: Signal[] = [];
  for (const match of doc.norm.matchAll(MARKERS)) {
    const start = match.index;
    const groups = match.groups ?? {};
    if (precededByHangul(doc.norm, start)) continue;
    if (groups['locative'] && doc.norm.slice(sentenceStartOf(doc, start), start).trim() !== '') continue;
    const jurisdiction: Jurisdiction = groups['kp'] ? 'kp' : 'foreign';
    const reach = groups['foreign'] ? 'sentence' : 'paragraph';
    markers.push({ start, end: start + match[0].length, jurisdiction, mention: null, reach });
  }
  return markers;
}

/** Markers and law mentions (not anaphors) in one sorted list. */
export function combineSignals(markers: Signal[], mentions: LawMention[]): Signal[] {
  const named = mentions
    .filter((mention) => mention.kind !== 'anaphor')
    .map((mention): Signal => ({ ...mention, mention, reach: mention.kind === 'unknown' ? 'sentence' : 'paragraph' }));
  return [...markers, ...named].sort(byStart);
}

/** The last signal before `pos` that still reaches it. */
export function signalAt(doc: Doc, signals: Signal[], pos: number): Signal | null {
  const signal = lastEndingBefore(signals, pos);
  if (!signal) return null;
  if (sameSentence(doc, signal.start, pos)) return signal;
  return signal.reach === 'paragraph' && paragraphOf(doc, signal.start) === paragraphOf(doc, pos) ? signal : null;
}

/** Whether text at `pos` speaks of another jurisdiction's law. */
export function inForeignContext(doc: Doc, signals: Signal[], pos: number): boolean {
  return signalAt(doc, signals, pos)?.jurisdiction === 'foreign';
}
