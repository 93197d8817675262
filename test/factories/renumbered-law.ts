import type { Db } from '../../src/db/connect.ts';
import { type LawOverrides, type MadeArticle, type MadeLaw, type VersionInput, makeLaw } from './laws.ts';
import { unique } from './unique.ts';

export interface RenumberedLaw extends MadeLaw {
  /** conspiracy to overthrow the state: Art. 59 in 2004, renumbered Art. 60 in 2015 */
  overthrow: { before: MadeArticle; after: MadeArticle };
  /** terrorism: Art. 60 in 2004 (the number overthrow takes later), renumbered Art. 61 in 2015 */
  terrorism: { before: MadeArticle; after: MadeArticle };
  /** illegal international communications: new in 2015 as Art. 60-1 */
  communications: MadeArticle;
}

const death = { tier: 'especially_grave', kind: 'death' } as const;

/**
 * With `history`, three more versions: 1999 (the two offences as Arts 44 and 45), 2009 (whose partial
 * text holds state overthrow, still Art. 59, but not terrorism, so terrorism's number there is not
 * known) and 2023, known only from reports, which repealed terrorism.
 */
function historyVersions(title: string): VersionInput[] {
  return [
    {
      slug: '1999',
      label: `${title} as revised 11 August 1999`,
      adopted_on: '1999-08-11',
      text_status: 'partial',
      articles: [
        { number: '44', lineage: 'state-overthrow', heading: 'Conspiracy to overthrow the state', penalties: [death] },
        { number: '45', lineage: 'terrorism', heading: 'Terrorism', penalties: [death] },
      ],
    },
    {
      slug: '2009',
      label: `${title} as amended 19 October 2009`,
      adopted_on: '2009-10-19',
      text_status: 'partial',
      articles: [{ number: '59', lineage: 'state-overthrow', heading: 'Conspiracy to overthrow the state' }],
    },
    {
      slug: '2023',
      label: `${title} as revised 24 December 2023`,
      adopted_on: '2023-12-24',
      text_status: 'reported_only',
      lineage_steps: [
        { lineage: 'terrorism', relation: 'repealed', note: 'Reported moved into a separate anti-terrorism law.' },
      ],
    },
  ];
}

/**
 * A two-version code in which offences move: "Article 60" is terrorism in 2004 and state overthrow
 * in 2015, the renumbering that makes lineages necessary. `history` adds three versions around
 * them (see historyVersions); `versions` are added after those.
 */
export async function makeRenumberedLaw(
  db: Db,
  overrides: Omit<LawOverrides, 'versions' | 'lineages'> & { history?: boolean; versions?: VersionInput[] } = {},
): Promise<RenumberedLaw> {
  const title = overrides.title ?? `Criminal Code ${unique()}`;
  const { versions: later = [], history = false, ...rest } = overrides;
  const law = await makeLaw(db, {
    title,
    lineages: [
      {
        slug: 'state-overthrow',
        offence_name: 'conspiracy to overthrow the state',
        offence_name_ko: '국가전복음모죄',
      },
      { slug: 'terrorism', offence_name: 'terrorism', offence_name_ko: '테로죄' },
      {
        slug: 'illegal-communications',
        offence_name: 'illegal international communications',
        offence_name_ko: '비법국제통신죄',
        aliases: [{ name: 'crime of illegal international communications', lang: 'en' }],
      },
    ],
    versions: [
      {
        slug: '2004',
        label: `${title} as revised 29 April 2004`,
        adopted_on: '2004-04-29',
        text_status: 'partial',
        articles: [
          { number: '59', lineage: 'state-overthrow', heading: 'Conspiracy to overthrow the state' },
          { number: '60', lineage: 'terrorism', heading: 'Terrorism', penalties: [death] },
        ],
      },
      {
        slug: '2015',
        label: `${title} as amended 22 July 2015`,
        adopted_on: '2015-07-22',
        text_status: 'partial',
        lineage_steps: [{ lineage: 'illegal-communications', relation: 'new' }],
        articles: [
          {
            number: '60',
            lineage: 'state-overthrow',
            heading: 'Conspiracy to overthrow the state',
            penalties: [
              { tier: 'basic', kind: 'fixed_term_correctional_labor', min_months: 60, max_months: 120 },
              death,
            ],
          },
          {
            number: '60-1',
            lineage: 'illegal-communications',
            heading: 'Illegal international communications',
            penalties: [
              { tier: 'basic', kind: 'disciplinary_labor', max_months: 12 },
              { tier: 'grave', kind: 'fixed_term_correctional_labor', max_months: 60 },
            ],
          },
          { number: '61', lineage: 'terrorism', heading: 'Terrorism', penalties: [death] },
        ],
      },
      ...(history ? historyVersions(title) : []),
      ...later,
    ],
    ...rest,
  });
  return {
    ...law,
    overthrow: { before: law.article('2004', '59'), after: law.article('2015', '60') },
    terrorism: { before: law.article('2004', '60'), after: law.article('2015', '61') },
    communications: law.article('2015', '60-1'),
  };
}

/**
 * The renumbered law with its history under the name texts use, "Criminal Code" (형법), and a 2012
 * version numbering state overthrow as 2015 does: for typed citations, the extractor and name
 * searches, which read law names. Its title is not unique, so make one per database.
 */
export function makeCriminalCode(db: Db, overrides: Omit<LawOverrides, 'versions' | 'lineages'> = {}) {
  return makeRenumberedLaw(db, {
    title: 'Criminal Code',
    title_ko: '형법',
    aliases: [
      { name: 'Criminal Code', lang: 'en' },
      { name: 'Criminal Law', lang: 'en' },
      { name: '형법', lang: 'ko' },
    ],
    history: true,
    versions: [
      {
        slug: '2012',
        label: 'Criminal Code as amended 14 May 2012',
        adopted_on: '2012-05-14',
        text_status: 'partial',
        articles: [{ number: '60', lineage: 'state-overthrow', heading: 'Conspiracy to overthrow the state' }],
      },
    ],
    ...overrides,
  });
}
