import { urls } from '../http/urls.ts';
import { articleShortLabel } from '../lib/article-number.ts';
import { formatReportDate, reportDateTime } from '../lib/dates.ts';
import type { ArticleHitRow } from './article-search.repository.ts';
import type { FacetCountRow, ReportHitRow } from './report-search.repository.ts';
import { type Segment, excerptAround, hasMark, markTerms, markedSegments } from './search-text.ts';
import { type FacetKey, bucketLabel, claimLabel, facetTitles, kindLabel, maxTermValues } from './search.facets.ts';
import type { SearchState } from './search.schemas.ts';
import { toggleFacetUrl } from './search.urls.ts';

/** Rows to what the views and the JSON twin show. Pure. */

function segments(marked: string, cjk: string[]): Segment[] {
  return markTerms(markedSegments(marked), cjk);
}

/** ts_headline's fragment, or for a Korean substring hit (which it cannot see) the text around it. */
function snippet(marked: string, body: string, cjk: string[]): Segment[] {
  const fromHeadline = segments(marked, cjk);
  if (hasMark(fromHeadline) || cjk.length === 0) return fromHeadline;
  const around = excerptAround(body, cjk);
  return around ? markTerms([{ text: around, mark: false }], cjk) : fromHeadline;
}

/** "Art. 59 (2004, 2009)", "Art. 44 (1999)": the offence's other numbers, consecutive versions together. */
export function otherNumbers(lawSlug: string, others: { number: string; version: string }[]) {
  const groups: { label: string; number: string; versions: string[]; url: string }[] = [];
  for (const o of others) {
    const last = groups.at(-1);
    if (last?.number === o.number) last.versions.push(o.version);
    else
      groups.push({
        label: articleShortLabel(o.number),
        number: o.number,
        versions: [o.version],
        url: urls.article(lawSlug, o.version, o.number),
      });
  }
  return groups.map((g) => {
    const versions = [...g.versions].reverse();
    return { number: g.number, label: g.label, versions, text: `${g.label} (${versions.join(', ')})`, url: g.url };
  });
}

export function articleHit(r: ArticleHitRow, cjk: string[]) {
  const others = otherNumbers(r.law_slug, r.others);
  // Versions right before the shown one that kept its number read "also in 2012", not as another number.
  const same = others[0]?.label === articleShortLabel(r.number) ? others.shift()! : null;
  return {
    sameNumberIn: same ? same.versions : [],
    number: r.number,
    label: articleShortLabel(r.number),
    url: urls.article(r.law_slug, r.version_slug, r.number),
    offenceUrl: r.lineage_slug ? urls.offence(r.law_slug, r.lineage_slug) : null,
    also: others,
    law: r.law_title,
    version: r.version_slug,
    versionLabel: r.version_label,
    heading: r.heading ? segments(r.heading_marked, cjk) : [],
    offence: r.offence_name ? segments(r.offence_marked, cjk) : [],
    offenceKo: r.offence_name_ko ? markTerms([{ text: r.offence_name_ko, mark: false }], cjk) : [],
    maxTerm: r.bucket ? bucketLabel(r.bucket) : null,
    maxTermBucket: r.bucket ?? null,
    snippet: snippet(r.snippet_marked, r.body, cjk),
  };
}

export function reportHit(r: ReportHitRow, cjk: string[]) {
  return {
    url: urls.report(r.slug),
    title: segments(r.title_marked, cjk),
    language: r.language,
    outlet: r.outlet_name,
    outletUrl: urls.outlet(r.outlet_slug),
    date: formatReportDate(r.published_on, r.date_precision),
    dateTime: reportDateTime(r.published_on, r.date_precision),
    snippet: snippet(r.snippet_marked, r.body, cjk),
  };
}

function valueLabel(key: FacetKey, row: FacetCountRow): string {
  if (key === 'kind') return kindLabel(row.value);
  if (key === 'max') return bucketLabel(row.value);
  if (key === 'claim') return claimLabel(row.value);
  return row.label || row.value;
}

type FacetValue = { value: string; label: string; count: number; selected: boolean; url: string; sort: string };

function orderValues(key: FacetKey, values: FacetValue[]): FacetValue[] {
  const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || a.label.localeCompare(b.label);
  if (key === 'year') return values.sort((a, b) => b.value.localeCompare(a.value));
  if (key === 'version') return values.sort((a, b) => a.sort.localeCompare(b.sort));
  if (key === 'max')
    return values.sort((a, b) => maxTermValues.indexOf(a.value as never) - maxTermValues.indexOf(b.value as never));
  return values.sort(byCount);
}

/** Each facet with its values' counts; a selected value stays listed (to unselect it) even at zero. */
export function facetViews(keys: readonly FacetKey[], rows: FacetCountRow[], state: SearchState) {
  return keys.map((key) => {
    const selected = state[key];
    const counted = rows.filter((r) => r.facet === key);
    const values: FacetValue[] = counted.map((r) => ({
      value: r.value,
      label: valueLabel(key, r),
      count: r.n,
      selected: selected.includes(r.value),
      url: toggleFacetUrl(state, key, r.value),
      sort: r.sort,
    }));
    for (const value of selected) {
      if (!values.some((v) => v.value === value))
        values.push({
          value,
          label: value,
          count: 0,
          selected: true,
          url: toggleFacetUrl(state, key, value),
          sort: value,
        });
    }
    return { key, title: facetTitles[key], values: orderValues(key, values).map(({ sort: _sort, ...v }) => v) };
  });
}

export function totalOf(rows: FacetCountRow[]): number {
  return rows.find((r) => r.facet === 'total')?.n ?? 0;
}

/** "about 1,000,000" for an estimate, the plain number otherwise (as exact counts always read). */
export function countText(n: number, estimated: boolean): string {
  return estimated ? `about ${n.toLocaleString('en')}` : String(n);
}

/** Why the report counts are estimates, or null when they are exact. */
export function estimateNote(
  c: { countsEstimated: boolean; totalEstimated: boolean },
  exactUpTo: number,
): string | null {
  if (!c.countsEstimated) return null;
  const what = c.totalEstimated ? 'the total and the filter counts are estimates' : 'the filter counts are estimates';
  return `More than ${exactUpTo.toLocaleString('en')} reports match these words, so ${what} from a sample of reports, rounded.`;
}
