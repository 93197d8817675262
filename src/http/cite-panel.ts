import { urls } from './urls.ts';
import { bluebookArticle, bluebookReport, oscolaArticle, oscolaReport } from '../cite/formats/cite-text.ts';
import type { ArticleCiteInput, CiteParts, ReportCiteInput } from '../cite/formats/cite.types.ts';

/**
 * "Cite this" on a page. Pages are built without the request, so the permanent URL is a path
 * here and the view puts the site's origin in front of it (`onSite`); a report's own address,
 * when recorded, is already absolute.
 */
export interface CitePanel {
  accessed: string;
  references: (CiteParts & { onSite: boolean })[];
  files: { label: string; url: string; type: string }[];
}

function files(pagePath: string): CitePanel['files'] {
  return [
    { label: 'CSL-JSON', url: urls.citeFile(pagePath, 'csl.json'), type: 'application/vnd.citationstyles.csl+json' },
    { label: 'BibTeX', url: urls.citeFile(pagePath, 'bib'), type: 'application/x-bibtex' },
    { label: 'RIS', url: urls.citeFile(pagePath, 'ris'), type: 'application/x-research-info-systems' },
  ];
}

export function articleCitePanel(a: ArticleCiteInput): CitePanel {
  return {
    accessed: a.accessed,
    references: [bluebookArticle(a), oscolaArticle(a)].map((p) => ({ ...p, onSite: true })),
    files: files(a.url),
  };
}

export function reportCitePanel(r: ReportCiteInput): CitePanel {
  return {
    accessed: r.accessed,
    references: [bluebookReport(r), oscolaReport(r)].map((p) => ({ ...p, onSite: p.url === r.url })),
    files: files(r.url),
  };
}
