/** Search and penalty-browse URLs; the whole search state lives in the query string. */
import { type FacetKey, facetKeys } from './search.facets.ts';

const seg = encodeURIComponent;

export type SearchUrlState = { q: string; apage?: number; rpage?: number; jump?: 'off' | undefined } & Partial<
  Record<FacetKey, string[]>
>;

/** `/search?q=…&law=…&kind=death&kind=fine`: facets repeat, in a fixed order; page 1 is implied. */
export function searchUrl(state: SearchUrlState): string {
  const params = new URLSearchParams();
  params.append('q', state.q);
  for (const key of facetKeys) for (const value of state[key] ?? []) params.append(key, value);
  if (state.apage && state.apage > 1) params.append('apage', String(state.apage));
  if (state.rpage && state.rpage > 1) params.append('rpage', String(state.rpage));
  if (state.jump === 'off') params.append('jump', 'off');
  return `/search?${params.toString()}`;
}

/** The same search with one facet value switched on or off, back on the first page of results. */
export function toggleFacetUrl(state: SearchUrlState, key: FacetKey, value: string): string {
  const current = state[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return searchUrl({ ...state, [key]: next, apage: 1, rpage: 1 });
}

/** The same search without any facet. */
export function clearFacetsUrl(state: SearchUrlState): string {
  return searchUrl({ q: state.q, jump: state.jump });
}

export interface PenaltyFilter {
  law?: string | undefined;
  version?: string | undefined;
  max?: string | undefined;
}

/** `/penalties/death?law=kp-criminal-code&version=2015`: the penalty ladders link here. */
export function penaltiesUrl(kind: string, filter: PenaltyFilter = {}): string {
  const params = new URLSearchParams();
  if (filter.law) params.append('law', filter.law);
  if (filter.law && filter.version) params.append('version', filter.version);
  if (filter.max) params.append('max', filter.max);
  const qs = params.toString();
  return `/penalties/${seg(kind)}${qs ? `?${qs}` : ''}`;
}

export function penaltiesIndexUrl(): string {
  return '/penalties';
}

const examples = [
  'illegal international communications',
  '국제통신',
  '"decadent culture"',
  'Art. 222',
  '형법 제60조',
  'border crossing -china',
  'death penalty or life',
];

/** Queries the help page offers, each with its URL. */
export function searchExamples(): { text: string; url: string }[] {
  return examples.map((text) => ({ text, url: searchUrl({ q: text }) }));
}

export const searchUrls = { searchUrl, toggleFacetUrl, clearFacetsUrl, penaltiesUrl, penaltiesIndexUrl };
