import { penaltyKindNames, tierNames } from './penalty-format.ts';

/**
 * The one penalty vocabulary: the term Statute Atlas uses (ladders, summaries, browse pages),
 * the Korean term as the DPRK writes it (and as South Korea spells it), and the renderings
 * reports use for the same thing. Renderings and facts from the researched facts sheet
 * (its sections 0 and 3). Pure data.
 */
export interface GlossaryEntry {
  key: string;
  term: string;
  ko: string | null;
  koSouth: string | null;
  renderings: string[];
  explanation: string;
}

const kinds: Omit<GlossaryEntry, 'term' | 'ko'>[] = [
  {
    key: 'death',
    koSouth: null,
    renderings: ['death penalty', 'death by shooting', 'execution'],
    explanation:
      'The heaviest main punishment. The 1999 code kept it for four offences; the 2007 supplementary provisions extended it to especially grave ordinary crimes, and the December 2023 revision has sixteen capital offences.',
  },
  {
    key: 'unlimited_term_correctional_labor',
    koSouth: '무기노동교화형',
    renderings: [
      'unlimited-term reform through labour',
      'life-term reform through labour',
      'life sentence of correctional labor',
      'hard labor for life',
    ],
    explanation: 'Correctional labor without an end date; introduced by the 2004 revision.',
  },
  {
    key: 'fixed_term_correctional_labor',
    koSouth: '유기노동교화형',
    renderings: [
      'fixed-term or limited-term reform through labour',
      'reform through labour',
      'correctional labor',
      'hard labor',
      'labor reeducation camp',
      'forced labor',
      'labor prison',
    ],
    explanation:
      'A term of labor served in a reform-through-labour camp (kyohwaso). Articles usually name it without the fixed-term prefix; fixed terms run up to 15 years. Since 1987 it has been the principal penalty apart from death.',
  },
  {
    key: 'disciplinary_labor',
    koSouth: '노동단련형',
    renderings: [
      'labour-training',
      'labour training',
      'disciplinary labor',
      'labor discipline',
      'short-term labour',
      'labor-training corps (the unit where it is served)',
    ],
    explanation:
      'Short-term labor served in a labour-training unit rather than a camp; written into the code by the 2004 revision. The 2009-era text allowed it for less than two years; 2012–2015 articles give up to one year.',
  },
  {
    key: 'confiscation',
    koSouth: null,
    renderings: ['confiscation of property', 'forfeiture'],
    explanation:
      'An additional punishment imposed together with a main one; the 1999 revision made it available for ordinary crimes too.',
  },
  {
    key: 'fine',
    koSouth: null,
    renderings: ['fine', 'monetary penalty'],
    explanation:
      'An additional punishment; fines were added by the last 2009 amendment and reportedly applied to defectors.',
  },
  {
    key: 'deprivation_of_rights',
    koSouth: null,
    renderings: ['deprivation of the right to vote', 'loss of voting rights'],
    explanation: 'An additional punishment; the 1999 revision lengthened its maximum from four to five years.',
  },
  {
    key: 'deprivation_of_qualifications',
    koSouth: null,
    renderings: ['deprivation of qualifications', 'loss of qualifications'],
    explanation: 'An additional punishment listed among the nine penalty types of the 2012 code.',
  },
  {
    key: 'suspension_of_qualifications',
    koSouth: null,
    renderings: ['suspension of qualifications'],
    explanation: 'An additional punishment listed among the nine penalty types of the 2012 code.',
  },
];

export const penaltyGlossary: GlossaryEntry[] = kinds.map((k) => ({
  ...k,
  term: (penaltyKindNames[k.key]?.en ?? k.key).replace(/^(the|a) /, ''),
  ko: penaltyKindNames[k.key]?.ko ?? null,
}));

export const tierGlossary: GlossaryEntry[] = [
  {
    key: 'basic',
    term: tierNames.basic!,
    ko: null,
    koSouth: null,
    renderings: ['the basic offence', 'ordinary cases'],
    explanation: 'The penalty for the offence as defined, without aggravating circumstances.',
  },
  {
    key: 'grave',
    term: tierNames.grave!,
    ko: '정상이 무거운 경우',
    koSouth: null,
    renderings: ['grave cases', 'serious cases', 'where the circumstances are grave'],
    explanation: 'The heavier penalty the article provides when the circumstances are grave.',
  },
  {
    key: 'especially_grave',
    term: tierNames.especially_grave!,
    ko: '정상이 특히 무거운 경우',
    koSouth: null,
    renderings: ['especially grave cases', 'particularly grave', 'extremely grave'],
    explanation:
      'The heaviest penalty the article provides, for especially grave circumstances; where death is possible it sits here.',
  },
];
