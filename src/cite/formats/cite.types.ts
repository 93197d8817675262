/** What a citation of one article in one version needs, already looked up. */
export interface ArticleCiteInput {
  lawSlug: string;
  lawTitle: string;
  lawTitleKo: string | null;
  jurisdictionCode: string;
  jurisdictionName: string;
  versionSlug: string;
  versionLabel: string;
  /** YYYY-MM-DD the version was adopted or came into force, when known */
  versionDate: string | null;
  articleNumber: string;
  heading: string | null;
  /** absolute permanent URL of the statute page */
  url: string;
  /** YYYY-MM-DD */
  accessed: string;
}

export interface ReportCiteInput {
  slug: string;
  title: string;
  language: string;
  outlet: string;
  authors: string[];
  /** first day of the period when the date is imprecise */
  publishedOn: string | null;
  datePrecision: string;
  /** the original's address, when recorded */
  sourceUrl: string | null;
  /** absolute permanent URL of the report page in Statute Atlas */
  url: string;
  accessed: string;
}

/** A formatted reference with its URL apart, so a page can print a path under its own origin. */
export interface CiteParts {
  style: string;
  before: string;
  url: string;
  after: string;
}

export const citeText = (p: Pick<CiteParts, 'before' | 'url' | 'after'>): string => `${p.before}${p.url}${p.after}`;
