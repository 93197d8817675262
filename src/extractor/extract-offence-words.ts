/**
 * Offences named in English or German words other than the database's names ("illegally crossed the
 * border", "convicted of spying", "wegen Spionage", "Umsturzversuche"). Every Latin-script name of an
 * offence becomes a set of concepts — word stems, with the equivalents the language data gives — and
 * a few words of one sentence that hold all the concepts of a name name that offence, in any order
 * or inflection, as the CJK path matches character pairs. Only a charge counts: the words must say
 * the act was unlawful ("illegally"), or follow a charge or a punishment ("sentenced … for",
 * "wegen"), or precede one ("… für schuldig befunden"), so a topic ("smuggling is rife") is no citation.
 */

import { sentenceOf } from './extract-text.ts';
import type { KnownOffence } from './citation.types.ts';
import type { ConceptName, Doc, OffenceMention, OffenceWordIndex, Span } from './extract-types.ts';
import { alternation, wordGroup } from './lang/compile.ts';
import { latinWords } from './lang/index.ts';
import { WRONGFUL_CONCEPTS, conceptsOf, onlyWrongful } from './extract-offence-concepts.ts';
import { isCjkName } from './patterns.ts';

/** Words either side of a name's anchor that may hold its other concepts. */
const REACH = 4;
const WORD = /\p{L}[\p{L}\p{M}'’]*/gu;
const WRONGFUL = new Set(latinWords('wrongfulWords'));
const CUE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(latinWords('offenceCuesBefore'))})(?![\\p{L}])`, 'giu');
const CUE_AFTER = new RegExp(
  `^[^.!?;]{0,40}?(?<![\\p{L}])(?:${alternation(latinWords('offenceCuesAfter'))})(?![\\p{L}])`,
  'iu',
);
/** After the cue, the name either follows within a few characters or after a preposition: "sentenced to ten years for", "gelten … als". */
const SHORT_GAP = 14;
/**
 * A verb of a legal act done to a person ("accused", "sentenced", "verurteilt") reaches the whole of its
 * clause: "accused of being an activist who sought to overthrow the government", "charged with plotting
 * …, slandering … and gathering state secrets". Nouns and prepositions ("penalty", "wegen") do not.
 */
const CLAUSE_REACH = 150;
const REACHING_CUES = new Set(latinWords('offenceCuesReachingClause').map((cue) => cue.toLowerCase()));
/** A new clause ends that reach: "arrested in a town where spying is common", "…, but smuggling …". */
const CLAUSE_BREAK = new RegExp(`(?<![\\p{L}])(?:${alternation(latinWords('clauseBreaks'))})(?![\\p{L}])`, 'iu');
const PREPOSITION_GAP =
  /(?:^|\s)(?:for|of|with|on|over|after|as|wegen|als)\s+(?:["“„‚‘]?[\p{L}'’-]+\s+){0,4}["“„‚‘]?$/iu;

export function indexOffenceWords(offences: KnownOffence[]): OffenceWordIndex {
  const names: ConceptName[] = [];
  const byConcept = new Map<string, ConceptName[]>();
  for (const offence of offences) {
    for (const name of offence.names.filter((written) => !isCjkName(written))) {
      const concepts = [...new Set([...name.matchAll(WORD)].flatMap((word) => conceptsOf(word[0])))];
      if (concepts.length === 0) continue;
      const entry = { law: offence.law, lineage: offence.lineage, concepts };
      names.push(entry);
      for (const concept of concepts) byConcept.set(concept, [...(byConcept.get(concept) ?? []), entry]);
    }
  }
  const words = new Set(
    offences.flatMap((offence) => offence.names.flatMap((name) => name.toLowerCase().split(/[^\p{L}]+/u))),
  );
  return { names, byConcept, words };
}

interface Token extends Span {
  /** the word's ordinal in the text: distance is counted in words, all words */
  ordinal: number;
  concepts: string[];
  sentence: number;
}

/**
 * A name stands only in a sentence that frames it (a cue, a word of unlawfulness, a framing phrase),
 * so only such sentences are read word by word: most text has none, and throughput is kept.
 */
const GATE = new RegExp(
  wordGroup([
    ...latinWords('offenceCuesBefore'),
    ...latinWords('offenceCuesAfter'),
    ...latinWords('wrongfulWords'),
    ...latinWords('offenceFramingBefore'),
    ...latinWords('offenceFramingAfter'),
  ]),
  'gi',
);

function framingSentences(doc: Doc): number[] {
  const found = new Set<number>();
  for (const match of doc.norm.matchAll(GATE)) found.add(sentenceOf(doc, match.index));
  return [...found].sort((a, b) => a - b);
}

/** Only the words that carry a concept of some name are kept (most words carry none). */
function tokensOf(doc: Doc, index: OffenceWordIndex): Token[] {
  const tokens: Token[] = [];
  let ordinal = 0;
  for (const sentence of framingSentences(doc)) {
    const from = doc.sentenceStarts[sentence] ?? 0;
    const to = doc.sentenceStarts[sentence + 1] ?? doc.norm.length;
    ordinal += REACH + 1;
    for (const match of doc.norm.slice(from, to).matchAll(WORD)) {
      ordinal++;
      const concepts = conceptsOf(match[0]);
      if (!concepts.some((concept) => index.byConcept.has(concept))) continue;
      const start = from + match.index;
      tokens.push({
        start,
        end: start + match[0].length,
        ordinal,
        sentence,
        concepts: concepts.filter((concept) => index.byConcept.has(concept)),
      });
    }
  }
  return tokens;
}

/** The tokens near `at` (within REACH words, same sentence) that supply every concept of `name`, or null. */
function supply(tokens: Token[], at: number, name: ConceptName): Token[] | null {
  const anchor = tokens[at]!;
  const used: Token[] = [];
  for (const concept of name.concepts) {
    let best: Token | null = null;
    for (let i = at; i >= 0 && anchor.ordinal - tokens[i]!.ordinal <= REACH; i--) {
      const token = tokens[i]!;
      if (token.sentence === anchor.sentence && token.concepts.includes(concept)) {
        best = token;
        break;
      }
    }
    for (let i = at + 1; i < tokens.length && tokens[i]!.ordinal - anchor.ordinal <= REACH; i++) {
      const token = tokens[i]!;
      if (best && token.ordinal - anchor.ordinal >= anchor.ordinal - best.ordinal) break;
      if (token.sentence === anchor.sentence && token.concepts.includes(concept)) {
        best = token;
        break;
      }
    }
    if (!best) return null;
    used.push(best);
  }
  return used;
}

function wordsIn(doc: Doc, used: Token[]): string[] {
  return used.map((token) => doc.norm.slice(token.start, token.end).toLowerCase());
}

/**
 * A word that says only that the act was unlawful: the listed ones, and any whose every concept is
 * unlawfulness ("verboten", "unauthorized") — not "fled", which carries it beside the act itself.
 */
function isWrongful(word: string): boolean {
  if (WRONGFUL.has(word)) return true;
  return onlyWrongful(conceptsOf(word));
}

function isCharge(doc: Doc, span: Span, words: string[]): boolean {
  if (words.some(isWrongful)) return true;
  const sentenceStart = doc.sentenceStarts[sentenceOf(doc, span.start)] ?? 0;
  const before = doc.norm.slice(Math.max(sentenceStart, span.start - 200), span.start);
  // Every cue of the clause counts, not only the first: "admitted that he committed crimes aimed to …".
  for (const cue of before.matchAll(CUE_BEFORE)) {
    const gap = before.slice(cue.index + cue[0].length);
    if (/[.!?;]/.test(gap)) continue;
    // The cue may itself be the preposition: 'wegen "Verbrechen zum …'.
    if (gap.length <= SHORT_GAP || PREPOSITION_GAP.test(cue[0] + gap)) return true;
    if (gap.length <= CLAUSE_REACH && REACHING_CUES.has(cue[0].toLowerCase()) && !CLAUSE_BREAK.test(gap)) return true;
  }
  return CUE_AFTER.test(doc.norm.slice(span.end, span.end + 48));
}

/** A name read without its word of unlawfulness keeps this many concepts, and words, at least ("drug use", "crossing the border"). */
const MIN_UNSAID = 2;

/**
 * "offences tied to drugs, gambling, and human trafficking": words of one name are not taken from
 * two items of a list; a comma or semicolon between them parts them.
 */
function acrossList(doc: Doc, used: Token[]): boolean {
  const span = spanOf(used);
  const inside = doc.norm.slice(span.start, span.end);
  return /[,;]/.test(inside);
}

function spanOf(used: Token[]): Span {
  return { start: Math.min(...used.map((t) => t.start)), end: Math.max(...used.map((t) => t.end)) };
}

/**
 * Where the tokens around `at` name `name`, whether as a charge, and how many of its concepts they
 * hold. "Arrested for crossing the border": a cue makes the act a charge, so the name's word of
 * unlawfulness ("illegal border crossing") may go unsaid — then the cue is required.
 */
function reading(
  doc: Doc,
  tokens: Token[],
  at: number,
  name: ConceptName,
): (Span & { framed: boolean; weight: number }) | null {
  const used = supply(tokens, at, name);
  if (used && acrossList(doc, used)) return null;
  if (used) {
    const span = spanOf(used);
    return { ...span, framed: isCharge(doc, span, wordsIn(doc, used)), weight: name.concepts.length };
  }
  const said = name.concepts.filter((concept) => !WRONGFUL_CONCEPTS.has(concept));
  if (said.length === name.concepts.length || said.length < MIN_UNSAID) return null;
  const partial = supply(tokens, at, { ...name, concepts: said });
  // One word standing for the whole act ("entering") says too little once its unlawfulness goes unsaid.
  if (!partial || new Set(partial).size < MIN_UNSAID || acrossList(doc, partial)) return null;
  const span = spanOf(partial);
  return isCharge(doc, span, []) ? { ...span, framed: true, weight: said.length } : null;
}

/** Offences named in other words, outside `taken` spans; the name with most concepts wins an overlap. */
export function paraphrasedOffences(doc: Doc, taken: Span[]): OffenceMention[] {
  const index = doc.compiled.offenceWords;
  const tokens = tokensOf(doc, index);
  // Character occupancy instead of pairwise overlap tests: hostile input can hold thousands of names.
  const occupied = new Uint8Array(doc.norm.length + 1);
  for (const span of taken) occupied.fill(1, span.start, span.end);
  const free = (span: Span) => !occupied.subarray(span.start, span.end).includes(1);
  const found: (OffenceMention & { weight: number })[] = [];
  tokens.forEach((token, at) => {
    const candidates = new Set(token.concepts.flatMap((concept) => index.byConcept.get(concept) ?? []));
    for (const name of candidates) {
      const read = reading(doc, tokens, at, name);
      if (read && free(read)) found.push({ ...read, law: name.law, lineage: name.lineage });
    }
  });
  const kept: OffenceMention[] = [];
  for (const mention of found.sort((a, b) => b.weight - a.weight || a.start - b.start)) {
    if (!free(mention)) continue;
    occupied.fill(1, mention.start, mention.end);
    kept.push({
      start: mention.start,
      end: mention.end,
      law: mention.law,
      lineage: mention.lineage,
      framed: mention.framed,
      reworded: true,
    });
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** An exact name with no framing phrase is still a charge after "sentenced … for" or before "… charges". */
export function framedByCue(doc: Doc, mention: OffenceMention): boolean {
  // The name itself ("illegal border crossing") is a name, not an act: only a cue around it makes it a charge.
  return isCharge(doc, mention, []);
}
