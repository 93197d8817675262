/**
 * Decides which law an article group cites, in this order: a law named with it ("Article 5 of X",
 * "X 제5조", "X第5条"); the law an anaphor refers to ("Article 27 of the law", "동법 제27조"); a law
 * or jurisdiction its sentence or paragraph speaks of; the law the document's title or summary
 * names; and last the default law — only when the document is about that law's jurisdiction. A law
 * the database does not hold is returned by name (law null); a group no law can be found for is dropped.
 */

import { antecedentOf } from './extract-jurisdiction.ts';
import { qualifiersAfter, qualifiersBefore } from './extract-qualifiers.ts';
import { type Signal, signalAt } from './extract-signals.ts';
import { lastEndingBefore, sameSentence, stickyMatch } from './extract-text.ts';
import type { ArticleGroup, BindingBasis, BoundGroup, Doc, LawMention } from './extract-types.ts';
import { alternation } from './lang/compile.ts';
import { latinWords } from './lang/index.ts';
import { CJK_LAW_BEFORE, NOT_A_LAW, UNKNOWN_LAW_HEAD } from './patterns.ts';

/** "… of", "…) of" (a parenthesised group: the law binds but the span stays inside the brackets). */
const TRAILING_LINK = new RegExp(`(?<paren>\\))?\\s*,?\\s*(?:${alternation(latinWords('lawLinks'))})\\s+`, 'iuy');
const LEADING_GAP = /^(?:'s)?\s*[,:]?\s*(?:의\s*|の\s*)?$/;
const MAX_LEADING_GAP = 6;
/** "법 제27조": the bare word for "law" right before an article refers to a law named nearby. */
const BARE_LAW_BEFORE = /(?:^|[^가-힣])법\s?$/;

export interface Binder {
  doc: Doc;
  mentions: LawMention[];
  byStart: Map<number, LawMention>;
  /** jurisdiction markers that reach beyond the document level, and named law mentions, sorted */
  signals: Signal[];
  /** the jurisdiction the document is about */
  focus: string | null;
  /** named law mentions of the title and summary, in order */
  context: LawMention[];
}

type Target = Pick<BoundGroup, 'law' | 'lawName' | 'jurisdiction' | 'basis' | 'mention'>;
type Found = { mention: LawMention; start: number; end: number };

function jurisdictionOf(binder: Binder, law: string): string | null {
  return binder.doc.compiled.laws.get(law)?.jurisdiction ?? null;
}

function known(binder: Binder, law: string, basis: BindingBasis, mention: LawMention | null): Target {
  return { law, lawName: null, jurisdiction: jurisdictionOf(binder, law), basis, mention };
}

function unknown(mention: LawMention, basis: BindingBasis): Target {
  return { law: null, lawName: mention.name, jurisdiction: mention.jurisdiction, basis, mention };
}

/** Whether `law` may own the group's first number (true when we hold no numbers for it). */
function lawFits(binder: Binder, law: string, group: ArticleGroup, strict = false): boolean {
  const numbers = binder.doc.compiled.numbers.get(law);
  if (!numbers || numbers.size === 0) return !strict;
  return numbers.has(group.refs[0]!.article);
}

/**
 * The law the title or summary names: for an anaphor the first one; for a bare number the first
 * held law (of `jurisdiction`, when given) that may have the number.
 */
function fromContext(binder: Binder, group: ArticleGroup, jurisdiction: string | null, anaphor: boolean): Target | null {
  for (const mention of binder.context) {
    if (mention.law) {
      const sameJurisdiction = jurisdiction === null || jurisdictionOf(binder, mention.law) === jurisdiction;
      if (sameJurisdiction && (anaphor || lawFits(binder, mention.law, group))) return known(binder, mention.law, 'context', mention);
    } else if (anaphor) {
      return unknown(mention, 'context');
    }
  }
  return null;
}

/** A bare number in a document about a jurisdiction without a default law: the law its title names, if any. */
function unknownFromContext(binder: Binder): Target | null {
  const mention = binder.context.find((candidate) => candidate.law === null);
  return mention ? unknown(mention, 'context') : null;
}

/** The default law of a jurisdiction, or of the document's. */
function defaultOf(binder: Binder, jurisdiction: string | null, basis: BindingBasis): Target | null {
  const code = jurisdiction ?? binder.focus;
  const law = code ? binder.doc.compiled.defaultLaws.get(code) : undefined;
  return law ? known(binder, law, basis, null) : null;
}

function fromMention(binder: Binder, group: ArticleGroup, mention: LawMention): Target | null {
  if (mention.kind === 'alias' && mention.law) return known(binder, mention.law, 'explicit', mention);
  if (mention.kind === 'unknown') return unknown(mention, 'explicit');
  const antecedent = mention.antecedent;
  if (antecedent?.law) return known(binder, antecedent.law, 'anaphor', mention);
  if (antecedent) return unknown(antecedent, 'anaphor');
  const fallback = defaultOf(binder, null, 'default');
  return fromContext(binder, group, null, true) ?? (fallback && { ...fallback, mention });
}

function trailingLaw(binder: Binder, group: ArticleGroup): Found | null {
  const { norm } = binder.doc;
  const link = stickyMatch(TRAILING_LINK, norm, group.end);
  if (!link) return null;
  const from = group.end + link[0].length;
  const after = qualifiersAfter(binder.doc.compiled, norm, from, (pos) => binder.byStart.has(pos));
  const end = link.groups?.['paren'] ? -1 : undefined;
  const mention = binder.byStart.get(after.edge);
  if (mention) return { mention, start: -1, end: end ?? mention.end };
  const head = stickyMatch(UNKNOWN_LAW_HEAD, norm, after.edge);
  if (!head) return null;
  const named = adHocUnknown(binder, from, after.edge + head[0].length, after.jurisdiction);
  return { mention: named, start: -1, end: end ?? named.end };
}

/** A law named only by a word the mention layer did not take for a title ("of the resolution", "헌장 제41조"). */
function adHocUnknown(binder: Binder, start: number, end: number, jurisdiction: string | null): LawMention {
  return {
    kind: 'unknown', start, end, phraseStart: start, law: null, name: binder.doc.text.slice(start, end).trim(), jurisdiction,
    deictic: false, generic: false, specific: true, stated: null, noun: null, antecedent: null,
  };
}

function leadingLaw(binder: Binder, start: number): Found | null {
  const mention = lastEndingBefore(binder.mentions, start);
  const gap = mention ? binder.doc.norm.slice(mention.end, start) : '';
  const linked = gap.length <= MAX_LEADING_GAP && LEADING_GAP.test(gap) && (mention?.kind !== 'anaphor' || !gap.includes(','));
  if (mention && linked) return { mention, start: mention.phraseStart, end: -1 };
  const before = binder.doc.norm.slice(Math.max(0, start - 16), start);
  const word = CJK_LAW_BEFORE.exec(before);
  if (word && !NOT_A_LAW.test(word[0].trim()) && !BARE_LAW_BEFORE.test(before)) {
    const wordStart = start - before.length + word.index;
    return { mention: adHocUnknown(binder, wordStart, start, null), start: wordStart, end: -1 };
  }
  return null;
}

/** "법 제27조", "North Korea's Article 63", "its Article 60": no law named, but a pointer to one. */
function pointedLaw(binder: Binder, group: ArticleGroup): Target | null | undefined {
  const { doc } = binder;
  const before = doc.norm.slice(Math.max(0, group.start - 3), group.start);
  if (BARE_LAW_BEFORE.test(before)) {
    const antecedent = antecedentOf(doc, binder.mentions, { start: group.start, end: group.end, noun: null });
    if (antecedent?.law) return known(binder, antecedent.law, 'anaphor', antecedent);
    if (antecedent) return unknown(antecedent, 'anaphor');
  }
  const qualified = qualifiersBefore(doc.compiled, doc.norm, group.start);
  if (qualified.jurisdiction) return defaultOf(binder, qualified.jurisdiction, 'explicit');
  if (qualified.deictic) return defaultOf(binder, signalAt(doc, binder.signals, group.start)?.jurisdiction ?? null, 'explicit');
  return undefined;
}

function target(binder: Binder, group: ArticleGroup): { target: Target | null; start: number; end: number } {
  const trailing = trailingLaw(binder, group) ?? leadingLaw(binder, group.start);
  if (trailing) {
    return { target: fromMention(binder, group, trailing.mention), start: trailing.start, end: trailing.end };
  }
  const pointed = pointedLaw(binder, group);
  if (pointed !== undefined) return { target: pointed, start: -1, end: -1 };
  return { target: group.needsNamedLaw ? null : contextual(binder, group), start: -1, end: -1 };
}

/**
 * No law named at the group: the law named last in its sentence (when it may have the number), or
 * earlier in its paragraph when that law has the number; a jurisdiction named there; the title or
 * summary; the document's jurisdiction.
 */
function contextual(binder: Binder, group: ArticleGroup): Target | null {
  const signal = signalAt(binder.doc, binder.signals, group.start);
  const mention = signal?.mention;
  if (signal && mention?.kind === 'unknown') return sameSentence(binder.doc, signal.start, group.start) ? unknown(mention, 'sentence') : null;
  if (signal && mention?.law) {
    const sentence = sameSentence(binder.doc, signal.start, group.start);
    const isDefault = binder.doc.compiled.defaultLaws.get(jurisdictionOf(binder, mention.law) ?? '') === mention.law;
    if (sentence && (isDefault || lawFits(binder, mention.law, group))) return known(binder, mention.law, 'sentence', mention);
    if (!sentence && !isDefault && lawFits(binder, mention.law, group, true)) return known(binder, mention.law, 'paragraph', mention);
    return fromContext(binder, group, jurisdictionOf(binder, mention.law), false) ?? defaultOf(binder, jurisdictionOf(binder, mention.law), 'default');
  }
  if (signal) return fromContext(binder, group, signal.jurisdiction, false) ?? defaultOf(binder, signal.jurisdiction ?? null, 'default');
  return fromContext(binder, group, null, false) ?? defaultOf(binder, null, 'default') ?? unknownFromContext(binder);
}

/** The law an article group cites, or null when none can be told. */
export function bindGroup(binder: Binder, group: ArticleGroup): BoundGroup | null {
  const found = target(binder, group);
  if (!found.target) return null;
  const start = found.start < 0 ? group.start : Math.min(found.start, group.start);
  const end = found.end < 0 ? group.end : Math.max(found.end, group.end);
  return { group, ...found.target, start, end };
}
