/**
 * Drafts: the citations bound groups, framed offences and named laws become, each with the
 * confidence its kind of binding earns, before versions are resolved (extract.ts).
 */

import { foreignSystemSentence } from './extract-bare.ts';
import type { Binder } from './extract-binder.ts';
import { chargedElsewhere } from './extract-forum.ts';
import { isOffenceWord } from './extract-offence-objects.ts';
import { signalAt } from './extract-signals.ts';
import { firstIndexFrom, sentenceOf } from './extract-text.ts';
import { group } from './lang/compile.ts';
import { CJK_LANGUAGES, LATIN_LANGUAGES, cjkWords } from './lang/index.ts';
import type { BindingBasis, BoundGroup, Doc, Draft, LawMention, OffenceMention, Span } from './extract-types.ts';
import { type StatementIndex, statedVersionFor } from './extract-versions.ts';

const BASIS_CONFIDENCE: Record<BindingBasis, number> = {
  explicit: 0.95,
  anaphor: 0.8,
  sentence: 0.85,
  paragraph: 0.75,
  context: 0.75,
  default: 0.8,
};
/** A bare number in a text that names no jurisdiction at all. */
const DEFAULT_WITHOUT_MARKERS = 0.7;
/** "Article 27 of the law" when no law is named anywhere. */
const ANAPHOR_DEFAULT = 0.5;
const OFFENCE_CONFIDENCE = 0.7;
const NAMED_LAW_CONFIDENCE = 0.9;
const GENERIC_LAW_CONFIDENCE = 0.85;

function confidenceOf(bound: BoundGroup, marked: boolean): number {
  if (bound.basis === 'default' && bound.mention?.kind === 'anaphor') return ANAPHOR_DEFAULT;
  if (bound.basis === 'default' && !marked) return DEFAULT_WITHOUT_MARKERS;
  return BASIS_CONFIDENCE[bound.basis];
}

export function groupDrafts(doc: Doc, bound: BoundGroup, statements: StatementIndex, marked: boolean): Draft[] {
  const { refs } = bound.group;
  const confidence = confidenceOf(bound, marked);
  return refs.map((ref, i) => ({
    kind: 'article' as const,
    law: bound.law,
    lawName: bound.lawName,
    jurisdiction: bound.jurisdiction,
    start: i === 0 ? bound.start : ref.start,
    end: i === refs.length - 1 ? bound.end : ref.end,
    article: ref.article,
    articleTo: ref.articleTo,
    paragraph: ref.paragraph,
    item: ref.item,
    offence: null,
    confidence,
    dotted: ref.dotted,
    stated: bound.law ? statedVersionFor(doc, statements, bound.law, ref.start, bound.mention) : null,
  }));
}

/** Whether text at `pos` speaks of a law other than one of `jurisdiction`'s. */
function elsewhere(binder: Binder, pos: number, jurisdiction: string | null): boolean {
  const signal = signalAt(binder.doc, binder.signals, pos);
  if (!signal) return binder.focus !== jurisdiction;
  if (signal.jurisdiction !== null && signal.jurisdiction !== jurisdiction) return true;
  return signal.mention?.kind === 'unknown' && !constitutionOf(binder, signal.mention, jurisdiction);
}

const CONSTITUTIONS = [
  ...new Set(
    [...LATIN_LANGUAGES, ...CJK_LANGUAGES]
      .flatMap((language) => language.lawFamilies['constitution'] ?? [])
      .map((name) => name.toLowerCase()),
  ),
];

/**
 * "北朝鮮の憲法上の『祖国反逆罪』": a constitution defines no offences, so an offence the code holds, named
 * beside the same country's constitution, is the code's and the constitution a slip (as for articles).
 */
function constitutionOf(binder: Binder, mention: LawMention, jurisdiction: string | null): boolean {
  if (mention.jurisdiction !== jurisdiction) return false;
  const name = binder.doc.norm.slice(mention.start, mention.end).toLowerCase();
  return CONSTITUTIONS.some((word) => name.endsWith(word));
}

/** "entered China unlawfully": a place named inside the act makes it that place's offence. */
function placedElsewhere(binder: Binder, offence: OffenceMention, jurisdiction: string | null): boolean {
  return [...binder.markers, ...binder.signals].some(
    (signal) =>
      signal.start >= offence.start &&
      signal.end <= offence.end &&
      signal.jurisdiction !== null &&
      signal.jurisdiction !== jurisdiction &&
      !isOffenceWord(binder.doc, binder.doc.norm.slice(signal.start, signal.end)),
  );
}

/** "A former North Korean spy … arrested for espionage": the charge is of the state the spy worked against. */
function ownAgents(binder: Binder, offence: OffenceMention, jurisdiction: string | null): boolean {
  if (jurisdiction === null) return false;
  return binder.contextAgents.has(jurisdiction) || binder.besideOwnAgents.has(offence);
}

/**
 * "Die Bundesanwaltschaft hat ihn wegen Landesverrats angeklagt": the charge's sentence speaks another
 * system's words and none of its own, and names neither its law nor its country ("북한 형법상 간첩죄"
 * beside "우리의 무기징역에 해당하는", "北朝鮮の最高裁" are still the North's).
 */
function otherSystemsCharge(binder: Binder, offence: OffenceMention, jurisdiction: string | null): boolean {
  const { doc, mentions, markers } = binder;
  const sentence = sentenceOf(doc, offence.start);
  const from = doc.sentenceStarts[sentence] ?? 0;
  const to = doc.sentenceStarts[sentence + 1] ?? doc.norm.length;
  // Both lists are sorted: only the sentence's entries are read.
  const inSentence = <T extends Span>(spans: T[], own: (span: T) => boolean): boolean => {
    for (let k = firstIndexFrom(spans, from); k < spans.length && spans[k]!.start < to; k++)
      if (own(spans[k]!)) return true;
    return false;
  };
  const own =
    inSentence(mentions, (mention) => mention.law === offence.law) ||
    inSentence(markers, (marker) => marker.jurisdiction === jurisdiction && !marker.agent);
  return !own && foreignSystemSentence(binder, offence.start, jurisdiction);
}

export function offenceDrafts(binder: Binder, offences: OffenceMention[], statements: StatementIndex): Draft[] {
  const { doc } = binder;
  const seen = new Set<string>();
  const drafts: Draft[] = [];
  for (const offence of offences) {
    const key = `${offence.law} ${offence.lineage}`;
    const jurisdiction = doc.compiled.laws.get(offence.law)?.jurisdiction ?? null;
    if (
      !offence.framed ||
      seen.has(key) ||
      elsewhere(binder, offence.start, jurisdiction) ||
      ownAgents(binder, offence, jurisdiction) ||
      placedElsewhere(binder, offence, jurisdiction) ||
      otherSystemsCharge(binder, offence, jurisdiction) ||
      chargedElsewhere(binder, offence, jurisdiction)
    )
      continue;
    seen.add(key);
    drafts.push({
      kind: 'offence',
      law: offence.law,
      lawName: null,
      jurisdiction,
      start: offence.start,
      end: offence.end,
      article: null,
      articleTo: null,
      paragraph: null,
      item: null,
      offence: offence.lineage,
      confidence: OFFENCE_CONFIDENCE,
      dotted: false,
      stated: statedVersionFor(doc, statements, offence.law, offence.start, null),
    });
  }
  return drafts;
}

/**
 * "新的刑法附则", "형법 부칙": the supplementary provisions of a law are an instrument of their own,
 * numbered apart and adopted apart; naming them is no mention of the law itself.
 */
const SUPPLEMENT_AFTER = new RegExp(`^\\s?${group(cjkWords('supplementaryWords'))}`);

/**
 * A law named on its own, once per law, and only when nothing else of that law is cited. A name
 * every jurisdiction uses ("the criminal law", "刑法") counts once the passage says it is this law's.
 */
export function lawDrafts(
  doc: Doc,
  mentions: LawMention[],
  cited: Set<string | null>,
  statements: StatementIndex,
  marked: boolean,
): Draft[] {
  const drafts: Draft[] = [];
  for (const mention of mentions) {
    const law = mention.law;
    if (mention.kind !== 'alias' || !law || cited.has(law)) continue;
    if (SUPPLEMENT_AFTER.test(doc.norm.slice(mention.end, mention.end + 8))) continue;
    const jurisdiction = doc.compiled.laws.get(law)?.jurisdiction ?? null;
    if (!mention.specific && (!marked || mention.jurisdiction !== jurisdiction)) continue;
    cited.add(law);
    const named = !mention.generic || mention.specific;
    drafts.push({
      kind: 'law',
      law,
      lawName: null,
      jurisdiction,
      start: mention.phraseStart,
      end: mention.end,
      article: null,
      articleTo: null,
      paragraph: null,
      item: null,
      offence: null,
      confidence: named ? NAMED_LAW_CONFIDENCE : GENERIC_LAW_CONFIDENCE,
      dotted: false,
      stated: statedVersionFor(doc, statements, law, mention.start, mention),
    });
  }
  return drafts;
}
