/** What binding an article group works with, and the targets it can bind to. */

import type { Signal } from './extract-signals.ts';
import type { ArticleGroup, BindingBasis, BoundGroup, Doc, LawMention, OffenceMention } from './extract-types.ts';

export interface Binder {
  doc: Doc;
  mentions: LawMention[];
  /** mentions that may own a bare number: named laws, and anaphors that found theirs; sorted */
  owners: LawMention[];
  byStart: Map<number, LawMention>;
  /** jurisdiction markers that reach beyond the document level, and named law mentions, sorted */
  signals: Signal[];
  /** every jurisdiction marker, passing names included ("crossed into China") */
  markers: Signal[];
  /** the jurisdiction the document is about */
  focus: string | null;
  /**
   * What a number no law is named for defaults to: the document's subject, from its names and laws
   * once their jurisdictions are settled, leaving aside the language it is written in. The language
   * says whose law a name like "형법" means, not whose law a bare "99조" in a text that names no law
   * and no country is — that stays the database's own default law.
   */
  defaultFocus: string | null;
  /** named law mentions of the title and summary, in order */
  context: LawMention[];
  /** whether the title or summary speaks the language of international instruments ("States Parties") */
  instrumentContext: boolean;
  /** the jurisdictions whose secret agents the title or summary names (extract-agents) */
  contextAgents: Set<string>;
  /** the offences named beside their own state's agents in the text (extract-agents' beside) */
  besideOwnAgents: ReadonlySet<OffenceMention>;
  /** the legal systems whose words the text uses anywhere (extract-system-terms) */
  systems: Set<string>;
}

export type Target = Pick<BoundGroup, 'law' | 'lawName' | 'jurisdiction' | 'basis' | 'mention'>;

export function jurisdictionOf(binder: Binder, law: string): string | null {
  return binder.doc.compiled.laws.get(law)?.jurisdiction ?? null;
}

export function known(binder: Binder, law: string, basis: BindingBasis, mention: LawMention | null): Target {
  return { law, lawName: null, jurisdiction: jurisdictionOf(binder, law), basis, mention };
}

export function unknown(mention: LawMention, basis: BindingBasis): Target {
  return { law: null, lawName: mention.name, jurisdiction: mention.jurisdiction, basis, mention };
}

/** Whether `law` may own the group's first number (true when we hold no numbers for it). */
export function lawFits(binder: Binder, law: string, group: ArticleGroup, strict = false): boolean {
  const numbers = binder.doc.compiled.numbers.get(law);
  if (!numbers || numbers.size === 0) return !strict;
  return numbers.has(group.refs[0]!.article);
}

/**
 * The law the title or summary names: for an anaphor the first one; for a bare number the first
 * held law (of `jurisdiction`, when given) that may have the number.
 */
export function fromContext(
  binder: Binder,
  group: ArticleGroup,
  jurisdiction: string | null,
  anaphor: boolean,
): Target | null {
  const held = [...new Set(binder.context.flatMap((mention) => (mention.law ? [mention.law] : [])))];
  // A title about one law ("평양문화어보호법 살펴보니") gives it every bare number, held or not.
  if (!anaphor && held.length === 1 && (jurisdiction === null || jurisdictionOf(binder, held[0]!) === jurisdiction)) {
    return known(binder, held[0]!, 'context', binder.context.find((mention) => mention.law === held[0]) ?? null);
  }
  for (const mention of binder.context) {
    if (mention.law) {
      const sameJurisdiction = jurisdiction === null || jurisdictionOf(binder, mention.law) === jurisdiction;
      if (sameJurisdiction && (anaphor || lawFits(binder, mention.law, group)))
        return known(binder, mention.law, 'context', mention);
    } else if (anaphor) {
      return unknown(mention, 'context');
    }
  }
  return null;
}

/**
 * A title or summary that names only laws the database does not hold ("…전파관리법 등 공개"): a bare
 * number belongs to the first of them, unless it is said to be another jurisdiction's.
 */
export function unknownFromContext(binder: Binder, jurisdiction: string | null): Target | null {
  if (binder.context.some((candidate) => candidate.law !== null)) return null;
  const code = jurisdiction ?? binder.focus;
  const mention = binder.context.find(
    (candidate) => candidate.jurisdiction === null || candidate.jurisdiction === code,
  );
  return mention ? unknown(mention, 'context') : null;
}

/** The default law of a jurisdiction, or of the document's. */
export function defaultOf(binder: Binder, jurisdiction: string | null, basis: BindingBasis): Target | null {
  const code = jurisdiction ?? binder.defaultFocus;
  const law = code ? binder.doc.compiled.defaultLaws.get(code) : undefined;
  return law ? known(binder, law, basis, null) : null;
}
