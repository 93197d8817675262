/**
 * Decides which law an article group cites: a law named right after it ("… of the Criminal Code"),
 * right before it ("형법 제60조"), earlier in its sentence, or the default law. Groups that cite
 * another jurisdiction's law, or a law we do not hold, are dropped (never returned with law null).
 */

import { qualifiersAfter, qualifiersBefore } from './extract-qualifiers.ts';
import { byStart, lastEndingBefore, paragraphOf, sameSentence, sentenceStartOf, stickyMatch } from './extract-text.ts';
import type { ArticleGroup, BindingBasis, BoundGroup, Doc, Jurisdiction, LawMention, Span } from './extract-types.ts';
import { CJK_LAW_BEFORE, MARKERS, NOT_A_LAW_KO, UNKNOWN_LAW_HEAD } from './patterns.ts';

const TRAILING_LINK = /\s*,?\s*(?:of|in|des|der|im|aus)\s+/iuy;
const LEADING_GAP = /^(?:'s)?\s*[,:]?\s*(?:의\s*|の\s*)?$/;
const MAX_LEADING_GAP = 6;

interface Signal extends Span {
  jurisdiction: Jurisdiction;
  mention: LawMention | null;
}

export interface Binder {
  doc: Doc;
  mentions: LawMention[];
  byStart: Map<number, LawMention>;
  /** alias and unknown mentions and jurisdiction markers, sorted */
  signals: Signal[];
  aboutDefaultLaw: boolean;
}

type Found = { mention: LawMention; start: number; end: number } | 'omit' | null;

function markerSignals(doc: Doc): Signal[] {
  const signals: Signal[] = [];
  for (const match of doc.norm.matchAll(MARKERS)) {
    const start = match.index;
    const groups = match.groups ?? {};
    if (groups['locative'] && doc.norm.slice(sentenceStartOf(doc, start), start).trim() !== '') continue;
    const jurisdiction: Jurisdiction = groups['kp'] ? 'kp' : 'foreign';
    signals.push({ start, end: start + match[0].length, jurisdiction, mention: null });
  }
  return signals;
}

export function makeBinder(doc: Doc, mentions: LawMention[]): Binder {
  const named = mentions.filter((mention) => mention.kind !== 'anaphor');
  const signals = [...markerSignals(doc), ...named.map((mention) => ({ ...mention, mention }))].sort(byStart);
  const defaultLaw = doc.compiled.ctx.defaultLaw;
  return {
    doc,
    mentions,
    byStart: new Map(mentions.map((mention) => [mention.start, mention])),
    signals,
    aboutDefaultLaw: signals.some((signal) => signal.jurisdiction === 'kp' || signal.mention?.law === defaultLaw),
  };
}

function trailingLaw(binder: Binder, end: number): Found {
  const { norm } = binder.doc;
  const link = stickyMatch(TRAILING_LINK, norm, end);
  if (!link) return null;
  const edge = qualifiersAfter(norm, end + link[0].length, (pos) => binder.byStart.has(pos)).edge;
  const mention = binder.byStart.get(edge);
  if (mention && mention.kind !== 'unknown') return { mention, start: -1, end: mention.end };
  return mention || stickyMatch(UNKNOWN_LAW_HEAD, norm, edge) ? 'omit' : null;
}

function leadingLaw(binder: Binder, start: number): Found {
  const mention = lastEndingBefore(binder.mentions, start);
  const gap = mention ? binder.doc.norm.slice(mention.end, start) : '';
  if (mention && gap.length <= MAX_LEADING_GAP && LEADING_GAP.test(gap)) {
    return mention.kind === 'unknown' ? 'omit' : { mention, start: mention.phraseStart, end: -1 };
  }
  const before = binder.doc.norm.slice(Math.max(0, start - 16), start);
  const word = CJK_LAW_BEFORE.exec(before);
  if (word && !NOT_A_LAW_KO.test(word[0].trim())) return 'omit';
  return qualifiersBefore(binder.doc.norm, start).jurisdiction === 'foreign' ? 'omit' : null;
}

function explicitBasis(mention: LawMention): BindingBasis {
  if (mention.kind !== 'anaphor') return 'explicit';
  return mention.law ? 'anaphor' : 'anaphor-default';
}

function bound(binder: Binder, group: ArticleGroup, found: Exclude<Found, 'omit' | null>): BoundGroup | null {
  const { mention } = found;
  if (mention.jurisdiction === 'foreign') return null;
  const law = mention.law ?? binder.doc.compiled.ctx.defaultLaw;
  const start = found.start < 0 ? group.start : Math.min(found.start, group.start);
  const end = found.end < 0 ? group.end : Math.max(found.end, group.end);
  return { group, law, basis: explicitBasis(mention), mention, start, end };
}

/** Whether `law` may own the group's first number (true when we hold no numbers for it). */
function lawFits(binder: Binder, law: string, group: ArticleGroup): boolean {
  const numbers = binder.doc.compiled.numbers.get(law);
  return !numbers || numbers.size === 0 || numbers.has(group.refs[0]!.article);
}

/** A foreign law or court named earlier in the paragraph; an unknown law's title counts only in its sentence. */
function speaksOfForeignLaw(signal: Signal): boolean {
  return signal.jurisdiction === 'foreign' && signal.mention?.kind !== 'unknown';
}

/** Whether text at `pos` speaks of another jurisdiction's law (its sentence, then its paragraph). */
export function inForeignContext(binder: Binder, pos: number): boolean {
  const { doc } = binder;
  const signal = lastEndingBefore(binder.signals, pos);
  if (!signal) return false;
  if (sameSentence(doc, signal.start, pos)) return signal.jurisdiction === 'foreign';
  return speaksOfForeignLaw(signal) && paragraphOf(doc, signal.start) === paragraphOf(doc, pos);
}

/** No law named at the group: the sentence's last law, else the default law, unless the context is foreign. */
function contextual(binder: Binder, group: ArticleGroup): BoundGroup | null {
  if (inForeignContext(binder, group.start)) return null;
  const { doc } = binder;
  const defaultLaw = doc.compiled.ctx.defaultLaw;
  const fallback: BoundGroup = { group, law: defaultLaw, basis: 'default', mention: null, start: group.start, end: group.end };
  const signal = lastEndingBefore(binder.signals, group.start);
  const law = signal && sameSentence(doc, signal.start, group.start) ? signal.mention?.law : null;
  if (!law) return fallback;
  if (law === defaultLaw) return { ...fallback, basis: 'sentence', mention: signal!.mention };
  return lawFits(binder, law, group) ? { ...fallback, law, basis: 'sentence', mention: signal!.mention } : fallback;
}

/** The law an article group cites, or null when it cites a foreign or unknown law. */
export function bindGroup(binder: Binder, group: ArticleGroup): BoundGroup | null {
  const trailing = trailingLaw(binder, group.end);
  if (trailing === 'omit') return null;
  if (trailing) return bound(binder, group, trailing);
  const leading = leadingLaw(binder, group.start);
  if (leading === 'omit') return null;
  if (leading) return bound(binder, group, leading);
  return group.needsNamedLaw ? null : contextual(binder, group);
}
