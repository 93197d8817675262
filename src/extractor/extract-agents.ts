/**
 * A state's own secret agents: "a former North Korean spy", "spying for the North", "북한 공작원",
 * "北朝鮮の工作員". A state tries the spies sent against it, not its own, so an offence named beside
 * one of its agents ("arrested for espionage", "간첩 혐의") is another state's charge, however much
 * the passage speaks of that state.
 */

import { firstIndexFrom, paragraphOf, sentenceBefore, sentenceOf } from './extract-text.ts';
import type { Doc, Span } from './extract-types.ts';

/** A jurisdiction's name where it stands: extract-signals' markers, flagged `agent` where agentPhraseEnd finds one. */
type Named = Span & { jurisdiction: string | null; agent?: boolean };
import { LATIN_LETTER, group } from './lang/compile.ts';
import { cjkWords, latinWords } from './lang/index.ts';

const LATIN_AGENTS = group(latinWords('agentWords'));
/** "North Korean spy", "North Korea's operatives", "North Korean military spies", "nordkoreanische Spione". */
const AGENT_AFTER = new RegExp(
  `(?:['’]s|e[nrs]?)?\\s+(?:[${LATIN_LETTER}]+\\s+)?${LATIN_AGENTS}(?![${LATIN_LETTER}])`,
  'iy',
);
/** "spy from North Korea", "spying for the North", "Spion aus Nordkorea": read backwards from the name. */
const AGENT_BEFORE = new RegExp(
  `(?<=(?<![${LATIN_LETTER}])${LATIN_AGENTS}\\s+${group(latinWords('agentPrepositions'))}\\s+(?:the\\s+)?)`,
  'iy',
);
/** "북한 공작원", "北朝鮮の工作員", "朝鲜间谍" — not "북한 간첩죄", which names the North's own offence. */
const CJK_AGENT_AFTER = new RegExp(`[의の的]?\\s?${group(cjkWords('agentWords'))}(?![죄罪])`, 'uy');

/** "on the orders of North Korea", "im Auftrag des nordkoreanischen Geheimdienstes": the state gives an agent orders. */
const ORDERS_BEFORE = new RegExp(
  `(?<=(?<![${LATIN_LETTER}])${group(latinWords('agentOrdersBefore'))}\\s+(?:${group(latinWords('determiners'))}\\s+)?)`,
  'iy',
);
/** "북한 보위부 지령을 받아", "北朝鮮の指令で": the orders, after the state and maybe one word for its agency. */
const CJK_ORDERS_AFTER = new RegExp(
  `[의の的]?\\s?(?:[가-힣\\p{Script=Han}\\p{Script=Katakana}]{1,8}[의の的]?\\s?)?${group(cjkWords('agentOrderWords'))}`,
  'uy',
);

/** "for South Korea's intelligence service", "für Südkoreas Geheimdienst": working for it makes an agent of its state. */
const FOR_BEFORE = new RegExp(
  `(?<=(?<![${LATIN_LETTER}])${group(latinWords('agentPrepositions'))}\\s+(?:the\\s+)?)`,
  'iy',
);
const SERVICE_AFTER = new RegExp(
  `(?:['’]s|s|e[nrs]?)?\\s+(?:[${LATIN_LETTER}]+\\s+)?${group(latinWords('intelligenceServices'))}(?![${LATIN_LETTER}])`,
  'iy',
);

/** Sticky patterns tried where the name ends or starts: every marker is asked, so nothing is sliced. */
function at(pattern: RegExp, norm: string, pos: number): boolean {
  pattern.lastIndex = pos;
  return pattern.test(norm);
}

/**
 * Where the words naming the state's agent end ("북한 보위부 지령" ends after 지령), or null when the
 * name names no agent: the agency named inside ("보위부") says who sent the agent, not whose law applies.
 */
export function agentPhraseEnd(norm: string, marker: Span): number | null {
  for (const pattern of [AGENT_AFTER, CJK_AGENT_AFTER, CJK_ORDERS_AFTER]) {
    if (at(pattern, norm, marker.end)) return pattern.lastIndex;
  }
  if (at(AGENT_BEFORE, norm, marker.start) || at(ORDERS_BEFORE, norm, marker.start)) return marker.end;
  if (at(FOR_BEFORE, norm, marker.start) && at(SERVICE_AFTER, norm, marker.end)) return SERVICE_AFTER.lastIndex;
  return null;
}

/** The jurisdictions whose agents the text names anywhere: for a title, which speaks for the whole document. */
export function agentStates(markers: Named[]): Set<string> {
  const states = new Set<string>();
  for (const marker of markers) if (marker.jurisdiction && marker.agent) states.add(marker.jurisdiction);
  return states;
}

/**
 * "한편 북한은 임 목사에게 국가전복음모 혐의를 적용했다": the state itself is the last one named before the
 * charge in its sentence, as the one who brings it, whatever agents of its the passage named before.
 */
function actsItself(doc: Doc, markers: Named[], span: Span, code: string): boolean {
  const start = doc.sentenceStarts[sentenceOf(doc, span.start)] ?? 0;
  let last: Named | null = null;
  for (let k = firstIndexFrom(markers, start); k < markers.length && markers[k]!.end <= span.start; k++) {
    last = markers[k]!;
  }
  return last !== null && last.jurisdiction === code && !last.agent;
}

/**
 * Whether `code`'s agents are named in the sentence of `span` or the one before or after it in its paragraph
 * ("… met with North Korean operatives abroad. However, they were acquitted of espionage charges").
 * Markers are sorted: only those of the two sentences are read, so a long text stays linear.
 */
export function beside(doc: Doc, markers: Named[], span: Span, code: string): boolean {
  const sentence = sentenceOf(doc, span.start);
  const before = sentenceBefore(doc, span.start);
  const from = before?.from ?? doc.sentenceStarts[sentence] ?? 0;
  // … or the one after it ("… arrested on suspicion of espionage. They acted on the North's orders").
  const next = doc.sentenceStarts[sentence + 1];
  const nextInParagraph = next !== undefined && paragraphOf(doc, next) === paragraphOf(doc, span.start);
  const to = (nextInParagraph ? doc.sentenceStarts[sentence + 2] : next) ?? doc.norm.length;
  if (actsItself(doc, markers, span, code)) return false;
  for (let k = firstIndexFrom(markers, from); k < markers.length && markers[k]!.start < to; k++) {
    const marker = markers[k]!;
    if (marker.jurisdiction === code && marker.agent) return true;
  }
  return false;
}
