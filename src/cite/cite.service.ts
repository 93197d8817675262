import type { Db } from '../db/connect.ts';
import { NotFoundError } from '../http/errors.ts';
import { urls } from '../http/urls.ts';
import { requireArticleScope } from '../laws/article-scope.service.ts';
import { todayIso } from '../lib/dates.ts';
import { findPublishedReport, listAuthorsOfReport } from '../reports/reports.repository.ts';
import { articleBibtex, reportBibtex } from './formats/bibtex.ts';
import type { ArticleCiteInput, ReportCiteInput } from './formats/cite.types.ts';
import { articleCsl, reportCsl } from './formats/csl.ts';
import { articleRis, reportRis } from './formats/ris.ts';

export type CiteFormat = 'csl.json' | 'bib' | 'ris';

export interface CiteFile {
  filename: string;
  contentType: string;
  body: string;
}

const contentTypes: Record<CiteFormat, string> = {
  'csl.json': 'application/vnd.citationstyles.csl+json; charset=utf-8',
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
};

function citeFile(
  format: CiteFormat,
  name: string,
  csl: () => unknown,
  bib: () => string,
  ris: () => string,
): CiteFile {
  // CSL-JSON is an array of items: what citeproc-js, Zotero and Pandoc all read.
  const body = format === 'csl.json' ? `${JSON.stringify([csl()], null, 2)}\n` : format === 'bib' ? bib() : ris();
  return { filename: `${name}.${format}`, contentType: contentTypes[format], body };
}

/** An article's citation file; `origin` makes its permanent URL absolute, accessed today. */
export async function getArticleCiteFile(
  db: Db,
  origin: string,
  format: CiteFormat,
  law: string,
  version: string,
  number: string,
) {
  const a = await requireArticleScope(db, law, version, number);
  const input: ArticleCiteInput = {
    lawSlug: a.law_slug,
    lawTitle: a.law_title,
    lawTitleKo: a.law_title_ko,
    jurisdictionCode: a.jurisdiction_code,
    jurisdictionName: a.jurisdiction_name,
    versionSlug: a.version_slug,
    versionLabel: a.version_label,
    versionDate: a.version_date,
    articleNumber: a.number,
    heading: a.heading,
    url: `${origin}${a.url}`,
    accessed: todayIso(),
  };
  const name = `${a.law_slug}-${a.version_slug}-art-${a.number}`;
  return citeFile(
    format,
    name,
    () => articleCsl(input),
    () => articleBibtex(input),
    () => articleRis(input),
  );
}

export async function getReportCiteFile(db: Db, origin: string, format: CiteFormat, slug: string) {
  const report = await findPublishedReport(db, slug);
  if (!report) throw new NotFoundError(`There is no published report "${slug}".`);
  const authors = await listAuthorsOfReport(db, report.id);
  const input: ReportCiteInput = {
    slug: report.slug,
    title: report.title,
    language: report.language,
    outlet: report.outlet_name,
    authors: authors.map((a) => a.name),
    publishedOn: report.published_on,
    datePrecision: report.date_precision,
    sourceUrl: report.url,
    url: `${origin}${urls.report(report.slug)}`,
    accessed: todayIso(),
  };
  return citeFile(
    format,
    report.slug,
    () => reportCsl(input),
    () => reportBibtex(input),
    () => reportRis(input),
  );
}
