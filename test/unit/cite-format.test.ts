import { bibtexEscape, reportBibtex } from '../../src/cite/formats/bibtex.ts';
import {
  articleTitle,
  bluebookArticle,
  bluebookReport,
  oscolaArticle,
  oscolaReport,
  versionYear,
} from '../../src/cite/formats/cite-text.ts';
import { type ArticleCiteInput, type ReportCiteInput, citeText } from '../../src/cite/formats/cite.types.ts';
import { articleCsl, reportCsl } from '../../src/cite/formats/csl.ts';
import { reportRis } from '../../src/cite/formats/ris.ts';

const article: ArticleCiteInput = {
  lawSlug: 'kp-criminal-code',
  lawTitle: 'Criminal Code',
  lawTitleKo: '형법',
  jurisdictionCode: 'kp',
  jurisdictionName: "Democratic People's Republic of Korea",
  versionSlug: '2015',
  versionLabel: 'Criminal Code as amended 22 July 2015',
  versionDate: '2015-07-22',
  articleNumber: '222',
  heading: 'Illegal international communications',
  url: 'https://atlas.example.org/laws/kp-criminal-code/2015/articles/222',
  accessed: '2026-11-28',
};

const report: ReportCiteInput = {
  slug: 'r',
  title: 'Title',
  language: 'en',
  outlet: 'Daily NK',
  authors: ['Kang Mi Jin'],
  publishedOn: '2009-08-18',
  datePrecision: 'day',
  sourceUrl: 'https://www.dailynk.com/x',
  url: 'https://atlas.example.org/reports/r',
  accessed: '2026-11-28',
};

describe('article references', () => {
  it('names the version in both styles', () => {
    expect(citeText(bluebookArticle(article))).toBe(
      'Criminal Code [형법] art. 222 (2015) (N. Kor.), https://atlas.example.org/laws/kp-criminal-code/2015/articles/222 (last visited Nov. 28, 2026).',
    );
    expect(citeText(oscolaArticle(article))).toBe(
      'Criminal Code of the DPRK art 222 (2015) <https://atlas.example.org/laws/kp-criminal-code/2015/articles/222> accessed 28 November 2026.',
    );
  });

  it.each([
    ['2015', '2015-07-22', '2015'],
    ['2012-05', '2012-05-14', '2012'],
    ['draft', null, 'draft'],
  ])('writes version %s as (%s → %s)', (versionSlug, versionDate, year) => {
    expect(versionYear({ versionSlug, versionDate })).toBe(year);
  });

  it('labels supplementary provisions and falls back to the jurisdiction’s name', () => {
    expect(
      articleTitle({ ...article, articleNumber: '부칙 1', jurisdictionCode: 'xx', jurisdictionName: 'Atlantis' }),
    ).toBe('Criminal Code of the Atlantis Suppl. Art. 1 (2015)');
  });

  it('puts the article in the CSL title and the date adopted in issued', () => {
    expect(articleCsl(article)).toMatchObject({
      id: 'kp-criminal-code-2015-art-222',
      type: 'legislation',
      title: 'Criminal Code art. 222',
      issued: { 'date-parts': [[2015, 7, 22]] },
    });
  });
});

describe('report references, dated as precisely as known', () => {
  it.each([
    ['day', '2009-08-18', 'Aug. 18, 2009', '18 August 2009', [2009, 8, 18], '2009/08/18/'],
    ['month', '2009-08-01', 'Aug. 2009', 'August 2009', [2009, 8], '2009/08//'],
    ['season', '2019-09-01', 'Autumn 2019', 'autumn 2019', [2019], '2019///autumn'],
    ['year', '2009-01-01', '2009', '2009', [2009], '2009///'],
  ])('writes a %s-precision date', (precision, publishedOn, bluebook, oscola, parts, ris) => {
    const r = { ...report, publishedOn, datePrecision: precision };
    expect(citeText(bluebookReport(r))).toBe(
      `Kang Mi Jin, Title, Daily NK (${bluebook}), https://www.dailynk.com/x (last visited Nov. 28, 2026).`,
    );
    expect(citeText(oscolaReport(r))).toBe(
      `Kang Mi Jin, ‘Title’ (Daily NK, ${oscola}) <https://www.dailynk.com/x> accessed 28 November 2026.`,
    );
    expect((reportCsl(r).issued as { 'date-parts': number[][] })['date-parts'][0]).toEqual(parts);
    expect(reportRis(r)).toContain(`DA  - ${ris}\r\n`);
  });

  it('says n.d. / undated, omits issued, and cites the Atlas record when the original has no URL', () => {
    const r = { ...report, publishedOn: null, datePrecision: 'unknown', sourceUrl: null, authors: [] };
    expect(citeText(bluebookReport(r))).toBe(
      'Title, Daily NK (n.d.), https://atlas.example.org/reports/r (last visited Nov. 28, 2026).',
    );
    expect(citeText(oscolaReport(r))).toBe(
      '‘Title’ (Daily NK, undated) <https://atlas.example.org/reports/r> accessed 28 November 2026.',
    );
    const csl = reportCsl(r);
    expect(csl.issued).toBeUndefined();
    expect(csl.URL).toBe('https://atlas.example.org/reports/r');
    expect(csl.archive_location).toBeUndefined();
  });

  it.each([
    [['A', 'B'], 'A & B, ', 'A and B, '],
    [['A', 'B', 'C'], 'A et al., ', 'A, B and C, '],
    [['A', 'B', 'C', 'D'], 'A et al., ', 'A and others, '],
  ])('lists authors %j', (authors, bluebook, oscola) => {
    expect(bluebookReport({ ...report, authors }).before.startsWith(bluebook)).toBe(true);
    expect(oscolaReport({ ...report, authors }).before.startsWith(oscola)).toBe(true);
  });
});

describe('BibTeX and RIS', () => {
  it('escapes LaTeX specials and keeps names whole', () => {
    expect(bibtexEscape('50% & $5 #1 a_b {x} ~ ^ \\')).toBe(
      '50\\% \\& \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
    const bib = reportBibtex({ ...report, title: 'Crackdown {now} 100%', authors: ['Kang Mi Jin', 'Lee & Park'] });
    expect(bib).toContain('author = {{Kang Mi Jin} and {Lee \\& Park}},');
    expect(bib).toContain('title = {{Crackdown \\{now\\} 100\\%}},');
    expect(bib).toContain('month = aug,');
    expect(bib).toContain('url = {https://www.dailynk.com/x},');
    expect(bib).toContain('note = {Statute Atlas: \\url{https://atlas.example.org/reports/r}. Accessed 2026-11-28}');
  });

  it('keeps a RIS value on one line, so a title cannot inject a tag', () => {
    const ris = reportRis({ ...report, title: 'Line one\r\nER  - \r\nTY  - JOUR' });
    expect(ris).toContain('TI  - Line one ER - TY - JOUR\r\n');
    expect(ris.match(/^ER {2}- /gm)).toHaveLength(1);
    expect(ris.endsWith('ER  - \r\n')).toBe(true);
  });
});
