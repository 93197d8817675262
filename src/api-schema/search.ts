import { z } from 'zod';
import { int, isoDate, nint, npath, nstr, page, partialDate, path, str, tier } from './common.ts';

/** Response schemas of /api/search and the penalty browse (src/search). */
const segments = z
  .array(z.object({ text: str, mark: z.boolean() }))
  .meta({ description: 'Text in stretches; mark is true where it matches the query.' });
const facet = z.object({
  key: str,
  title: str,
  values: z.array(z.object({ value: str, label: str, count: int, selected: z.boolean(), url: path })),
});
const hits = <T extends z.ZodType>(hit: T) =>
  z.object({
    total: int,
    totalEstimated: z.boolean().meta({
      description:
        'true when the total is an estimate from a sample (past a few thousand matches), rounded to two significant figures',
    }),
    countsEstimated: z
      .boolean()
      .meta({ description: "true when the facet values' counts are estimates from a sample" }),
    hits: z.array(hit),
    facets: z.array(facet),
    page: int,
    pages: int,
    prevUrl: npath,
    nextUrl: npath,
  });

export const ArticleHit = z.object({
  number: str,
  label: str,
  url: path,
  offenceUrl: npath,
  law: str,
  version: str,
  versionLabel: str,
  sameNumberIn: z.array(str).meta({ description: 'Versions right before this one that kept the same number.' }),
  also: z
    .array(z.object({ number: str, versions: z.array(str), url: path }))
    .meta({ description: 'The offence’s other numbers, with the versions that used each.' }),
  heading: segments,
  offence: segments,
  offenceKo: segments,
  maxTermBucket: nstr,
  snippet: segments,
});

export const ReportHit = z.object({
  url: path,
  title: segments,
  language: str,
  outlet: str,
  outletUrl: path,
  dateTime: partialDate,
  snippet: segments,
});

const searchPage = { penaltiesIndex: path, q: str };

export const SearchHelp = page({ ...searchPage, kind: z.literal('help'), status: int, message: nstr });
export const SearchResults = page({
  ...searchPage,
  kind: z.literal('results'),
  notice: nstr,
  approximate: z.boolean(),
  filtered: z.boolean(),
  clearUrl: path,
  articles: hits(ArticleHit),
  reports: hits(ReportHit),
});
export const SearchChooser = page({
  ...searchPage,
  kind: z.literal('chooser'),
  label: str,
  inForce: z.object({ label: str, url: path, textKnown: z.boolean(), hasArticle: z.boolean() }).nullable(),
  textSearchUrl: path,
  options: z.array(
    z.object({
      url: path,
      version: str,
      versionLabel: str,
      inForceFrom: isoDate.nullable(),
      heading: nstr,
      offence: nstr,
      offenceKo: nstr,
      offenceUrl: npath,
      inForceToday: z.boolean(),
    }),
  ),
});
export const SearchPage = z.discriminatedUnion('kind', [SearchHelp, SearchResults, SearchChooser]);

export const PenaltiesIndexPage = page({
  penaltiesIndex: path,
  kinds: z.array(z.object({ value: str, label: str, ko: nstr, articles: int, url: path })),
});

const changeItem = z.object({
  lineage: str,
  offence: str,
  before: nstr,
  after: nstr,
  reason: z
    .enum([
      'new_offence',
      'not_recorded_before',
      'number_unknown_before',
      'not_recorded_after',
      'number_unknown_after',
      'repealed',
    ])
    .nullable(),
});
const versionRef = z.object({ slug: str, label: str });

export const PenaltyPage = page({
  penaltiesIndex: path,
  kind: z.object({ value: str, label: str, ko: nstr, hasTerm: z.boolean() }),
  filter: z.object({ law: nstr, version: nstr, max: nstr }),
  laws: z.array(
    z.object({
      slug: str,
      title: str,
      url: path,
      versions: z.array(
        z.object({
          slug: str,
          label: str,
          url: path,
          articles: z.array(
            z.object({
              number: str,
              label: str,
              heading: nstr,
              offence: nstr,
              url: path,
              penalties: z.array(z.object({ tier, kind: str, minMonths: nint, maxMonths: nint })),
            }),
          ),
        }),
      ),
      changes: z.array(
        z.object({
          from: versionRef,
          to: versionRef,
          gained: z.array(changeItem),
          lost: z.array(changeItem),
          added: z.array(changeItem),
          unknownAfter: z.array(changeItem),
          unchanged: z.boolean(),
        }),
      ),
    }),
  ),
  articleCount: int,
  termLinks: z.array(z.object({ value: str, label: str, url: path, current: z.boolean() })),
  allTermsUrl: npath,
});
