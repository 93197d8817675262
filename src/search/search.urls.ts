/** Search URLs; the whole search state lives in the query string. */
import { type FacetKey, facetKeys } from './search.facets.ts';

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

export const searchUrls = { searchUrl, toggleFacetUrl, clearFacetsUrl };
