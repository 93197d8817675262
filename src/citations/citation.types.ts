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

export interface ExtractionContext {
  laws: KnownLaw[];
  offences: KnownOffence[];
  /** the law a bare "Article N" or "제N조" refers to when no law is named (kp-criminal-code) */
  defaultLaw: string;
}

export interface ExtractOptions {
  /** publication date of the text, YYYY-MM-DD */
  date?: string | null;
  /** date of the events the text reports, YYYY-MM-DD, when known */
  eventDate?: string | null;
}

export type Resolution =
  | 'stated_version'
  | 'in_force_on_event'
  | 'in_force_on_publication'
  | 'latest'
  | 'unresolved';

/** One element of `atlas extract --json` (DESIGN.md, "CLI contract"). */
export interface ExtractedCitation {
  asWritten: string;
  /** UTF-16 code-unit offsets into the input, end exclusive */
  start: number;
  end: number;
  law: string | null;
  article: string | null;
  articleTo: string | null;
  paragraph: string | null;
  version: string | null;
  url: string | null;
  resolution: Resolution;
  confidence: number;
  /** lineage slug when the text names the offence or the resolved article has one */
  offence: string | null;
  /** why a citation stayed unresolved or lost confidence; null otherwise */
  reason: string | null;
}
