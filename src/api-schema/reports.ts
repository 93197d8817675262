import { z } from 'zod';
import {
  claimType,
  int,
  isoDate,
  nint,
  npath,
  nstr,
  page,
  partialDate,
  path,
  resolution,
  str,
  tier,
  timestamp,
} from './common.ts';
import { CitePanel, Downloads, LadderStep } from './laws.ts';

/** Response schemas of the report pages, lists, outlets, places and the home page (src/reports, src/home). */
export const ReportListItem = z.object({
  slug: str,
  title: str,
  language: str,
  url: path,
  dateTime: partialDate,
  outlet: str,
  outletUrl: npath,
  summary: nstr,
});

export const sourceType = z.enum([
  'inside_source',
  'escapee_testimony',
  'state_media',
  'ngo',
  'un',
  'government',
  'court',
  'academic',
  'press',
  'synthetic',
]);

export const CitedArticle = z.object({
  law: nstr,
  version: nstr,
  article: nstr,
  label: str,
  href: npath,
  heading: nstr,
  offenceName: nstr,
  offenceNameKo: nstr,
  versionLabel: nstr,
  ladder: z.array(LadderStep),
  claims: z.array(
    z.object({
      id: int,
      asWritten: str,
      claimType,
      resolution,
      confidence: z.number(),
      reported: z
        .object({ kind: str, tier: tier.nullable(), minMonths: nint, maxMonths: nint })
        .nullable()
        .meta({ description: 'The punishment the report says was given, when it says.' }),
      verdict: z
        .enum(['within', 'exceeds', 'not_provided', 'no_statute_data'])
        .nullable()
        .meta({ description: 'The reported punishment compared with the statute.' }),
    }),
  ),
});

export const HomePage = page({
  counts: z.object({ laws: int, articles: int, offences: int, reports: int, citations: int }),
  mostCited: z.array(
    z
      .object({
        offenceKey: int,
        reports: int,
        name: str,
        nameKo: nstr,
        law: str,
        url: path,
        latest: z.object({ label: str, url: path }).nullable(),
      })
      .meta({
        description:
          'Offences by published reports citing them under any version’s number: the figure their pages show.',
      }),
  ),
  latest: z.array(ReportListItem),
});

export const ReportsPage = page({
  reports: z.array(ReportListItem),
  nextCursor: nstr,
  filters: z.object({ outlet: str.optional(), place: str.optional(), law: str.optional(), year: int.optional() }),
  isFiltered: z.boolean(),
  nextUrl: npath,
  firstUrl: npath,
  options: z.object({
    outlets: z.array(z.object({ slug: str, name: str })),
    places: z.array(z.object({ slug: str, name: str })),
    laws: z.array(z.object({ slug: str, title: str })),
    years: z.array(int),
  }),
  feedUrl: path,
  downloads: Downloads,
});

export const ReportPage = page({
  report: z.object({
    slug: str,
    title: str,
    url: path,
    sourceUrl: nstr,
    language: str,
    dateTime: partialDate,
    eventDate: isoDate.nullable(),
    sourceType,
    summary: nstr,
    hasExcerpt: z.boolean(),
    outlet: z.object({ name: str, url: path, website: nstr, synthetic: z.boolean() }),
    updatedAt: timestamp,
  }),
  authors: z.array(str),
  places: z.array(z.object({ name: str, nameKo: nstr, kind: str, parent: nstr, url: path })),
  excerpt: z
    .array(z.object({ text: str, citationId: nint, href: npath }))
    .meta({ description: 'The excerpt in stretches, in order; a stretch with a citationId is that citation’s quote.' }),
  cited: z.array(CitedArticle),
  editions: z.array(z.object({ title: str, language: str, url: path })),
  related: z.array(ReportListItem),
  downloads: Downloads,
  cite: CitePanel,
});

const listPage = { reports: z.array(ReportListItem), nextCursor: nstr, nextUrl: npath, feedUrl: path };

export const OutletPage = page({
  outlet: z.object({ slug: str, name: str, website: nstr, country: nstr, synthetic: z.boolean(), url: path }),
  ...listPage,
});

export const PlacePage = page({
  place: z.object({
    slug: str,
    name: str,
    nameKo: nstr,
    kind: str,
    url: path,
    parent: z.object({ name: nstr, url: path }).nullable(),
  }),
  subPlaces: z.array(z.object({ name: str, nameKo: nstr, kind: str, url: path })),
  ...listPage,
});
