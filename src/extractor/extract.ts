/**
 * Pure citation extractor: finds the articles, laws and offences a text cites and resolves each to
 * the version it most likely means. Everything it knows about the law comes from `ctx`.
 */

import type { DocumentContext, ExtractedCitation, ExtractionContext, ExtractOptions } from './citation.types.ts';
import { findCjkGroups } from './extract-articles-cjk.ts';
import { findLatinGroups } from './extract-articles-latin.ts';
import type { Binder } from './extract-binder.ts';
import { bindGroup } from './extract-binding.ts';
import { compileContext } from './extract-context.ts';
import {
  CONTEXT_WEIGHT,
  documentFocus,
  type Scores,
  scoreJurisdictions,
  scoreOffences,
  summed,
  writersPrior,
} from './extract-focus.ts';
import { ownCodeJurisdiction, settleMentions } from './extract-jurisdiction.ts';
import { findLawMentions } from './extract-laws.ts';
import { speaksOfInstruments } from './extract-instruments.ts';
import { findOffenceMentions } from './extract-offence-names.ts';
import { attachOffences, correctSlips } from './extract-offences.ts';
import { combineSignals, findMarkers, jurisdictionNames, type Signal } from './extract-signals.ts';
import { excludeSystemTerms, scoreSpanTerms } from './extract-system-terms.ts';
import { byStart, segment } from './extract-text.ts';
import type {
  ArticleGroup,
  CompiledContext,
  Doc,
  Draft,
  LawMention,
  OffenceMention,
  StatedYear,
} from './extract-types.ts';
import { agentStates, beside } from './extract-agents.ts';
import { groupDrafts, lawDrafts, offenceDrafts } from './extract-drafts.ts';
import { findVersionStatements, statedVersionFor } from './extract-versions.ts';
import { latinLanguageOf, latinWords, writersJurisdictionOf } from './lang/index.ts';
import { normaliseText } from './numerals.ts';
import { jurisdictionOfName } from './patterns-jurisdictions.ts';
import { resolveDraft } from './resolve.ts';

interface Analysis {
  doc: Doc;
  markers: Signal[];
  mentions: LawMention[];
  scores: Scores;
  /** what the text's legal vocabulary says (extract-system-terms), already in `scores` */
  terms: Scores;
}

function analyse(text: string, compiled: CompiledContext, isContext = false): Analysis {
  const norm = normaliseText(text);
  const doc: Doc = { text, norm, ...segment(norm), compiled };
  const markers = findMarkers(doc);
  excludeSystemTerms(
    doc,
    markers.flatMap((marker) => (marker.agentEnd !== undefined ? [{ start: marker.end, end: marker.agentEnd }] : [])),
  );
  const mentions = findLawMentions(doc);
  const terms = scoreSpanTerms(doc, 0, norm.length);
  return {
    doc,
    markers,
    mentions,
    terms,
    scores: summed(scoreJurisdictions(compiled, markers, mentions, isContext), terms),
  };
}

function weighted(scores: Scores, weight: number): Scores {
  return new Map([...scores].map(([code, points]) => [code, points * weight]));
}

/** The title and summary: what they say about jurisdictions, and the laws they name. */
interface ContextAnalysis {
  scores: Scores;
  mentions: LawMention[];
  /** per law, the first version the title or summary states ("2004년 7월 제정한 행정처벌법") */
  stated: Map<string, StatedYear>;
  /** whether they speak the language of international instruments (extract-instruments) */
  instruments: boolean;
  /** the jurisdictions whose agents they name ("ROK sentenced DPRK spy") */
  agents: Set<string>;
}

const SHORT_WORDS = new Set(latinWords('shortWordsInCapitals'));
const SHOUTED = /^[^\p{Ll}]*\p{Lu}{2}[^\p{Ll}]*\p{Lu}{2}[^\p{Ll}]*$/u;

/**
 * "LEGISLATION LAW OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA": a heading set in capitals names its law as
 * the same words in title case would, but the law-name patterns read capitals as acronyms. Only the title and
 * summary are recased (short, so cheap), and short words stay capitals unless they are words ('DPRK', 'UN').
 */
function unshout(part: string): string {
  if (!SHOUTED.test(part)) return part;
  return part.replace(/\p{Lu}[\p{Lu}'’]*/gu, (word) => {
    const lower = word.toLowerCase();
    return word.length <= 4 && !SHORT_WORDS.has(lower) ? word : word[0] + lower.slice(1);
  });
}

/** The title and summary: what they say about jurisdictions, the laws they name and the versions they state. */
function analyseContext(
  compiled: CompiledContext,
  context: DocumentContext | null | undefined,
  prior: Scores,
): ContextAnalysis {
  const text = [context?.title, context?.summary]
    .filter((part): part is string => Boolean(part?.trim()))
    .map(unshout)
    .join('\n');
  if (!text) return { scores: new Map(), mentions: [], stated: new Map(), instruments: false, agents: new Set() };
  const { doc, markers, mentions, scores } = analyse(text, compiled, true);
  settleMentions(
    doc,
    mentions,
    markers.filter((marker) => marker.reach !== 'document'),
    documentFocus(compiled, scores, prior),
  );
  const stated = new Map<string, StatedYear>();
  const found = findVersionStatements(doc, mentions);
  for (const statement of found.statements) {
    if (!stated.has(statement.law)) stated.set(statement.law, { year: statement.year, month: statement.month });
  }
  for (const [law, year] of found.headers) if (!stated.has(law)) stated.set(law, year);
  return {
    scores: weighted(scores, CONTEXT_WEIGHT),
    mentions: mentions.filter((mention) => mention.kind !== 'anaphor'),
    stated,
    instruments: speaksOfInstruments(doc.norm),
    agents: agentStates(markers),
  };
}

/**
 * Whether the text or its title and summary name `code`'s country anywhere — inside running Chinese
 * too ("根据中国《刑法》"), where a name is not told apart as a marker — or the text one of its statutes
 * by abbreviation.
 */
function namesCountry(analysis: Analysis, context: ContextAnalysis, code: string): boolean {
  if (analysis.scores.has(code) || context.scores.has(code)) return true;
  const { doc } = analysis;
  if (analysis.mentions.some((mention) => ownCodeJurisdiction(doc, mention) === code)) return true;
  return jurisdictionNames(doc).some(
    (match) => jurisdictionOfName(doc.compiled.jurisdictions.lookup, match[0]) === code,
  );
}

function withoutOverlaps(groups: ArticleGroup[]): ArticleGroup[] {
  const kept: ArticleGroup[] = [];
  for (const group of groups.sort(byStart)) {
    const last = kept.at(-1);
    if (!last || group.start >= last.end) kept.push(group);
  }
  return kept;
}

/** An offence citation repeating an article citation of the same offence adds nothing. */
function withoutRepeatedOffences(citations: ExtractedCitation[], drafts: Draft[]): ExtractedCitation[] {
  const covered = new Set(
    citations.filter((_, i) => drafts[i]!.kind === 'article').map((citation) => `${citation.law} ${citation.offence}`),
  );
  return citations.filter(
    (citation, i) => drafts[i]!.kind !== 'offence' || !covered.has(`${citation.law} ${citation.offence}`),
  );
}

function besideOwnAgents(analysis: Analysis, compiled: CompiledContext, offence: OffenceMention): boolean {
  const jurisdiction = compiled.laws.get(offence.law)?.jurisdiction ?? null;
  return jurisdiction !== null && beside(analysis.doc, analysis.markers, offence, jurisdiction);
}

/**
 * `prior`: the points the text's language gives; `offences`: those of the offences it names; `spies`:
 * the offences named beside their own state's agents.
 */
function makeBinder(
  analysis: Analysis,
  context: ContextAnalysis,
  prior: Scores,
  offences: Scores,
  spies: ReadonlySet<OffenceMention>,
): { binder: Binder; marked: boolean } {
  const { doc, markers, mentions, scores } = analysis;
  const focus = documentFocus(doc.compiled, scores, context.scores, prior, offences);
  settleMentions(
    doc,
    mentions,
    markers.filter((marker) => marker.reach !== 'document'),
    focus,
  );
  // Scored again once "형법", "das Strafgesetzbuch" know whose they are: laws named of another country alone leave no default.
  const defaultFocus = documentFocus(
    doc.compiled,
    scoreJurisdictions(doc.compiled, markers, mentions),
    analysis.terms,
    context.scores,
    offences,
  );
  const marked = focus !== null && ((scores.get(focus) ?? 0) > 0 || (context.scores.get(focus) ?? 0) > 0);
  const binder: Binder = {
    doc,
    mentions,
    owners: mentions.filter((mention) => mention.kind !== 'anaphor' || mention.antecedent !== null),
    byStart: new Map(mentions.map((mention) => [mention.start, mention])),
    signals: combineSignals(markers, mentions),
    markers,
    focus,
    defaultFocus,
    context: context.mentions,
    instrumentContext: context.instruments,
    contextAgents: context.agents,
    besideOwnAgents: spies,
    systems: new Set(analysis.terms.keys()),
  };
  return { binder, marked };
}

/**
 * Citations of statutes in `text`, sorted by start. An article of a law the database does not
 * hold comes back with `law: null` and the law's name in `lawName`; `opts.context` (the title and
 * summary the text is published under) helps bind bare references and is never cited.
 */
export function extractCitations(text: string, ctx: ExtractionContext, opts: ExtractOptions = {}): ExtractedCitation[] {
  const compiled = compileContext(ctx);
  const analysis = analyse(text, compiled);
  const written = [text, opts.context?.title, opts.context?.summary].join('\n');
  const latin = latinLanguageOf(written);
  const writers = writersJurisdictionOf(written, latin);
  const context = analyseContext(compiled, opts.context, new Map());
  // A text that names another state's spies ("북한 공작원에게 …") speaks of the writer's own country's case.
  const spiedOn = (code: string) => analysis.markers.some((marker) => marker.agent && marker.jurisdiction !== code);
  const prior = writersPrior(compiled, writers, (code) => namesCountry(analysis, context, code) || spiedOn(code));
  const offences = findOffenceMentions(analysis.doc, analysis.mentions);
  // An offence named beside the state's own agents is another state's charge (extract-agents): it says
  // nothing for that state, and cites nothing of its law (offenceDrafts).
  const spies = new Set(offences.filter((offence) => besideOwnAgents(analysis, compiled, offence)));
  const charged = offences.filter((offence) => !spies.has(offence));
  const { binder, marked } = makeBinder(analysis, context, prior, scoreOffences(compiled, charged), spies);
  const { doc, mentions } = binder;
  const statements = findVersionStatements(doc, mentions);
  statements.fallback = context.stated;
  const language = latin?.code ?? null;
  const groups = withoutOverlaps([...findLatinGroups(doc.norm, language), ...findCjkGroups(doc)]);
  const drafts = groups
    .map((group) => bindGroup(binder, group))
    .flatMap((bound) => (bound ? groupDrafts(doc, bound, statements, marked) : []));
  for (const draft of correctSlips(doc, drafts, offences))
    draft.stated = statedVersionFor(doc, statements, draft.law!, draft.start, null);
  const loose = attachOffences(doc, drafts, offences);
  drafts.push(...offenceDrafts(binder, loose, statements));
  drafts.push(...lawDrafts(doc, mentions, new Set(drafts.map((draft) => draft.law)), statements, marked));
  drafts.sort(byStart);
  const citations = drafts.map((draft) => resolveDraft(text, doc.compiled.laws, draft, opts));
  return withoutRepeatedOffences(citations, drafts);
}
