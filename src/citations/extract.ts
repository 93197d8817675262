/**
 * Pure citation extractor: finds the articles, laws and offences a text cites and resolves each to
 * the version it most likely means. Everything it knows about the law comes from `ctx`.
 */

import type { ExtractedCitation, ExtractionContext, ExtractOptions } from './citation.types.ts';
import { findCjkGroups } from './extract-articles-cjk.ts';
import { findLatinGroups } from './extract-articles-latin.ts';
import { type Binder, bindGroup, makeBinder } from './extract-binding.ts';
import { compileContext } from './extract-context.ts';
import { findLawMentions } from './extract-laws.ts';
import { attachOffences, findOffenceMentions } from './extract-offences.ts';
import { findMarkers, inForeignContext } from './extract-signals.ts';
import { byStart, segment } from './extract-text.ts';
import type { ArticleGroup, BindingBasis, BoundGroup, Doc, Draft, LawMention, OffenceMention } from './extract-types.ts';
import { findVersionStatements, type StatementIndex, statedVersionFor } from './extract-versions.ts';
import { normaliseText } from './numerals.ts';
import { resolveDraft } from './resolve.ts';

const BASIS_CONFIDENCE: Record<BindingBasis, number> = {
  explicit: 0.95,
  sentence: 0.85,
  paragraph: 0.75,
  default: 0.8,
  anaphor: 0.6,
  'anaphor-default': 0.5,
};
const DEFAULT_WITHOUT_CONTEXT = 0.7;
const OFFENCE_CONFIDENCE = 0.7;
const NAMED_LAW_CONFIDENCE = 0.9;
const GENERIC_LAW_CONFIDENCE = 0.85;

function makeDoc(text: string, ctx: ExtractionContext): Doc {
  const norm = normaliseText(text);
  return { text, norm, ...segment(norm), compiled: compileContext(ctx) };
}

function withoutOverlaps(groups: ArticleGroup[]): ArticleGroup[] {
  const kept: ArticleGroup[] = [];
  for (const group of groups.sort(byStart)) {
    const last = kept.at(-1);
    if (!last || group.start >= last.end) kept.push(group);
  }
  return kept;
}

function groupDrafts(doc: Doc, binder: Binder, bound: BoundGroup, statements: StatementIndex): Draft[] {
  const { refs } = bound.group;
  const confidence =
    bound.basis === 'default' && !binder.aboutDefaultLaw ? DEFAULT_WITHOUT_CONTEXT : BASIS_CONFIDENCE[bound.basis];
  return refs.map((ref, i) => ({
    kind: 'article' as const,
    law: bound.law,
    start: i === 0 ? bound.start : ref.start,
    end: i === refs.length - 1 ? bound.end : ref.end,
    article: ref.article,
    articleTo: ref.articleTo,
    paragraph: ref.paragraph,
    offence: null,
    confidence,
    dotted: ref.dotted,
    stated: statedVersionFor(doc, statements, bound.law, ref.start, bound.mention),
  }));
}

function offenceDrafts(doc: Doc, binder: Binder, offences: OffenceMention[], statements: StatementIndex): Draft[] {
  const seen = new Set<string>();
  const drafts: Draft[] = [];
  for (const offence of offences) {
    const key = `${offence.law} ${offence.lineage}`;
    if (!offence.framed || seen.has(key) || inForeignContext(doc, binder.signals, offence.start)) continue;
    seen.add(key);
    drafts.push({
      kind: 'offence', law: offence.law, start: offence.start, end: offence.end, article: null, articleTo: null,
      paragraph: null, offence: offence.lineage, confidence: OFFENCE_CONFIDENCE, dotted: false,
      stated: statedVersionFor(doc, statements, offence.law, offence.start, null),
    });
  }
  return drafts;
}

/** A law named on its own, once per law, and only when nothing else of that law is cited. */
function lawDrafts(doc: Doc, mentions: LawMention[], cited: Set<string>, statements: StatementIndex): Draft[] {
  const drafts: Draft[] = [];
  for (const mention of mentions) {
    const law = mention.law;
    if (mention.kind !== 'alias' || !law || mention.jurisdiction === 'foreign' || !mention.specific || cited.has(law)) continue;
    cited.add(law);
    const named = law !== doc.compiled.ctx.defaultLaw || mention.jurisdiction === 'kp';
    drafts.push({
      kind: 'law', law, start: mention.phraseStart, end: mention.end, article: null, articleTo: null, paragraph: null,
      offence: null, confidence: named ? NAMED_LAW_CONFIDENCE : GENERIC_LAW_CONFIDENCE, dotted: false,
      stated: statedVersionFor(doc, statements, law, mention.start, mention),
    });
  }
  return drafts;
}

/** An offence citation repeating an article citation of the same offence adds nothing. */
function withoutRepeatedOffences(citations: ExtractedCitation[], drafts: Draft[]): ExtractedCitation[] {
  const covered = new Set(
    citations.filter((_, i) => drafts[i]!.kind === 'article').map((citation) => `${citation.law} ${citation.offence}`),
  );
  return citations.filter((citation, i) => drafts[i]!.kind !== 'offence' || !covered.has(`${citation.law} ${citation.offence}`));
}

/**
 * Citations of statutes in `text`, sorted by start. Another jurisdiction's law and laws missing from
 * `ctx` are omitted rather than returned with law null.
 */
export function extractCitations(text: string, ctx: ExtractionContext, opts: ExtractOptions = {}): ExtractedCitation[] {
  const doc = makeDoc(text, ctx);
  const markers = findMarkers(doc);
  const mentions = findLawMentions(doc, markers);
  const statements = findVersionStatements(doc, mentions);
  const binder = makeBinder(doc, mentions, markers);
  const groups = withoutOverlaps([...findLatinGroups(doc.norm), ...findCjkGroups(doc.norm)]);
  const drafts = groups
    .map((group) => bindGroup(binder, group))
    .flatMap((bound) => (bound ? groupDrafts(doc, binder, bound, statements) : []));
  const loose = attachOffences(doc, drafts, findOffenceMentions(doc, mentions));
  drafts.push(...offenceDrafts(doc, binder, loose, statements));
  drafts.push(...lawDrafts(doc, mentions, new Set(drafts.map((draft) => draft.law)), statements));
  drafts.sort(byStart);
  const citations = drafts.map((draft) => resolveDraft(text, doc.compiled.laws, draft, opts));
  return withoutRepeatedOffences(citations, drafts);
}
