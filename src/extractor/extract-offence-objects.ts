/**
 * What an offence's words say of the act beside them: an object that makes it another offence
 * ("smuggling the South Korean series"), and whether a word is part of a held offence's name
 * (a place written inside a name is no place the act was done in).
 */

import { conceptsOf } from './extract-offence-concepts.ts';
import type { CompiledContext, Doc, Span } from './extract-types.ts';
import { alternation } from './lang/compile.ts';
import { LATIN_LANGUAGES } from './lang/index.ts';
import { isCjkName, nameKey } from './patterns.ts';

const WORD = /\p{L}[\p{L}\p{M}'’]*/gu;

/** Per concept of an act ("smuggl"), the objects that make it another offence ("films"), from the language data. */
const OBJECTS_ELSEWHERE = (() => {
  const byConcept = new Map<string, string[]>();
  for (const language of LATIN_LANGUAGES)
    for (const [act, objects] of Object.entries(language.actObjectsElsewhere))
      for (const concept of conceptsOf(act)) byConcept.set(concept, [...(byConcept.get(concept) ?? []), ...objects]);
  return new Map(
    [...byConcept].map(([concept, objects]) => [
      concept,
      new RegExp(`^[^.!?;]{0,48}?(?<![\\p{L}])(?:${alternation(objects)})(?![\\p{L}])`, 'iu'),
    ]),
  );
})();

/**
 * "smuggling the South Korean series …": the act's object, a few words on, makes the offence its
 * words name (exactly or in other words) no such offence.
 */
export function objectElsewhere(doc: Doc, mention: Span): boolean {
  const words = doc.norm.slice(mention.start, mention.end).match(WORD) ?? [];
  const after = doc.norm.slice(mention.end, mention.end + 60);
  return words.some((word) => conceptsOf(word).some((concept) => OBJECTS_ELSEWHERE.get(concept)?.test(after) ?? false));
}

/**
 * Whether `word` is a word of a held offence's name ("international" in "illegal international
 * communications", "국제" in "비법국제통신죄"): CJK names are not spaced, so any part of one counts.
 */
export function isOffenceWord(doc: Doc, word: string): boolean {
  if (!isCjkName(word)) return doc.compiled.offenceWords.words.has(word.toLowerCase());
  const key = nameKey(word);
  return cjkNameKeys(doc.compiled).some((name) => name.includes(key));
}

/** The keys of the held offences' CJK names, made once per context rather than per word asked about. */
const CJK_NAME_KEYS = new WeakMap<CompiledContext, string[]>();

function cjkNameKeys(compiled: CompiledContext): string[] {
  let keys = CJK_NAME_KEYS.get(compiled);
  if (!keys) {
    keys = compiled.ctx.offences.flatMap((offence) => offence.names.filter(isCjkName).map(nameKey));
    CJK_NAME_KEYS.set(compiled, keys);
  }
  return keys;
}
