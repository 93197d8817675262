/** Penalties as readable text: "up to 1 year of disciplinary labor (로동단련형)". Pure; no src imports. */

export interface PenaltyLike {
  tier: string;
  alternative_group: number;
  kind: string;
  min_months: number | null;
  max_months: number | null;
  note?: string | null;
}

export const penaltyKindNames: Record<string, { en: string; ko: string | null; term: boolean }> = {
  disciplinary_labor: { en: 'disciplinary labor', ko: '로동단련형', term: true },
  fixed_term_correctional_labor: { en: 'correctional labor', ko: '로동교화형', term: true },
  unlimited_term_correctional_labor: { en: 'life-term correctional labor', ko: '무기로동교화형', term: false },
  death: { en: 'the death penalty', ko: '사형', term: false },
  confiscation: { en: 'confiscation of property', ko: '재산몰수형', term: false },
  fine: { en: 'a fine', ko: '벌금형', term: false },
  deprivation_of_rights: { en: 'deprivation of the right to vote', ko: '선거권박탈형', term: true },
  suspension_of_qualifications: { en: 'suspension of qualifications', ko: '자격정지형', term: true },
  deprivation_of_qualifications: { en: 'deprivation of qualifications', ko: '자격박탈형', term: false },
};

/**
 * The longest term a kind can carry, where the sources give one: fixed-term correctional labor
 * runs to 15 years (Chosun Ilbo 2009); disciplinary labor was at most three years before 2004,
 * under two in the 2009-era text and up to one year in 2012–2015 articles; the right to vote
 * could be withdrawn for up to five years from 1999 (Dong-A Ilbo 2002).
 */
export const termCeilingMonths: Record<string, number> = {
  fixed_term_correctional_labor: 180,
  disciplinary_labor: 36,
  deprivation_of_rights: 60,
};

export const tierNames: Record<string, string> = {
  basic: 'Basic offence',
  grave: 'Grave cases',
  especially_grave: 'Especially grave cases',
};

export const tierOrder = ['basic', 'grave', 'especially_grave'] as const;
export type Tier = (typeof tierOrder)[number];

export function formatMonths(months: number): string {
  if (months % 12 === 0) {
    const years = months / 12;
    return `${years} year${years === 1 ? '' : 's'}`;
  }
  if (months < 12) return `${months} month${months === 1 ? '' : 's'}`;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return `${years} year${years === 1 ? '' : 's'} ${rest} month${rest === 1 ? '' : 's'}`;
}

/** "up to 5 years", "5 to 10 years", "at least 10 years", or "" for penalties without a term. */
export function formatTerm(min: number | null, max: number | null): string {
  if (min !== null && max !== null) {
    if (min === max) return formatMonths(min);
    const sameUnit = min % 12 === 0 && max % 12 === 0;
    return sameUnit ? `${min / 12} to ${formatMonths(max)}` : `${formatMonths(min)} to ${formatMonths(max)}`;
  }
  if (max !== null) return `up to ${formatMonths(max)}`;
  if (min !== null) return `at least ${formatMonths(min)}`;
  return '';
}

/** One penalty as an English phrase, e.g. "up to 5 years of correctional labor". */
export function describePenalty(p: Pick<PenaltyLike, 'kind' | 'min_months' | 'max_months'>): string {
  const kind = penaltyKindNames[p.kind] ?? { en: p.kind.replaceAll('_', ' '), ko: null, term: true };
  const term = kind.term ? formatTerm(p.min_months, p.max_months) : '';
  return term ? `${term} of ${kind.en}` : kind.en;
}

export function koreanKindName(kind: string): string | null {
  return penaltyKindNames[kind]?.ko ?? null;
}
