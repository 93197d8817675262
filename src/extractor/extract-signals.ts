/**
 * Jurisdiction signals: words that say whose law the text is speaking of. A jurisdiction's name
 * ("North Korea", "북한") reaches across sentences in its paragraph when the database holds that
 * jurisdiction's laws; another jurisdiction named with a law or court ("South Korean courts",
 * "한국에서는") reaches to the end of its sentence, or its paragraph when it opens the sentence
 * ("In South Korea, …"). Every name also counts towards what the whole document is about.
 */

import {
  byStart,
  lastEndingBefore,
  matchAllOf,
  paragraphOf,
  sameSentence,
  sentenceStartOf,
  stickyMatch,
} from './extract-text.ts';
import type { Doc, LawMention, Span } from './extract-types.ts';
import { alternation, group } from './lang/compile.ts';
import { CJK_LANGUAGES, cjkWords, latinWords } from './lang/index.ts';
import { agentPhraseEnd } from './extract-agents.ts';
import { precededByHangul } from './patterns.ts';
import { jurisdictionOfName } from './patterns-jurisdictions.ts';

export interface Signal extends Span {
  jurisdiction: string | null;
  mention: LawMention | null;
  /** how far it decides for bare references: 'document' only counts towards the document's subject */
  reach: 'sentence' | 'paragraph' | 'document';
  /** said of a law, a court or a place of jurisdiction ("South Korean law", "In Russia,"), not just named */
  strong: boolean;
  /** the name of a state whose secret agents are meant ("북한 공작원", "a North Korean spy"): not whose law */
  agent?: boolean;
  /** for an agent: where the words naming the agent end ("북한 보위부 지령|") */
  agentEnd?: number;
}

const HANGUL_OR_HAN = /[가-힣\p{Script=Han}]/u;
const MAX_OPENING = 12;
const PARTICLE_AFTER_SHORT_NAME = /^(?:[^가-힣\p{Script=Han}]|[의은는이가도에측])/u;

const BEFORE_NAME = new Set(CJK_LANGUAGES.flatMap((language) => [...language.beforeNameCharacters]));

/** A one-character CJK name ("北", "북") is a name only as a word of its own: "北, …", "북 당국", not "북경". */
function standsAlone(norm: string, start: number, end: number): boolean {
  const before = start > 0 ? norm[start - 1]! : '';
  if (HANGUL_OR_HAN.test(before) && !(end - start > 1 && BEFORE_NAME.has(before))) return false;
  if (end - start > 1) return true;
  return end >= norm.length || PARTICLE_AFTER_SHORT_NAME.test(norm.slice(end, end + 1));
}

/** Per list of laws, the jurisdictions it holds laws of: asked for every marker, it was a scan of every law each time. */
const HOLDERS = new WeakMap<Doc['compiled']['ctx']['laws'], Set<string>>();

function held(doc: Doc, code: string): boolean {
  const { laws } = doc.compiled.ctx;
  let holders = HOLDERS.get(laws);
  if (!holders) {
    holders = new Set(laws.map((law) => law.jurisdiction));
    HOLDERS.set(laws, holders);
  }
  return doc.compiled.defaultLaws.has(code) || holders.has(code);
}

/** A name that is itself a court or a prosecutor's office ("대법원", "지법"): it ends in an institution word. */
const INSTITUTION_NAME = new RegExp(
  `(?:${alternation(cjkWords('institutionWords').filter((word) => word.length > 1))})$`,
);

/**
 * "수원지법", "부산고등법원": an institution's name may end a longer word (the place it sits in), and says
 * that the passage speaks of its jurisdiction's law — unless another jurisdiction's name is that place
 * ("도쿄지법"), which then decides.
 */
function placedAlone(markers: Signal[], start: number): boolean {
  const previous = markers.at(-1);
  return !previous || previous.end < start - 1;
}

/** "북한 외 다른 국가", "北朝鮮以外", "countries other than North Korea": the name is what the passage leaves out. */
const EXCLUDED_AFTER = new RegExp(`^\\s?(?:${alternation(cjkWords('exclusionAfter'))})(?![가-힣])`, 'u');
const EXCLUDED_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${alternation(latinWords('exclusionBefore'))})\\s+(?:the\\s+)?$`,
  'iu',
);

/** "한국행", "韓国行き": the name is where someone was headed. */
const DESTINATION_AFTER = new RegExp(
  CJK_LANGUAGES.filter((language) => language.destinationAfter.length > 0)
    .map(
      (language) =>
        `^(?:${alternation(language.destinationAfter)})${language.notDestinationAfter ? `(?![${language.notDestinationAfter}])` : ''}`,
    )
    .join('|') || '(?!)',
  'u',
);

function excluded(norm: string, start: number, end: number): boolean {
  const after = norm.slice(end, end + 6);
  return (
    EXCLUDED_AFTER.test(after) ||
    DESTINATION_AFTER.test(after) ||
    EXCLUDED_BEFORE.test(norm.slice(Math.max(0, start - 24), start))
  );
}

const SOURCE_BEFORE = new RegExp(`(?<![\\p{L}])${group(latinWords('sourceBefore'))}\\s+(?:the\\s+)?$`, 'iu');
const SOURCE_AFTER = new RegExp(`^,?\\s*${group(latinWords('sourceAfter'))}(?![\\p{L}])`, 'iu');

/** "According to South Korea's intelligence service, …", "Seoul's prosecutors said …": the institution reports, it is no forum. */
function isSource(norm: string, start: number, end: number): boolean {
  return SOURCE_BEFORE.test(norm.slice(Math.max(0, start - 24), start)) || SOURCE_AFTER.test(norm.slice(end, end + 24));
}

function markerAt(doc: Doc, match: RegExpExecArray, markers: Signal[]): Signal | null {
  const start = match.index;
  const end = start + match[0].length;
  const { jurisdictions } = doc.compiled;
  if (excluded(doc.norm, start, end)) return null;
  const named = INSTITUTION_NAME.test(match[0]);
  if (named ? !placedAlone(markers, start) : precededByHangul(doc.norm, start) || !standsAlone(doc.norm, start, end))
    return null;
  const code = jurisdictionOfName(jurisdictions.lookup, match[0]);
  if (!code) return null;
  const after = named ? null : stickyMatch(jurisdictions.institutionAfter, doc.norm, end);
  const institution = (named || after !== null) && !isSource(doc.norm, start, end + (after?.[0].length ?? 0));
  // "In South Korea, …" opens its sentence: only a word or two ("In", "Under the") before the name.
  const sentenceStart = sentenceStartOf(doc, start);
  const locative =
    start - sentenceStart <= MAX_OPENING && jurisdictions.locativeBefore.test(doc.norm.slice(sentenceStart, start));
  const strong = institution || locative;
  // "북한 공작원에게 기밀을 넘긴 …": the state spied for is named, and its law is the one the text is not about.
  const agentEnd = agentPhraseEnd(doc.norm, { start, end });
  if (agentEnd !== null)
    return { start, end, jurisdiction: code, mention: null, reach: 'document', strong: false, agent: true, agentEnd };
  let reach: Signal['reach'] = 'document';
  if (held(doc, code) || locative) reach = 'paragraph';
  else if (institution) reach = 'sentence';
  return { start, end, jurisdiction: code, mention: null, reach, strong };
}

const NAMES = new WeakMap<Doc, RegExpExecArray[]>();

/** The matches of the jurisdiction-name patterns in the text, found once per document: the markers and extract.ts's namesCountry both read them. */
export function jurisdictionNames(doc: Doc): readonly RegExpExecArray[] {
  let names = NAMES.get(doc);
  if (!names) {
    names = matchAllOf(doc.norm, doc.compiled.jurisdictions.markers);
    NAMES.set(doc, names);
  }
  return names;
}

/** Every jurisdiction name in the text that is a name there (not part of a longer word). */
export function findMarkers(doc: Doc): Signal[] {
  const markers: Signal[] = [];
  for (const match of jurisdictionNames(doc)) {
    const marker = markerAt(doc, match, markers);
    if (marker) markers.push(marker);
  }
  return markers;
}

/** Markers and law mentions (not anaphors) in one sorted list; markers that reach no further than the document stay out. */
export function combineSignals(markers: Signal[], mentions: LawMention[]): Signal[] {
  const named = mentions
    .filter((mention) => mention.kind !== 'anaphor')
    .map(
      (mention): Signal => ({
        ...mention,
        mention,
        reach: mention.kind === 'unknown' ? 'sentence' : 'paragraph',
        strong: true,
      }),
    );
  return [...markers.filter((marker) => marker.reach !== 'document'), ...named].sort(byStart);
}

/** The last signal before `pos` that still reaches it. */
export function signalAt(doc: Doc, signals: Signal[], pos: number): Signal | null {
  const signal = lastEndingBefore(signals, pos);
  if (!signal) return null;
  if (sameSentence(doc, signal.start, pos)) return signal;
  return signal.reach === 'paragraph' && paragraphOf(doc, signal.start) === paragraphOf(doc, pos) ? signal : null;
}
