import { z } from 'zod';
import {
  cellState,
  claimType,
  int,
  isoDate,
  nint,
  npath,
  nstr,
  page,
  partialDate,
  path,
  str,
  textStatus,
  tier,
  timestamp,
} from './common.ts';

/** Response schemas of the law pages' JSON twins (src/laws). */
export const LawView = z.object({
  slug: str,
  title: str,
  titleKo: nstr,
  kind: z.enum(['code', 'law', 'decree', 'regulation']),
  summary: nstr,
  sourceUrl: nstr,
  jurisdiction: str,
  url: path,
});

export const VersionView = z.object({
  id: int,
  slug: str,
  label: str,
  url: path,
  adoptedOn: isoDate.nullable(),
  inForceFrom: isoDate.nullable(),
  inForceUntil: isoDate.nullable(),
  isCurrent: z.boolean(),
  amendingInstrument: nstr,
  textStatus,
  sourceUrl: nstr,
  note: nstr,
  articleCount: int,
});

export const ChapterArticle = z.object({
  number: str,
  label: str,
  heading: nstr,
  offenceName: nstr,
  offenceNameKo: nstr,
  summary: nstr,
  textEn: nstr,
  url: path,
});
export const Chapter = z.object({ title: nstr, articles: z.array(ChapterArticle) });

/** One penalty among alternatives: the kind and its term in months (null where the sources give none). */
export const Penalty = z.object({ kind: str, minMonths: nint, maxMonths: nint, note: nstr });
/** A tier's penalties: groups are cumulative ("and"), alternatives inside a group are "or". */
export const LadderStep = z.object({ tier, groups: z.array(z.array(Penalty)) });

export const LineageCell = z.object({
  versionSlug: str,
  versionLabel: str,
  inForceFrom: isoDate.nullable(),
  number: nstr,
  state: cellState,
  relation: nstr,
  note: nstr,
  url: npath,
});

export const CitedByReport = z.object({
  title: str,
  language: str,
  url: path,
  outlet: str,
  outletUrl: path,
  dateTime: partialDate,
  citations: z.array(
    z.object({
      claimType,
      asWritten: str,
      quote: nstr,
      viaLineage: z.boolean(),
      citedAs: z
        .object({ version: str, number: str })
        .meta({ description: 'The article the report cites: its number in that version.' }),
    }),
  ),
});

export const CitedBy = z.object({
  total: int,
  perYear: z
    .array(z.object({ year: nint, count: int }))
    .meta({ description: 'Citing reports per publication year; year null for undated reports.' }),
  reports: z.array(CitedByReport),
  nextUrl: npath,
  firstUrl: npath,
});

export const PenaltyHistory = z
  .object({
    rows: z.array(
      z.object({
        versionSlug: str,
        penaltiesRecorded: z.boolean(),
        tiers: z.array(
          z.object({
            tier,
            recorded: z.boolean(),
            heaviest: z.enum(['death', 'life', 'max_term', 'min_term', 'no_term']).nullable(),
            months: nint,
          }),
        ),
      }),
    ),
  })
  .meta({
    description:
      'The heaviest penalty of each tier in each version of the offence; empty when fewer than two versions are known.',
  });

export const ArticleCounts = z.object({ offenceReports: int, versionReports: int }).meta({
  description:
    'Published reports with a confirmed citation of the offence under any version’s number, and of this article’s number among them.',
});

export const SearchedFor = z
  .object({ q: str, url: path })
  .nullable()
  .meta({ description: 'Set when the search box jumped here: the text search for the same query.' });
export const Downloads = z
  .object({ csv: path, json: path })
  .meta({ description: 'The page’s data as CSV and JSON downloads.' });
export const CitePanel = z
  .object({
    accessed: isoDate,
    references: z.array(z.object({ style: str, before: str, url: str, after: str, onSite: z.boolean() })),
    files: z.array(z.object({ label: str, url: path, type: str })),
  })
  .meta({
    description:
      '"Cite this": each reference reads before + url + after; when onSite is true, url is a path on this site to put after its origin. The files give the reference as CSL-JSON, BibTeX and RIS.',
  });

export const LawsPage = page({
  jurisdictions: z.array(
    z.object({
      name: str,
      code: str,
      laws: z.array(
        z.object({ slug: str, title: str, titleKo: nstr, kind: str, summary: nstr, versionCount: int, url: path }),
      ),
    }),
  ),
});

export const LawPage = page({
  law: LawView,
  aliases: z.array(z.object({ name: str, lang: str })),
  versions: z.array(VersionView),
  latestWithText: VersionView.nullable(),
  laterReportedOnly: z.array(VersionView),
  chapters: z.array(Chapter),
  updatedAt: timestamp,
  feedUrl: path,
});

export const RenumberingMapPage = page({
  law: LawView,
  versions: z.array(VersionView),
  rows: z.array(
    z.object({
      slug: str,
      offence: str,
      offenceKo: nstr,
      offenceUrl: path,
      cells: z.array(
        z.object({ version: str, numbers: z.array(str), changed: z.boolean(), url: npath, reportedOnly: z.boolean() }),
      ),
    }),
  ),
});

export const VersionPage = page({
  law: LawView,
  version: VersionView,
  versions: z.array(VersionView),
  chapters: z.array(Chapter),
});

const neighbour = z.object({ label: str, heading: nstr, url: path }).nullable();

export const ArticlePage = page({
  law: z.object({ slug: str, title: str, titleKo: nstr, url: path, lineageUrl: path }),
  version: VersionView,
  article: z.object({
    number: str,
    label: str,
    heading: nstr,
    offenceName: nstr,
    offenceNameKo: nstr,
    lineageSlug: nstr,
    offenceUrl: npath,
    chapterPath: z.array(str),
    summary: nstr,
    textEn: nstr,
    textKo: nstr,
    hasText: z.boolean(),
    sourceUrl: nstr,
    provenance: nstr,
    updatedAt: timestamp,
    url: path,
    pointInTimeUrl: path,
    inForceUrl: path,
    previous: neighbour,
    next: neighbour,
  }),
  ladder: z.array(LadderStep),
  lineage: z.object({ cells: z.array(LineageCell), note: nstr }),
  penaltyHistory: PenaltyHistory,
  counts: ArticleCounts,
  citedBy: CitedBy,
  searchedFor: SearchedFor,
  feedUrl: path,
  downloads: Downloads,
  cite: CitePanel,
});

export const InForcePage = page({
  law: z.object({ slug: str, title: str, url: path }),
  from: z.object({
    number: str,
    label: str,
    versionSlug: str,
    url: path,
    offenceName: nstr,
    offenceNameKo: nstr,
    offenceUrl: npath,
  }),
  on: isoDate,
  inForce: z.object({ slug: str, label: str, url: path, textStatus }),
  state: cellState,
  note: nstr,
  lastKnown: z
    .object({ number: str, label: str, versionSlug: str, versionLabel: str, url: path, isLater: z.boolean() })
    .nullable(),
});
