/**
 * Data contract of the pure citation extractor: everything it knows about the law arrives as data,
 * so the module never touches the database and can be tested on fixtures.
 */

export interface KnownArticle {
  number: string;
  /** lineage slug: the offence this article defines, shared across versions */
  lineage: string | null;
}

export interface KnownVersion {
  slug: string;
  /** YYYY-MM-DD the version took effect (effective_from, else adopted_on); null when unknown */
  inForceFrom: string | null;
  /** only full_text/partial versions have known articles; reported_only versions have none */
  textStatus: 'full_text' | 'partial' | 'reported_only';
  articles: KnownArticle[];
}

export interface KnownLaw {
  slug: string;
  /** ISO-like jurisdiction code, 'kp' for the DPRK */
  jurisdiction: string;
  title: string;
  /** code, law, decree, regulation: "the code" refers back only to a code */
  kind?: string;
  /** every name reports use for the law, any language ("Criminal Code", "형법", "Strafrecht") */
  aliases: string[];
  /** oldest first */
  versions: KnownVersion[];
}

export interface KnownOffence {
  law: string;
  lineage: string;
  /** offence names in any language ("illegal international communications", "비법국제통신죄") */
  names: string[];
}

export interface KnownJurisdiction {
  code: string;
  /** names texts use for it, any language ("North Korea", "North Korean", "북한", "北朝鮮") */
  names: string[];
  /** the law a bare "Article N" means in a text about this jurisdiction, when the database holds one */
  defaultLaw: string | null;
}

export interface ExtractionContext {
  laws: KnownLaw[];
  offences: KnownOffence[];
  /**
   * The law a bare "Article N" or "제N조" refers to in a text that names neither a law nor a
   * jurisdiction: the default law of the one jurisdiction the database holds a default law for.
   */
  defaultLaw: string | null;
  /** jurisdiction names and default laws; without them no text is recognised as another jurisdiction's */
  jurisdictions?: KnownJurisdiction[];
}

/** What a text is published under: its title and summary help bind bare references, and are never cited. */
export interface DocumentContext {
  title?: string | null;
  summary?: string | null;
}

export interface ExtractOptions {
  /** publication date of the text, YYYY-MM-DD */
  date?: string | null;
  /** date of the events the text reports, YYYY-MM-DD, when known */
  eventDate?: string | null;
  context?: DocumentContext | null;
}

export type Resolution = 'stated_version' | 'in_force_on_event' | 'in_force_on_publication' | 'latest' | 'unresolved';

/** One element of `atlas extract --json` (DESIGN.md, "CLI contract"). */
export interface ExtractedCitation {
  asWritten: string;
  /** UTF-16 code-unit offsets into the input, end exclusive */
  start: number;
  end: number;
  /** slug of the law when the database holds it; null for another law, named in `lawName` */
  law: string | null;
  /** the law as named in the text ("National Security Act", "한국 형법"), when it is not one the database holds */
  lawName: string | null;
  /** the jurisdiction code of the cited law when known ('kp', 'kr'); null when the text does not say */
  jurisdiction: string | null;
  article: string | null;
  articleTo: string | null;
  paragraph: string | null;
  /** the item within the paragraph ("제3호", "item 3"), when given */
  item: string | null;
  version: string | null;
  url: string | null;
  resolution: Resolution;
  confidence: number;
  /** lineage slug when the text names the offence or the resolved article has one */
  offence: string | null;
  /** why a citation stayed unresolved or lost confidence; null otherwise */
  reason: string | null;
}
