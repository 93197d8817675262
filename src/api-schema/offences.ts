import { z } from 'zod';
import { cellState, int, isoDate, link, nstr, page, path, str, textStatus } from './common.ts';
import { CitedBy, LadderStep, PenaltyHistory, SearchedFor } from './laws.ts';

/** Response schemas of the offence pages and the glossary (src/offences, src/penalties/glossary). */
const articleRef = z.object({ number: str, label: str, versionSlug: str, url: path });

export const OffencePage = page({
  law: z.object({ slug: str, title: str, titleKo: nstr, url: path, lineageUrl: path }),
  offence: z.object({
    slug: str,
    name: str,
    nameKo: nstr,
    note: nstr,
    aliases: z.array(z.object({ name: str, lang: str })),
    url: path,
  }),
  latest: articleRef.nullable(),
  numbers: z.array(articleRef),
  on: z
    .object({
      date: isoDate,
      version: z.object({ slug: str, label: str, url: path }).nullable(),
      state: cellState.nullable(),
      article: link.nullable(),
    })
    .nullable()
    .meta({ description: 'With ?on=: the version in force on that date and the offence’s article in it.' }),
  versions: z.array(
    z.object({
      slug: str,
      label: str,
      url: path,
      inForceFrom: isoDate.nullable(),
      inForceUntil: isoDate.nullable(),
      textStatus,
      state: cellState,
      relation: nstr,
      note: nstr,
      inForceOnDate: z.boolean(),
      articles: z.array(
        z.object({ number: str, label: str, heading: nstr, url: path, ladder: z.array(LadderStep), reports: int }),
      ),
    }),
  ),
  counts: z.object({ offenceReports: int }),
  penaltyHistory: PenaltyHistory,
  citedBy: CitedBy,
  feedUrl: path,
  searchedFor: SearchedFor,
});

const term = { key: str, term: str, ko: nstr, koSouth: nstr, renderings: z.array(str), explanation: str };
export const GlossaryPage = page({
  kinds: z.array(z.object({ ...term, url: path })),
  tiers: z.array(z.object(term)),
});
