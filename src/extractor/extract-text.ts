/** Sentence and paragraph boundaries, and small search helpers over sorted spans. */

import type { Doc, Span } from './extract-types.ts';
import { ABBREVIATION } from './patterns.ts';

const LATIN_LETTER = /[A-Za-z]/;
const BREAK = /[.!?]+["')\]”]*(?=\s|$)|[。！？]|\n/g;

/** "2020. 12. 29.", "2023. 9. 26. 헌법재판소는": the dots of a date end no sentence. */
const DATE_PART_BEFORE = /(?:^|\D)\d{1,4}$/;
const DATE_BEFORE = /\d{4}\.\s?\d{1,2}\.\s?\d{1,2}$/;
const DIGIT_AFTER = /^\s?\d/;

function dottedDate(norm: string, dot: number): boolean {
  const before = norm.slice(Math.max(0, dot - 12), dot);
  if (!DATE_PART_BEFORE.test(before)) return false;
  return DIGIT_AFTER.test(norm.slice(dot + 1, dot + 3)) || DATE_BEFORE.test(before);
}

/** Re-runs a sticky pattern at `pos`. */
export function stickyMatch(pattern: RegExp, text: string, pos: number): RegExpExecArray | null {
  pattern.lastIndex = pos;
  return pattern.exec(text);
}

/** "werden gefasste Flüchtlinge von den\nchinesischen Behörden": a line a word ends and a lower-case word goes on is wrapped, not ended. */
function softWrap(norm: string, newline: number): boolean {
  return (
    /[\p{L},]$/u.test(norm.slice(Math.max(0, newline - 1), newline)) &&
    /^[^\S\n]*\p{Ll}/u.test(norm.slice(newline + 1, newline + 4))
  );
}

/** Start offsets of sentences and of paragraphs (a newline starts both, unless it only wraps a line). */
export function segment(norm: string): { sentenceStarts: number[]; paragraphStarts: number[] } {
  const sentenceStarts = [0];
  const paragraphStarts = [0];
  for (const match of norm.matchAll(BREAK)) {
    const end = match.index + match[0].length;
    if (match[0] === '\n') {
      if (softWrap(norm, match.index)) continue;
      paragraphStarts.push(end);
      sentenceStarts.push(end);
      continue;
    }
    if (match[0].startsWith('.') && LATIN_LETTER.test(norm[match.index - 1] ?? '')) {
      if (ABBREVIATION.test(norm.slice(Math.max(0, match.index - 8), match.index))) continue;
    }
    if (match[0] === '.' && dottedDate(norm, match.index)) continue;
    sentenceStarts.push(end);
  }
  return { sentenceStarts, paragraphStarts };
}

/** Index of the last element ≤ pos in an ascending array (0 when pos precedes them all). */
export function floorIndex(sorted: number[], pos: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function sentenceOf(doc: Doc, pos: number): number {
  return floorIndex(doc.sentenceStarts, pos);
}

export function paragraphOf(doc: Doc, pos: number): number {
  return floorIndex(doc.paragraphStarts, pos);
}

export function sameSentence(doc: Doc, a: number, b: number): boolean {
  return sentenceOf(doc, a) === sentenceOf(doc, b);
}

/** The sentence before the one holding `pos`, when both are in one paragraph. */
export function sentenceBefore(doc: Doc, pos: number): { from: number; to: number } | null {
  const i = sentenceOf(doc, pos);
  if (i === 0) return null;
  const from = doc.sentenceStarts[i - 1] ?? 0;
  if (paragraphOf(doc, from) !== paragraphOf(doc, pos)) return null;
  return { from, to: doc.sentenceStarts[i] ?? 0 };
}

/** Start offset of the sentence holding `pos`. */
export function sentenceStartOf(doc: Doc, pos: number): number {
  return doc.sentenceStarts[sentenceOf(doc, pos)] ?? 0;
}

/** The last span ending at or before `pos`, from spans sorted by start (few of them overlap). */
export function lastEndingBefore<T extends Span>(spans: T[], pos: number): T | null {
  const lo = firstIndexFrom(spans, pos);
  for (let i = lo - 1; i >= Math.max(0, lo - 8); i--) {
    const span = spans[i]!;
    if (span.end <= pos) return span;
  }
  return null;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function byStart(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

/** Whether `span` overlaps any of `spans` (sorted by start, not overlapping each other). */
export function overlapsAny(spans: Span[], span: Span): boolean {
  const previous = spans[firstIndexFrom(spans, span.end) - 1];
  return previous !== undefined && previous.end > span.start;
}

/** Index of the first span starting at or after `pos` (spans.length when none does). */
export function firstIndexFrom(spans: Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first span starting at or after `pos`, from spans sorted by start. */
export function firstStartingAfter<T extends Span>(spans: T[], pos: number): T | null {
  return spans[firstIndexFrom(spans, pos)] ?? null;
}

/** Matches of several global patterns, sorted by start, later ones dropped where they overlap. */
export function matchAllOf(text: string, patterns: RegExp[]): RegExpExecArray[] {
  const all = patterns.flatMap((pattern) => [...text.matchAll(pattern)] as RegExpExecArray[]);
  if (patterns.length > 1) all.sort((a, b) => a.index - b.index || b[0].length - a[0].length);
  const kept: RegExpExecArray[] = [];
  for (const match of all) {
    const last = kept.at(-1);
    if (!last || match.index >= last.index + last[0].length) kept.push(match);
  }
  return kept;
}

/**
 * `measure` of a span of a document's normalised text, computed once per document and span start.
 * For what is asked of a number's sentence or paragraph: a text of thousands of numbers in one
 * paragraph would otherwise scan that paragraph once per number (100 kB of "1조1조…" took 15 s).
 */
export function perSpan<T>(measure: (text: string) => T): (doc: Doc, from: number, to: number) => T {
  const byDoc = new WeakMap<Doc, Map<number, T>>();
  return (doc, from, to) => {
    let known = byDoc.get(doc);
    if (!known) {
      known = new Map();
      byDoc.set(doc, known);
    }
    if (!known.has(from)) known.set(from, measure(doc.norm.slice(from, to)));
    return known.get(from)!;
  };
}
