/**
 * Decides which law an article group cites: a law named right after it ("… of the Criminal Code"),
 * right before it ("형법 제60조"), earlier in its sentence, or the default law. Groups that cite
 * another jurisdiction's law, or a law we do not hold, are dropped (never returned with law null).
 */

import { qualifiersAfter, qualifiersBefore } from './extract-qualifiers.ts';
import { combineSignals, inForeignContext, type Signal, signalAt } from './extract-signals.ts';
import { lastEndingBefore, sameSentence, stickyMatch } from './extract-text.ts';
import type { ArticleGroup, BindingBasis, BoundGroup, Doc, LawMention } from './extract-types.ts';
import { CJK_LAW_BEFORE, NOT_A_LAW_KO, UNKNOWN_LAW_HEAD } from './patterns.ts';

/** "… of", "…) of" (a parenthesised group: the law binds but the span stays inside the brackets). */
const TRAILING_LINK = /(?<paren>\))?\s*,?\s*(?:of|in|des|der|im|aus)\s+/iuy;
const LEADING_GAP = /^(?:'s)?\s*[,:]?\s*(?:의\s*|の\s*)?$/;
const MAX_LEADING_GAP = 6;

export interface Binder {
  doc: Doc;
  mentions: LawMention[];
  byStart: Map<number, LawMention>;
  /** alias and unknown mentions and jurisdiction markers, sorted */
  signals: Signal[];
  aboutDefaultLaw: boolean;
}

type Found = { mention: LawMention; start: number; end: number } | 'omit' | null;

export function makeBinder(doc: Doc, mentions: LawMention[], markers: Signal[]): Binder {
  const signals = combineSignals(markers, mentions);
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
  if (mention && mention.kind !== 'unknown') return { mention, start: -1, end: link.groups?.['paren'] ? -1 : mention.end };
  return mention || stickyMatch(UNKNOWN_LAW_HEAD, norm, edge) ? 'omit' : null;
}

function leadingLaw(binder: Binder, start: number): Found {
  const mention = lastEndingBefore(binder.mentions, start);
  const gap = mention ? binder.doc.norm.slice(mention.end, start) : '';
  const linked = gap.length <= MAX_LEADING_GAP && LEADING_GAP.test(gap) && (mention?.kind !== 'anaphor' || !gap.includes(','));
  if (mention && linked) {
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
  if (mention.jurisdiction === 'unqualified' && inForeignContext(binder.doc, binder.signals, mention.phraseStart)) return null;
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

/**
 * No law named at the group: the law named last in its sentence, or earlier in its paragraph when that
 * law has the number; else the default law; nothing when the context is foreign.
 */
function contextual(binder: Binder, group: ArticleGroup): BoundGroup | null {
  const { doc } = binder;
  const signal = signalAt(doc, binder.signals, group.start);
  if (signal?.jurisdiction === 'foreign') return null;
  const defaultLaw = doc.compiled.ctx.defaultLaw;
  const fallback: BoundGroup = { group, law: defaultLaw, basis: 'default', mention: null, start: group.start, end: group.end };
  const mention = signal?.mention;
  if (!signal || !mention?.law) return fallback;
  if (sameSentence(doc, signal.start, group.start)) {
    if (mention.law === defaultLaw) return { ...fallback, basis: 'sentence', mention };
    return lawFits(binder, mention.law, group) ? { ...fallback, law: mention.law, basis: 'sentence', mention } : fallback;
  }
  const known = mention.law !== defaultLaw && binder.doc.compiled.numbers.get(mention.law)?.has(group.refs[0]!.article);
  return known ? { ...fallback, law: mention.law, basis: 'paragraph', mention } : fallback;
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
