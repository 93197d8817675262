/**
 * Whose law each mention names. A qualifier decides ("South Korea's criminal code", "북한 형법");
 * otherwise a name every jurisdiction uses ("형법", "the criminal code") takes the jurisdiction the
 * sentence speaks of, then that of an earlier qualified mention of it in the paragraph, then the
 * document's. A known name given another jurisdiction becomes a law the database does not hold.
 * Anaphors then take the law of the mention they refer to.
 */

import { lawOfFamily } from './extract-context.ts';
import type { Signal } from './extract-signals.ts';
import { signalAt } from './extract-signals.ts';
import { scoreSpanTerms } from './extract-system-terms.ts';
import { firstIndexFrom, paragraphOf, sameSentence, sentenceOf } from './extract-text.ts';
import type { Doc, LawMention } from './extract-types.ts';
import { LATIN_LANGUAGES } from './lang/index.ts';

const MAX_BACK = 12;

/** The strongest marker earlier in the mention's sentence, the nearest among equals. */
function sentenceMarker(doc: Doc, markers: Signal[], pos: number): Signal | null {
  let best: Signal | null = null;
  const from = firstIndexFrom(markers, pos);
  for (let i = from - 1; i >= Math.max(0, from - MAX_BACK); i--) {
    const marker = markers[i]!;
    if (!sameSentence(doc, marker.start, pos)) break;
    if (marker.agent) continue;
    if (marker.end <= pos && (best === null || (marker.strong && !best.strong))) best = marker;
  }
  return best;
}

function open(mention: LawMention): boolean {
  return (
    mention.kind !== 'anaphor' &&
    mention.jurisdiction === null &&
    !mention.deictic &&
    (mention.generic || mention.kind === 'unknown')
  );
}

function applyMarkers(doc: Doc, mentions: LawMention[], markers: Signal[]): void {
  for (const mention of mentions) {
    if (!open(mention)) continue;
    const marker = sentenceMarker(doc, markers, mention.phraseStart);
    if (marker) mention.jurisdiction = vocabularyOver(doc, marker, mention.phraseStart) ?? marker.jurisdiction;
  }
}

/**
 * "북한 공작원에게 기밀을 넘긴 혐의로 구속기소된 A씨에게 형법 제98조": a country merely named in the sentence
 * (the one spied for) loses to the legal system its words belong to — the South's indictment under
 * arrest. Only one system's words, and none of the named country's, decide.
 */
function vocabularyOver(doc: Doc, marker: Signal, pos: number): string | null {
  if (marker.strong) return null;
  const i = sentenceOf(doc, pos);
  const terms = scoreSpanTerms(doc, doc.sentenceStarts[i] ?? 0, doc.sentenceStarts[i + 1] ?? doc.norm.length);
  const systems = [...terms.keys()];
  return systems.length === 1 && systems[0] !== marker.jurisdiction ? systems[0]! : null;
}

/** A bare "형법" after "한국 형법은 …" is still the South's: unqualified names inherit within a paragraph. */
function inheritJurisdiction(doc: Doc, mentions: LawMention[]): void {
  const lastQualified = new Map<string, LawMention>();
  for (const mention of mentions) {
    if (mention.kind !== 'alias' || mention.law === null) continue;
    const previous = lastQualified.get(mention.law);
    if (mention.jurisdiction !== null) lastQualified.set(mention.law, mention);
    else if (open(mention) && previous && paragraphOf(doc, previous.start) === paragraphOf(doc, mention.start)) {
      mention.jurisdiction = previous.jurisdiction;
    }
  }
}

/** "StGB", "StPO" → "de": abbreviations of a language's own country's statutes. */
const OWN_CODES = new Map(
  LATIN_LANGUAGES.flatMap((language) => {
    const { jurisdiction, names } = language.ownCodeAbbreviations;
    return jurisdiction ? names.map((name): [string, string] => [name, jurisdiction]) : [];
  }),
);

function applyFocus(doc: Doc, mentions: LawMention[], signals: Signal[], focus: string | null): void {
  for (const mention of mentions) {
    if (mention.deictic) mention.jurisdiction = signalAt(doc, signals, mention.phraseStart)?.jurisdiction ?? focus;
    else if (open(mention) && mention.generic) mention.jurisdiction = ownCodeOf(doc, signals, mention) ?? focus;
  }
}

/** The country whose statute abbreviation the mention is ("StGB" → "de"), if it is one. */
export function ownCodeJurisdiction(doc: Doc, mention: LawMention): string | null {
  return (
    OWN_CODES.get(
      doc.norm
        .slice(mention.start, mention.end)
        .toLowerCase()
        .replace(/[^\p{L}]/gu, ''),
    ) ?? null
  );
}

/** "§ 99 StGB" with no jurisdiction said around it is the German code, whatever the document is about. */
function ownCodeOf(doc: Doc, signals: Signal[], mention: LawMention): string | null {
  const own = ownCodeJurisdiction(doc, mention);
  if (!own) return null;
  // "Art. 64 StGB der DVRK": a jurisdiction anywhere in the sentence says whose code it is.
  const said = signals.some((signal) => signal.jurisdiction !== null && sameSentence(doc, signal.start, mention.start));
  return said || signalAt(doc, signals, mention.phraseStart) ? null : own;
}

/** "South Korea's criminal code": a known name of another jurisdiction is a law the database does not hold. */
function settleForeign(doc: Doc, mentions: LawMention[]): void {
  for (const mention of mentions) {
    if (mention.kind !== 'alias' || !mention.law || mention.jurisdiction === null) continue;
    if (doc.compiled.laws.get(mention.law)?.jurisdiction === mention.jurisdiction) continue;
    mention.kind = 'unknown';
    mention.law = null;
    mention.name = doc.text.slice(mention.phraseStart, mention.end);
    mention.specific = true;
  }
}

/**
 * "des nordkoreanischen Strafgesetzbuches": a generic name the database does not list, said of a
 * jurisdiction whose law of that kind it holds, is that law. Named without a qualifier ("das
 * Strafgesetzbuch"), it is as unspecific as "the criminal code".
 */
function settleFamilies(doc: Doc, mentions: LawMention[], qualified: Set<LawMention>): void {
  for (const mention of mentions) {
    if (mention.kind !== 'unknown' || !mention.generic || mention.jurisdiction === null) continue;
    const law = lawOfFamily(doc.compiled, doc.norm.slice(mention.start, mention.end), mention.jurisdiction);
    if (!law) continue;
    mention.kind = 'alias';
    mention.law = law;
    mention.name = null;
    mention.specific = qualified.has(mention);
  }
}

/** "the code" refers back only to a code, "the Covenant" only to a covenant; "the law", "the Act", "동법" to any law. */
function compatible(doc: Doc, anaphor: Pick<LawMention, 'noun'>, mention: LawMention): boolean {
  if (mention.kind === 'anaphor') return false;
  if (anaphor.noun === null) return true;
  if (anaphor.noun !== 'code') {
    const law = mention.law ? doc.compiled.laws.get(mention.law) : null;
    const names = law ? [law.title, ...law.aliases] : [mention.name ?? ''];
    return names.some((name) => name.toLowerCase().includes(anaphor.noun!));
  }
  const law = mention.law ? doc.compiled.laws.get(mention.law) : null;
  return law ? law.kind === 'code' || /code/i.test(law.title) : /code|kodex|법전|法典/i.test(mention.name ?? '');
}

/**
 * What an anaphor at `anaphor.start` refers to: the compatible mention before it in its paragraph,
 * else the next one there ("법 제27조는 … 반동사상문화배격법 제32조"), else the last one earlier in the text.
 */
export function antecedentOf(
  doc: Doc,
  mentions: LawMention[],
  anaphor: Pick<LawMention, 'start' | 'end' | 'noun'>,
): LawMention | null {
  const from = firstIndexFrom(mentions, anaphor.start);
  const paragraph = paragraphOf(doc, anaphor.start);
  let earlier: LawMention | null = null;
  for (let i = from - 1; i >= Math.max(0, from - MAX_BACK); i--) {
    const mention = mentions[i]!;
    if (mention.end > anaphor.start || !compatible(doc, anaphor, mention)) continue;
    if (paragraphOf(doc, mention.start) === paragraph) return mention;
    earlier ??= mention;
  }
  for (let i = from; i < Math.min(mentions.length, from + MAX_BACK); i++) {
    const mention = mentions[i]!;
    if (paragraphOf(doc, mention.start) !== paragraph) break;
    if (mention.start >= anaphor.end && compatible(doc, anaphor, mention)) return mention;
  }
  return earlier;
}

/**
 * "the Convention", capitalised, with nothing it could refer to: an instrument the text names by its
 * kind alone — a law we do not hold, never the default one.
 */
function standsAlone(doc: Doc, mention: LawMention): boolean {
  if (mention.noun === null || mention.noun === 'code' || !/^\p{Lu}/u.test(doc.norm.slice(mention.start, mention.end)))
    return false;
  mention.kind = 'unknown';
  mention.name = doc.text.slice(mention.phraseStart, mention.end);
  mention.specific = true;
  return true;
}

function resolveAnaphors(doc: Doc, mentions: LawMention[]): void {
  for (const mention of mentions) {
    if (mention.kind !== 'anaphor') continue;
    const antecedent = antecedentOf(doc, mentions, mention);
    if (!antecedent && standsAlone(doc, mention)) continue;
    if (!antecedent) continue;
    mention.antecedent = antecedent;
    mention.law = antecedent.law;
    mention.name = antecedent.name;
    mention.jurisdiction = antecedent.jurisdiction;
    mention.stated = antecedent.stated;
  }
}

/**
 * Settles every mention's jurisdiction and every anaphor's law. `markers` are the jurisdiction
 * markers that reach beyond the document level; `focus` is what the document is about.
 */
export function settleMentions(doc: Doc, mentions: LawMention[], markers: Signal[], focus: string | null): void {
  const qualified = new Set(mentions.filter((mention) => mention.jurisdiction !== null));
  applyMarkers(doc, mentions, markers);
  inheritJurisdiction(doc, mentions);
  applyFocus(doc, mentions, markers, focus);
  settleForeign(doc, mentions);
  settleFamilies(doc, mentions, qualified);
  resolveAnaphors(doc, mentions);
}
