/**
 * Korean, Japanese and Chinese offence names written in other words than the database's
 * ("非法出入境罪", "破坏暗害罪", "政権の転覆を図った罪", "国家転覆とスパイの罪"). The words before the suffix
 * are read as the concepts of the database's English offence names (lang/*: offenceTerms), as the
 * Latin path reads "spying" as espionage: a part of the clause whose concepts are exactly those of one
 * name names that offence. Only the short clause right before a suffix is read, so cost stays bounded.
 */

import { WRONGFUL_CONCEPTS, conceptsOf, onlyWrongful } from './extract-offence-concepts.ts';
import { sentenceOf } from './extract-text.ts';
import type { ConceptName, Doc, OffenceMention, Span } from './extract-types.ts';
import { alternation } from './lang/compile.ts';
import { CJK_LANGUAGES, cjkWords } from './lang/index.ts';

const TERMS = new Map<string, string[]>(
  CJK_LANGUAGES.flatMap((language) =>
    Object.entries(language.offenceTerms).map(([term, words]): [string, string[]] => [
      term,
      [...new Set(words.flatMap(conceptsOf))],
    ]),
  ),
);
const TERM = new RegExp(alternation([...TERMS.keys()]), 'gu');
const FIRST_TERM = new RegExp(TERM.source, 'u');
/** The clause a name sits in ends at punctuation, a bracket or another offence's suffix. */
const CLAUSE_BREAK = /[。.!?;:；：「」『』“”"()（）\n罪죄]/gu;
/** Offences listed under one suffix: "国家転覆とスパイの罪", "비법월경과 인신매매 등 조국반역죄". */
const LIST_GAP = /[、,，・·]|と|及び|および|以及|和|与|與|과 |와 |및|등 /gu;
const CLAUSE = 24;
/**
 * "illegal" is said of every offence, and "state" of many ("国家機密", "政府を…"): they may stay over
 * when a name does not carry them.
 */
const SPARE = new Set([...WRONGFUL_CONCEPTS, ...conceptsOf('state')]);
const CUE_BEFORE = new RegExp(alternation(cjkWords('offenceCuesBefore')), 'gu');
/**
 * "비법월경", "非法入境", "不法に国境を越えた": a word whose only concept is unlawfulness (비법, 不法, 非法)
 * makes the act after it a charge, as "illegally" does in English: its clause is read though no
 * suffix or cue frames it. Only the characters from that word to the next punctuation are read.
 */
const WRONGFUL_AT = new RegExp(
  alternation([...TERMS].filter(([, concepts]) => onlyWrongful(concepts)).map(([term]) => term)),
  'gu',
);
/** "비법 월경자 통제구역": the offender before another noun (Korean spaces its words). */
const ATTRIBUTIVE_OFFENDER = new RegExp(`^(?:${alternation(cjkWords('offenderSuffixes'))})들?\\s+[가-힣]`, 'u');
const BRACKETED_AFTER = /^[(（][가-힣\p{Script=Han}]{1,4}[)）]/u;
const BORDER = new Set(conceptsOf('border'));
const SENTENCE_CUE = new RegExp(alternation(cjkWords('offenceSentenceCues')), 'u');
/** How far either side of the act a sentence's cue is looked for. */
const CUE_REACH = 160;
/** An act read without a suffix also ends at one: "비법월경과 … 조국반역죄". */
const CLAUSE_UNSUFFIXED_END = /[。.!?;:；：，,「」『』“”"()（）\n罪죄]/u;
/** After a cue, the charge runs to the next punctuation. */
const CLAUSE_END = /[。.!?;:；：，,「」『』“”"()（）\n]/u;

function conceptsIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(TERM)) for (const concept of TERMS.get(match[0]) ?? []) found.add(concept);
  return found;
}

/** The name whose concepts are all said and say all that is said (but "illegal"), the richest first. */
function nameOf(names: ConceptName[], said: Set<string>): ConceptName | null {
  let best: ConceptName | null = null;
  for (const name of names) {
    if (!name.concepts.every((concept) => said.has(concept))) continue;
    if (![...said].every((concept) => name.concepts.includes(concept) || SPARE.has(concept))) continue;
    if (!best || name.concepts.length > best.concepts.length) best = name;
  }
  return best;
}

/** The mention starts at its first word of an offence: "政権の転覆を図った罪" is written "転覆を図った罪". */
function mention(doc: Doc, name: ConceptName, span: Span): OffenceMention {
  const first = FIRST_TERM.exec(doc.norm.slice(span.start, span.end));
  const start = span.start + (first?.index ?? 0);
  return { start, end: span.end, law: name.law, lineage: name.lineage, framed: true };
}

/** Offences named in other words by the clause ending at `nameEnd`, before a suffix ending at `end`. */
export function offencesInClause(doc: Doc, nameEnd: number, end: number): OffenceMention[] {
  const from = Math.max(0, nameEnd - CLAUSE);
  const window = doc.norm.slice(from, nameEnd);
  const breaks = [...window.matchAll(CLAUSE_BREAK)];
  const start = from + (breaks.length > 0 ? breaks.at(-1)!.index + 1 : 0);
  return offencesIn(doc, start, nameEnd, end);
}

/** Offences named in other words right after a charge: "被控阴谋颠覆朝鲜政府". */
export function offencesAfterCues(doc: Doc): OffenceMention[] {
  return [...doc.norm.matchAll(CUE_BEFORE)].flatMap((cue) => {
    const start = cue.index + cue[0].length;
    const tail = doc.norm.slice(start, start + CLAUSE);
    const stop = CLAUSE_END.exec(tail)?.index ?? tail.length;
    return offencesIn(doc, start, start + stop, start + stop);
  });
}

/** Offences named in other words after a word of unlawfulness: "비법적으로 국경을 넘어", "非法入境". */
export function unlawfulActs(doc: Doc, laws: Span[]): OffenceMention[] {
  const framed = lawSentences(doc, laws);
  return [...doc.norm.matchAll(WRONGFUL_AT)].flatMap((word) => {
    // "비법(불법) 월경": another spelling of the word in brackets does not end the clause.
    const after = word.index + word[0].length;
    const from = after + (BRACKETED_AFTER.exec(doc.norm.slice(after, after + 8))?.[0].length ?? 0);
    const tail = doc.norm.slice(from, word.index + CLAUSE);
    const stop = from + (CLAUSE_UNSUFFIXED_END.exec(tail)?.index ?? tail.length);
    const found = offencesIn(doc, word.index, stop, stop)
      .map((one) => trimmed(doc, one))
      .filter((one) => !isAttributiveOffender(doc, one.end));
    return found.length > 0 && inChargeSentence(doc, word.index, framed) ? found : [];
  });
}

/** The sentences that name a held law. */
export function lawSentences(doc: Doc, laws: Span[]): Set<number> {
  return new Set(laws.map((law) => sentenceOf(doc, law.start)));
}

/** "비법 월경자 통제구역": the offender noun before another noun, at `end`. */
export function isAttributiveOffender(doc: Doc, end: number): boolean {
  return ATTRIBUTIVE_OFFENDER.test(doc.norm.slice(end, end + 8));
}

/** Whether the sentence at `pos` names a held law or holds a word of a charge, a trial or a punishment. */
export function inChargeSentence(doc: Doc, pos: number, framed: Set<number>): boolean {
  const sentence = sentenceOf(doc, pos);
  if (framed.has(sentence)) return true;
  const from = Math.max(doc.sentenceStarts[sentence] ?? 0, pos - CUE_REACH);
  const to = Math.min(doc.sentenceStarts[sentence + 1] ?? doc.norm.length, pos + CUE_REACH);
  return SENTENCE_CUE.test(doc.norm.slice(from, to));
}

/**
 * The mention ends at its last word of an offence, not at the end of its clause. A border is two
 * states': one written onto the border word ("중국국경을 넘어", "中朝国境") says whose border it is, not
 * where the act was, so the mention starts at the border word and leaves that state out.
 */
function trimmed(doc: Doc, found: OffenceMention): OffenceMention {
  const terms = [...doc.norm.slice(found.start, found.end).matchAll(TERM)];
  const last = terms.at(-1);
  if (!last) return found;
  let start = found.start;
  let previousEnd = 0;
  for (const term of terms) {
    const glued =
      term.index > previousEnd && /[가-힣\p{Script=Han}]/u.test(doc.norm[found.start + term.index - 1] ?? '');
    if (glued && TERMS.get(term[0])?.some((concept) => BORDER.has(concept))) start = found.start + term.index;
    previousEnd = term.index + term[0].length;
  }
  return { ...found, start, end: found.start + last.index + last[0].length };
}

function offencesIn(doc: Doc, start: number, nameEnd: number, end: number): OffenceMention[] {
  const clause = doc.norm.slice(start, nameEnd);
  const said = conceptsIn(clause);
  if (said.size === 0) return [];
  const names = doc.compiled.offenceWords.names;
  const whole = nameOf(names, said);
  if (whole) return [mention(doc, whole, { start, end })];
  const found: OffenceMention[] = [];
  let at = 0;
  for (const gap of [...clause.matchAll(LIST_GAP), null]) {
    const to = gap ? gap.index : clause.length;
    const name = nameOf(names, conceptsIn(clause.slice(at, to)));
    if (name) found.push(mention(doc, name, { start: start + at, end: start + to }));
    if (gap) at = gap.index + gap[0].length;
  }
  return found;
}
