/** Intermediate shapes passed between the extractor's stages; none of them leaves the module. */

import type { ExtractionContext, KnownLaw } from './citation.types.ts';

export interface Span {
  start: number;
  end: number;
}

/** 'kp' when qualified as the North's law, 'foreign' for another jurisdiction, else 'unqualified'. */
export type Jurisdiction = 'kp' | 'foreign' | 'unqualified';

export interface StatedYear {
  year: string;
  month: string | null;
}

export interface LawMention extends Span {
  /** alias: a known law's name; anaphor: "the law", "이 법"; unknown: a law we do not hold */
  kind: 'alias' | 'anaphor' | 'unknown';
  /** start of the whole phrase with its qualifiers ("North Korea's 2015 revised criminal code") */
  phraseStart: number;
  /** the law the mention names or, for an anaphor, refers back to; null when unknown or foreign */
  law: string | null;
  jurisdiction: Jurisdiction;
  /** a name specific enough to cite the law on its own (not a bare generic "criminal law") */
  specific: boolean;
  stated: StatedYear | null;
}

export interface VersionStatement extends StatedYear {
  pos: number;
  law: string;
  sentence: number;
  paragraph: number;
}

export interface ArticleRef extends Span {
  article: string;
  articleTo: string | null;
  paragraph: string | null;
  /** "200.1": dotted numbering, which DPRK codes do not use */
  dotted: boolean;
}

export interface ArticleGroup extends Span {
  refs: ArticleRef[];
  /** "section 56" counts only when a law is named right after it */
  needsNamedLaw: boolean;
}

export interface OffenceMention extends Span {
  law: string;
  lineage: string;
  /** introduced as an offence ("the crime of …", "charged with …", "…죄"), so it may stand alone */
  framed: boolean;
}

export type BindingBasis = 'explicit' | 'sentence' | 'paragraph' | 'default' | 'anaphor' | 'anaphor-default';

export interface BoundGroup {
  group: ArticleGroup;
  law: string;
  basis: BindingBasis;
  mention: LawMention | null;
  start: number;
  end: number;
}

/** A citation before version resolution. */
export interface Draft extends Span {
  kind: 'article' | 'law' | 'offence';
  law: string;
  article: string | null;
  articleTo: string | null;
  paragraph: string | null;
  /** lineage of the offence the text names next to the citation */
  offence: string | null;
  confidence: number;
  dotted: boolean;
  stated: StatedYear | null;
}

export interface CompiledContext {
  ctx: ExtractionContext;
  laws: Map<string, KnownLaw>;
  aliasPatterns: RegExp[];
  aliasLookup: Map<string, string>;
  offencePatterns: RegExp[];
  offenceLookup: Map<string, { law: string; lineage: string }>;
  /** per law: every article number known in any version, with the offences it has stood for */
  numbers: Map<string, Map<string, Set<string>>>;
}

export interface Doc {
  text: string;
  /** normaliseText(text): same length, so offsets carry over */
  norm: string;
  sentenceStarts: number[];
  paragraphStarts: number[];
  compiled: CompiledContext;
}
