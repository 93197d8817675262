/**
 * A bare number ("Article 60", "63조", "60条") names no law: it belongs to a law its sentence names,
 * else one its paragraph names that holds the number, else one named elsewhere in the text that holds
 * it, else the law the title or summary names, else the default law of the jurisdiction the passage
 * or document speaks of. A jurisdiction without a default law named in the passage ("In South
 * Korea, …") leaves it unbound.
 */

import {
  type Binder,
  defaultOf,
  fromContext,
  jurisdictionOf,
  known,
  lawFits,
  type Target,
  unknown,
  unknownFromContext,
} from './extract-binder.ts';
import { paragraphSpeaksOfInstruments } from './extract-instruments.ts';
import { headsNonPenalProvision } from './extract-provisions.ts';
import { scoreSpanTerms } from './extract-system-terms.ts';
import { type Signal, signalAt } from './extract-signals.ts';
import { firstIndexFrom, paragraphOf, sameSentence, sentenceBefore, sentenceOf } from './extract-text.ts';
import type { ArticleGroup, BindingBasis, Doc, LawMention } from './extract-types.ts';

/** How many mentions each side of a number are weighed: enough for a passage, bounded for hostile input. */
const NEAR = 8;

function sentenceBounds(doc: Doc, pos: number): [number, number] {
  const i = sentenceOf(doc, pos);
  return [doc.sentenceStarts[i] ?? 0, doc.sentenceStarts[i + 1] ?? doc.norm.length];
}

function paragraphBounds(doc: Doc, pos: number): [number, number] {
  const i = paragraphOf(doc, pos);
  return [doc.paragraphStarts[i] ?? 0, doc.paragraphStarts[i + 1] ?? doc.norm.length];
}

/** Owners between `from` and `to`: the nearest before `pos` first, then the nearest after it. */
function ownersWithin(binder: Binder, pos: number, [from, to]: [number, number]): LawMention[] {
  const { owners } = binder;
  const lo = firstIndexFrom(owners, from);
  const at = firstIndexFrom(owners, pos);
  const hi = firstIndexFrom(owners, to);
  const before = owners
    .slice(Math.max(lo, at - NEAR), at)
    .filter((owner) => owner.end <= pos)
    .reverse();
  return [...before, ...owners.slice(at, Math.min(hi, at + NEAR))];
}

function isDefault(binder: Binder, law: string): boolean {
  return binder.doc.compiled.defaultLaws.get(jurisdictionOf(binder, law) ?? '') === law;
}

function asTarget(binder: Binder, owner: LawMention, basis: BindingBasis): Target {
  return owner.law ? known(binder, owner.law, basis, owner) : unknown(owner, basis);
}

/**
 * Of the laws named near a number, the first that holds it. In its own sentence the nearest law
 * takes it even when we hold no such article of it (we hold few); further away only a law that
 * holds it, the default law, or the one law named there when the database does not hold it.
 */
function choose(binder: Binder, group: ArticleGroup, owners: LawMention[], basis: BindingBasis): Target | null {
  const first = owners[0];
  if (!first) return null;
  const fitting = owners.find((owner) => owner.law && lawFits(binder, owner.law, group, true));
  if (fitting) return asTarget(binder, fitting, basis);
  if (basis === 'sentence') return asTarget(binder, first, basis);
  const named = owners.find((owner) => owner.law && isDefault(binder, owner.law));
  if (named) return asTarget(binder, named, basis);
  const laws = new Set(owners.map((owner) => owner.law ?? owner.name));
  return laws.size === 1 && first.law === null ? asTarget(binder, first, basis) : null;
}

/**
 * "평양문화어보호법은 … 처벌한다. 33~35조는 …": a bare number in the sentence right after one that
 * named a law continues that sentence's topic — the last law it named, in the same paragraph —
 * even when a law named further back (the criminal code) also has such an article.
 */
function previousSentence(binder: Binder, group: ArticleGroup): Target | null {
  const before = sentenceBefore(binder.doc, group.start);
  if (!before) return null;
  const { from, to } = before;
  const owner = binder.owners[firstIndexFrom(binder.owners, to) - 1];
  if (!owner || owner.start < from || owner.kind === 'anaphor') return null;
  return asTarget(binder, owner, 'paragraph');
}

/** A jurisdiction without a default law, named nearer than any law: "In South Korea, Article 87 …". */
function foreignMarker(binder: Binder, signal: Signal | null, owners: LawMention[], pos: number): boolean {
  if (!signal || signal.mention || signal.jurisdiction === null) return false;
  if (binder.doc.compiled.defaultLaws.has(signal.jurisdiction)) return false;
  const nearest = owners.find((owner) => owner.end <= pos);
  return !nearest || nearest.end <= signal.start;
}

/**
 * "§ 283 Abs. 2 Ziff. 1 StPO", "§§ 74 ff. Außenwirtschaftsverordnung": a section number with a law named in its
 * own sentence, past words the binder does not read, belongs to that law; with none there it is no citation
 * (a section is not how the default law numbers its articles).
 */
export function sentenceOwner(binder: Binder, group: ArticleGroup): Target | null {
  const { doc } = binder;
  const inSentence = ownersWithin(binder, group.start, sentenceBounds(doc, group.start));
  return choose(binder, group, inSentence, 'sentence');
}

export function contextual(binder: Binder, group: ArticleGroup): Target | null {
  const { doc } = binder;
  const pos = group.start;
  const signal = signalAt(doc, binder.signals, pos);
  const inSentence = ownersWithin(binder, pos, sentenceBounds(doc, pos));
  const local = signal?.mention?.law ? jurisdictionOf(binder, signal.mention.law) : (signal?.jurisdiction ?? null);
  const nearSentence = signal !== null && sameSentence(doc, signal.start, pos);
  if (foreignMarker(binder, nearSentence ? signal : null, inSentence, pos)) return null;
  const sentence = choose(binder, group, inSentence, 'sentence') ?? previousSentence(binder, group);
  if (sentence) return sentence;
  if (foreignMarker(binder, signal, ownersWithin(binder, pos, paragraphBounds(doc, pos)), pos)) return null;
  const nearby =
    choose(binder, group, ownersWithin(binder, pos, paragraphBounds(doc, pos)), 'paragraph') ??
    choose(binder, group, ownersWithin(binder, pos, [0, doc.norm.length]), 'paragraph');
  if (nearby) return nearby;
  const context = fromContext(binder, group, local, false) ?? unknownFromContext(binder, local);
  if (context) return context;
  if (unseenLawBefore(binder, pos) || headsNonPenalProvision(doc, group)) return null;
  // A country merely named in an earlier sentence ("북한 체제를 찬양한 …") says less than what the whole
  // document is about (대법원, 상고, the South's court): the document's subject decides then.
  const passing = signal !== null && !signal.strong && signal.mention === null && !nearSentence;
  const owner = passing && binder.defaultFocus !== null ? binder.defaultFocus : local;
  return foreignSystemSentence(binder, pos, owner) ? null : fallback(binder, group, owner);
}

/**
 * "Der Text erklärt Teile des Gesetzes. Artikel 9 lautet …": the sentence before spoke of a law named
 * out of view ("des Gesetzes" with no antecedent), and the number opening the next one is that law's,
 * not the default law's. Only the sentence before: in the number's own sentence "the act" is as often
 * no law at all ("caught in the act").
 */
function unseenLawBefore(binder: Binder, pos: number): boolean {
  const { mentions } = binder;
  const before = sentenceBefore(binder.doc, pos);
  if (!before) return false;
  const { from, to } = before;
  for (let k = firstIndexFrom(mentions, from); k < mentions.length && mentions[k]!.start < to; k++) {
    const mention = mentions[k]!;
    if (mention.kind === 'anaphor' && mention.antecedent === null) return true;
  }
  return false;
}

/**
 * "北京の裁判所は第318条に基づき懲役5年を言い渡した", "… was indicted under Article 7": the number's own
 * sentence speaks another legal system's words (懲役, indicted) and none of the default law's, so the
 * default law is not guessed for it, whatever the rest of the document is about.
 */
export function foreignSystemSentence(binder: Binder, pos: number, local: string | null): boolean {
  const own = local ?? binder.defaultFocus;
  // Most texts speak no other system's words at all: then no sentence needs reading.
  if (own === null || ![...binder.systems].some((code) => code !== own)) return false;
  const [from, to] = sentenceBounds(binder.doc, pos);
  const scores = scoreSpanTerms(binder.doc, from, to);
  return !scores.has(own) && [...scores.keys()].some((code) => code !== own);
}

/**
 * The default law, unless the passage or title speaks of an international instrument ("States Parties",
 * "the Committee … (art. 3)", "Under Article 41, Member States must …"): a bare number there is the
 * instrument's, even where the country it reviews or sanctions is named beside it. Only numbers no
 * law named nearby has taken reach this far.
 */
function fallback(binder: Binder, group: ArticleGroup, local: string | null): Target | null {
  const [from, to] = paragraphBounds(binder.doc, group.start);
  if (binder.instrumentContext || paragraphSpeaksOfInstruments(binder.doc, from, to)) return null;
  return defaultOf(binder, local, 'default');
}
