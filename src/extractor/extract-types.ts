/** Intermediate shapes passed between the extractor's stages; none of them leaves the module. */

import type { ExtractedCitation, ExtractionContext, KnownLaw } from './citation.types.ts';
import type { DescriptionIndex } from './extract-descriptive.ts';
import type { JurisdictionPatterns } from './patterns-jurisdictions.ts';

/** A Korean or Chinese offence name of the database, as character pairs for near matches. */
export interface CjkOffenceName {
  law: string;
  lineage: string;
  bigrams: Set<string>;
}

export interface Span {
  start: number;
  end: number;
}

export interface StatedYear {
  year: string;
  month: string | null;
  /** "(2002年当時)", "2023년 현재", "as of 2002": the version in force then, not one made that year */
  asOf?: boolean;
}

export interface LawMention extends Span {
  /** alias: a law the database holds; anaphor: "the law", "동법"; unknown: a law it does not hold */
  kind: 'alias' | 'anaphor' | 'unknown';
  /** start of the whole phrase with its qualifiers ("North Korea's 2015 revised criminal code") */
  phraseStart: number;
  /** the law the mention names or, for an anaphor, refers to; null when the database does not hold it */
  law: string | null;
  /** the law as written, for a law the database does not hold */
  name: string | null;
  /** jurisdiction code, null while the text does not say */
  jurisdiction: string | null;
  /** qualified by "its", "the country's": whose law it is comes from the paragraph */
  deictic: boolean;
  /** a name every jurisdiction uses ("criminal code", "형법"): whose law it is comes from the context */
  generic: boolean;
  /** a name specific enough to cite the law on its own (not a bare generic "criminal law") */
  specific: boolean;
  stated: StatedYear | null;
  /** for an anaphor, its noun: "code" refers back only to a code */
  noun: string | null;
  /** for an anaphor, the mention it refers to, once found */
  antecedent: LawMention | null;
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
  item: string | null;
  /** "200.1": dotted numbering, which DPRK codes do not use */
  dotted: boolean;
}

export interface ArticleGroup extends Span {
  refs: ArticleRef[];
  /** "section 56" and "60条" (Chinese) count only when a law is named right next to them */
  needsNamedLaw: boolean;
}

export interface OffenceMention extends Span {
  law: string;
  lineage: string;
  /** introduced as an offence ("the crime of …", "charged with …", "…죄"), so it may stand alone */
  framed: boolean;
  /** named in other words than the database's ("Spionage", "spying"), not by one of its names */
  reworded?: boolean;
}

export type BindingBasis = 'explicit' | 'anaphor' | 'sentence' | 'paragraph' | 'context' | 'default';

/** The law an article group cites: one the database holds, or one named in the text that it does not. */
export interface BoundGroup {
  group: ArticleGroup;
  law: string | null;
  lawName: string | null;
  jurisdiction: string | null;
  basis: BindingBasis;
  mention: LawMention | null;
  start: number;
  end: number;
}

/** A citation before version resolution: what it cites, as the extracted citation will say it. */
export interface Draft
  extends Span,
    Pick<
      ExtractedCitation,
      'law' | 'lawName' | 'jurisdiction' | 'article' | 'articleTo' | 'paragraph' | 'item' | 'offence' | 'confidence'
    > {
  kind: 'article' | 'law' | 'offence';
  dotted: boolean;
  stated: StatedYear | null;
}

/** A Latin-script offence name as the concepts of its words ("illegal border crossing" → illegal, bord, cross). */
export interface ConceptName {
  law: string;
  lineage: string;
  concepts: string[];
}

export interface OffenceWordIndex {
  names: ConceptName[];
  /** concept → the names that hold it */
  byConcept: Map<string, ConceptName[]>;
  /** every word of the offences' names, lower-cased */
  words: Set<string>;
}

export interface CompiledContext {
  ctx: ExtractionContext;
  laws: Map<string, KnownLaw>;
  aliasPatterns: RegExp[];
  aliasLookup: Map<string, string>;
  /** nameKeys of aliases every jurisdiction uses ("criminallaw", "형법") */
  genericKeys: Set<string>;
  /** per kind of law ("criminal-code"), per jurisdiction, the held law of that kind */
  families: Map<string, Map<string, string>>;
  /** known laws by the content words and characters of their names */
  descriptions: DescriptionIndex;
  offencePatterns: RegExp[];
  /** Korean and Chinese offence names as character pairs, for names written a little differently */
  offenceNames: CjkOffenceName[];
  offenceLookup: Map<string, { law: string; lineage: string }>;
  /** Latin-script offence names as concepts, for names written in other words */
  offenceWords: OffenceWordIndex;
  /** per law: every article number known in any version, with the offences it has stood for */
  numbers: Map<string, Map<string, Set<string>>>;
  jurisdictions: JurisdictionPatterns;
  /** jurisdiction code → its default law */
  defaultLaws: Map<string, string>;
  /** the jurisdiction a text that names none is taken to be about (that of ctx.defaultLaw) */
  home: string | null;
}

export interface Doc {
  text: string;
  /** normaliseText(text): same length, so offsets carry over */
  norm: string;
  sentenceStarts: number[];
  paragraphStarts: number[];
  compiled: CompiledContext;
}
