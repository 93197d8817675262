/**
 * Offence names in the text ("the crime of illegal international communications", "테로죄",
 * "国家転覆陰謀罪"), and whether the text frames them as a charge, which lets them stand alone as
 * citations. Korean and Chinese names written a little differently from the database's
 * ("퇴폐문화 반입·유포죄") are matched by their characters.
 */

import {
  inChargeSentence,
  isAttributiveOffender,
  lawSentences,
  offencesAfterCues,
  offencesInClause,
  unlawfulActs,
} from './extract-offence-terms.ts';
import { objectElsewhere } from './extract-offence-objects.ts';
import { offenceWritten } from './extract-offence-similar.ts';
import { framedByCue, paraphrasedOffences } from './extract-offence-words.ts';
import { matchAllOf, overlapsAny, sentenceOf } from './extract-text.ts';
import type { Doc, LawMention, OffenceMention, Span } from './extract-types.ts';
import { alternation, charClass, escapeRegExp } from './lang/compile.ts';
import { CJK_LANGUAGES, cjkWords, latinWords } from './lang/index.ts';
import { isCjkName, nameKey } from './patterns.ts';

/**
 * "charged with espionage", and a later charge of the same frame: "charges of subversion and
 * espionage", "crimes such as sedition, espionage" (the items before need not be offences we hold).
 */
const FRAMING_BEFORE = new RegExp(
  `(?:${alternation(latinWords('offenceFramingBefore'))})\\s+(?:the\\s+)?(?:(?:[\\p{L}'-]+\\s+){1,3}(?:${alternation(latinWords('listWords'))})\\s+|(?:[\\p{L}'-]+(?:\\s[\\p{L}'-]+)?,\\s+){1,2})?["'“]?\\s*$`,
  'iu',
);
/** After the name, maybe past its act noun, a closing quote or a possessive ("국가전복음모행위’ 혐의"), a framing word. */
const FRAMING_AFTER = new RegExp(
  `^(?:${alternation(cjkWords('offenceActNouns'))})?["'”’」』]?\\s*(?:${alternation(cjkWords('possessives'))})?\\s*` +
    `(?:(?:${alternation(latinWords('offenceFramingAfter'))})(?![\\p{L}])|${alternation(cjkWords('offenceFramingAfter'))})`,
  'iu',
);
const SUFFIXES = alternation(cjkWords('offenceSuffixes'));
const NOT_AFTER_SUFFIX = charClass(CJK_LANGUAGES.map((language) => language.notOffenceAfter).join(''));
const FRAMED_NAME = new RegExp(
  `(?:${SUFFIXES})$|^(?:${alternation(latinWords('offenceFramingAfter'))})\\s+of\\s`,
  'iu',
);
/** "'퇴폐적인 행위'를 한 죄", "…를 반입·유포한 죄": the offence suffix a few words after the name, in its clause. */
const SUFFIX_AFTER = new RegExp(`^[^.!?。\\n]{0,40}?[\\s'’”가-힣](?:${SUFFIXES})(?!${NOT_AFTER_SUFFIX})`, 'u');
/** A name in quotes is quoted as a name: “decadent acts”, 「国家転覆陰謀罪」. */
const QUOTE_BEFORE = /["'“‘「『]\s?$/;
const QUOTE_AFTER = /^\s?["'”’」』]/;
/** "subversion and espionage", "国家転覆陰謀罪、テロ罪": offences sharing one frame. */
const CONJUNCTION = new RegExp(
  `^["'”’」』\\s]*(?:,|、|·|;|${alternation([...latinWords('listWords'), ...cjkWords('listGaps')])})\\s*["'“‘「『]?\\s*$`,
  'iu',
);
/** The suffix of a Korean or Chinese offence name (죄, 罪); the name is read back from it. */
const SUFFIX_AT = new RegExp(`(?:${SUFFIXES})(?!${NOT_AFTER_SUFFIX})`, 'gu');
/** Up to three chunks of Hangul or Han right before the suffix, on a short slice. */
const NAME_BEFORE = /(?:[가-힣\p{Script=Han}\p{Script=Katakana}ー·]+[,、]?\s?){1,3}$/u;
/**
 * What may stand between a name and its suffix or framing word: a possessive ("スパイの罪", "간첩의 죄"),
 * and the quote that closes a quoted name ("「スパイ」の罪"). Not the act noun: "퇴폐적 행위죄" holds it.
 */
const LINK_BEFORE = new RegExp(`["'’”」』]?\\s?(?:${alternation(cjkWords('possessives'))})?\\s?$`, 'u');
const LINK_SPAN = 4;
const LOOK_BACK = 24;
/**
 * "スパイ容疑", "간첩 혐의로": a framing word right after a name written without its suffix. Only the
 * framing words the suffix scan does not read ("容疑", "罪名", not "の罪"). A possessive may come
 * between ("不法国境出入の容疑").
 */
const SUFFIX_CHARS = new Set(cjkWords('offenceSuffixes').join(''));
const SUFFIX_IN = new RegExp(SUFFIX_AT.source, 'u');
const FRAMING_AT = new RegExp(
  `\\s?(?:${alternation(cjkWords('offenceFramingAfter').filter((word) => !SUFFIX_IN.test(word)))})`,
  'gu',
);
/**
 * "조국반역자", "반역자들은", "叛国者": the one who commits an offence, after its name or words, at a
 * word's end (a particle, 들, a quote or a space may follow). Each is read with its language's suffix.
 */
const OFFENDER_SUFFIX = new Map(
  CJK_LANGUAGES.flatMap((language) =>
    language.offenderSuffixes.map((word) => [word, language.offenceSuffixes[0]!] as const),
  ),
);
const NOT_OFFENDER_BEFORE = charClass(CJK_LANGUAGES.map((language) => language.notOffenderBefore).join('') || ' ');
/**
 * Each suffix is matched first and the character before it checked after (a lookbehind that holds the
 * suffix): a pattern that opens with a lookbehind is tried at every position of the text.
 */
const OFFENDER_AT = new RegExp(
  `(?:${[...OFFENDER_SUFFIX.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .map((suffix) => `${suffix}(?<=[가-힣\\p{Script=Han}]${suffix})(?<!${NOT_OFFENDER_BEFORE}${suffix})`)
    .join('|')})(?![가-힣](?<![들은는이가을를의로와과도만에]))`,
  'gu',
);
const BRACKETED_BEFORE = /[(（][가-힣\p{Script=Han}\p{Script=Katakana}ー]{1,6}[)）]$/u;
/** A run of Han or kana, where words are not spaced. */
const SPACELESS = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー·]+\s?$/u;

function isFramed(norm: string, span: Span, name: string): boolean {
  if (FRAMED_NAME.test(name)) return true;
  const before = norm.slice(Math.max(0, span.start - 40), span.start);
  const after = norm.slice(span.end, span.end + 48);
  if (FRAMING_BEFORE.test(before) || FRAMING_AFTER.test(after)) return true;
  if (QUOTE_BEFORE.test(before) && QUOTE_AFTER.test(after)) return true;
  return /[가-힣\p{Script=Han}]$/u.test(name) && SUFFIX_AFTER.test(after);
}

function similarMentions(doc: Doc, taken: Span[]): OffenceMention[] {
  const found: OffenceMention[] = [];
  for (const match of doc.norm.matchAll(SUFFIX_AT)) {
    const end = match.index + match[0].length;
    if (overlapsAny(taken, { start: match.index, end })) continue;
    // "スパイの罪", "国家転覆陰謀の罪": the name is read as if the suffix followed it directly.
    const link = LINK_BEFORE.exec(doc.norm.slice(Math.max(0, match.index - LINK_SPAN), match.index));
    const linked = match.index - (link?.[0].length ?? 0);
    // "테로(테러)죄": another spelling in brackets before the suffix; the name is read without it.
    const bracket = BRACKETED_BEFORE.exec(doc.norm.slice(Math.max(0, linked - 10), linked));
    const nameEnd = linked - (bracket?.[0].length ?? 0);
    const from = Math.max(0, nameEnd - LOOK_BACK);
    const name = NAME_BEFORE.exec(doc.norm.slice(from, nameEnd));
    const hit = name && similarBefore(doc, from + name.index, name[0], { nameEnd, suffix: match[0], end });
    if (hit) found.push(hit);
    for (const other of offencesInClause(doc, nameEnd, end)) {
      if (!(hit && overlapsAny([hit], other)) && !overlapsAny(taken, other)) found.push(other);
    }
  }
  return found;
}

/** Names without their suffix, framed by the word after them: the name is read as if the suffix followed. */
function framedStems(doc: Doc, taken: Span[], laws: Span[]): OffenceMention[] {
  const found: OffenceMention[] = [];
  for (const match of doc.norm.matchAll(FRAMING_AT)) {
    const link = LINK_BEFORE.exec(doc.norm.slice(Math.max(0, match.index - LINK_SPAN), match.index));
    const nameEnd = match.index - (link?.[0].length ?? 0);
    const from = Math.max(0, nameEnd - LOOK_BACK);
    const name = NAME_BEFORE.exec(doc.norm.slice(from, nameEnd));
    if (!name) continue;
    let hit: OffenceMention | null = null;
    for (const suffix of SUFFIX_CHARS) {
      hit = similarBefore(doc, from + name.index, name[0], { nameEnd, suffix, end: nameEnd });
      if (hit) break;
    }
    // "국가기밀을 넘긴 혐의로": no name before the framing word, but words of one.
    for (const other of hit ? [hit] : offencesInClause(doc, nameEnd, nameEnd))
      if (!overlapsAny(taken, other)) found.push(other);
  }
  for (const other of [...offencesAfterCues(doc), ...unlawfulActs(doc, laws), ...offenderMentions(doc, taken, laws)])
    if (!overlapsAny([...taken, ...found], other)) found.push(other);
  return found;
}

/**
 * An offence named by its offender ("`조국반역자'", "조국을 배반하고 도주한 반역자들"): a charge only
 * in a sentence that names a held law or speaks of a charge, trial or punishment, and not when the
 * person is a class of people before another noun; "탈북자" in a story of life in the South is no charge.
 */
function offenderMentions(doc: Doc, taken: Span[], laws: Span[]): OffenceMention[] {
  const found: OffenceMention[] = [];
  let framed: Set<number> | null = null;
  // The sentence is tested first, once each: most offender nouns (기자, 학자) stand in none that frames them.
  const charged = new Map<number, boolean>();
  for (const match of doc.norm.matchAll(OFFENDER_AT)) {
    const nameEnd = match.index;
    if (isAttributiveOffender(doc, nameEnd)) continue;
    const sentence = sentenceOf(doc, nameEnd);
    framed ??= lawSentences(doc, laws);
    if (!charged.has(sentence)) charged.set(sentence, inChargeSentence(doc, nameEnd, framed));
    if (!charged.get(sentence)) continue;
    const end = nameEnd + match[0].length;
    const suffix = OFFENDER_SUFFIX.get(match[0])!;
    const from = Math.max(0, nameEnd - LOOK_BACK);
    const name = NAME_BEFORE.exec(doc.norm.slice(from, nameEnd));
    const hit = name && similarBefore(doc, from + name.index, name[0], { nameEnd, suffix, end });
    for (const other of hit ? [hit] : offencesInClause(doc, nameEnd, end))
      if (!overlapsAny([...taken, ...found], other)) found.push(other);
  }
  return found;
}

/**
 * Longest first: "퇴폐문화 반입·유포죄", then "반입·유포죄". Chinese and Japanese write no spaces, so there
 * the name may start at any character of the run ("…以及试图颠覆政权罪").
 */
function similarBefore(
  doc: Doc,
  at: number,
  run: string,
  { nameEnd, suffix, end }: { nameEnd: number; suffix: string; end: number },
): OffenceMention | null {
  for (const word of run.matchAll(/\S+\s?/g)) {
    const starts = SPACELESS.test(word[0]) ? word[0].length - 1 : 1;
    for (let shift = 0; shift < starts; shift++) {
      const start = at + word.index + shift;
      const written = doc.norm.slice(start, nameEnd) + suffix;
      // A short name ("테로죄") has too few character pairs to be told by likeness, but may be a name as it is.
      const offence = offenceWritten(doc, written);
      if (offence) return { start, end, law: offence.law, lineage: offence.lineage, framed: true };
    }
  }
  return null;
}

/** A name next to a framed one by a conjunction shares its frame: "charges of subversion and espionage". */
function shareFrames(norm: string, offences: OffenceMention[]): void {
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i + 1 < offences.length; i++) {
      const [a, b] = [offences[i]!, offences[i + 1]!];
      if (a.framed === b.framed || b.start - a.end > 16 || !CONJUNCTION.test(norm.slice(a.end, b.start))) continue;
      a.framed = true;
      b.framed = true;
    }
  }
}

/** Every offence name in the text that does not sit inside a law's name, sorted by start. */
export function findOffenceMentions(doc: Doc, mentions: LawMention[]): OffenceMention[] {
  const found: OffenceMention[] = [];
  for (const match of matchAllOf(doc.norm, doc.compiled.offencePatterns)) {
    const offence = doc.compiled.offenceLookup.get(nameKey(match[0]));
    const span = { start: match.index, end: match.index + match[0].length };
    if (!offence || overlapsAny(mentions, span)) continue;
    const mention = { ...span, ...offence, framed: isFramed(doc.norm, span, match[0]) };
    if (!mention.framed && !isCjkName(match[0])) mention.framed = framedByCue(doc, mention);
    found.push(mention);
  }
  const exact = [...found].sort((a, b) => a.start - b.start);
  const laws = mentions.filter((mention) => mention.kind === 'alias');
  const similar = [...similarMentions(doc, exact), ...framedStems(doc, exact, laws)].filter(
    (offence) => !overlapsAny(mentions, offence),
  );
  const reworded = paraphrasedOffences(doc, [...found, ...similar, ...mentions]);
  const all = [...found, ...similar, ...reworded]
    .filter((offence) => !objectElsewhere(doc, offence))
    .sort((a, b) => a.start - b.start);
  shareFrames(doc.norm, all);
  return all;
}
