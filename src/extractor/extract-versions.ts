/** Versions the text names ("the 2015 revised criminal code", "the 2004 amendment", "2015년 개정"). */

import {
  firstStartingAfter,
  floorIndex,
  lastEndingBefore,
  paragraphOf,
  sameSentence,
  sentenceOf,
  stickyMatch,
} from './extract-text.ts';
import type { Doc, LawMention, StatedYear, VersionStatement } from './extract-types.ts';
import { monthNumber } from './patterns.ts';
import { AS_OF_STATEMENTS, LAW_HEADER, VERSION_STATEMENTS } from './patterns-versions.ts';

const LOOK_AROUND = 8;
/** What every version statement holds (patterns-versions: YEAR_LATIN and the CJK years are 19xx or 20xx). */
const ANY_YEAR = /(?:19|20)\d{2}/;
/** "Administrative Punishment Law (2011)", "형법(2004)", "刑法(2012年)": the year a text or translation is of. */
const BRACKETED_YEAR = /\s?[(（]\s?((?:19|20)\d{2})\s?[년年]?\s?[)）]/y;

function bracketedYear(doc: Doc, end: number): StatedYear | null {
  const match = stickyMatch(BRACKETED_YEAR, doc.norm, end);
  return match ? { year: match[1]!, month: null } : null;
}

/** The law a statement speaks of: the nearer law mention in its sentence, else the default law. */
function lawOfStatement(doc: Doc, mentions: LawMention[], start: number, end: number): string | null {
  const candidates = [lastEndingBefore(mentions, start), firstStartingAfter(mentions, end)]
    .filter((mention): mention is LawMention => mention !== null && sameSentence(doc, mention.start, start))
    .sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start));
  const nearest = candidates[0];
  if (!nearest) return doc.compiled.ctx.defaultLaw;
  return nearest.law;
}

function statementOf(doc: Doc, mentions: LawMention[], match: RegExpMatchArray): VersionStatement | null {
  const groups = match.groups ?? {};
  const year = groups['y1'] ?? groups['y2'] ?? groups['y3'] ?? groups['y4'] ?? groups['y6'];
  if (!year) return null;
  const start = match.index ?? 0;
  const law = lawOfStatement(doc, mentions, start, start + match[0].length);
  if (!law) return null;
  return located(doc, start, law, {
    year,
    month: monthNumber(groups['m2'] ?? groups['m3'] ?? groups['m4'] ?? groups['m6']),
  });
}

function located(doc: Doc, pos: number, law: string, stated: StatedYear): VersionStatement {
  return { pos, law, ...stated, sentence: sentenceOf(doc, pos), paragraph: paragraphOf(doc, pos) };
}

export interface StatementIndex {
  statements: VersionStatement[];
  positions: number[];
  /** per law, the version the title or summary states, for citations the text itself states none for */
  fallback: Map<string, StatedYear>;
  /** per law, the version its text's header states (LAW_HEADER): it holds for the whole text */
  headers: Map<string, StatedYear>;
}

/** A header belongs to the law whose text it opens: the first held law named after it, else the last before it (the title). */
function headerLaw(mentions: LawMention[], pos: number): string | null {
  const held = mentions.filter((mention) => mention.kind === 'alias' && mention.law !== null);
  return (held.find((mention) => mention.start >= pos) ?? held.findLast((mention) => mention.end <= pos))?.law ?? null;
}

/** All version statements, sorted by position; qualifier years of law mentions included. */
export function findVersionStatements(doc: Doc, mentions: LawMention[]): StatementIndex {
  const statements: VersionStatement[] = [];
  for (const mention of mentions) {
    if (mention.kind !== 'alias' || !mention.law) continue;
    const stated = mention.stated ?? bracketedYear(doc, mention.end);
    if (stated) statements.push(located(doc, mention.phraseStart, mention.law, stated));
  }
  // Every statement holds a year: a text without one (most titles, many excerpts) is not read three more times.
  const years = ANY_YEAR.test(doc.norm);
  for (const match of years ? doc.norm.matchAll(VERSION_STATEMENTS) : []) {
    const statement = statementOf(doc, mentions, match);
    if (statement) statements.push(statement);
  }
  const headers = new Map<string, StatedYear>();
  for (const match of years ? doc.norm.matchAll(LAW_HEADER) : []) {
    const law = headerLaw(mentions, match.index ?? 0);
    if (law && !headers.has(law)) headers.set(law, { year: match.groups?.['y'] ?? '', month: null });
  }
  for (const match of years ? doc.norm.matchAll(AS_OF_STATEMENTS) : []) {
    const year = match.groups?.['y1'] ?? match.groups?.['y2'];
    const start = match.index ?? 0;
    const law = year ? lawOfStatement(doc, mentions, start, start + match[0].length) : null;
    if (year && law) statements.push(located(doc, start, law, { year, month: null, asOf: true }));
  }
  statements.sort((a, b) => a.pos - b.pos);
  return { statements, positions: statements.map((statement) => statement.pos), fallback: new Map(), headers };
}

/**
 * The version a citation of `law` at `pos` is stated in: its own law mention's year, else the nearest
 * statement in the same sentence, else the last earlier one in the same paragraph.
 */
export function statedVersionFor(
  doc: Doc,
  index: StatementIndex,
  law: string,
  pos: number,
  mention: LawMention | null,
): StatedYear | null {
  if (mention?.stated) return mention.stated;
  return statedInText(doc, index, law, pos) ?? index.headers.get(law) ?? index.fallback.get(law) ?? null;
}

function statedInText(doc: Doc, index: StatementIndex, law: string, pos: number): StatedYear | null {
  const { statements, positions } = index;
  if (statements.length === 0) return null;
  const pivot = floorIndex(positions, pos);
  const sentence = sentenceOf(doc, pos);
  let best: VersionStatement | null = null;
  for (let i = Math.max(0, pivot - LOOK_AROUND); i <= Math.min(statements.length - 1, pivot + LOOK_AROUND); i++) {
    const statement = statements[i]!;
    if (statement.law !== law || statement.sentence !== sentence) continue;
    if (!best || Math.abs(statement.pos - pos) < Math.abs(best.pos - pos)) best = statement;
  }
  if (best) return best;
  const paragraph = paragraphOf(doc, pos);
  for (let i = pivot; i >= Math.max(0, pivot - LOOK_AROUND * 2); i--) {
    const statement = statements[i]!;
    if (statement.pos <= pos && statement.paragraph === paragraph && statement.law === law) return statement;
  }
  return null;
}
