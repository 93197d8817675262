/**
 * Decides which law an article group cites, in this order: a law named with it ("Article 5 of X",
 * "X 제5조", "X第5条"); the law an anaphor refers to ("Article 27 of the law", "동법 제27조"); a law
 * or jurisdiction its sentence or paragraph speaks of; the law the document's title or summary
 * names; and last the default law — only when the document is about that law's jurisdiction. A law
 * the database does not hold is returned by name (law null); a group no law can be found for is dropped.
 */

import { contextual, sentenceOwner } from './extract-bare.ts';
import { type Binder, defaultOf, fromContext, known, type Target, unknown } from './extract-binder.ts';
import { antecedentOf } from './extract-jurisdiction.ts';
import { qualifiersAfter, qualifiersBefore } from './extract-qualifiers.ts';
import { signalAt } from './extract-signals.ts';
import { lastEndingBefore, paragraphOf, sameSentence, stickyMatch } from './extract-text.ts';
import type { ArticleGroup, BoundGroup, LawMention } from './extract-types.ts';
import { alternation } from './lang/compile.ts';
import { cjkWords, latinWords } from './lang/index.ts';
import { ARTICLE_ANAPHOR_BEFORE, CJK_LAW_BEFORE, NOT_A_LAW, UNKNOWN_LAW_HEAD } from './patterns.ts';

/** "… of", "…) of" (a parenthesised group: the law binds but the span stays inside the brackets). */
const TRAILING_LINK = new RegExp(`(?<paren>\\))?\\s*,?\\s*(?:${alternation(latinWords('lawLinks'))})\\s+`, 'iuy');
/** Between a law's name and its article: "X's", "X,", "X의", and the closing mark of a quoted name ("《刑法》第60条"). */
const LEADING_GAP = new RegExp(
  `^[》」』”’"')）]?(?:'s)?\\s*[,:]?\\s*(?:${alternation(cjkWords('possessives'))}\\s*)?$`,
);
const MAX_LEADING_GAP = 6;
const QUOTE_OPENERS = '《「『“‘"\'(（';
const QUOTE_CLOSERS = '》」』”’"\')）';

const CJK_CHARACTER = /[가-힣\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** "GVG", "StPO", "AWV": a capitalised abbreviation ending in a statute kind's letters (lang: lawAbbreviationEndings). */
/** "Abs. 2 Satz 1 Nr. 4" between the number and the abbreviation, capitalised as German writes them (the abbreviation is case-sensitive). */
const SUBPART_WORDS = alternation(
  [...latinWords('paragraphWords'), ...latinWords('itemWords')].flatMap((word) => [
    word,
    word.charAt(0).toUpperCase() + word.slice(1),
  ]),
);
const LAW_ABBREVIATION = new RegExp(
  `(?:,?[^\\S\\n]+(?:${SUBPART_WORDS})[^\\S\\n]*\\d+[a-z]?){0,3}[^\\S\\n]{1,2}(?<abbr>[A-Z][A-Za-z]{0,6}(?:${alternation(latinWords('lawAbbreviationEndings'))}))(?![\\p{L}\\d])`,
  'uy',
);

type Found = { mention: LawMention; start: number; end: number };

function fromMention(binder: Binder, group: ArticleGroup, mention: LawMention): Target | null {
  if (mention.kind === 'alias' && mention.law) return known(binder, mention.law, 'explicit', mention);
  if (mention.kind === 'unknown') return unknown(mention, 'explicit');
  const antecedent = mention.antecedent;
  if (antecedent?.law) return known(binder, antecedent.law, 'anaphor', mention);
  if (antecedent) return unknown(antecedent, 'anaphor');
  // "Article 27 of the law" with no law named in the text or its title: the law was named on the part
  // of the page we do not see, and it is as often a related law as the default one, so none is guessed.
  return fromContext(binder, group, null, true);
}

/** "§ 60 StGB", "Art. 64 Strafgesetzbuch": a law's name right after the number, with no word between. */
function adjacentLaw(binder: Binder, group: ArticleGroup): Found | null {
  // "형법 제250조 국가보안법 제7조": after a counter the next name opens the next citation.
  if (CJK_CHARACTER.test(binder.doc.norm[group.end - 1] ?? '')) return null;
  const gap = /^[^\S\n]{1,2}/.exec(binder.doc.norm.slice(group.end, group.end + 2));
  const mention = gap ? binder.byStart.get(group.end + gap[0].length) : undefined;
  if (mention) return mention.kind !== 'anaphor' ? { mention, start: -1, end: mention.end } : null;
  return abbreviatedLaw(binder, group);
}

const ABBREVIATED_LAW_KEYWORD = new RegExp(`^(?:${alternation(latinWords('abbreviatedLawArticleWords'))})`);

/** "§ 120 Abs. 2 GVG": a statute named by its abbreviation alone is a law the database does not hold. */
function abbreviatedLaw(binder: Binder, group: ArticleGroup): Found | null {
  if (!ABBREVIATED_LAW_KEYWORD.test(binder.doc.norm.slice(group.start, group.end))) return null;
  const match = stickyMatch(LAW_ABBREVIATION, binder.doc.norm, group.end);
  const abbreviation = match?.groups?.['abbr'];
  if (!match || !abbreviation) return null;
  const start = group.end + match[0].length - abbreviation.length;
  return {
    mention: adHocUnknown(binder, start, group.end + match[0].length, null),
    start: -1,
    end: group.end + match[0].length,
  };
}

function trailingLaw(binder: Binder, group: ArticleGroup): Found | null {
  const { norm } = binder.doc;
  const link = stickyMatch(TRAILING_LINK, norm, group.end);
  if (!link) return adjacentLaw(binder, group);
  const from = group.end + link[0].length;
  const after = qualifiersAfter(binder.doc.compiled, norm, from, (pos) => binder.byStart.has(pos));
  const end = link.groups?.['paren'] ? -1 : undefined;
  const mention = binder.byStart.get(after.edge);
  if (mention) return { mention, start: -1, end: end ?? mention.end };
  const head = stickyMatch(UNKNOWN_LAW_HEAD, norm, after.edge);
  if (!head) return null;
  const known = namedWithin(binder, from, after.edge + head[0].length);
  if (known) return { mention: known, start: -1, end: end ?? known.end };
  const named = adHocUnknown(binder, from, after.edge + head[0].length, after.jurisdiction);
  return { mention: named, start: -1, end: end ?? named.end };
}

/**
 * "of the North Korean Penal Code": the qualifiers read "the North" as a name, and the head left over
 * ("Korean Penal Code") looks like an unknown title — but a law named there ends where it ends.
 */
function namedWithin(binder: Binder, from: number, to: number): LawMention | null {
  const mention = lastEndingBefore(binder.mentions, to + 1);
  return mention && mention.end === to && mention.start >= from && mention.kind !== 'anaphor' ? mention : null;
}

/** A law named only by a word the mention layer did not take for a title ("of the resolution", "헌장 제41조"). */
function adHocUnknown(binder: Binder, start: number, end: number, jurisdiction: string | null): LawMention {
  return {
    kind: 'unknown',
    start,
    end,
    phraseStart: start,
    law: null,
    name: binder.doc.text.slice(start, end).trim(),
    jurisdiction,
    deictic: false,
    generic: false,
    specific: true,
    stated: null,
    noun: null,
    antecedent: null,
  };
}

function leadingLaw(binder: Binder, start: number): Found | null {
  const mention = lastEndingBefore(binder.mentions, start);
  const gap = mention ? binder.doc.norm.slice(mention.end, start) : '';
  const linked =
    gap.length <= MAX_LEADING_GAP && LEADING_GAP.test(gap) && (mention?.kind !== 'anaphor' || !gap.includes(','));
  if (mention && linked)
    return {
      mention,
      start:
        mention.phraseStart -
        (QUOTE_OPENERS.includes(binder.doc.norm[mention.phraseStart - 1] ?? ' ') &&
        gap !== '' &&
        QUOTE_CLOSERS.includes(gap[0]!)
          ? 1
          : 0),
      end: -1,
    };
  const before = binder.doc.norm.slice(Math.max(0, start - 16), start);
  const word = CJK_LAW_BEFORE.exec(before);
  if (word && !NOT_A_LAW.test(word[0].trim()) && !ARTICLE_ANAPHOR_BEFORE.test(before)) {
    const wordStart = start - before.length + word.index;
    return { mention: adHocUnknown(binder, wordStart, start, null), start: wordStart, end: -1 };
  }
  return null;
}

function lawBeforeInParagraph(binder: Binder, pos: number): LawMention | null {
  const owner = lastEndingBefore(binder.owners, pos);
  return owner && owner.kind !== 'anaphor' && paragraphOf(binder.doc, owner.start) === paragraphOf(binder.doc, pos)
    ? owner
    : null;
}

/** "법 제27조", "North Korea's Article 63", "its Article 60": no law named, but a pointer to one. */
function pointedLaw(binder: Binder, group: ArticleGroup): Target | null | undefined {
  const { doc } = binder;
  // Long enough for the longest pointer ("법률안 "), and for the character before it that must end a word.
  const before = doc.norm.slice(Math.max(0, group.start - 6), group.start);
  if (ARTICLE_ANAPHOR_BEFORE.test(before)) {
    const antecedent = antecedentOf(doc, binder.mentions, { start: group.start, end: group.end, noun: null });
    if (antecedent?.law) return known(binder, antecedent.law, 'anaphor', antecedent);
    if (antecedent) return unknown(antecedent, 'anaphor');
    // "법 제9조" with no law named before it: as for "Article 27 of the law", the law was named where we
    // cannot see, so only the title or summary may say which; the default law is not guessed.
    return fromContext(binder, group, null, true);
  }
  const qualified = qualifiersBefore(doc.compiled, doc.norm, group.start);
  if (qualified.jurisdiction) return defaultOf(binder, qualified.jurisdiction, 'explicit');
  if (qualified.deictic) {
    // "The ICCPR, in its Article 19": "its" is the law just named, when a law was named in the sentence;
    // else the last law named before it in the paragraph ("China's Exit and Entry Law … deported under its
    // Article 62"), not a country named in between.
    const signal = signalAt(doc, binder.signals, group.start);
    const inSentence = signal?.mention && sameSentence(doc, signal.start, group.start) ? signal.mention : null;
    const owner = inSentence ?? lawBeforeInParagraph(binder, group.start);
    if (owner) return owner.law ? known(binder, owner.law, 'explicit', owner) : unknown(owner, 'explicit');
    return defaultOf(binder, signal?.jurisdiction ?? null, 'explicit');
  }
  return undefined;
}

function target(binder: Binder, group: ArticleGroup): { target: Target | null; start: number; end: number } {
  const trailing = trailingLaw(binder, group) ?? leadingLaw(binder, group.start);
  if (trailing) {
    return { target: fromMention(binder, group, trailing.mention), start: trailing.start, end: trailing.end };
  }
  const pointed = pointedLaw(binder, group);
  if (pointed !== undefined) return { target: pointed, start: -1, end: -1 };
  return { target: group.needsNamedLaw ? sentenceOwner(binder, group) : contextual(binder, group), start: -1, end: -1 };
}

/** The law an article group cites, or null when none can be told. */
export function bindGroup(binder: Binder, group: ArticleGroup): BoundGroup | null {
  const found = target(binder, group);
  if (!found.target) return null;
  const start = found.start < 0 ? group.start : Math.min(found.start, group.start);
  const end = found.end < 0 ? group.end : Math.max(found.end, group.end);
  return { group, ...found.target, start, end };
}
