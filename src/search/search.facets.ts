import type { PenaltyKind } from '../db/tables/law-tables.ts';
import { penaltyKindNames } from '../lib/penalty-format.ts';
import { claimTypeLabels } from '../reports/report-view.ts';

/** Facets: which result group each narrows, and how their values read. Pure data. */

export const articleFacets = ['law', 'version', 'kind', 'max'] as const;
export const reportFacets = ['outlet', 'place', 'year', 'claim'] as const;
export const facetKeys = [...articleFacets, ...reportFacets] as const;
export type FacetKey = (typeof facetKeys)[number];

export const facetTitles: Record<FacetKey, string> = {
  law: 'Law',
  version: 'Version',
  kind: 'Penalty kind',
  max: 'Maximum term',
  outlet: 'Outlet',
  place: 'Place',
  year: 'Year',
  claim: 'Claim type',
};

/**
 * An article's most severe penalty, as a bucket: death, then life, then the longest labour term.
 * Buckets do not overlap, so "1–5 years" means over one year and up to five.
 */
export const maxTermBuckets = [
  { value: '1y', label: 'up to 1 year', upToMonths: 12 },
  { value: '5y', label: '1–5 years', upToMonths: 60 },
  { value: '10y', label: '5–10 years', upToMonths: 120 },
  { value: 'over10y', label: 'over 10 years', upToMonths: null },
  { value: 'life', label: 'life', upToMonths: null },
  { value: 'death', label: 'death', upToMonths: null },
] as const;
export type MaxTermBucket = (typeof maxTermBuckets)[number]['value'];
export const maxTermValues = maxTermBuckets.map((b) => b.value) as [MaxTermBucket, ...MaxTermBucket[]];
/** Term buckets a single penalty's maximum can fall in (life and death are kinds, not terms). */
export const termOnlyValues = ['1y', '5y', '10y', 'over10y'] as const;

/** Penalty kinds whose maximum is a length of labour, compared for the maximum-term bucket. */
export const labourKinds = ['disciplinary_labor', 'fixed_term_correctional_labor'] as const;

export const penaltyKinds = Object.keys(penaltyKindNames) as [PenaltyKind, ...PenaltyKind[]];

export function isPenaltyKind(value: string): value is PenaltyKind {
  return (penaltyKinds as string[]).includes(value);
}
export const claimTypes = Object.keys(claimTypeLabels) as [string, ...string[]];

export function kindLabel(kind: string): string {
  const name = penaltyKindNames[kind]?.en ?? kind.replaceAll('_', ' ');
  return name.replace(/^(the|a) /, '');
}

export function bucketLabel(value: string): string {
  return maxTermBuckets.find((b) => b.value === value)?.label ?? value;
}

export function claimLabel(value: string): string {
  return claimTypeLabels[value] ?? value;
}
