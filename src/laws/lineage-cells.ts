import { urls } from '../http/urls.ts';
import { articleShortLabel } from '../lib/article-number.ts';
import type { VersionView } from './laws.view-models.ts';

/**
 * One offence's place in every version of its law: its number where an article is recorded, and
 * otherwise why not — the text is unavailable, the number is not known, the offence did not exist
 * yet, or it was repealed. Pure: rows in, cells out.
 */
export interface LineageArticleRow {
  id: number;
  number: string;
  heading: string | null;
  version_id: number;
  relation: string | null;
  step_note: string | null;
}

export interface LineageStepRow {
  version_id: number;
  relation: string;
  note: string | null;
}

export type CellState = 'this' | 'present' | 'absent' | 'unknown' | 'reported_only' | 'repealed';

export interface LineageCell {
  versionSlug: string;
  versionLabel: string;
  inForceFrom: string | null;
  number: string | null;
  label: string;
  state: CellState;
  relation: string | null;
  note: string | null;
  url: string | null;
}

export const isPresent = (c: { state: CellState }) => c.state === 'this' || c.state === 'present';

function repealedFrom(versions: VersionView[], byVersion: Map<number, unknown>, steps: LineageStepRow[]): number {
  const repeal = steps
    .filter((s) => s.relation === 'repealed' && !byVersion.has(s.version_id))
    .map((s) => versions.findIndex((v) => v.id === s.version_id));
  const found = repeal.filter((i) => i >= 0);
  return found.length > 0 ? Math.min(...found) : Number.POSITIVE_INFINITY;
}

/** `currentVersionId` marks the page's own version ('this'); null on the offence page. */
export function lineageCells(
  lawSlug: string,
  versions: VersionView[],
  currentVersionId: number | null,
  articles: LineageArticleRow[],
  steps: LineageStepRow[] = [],
): LineageCell[] {
  const byVersion = new Map<number, LineageArticleRow[]>();
  for (const a of articles) byVersion.set(a.version_id, [...(byVersion.get(a.version_id) ?? []), a]);
  const stepOf = new Map(steps.map((s) => [s.version_id, s]));
  const firstIndex = versions.findIndex((v) => byVersion.has(v.id));
  const startsNew = articles.some((a) => a.relation === 'new');
  const repealIndex = repealedFrom(versions, byVersion, steps);
  return versions.map((v, i) => {
    const here = byVersion.get(v.id) ?? [];
    const step = stepOf.get(v.id);
    const base = {
      versionSlug: v.slug,
      versionLabel: v.label,
      inForceFrom: v.inForceFrom,
      relation: step?.relation ?? null,
      note: step?.note ?? null,
    };
    if (here.length > 0) {
      const numbers = here.map((a) => a.number);
      return {
        ...base,
        number: numbers.join(', '),
        label: here.length > 1 ? `Arts. ${numbers.join(', ')}` : articleShortLabel(numbers[0]!),
        state: v.id === currentVersionId ? 'this' : 'present',
        relation: here[0]!.relation,
        note: here[0]!.step_note,
        url: urls.article(lawSlug, v.slug, here[0]!.number),
      };
    }
    if (i >= repealIndex) return { ...base, number: null, label: 'Repealed', state: 'repealed', url: null };
    if (v.textStatus === 'reported_only')
      return { ...base, number: null, label: 'Text not available', state: 'reported_only', url: null };
    if (startsNew && i < firstIndex)
      return { ...base, number: null, label: 'Did not exist yet', state: 'absent', url: null };
    return { ...base, number: null, label: 'Number not known', state: 'unknown', url: null };
  });
}

/** What a state means, in a sentence that names the version. */
export function cellExplanation(cell: LineageCell): string {
  switch (cell.state) {
    case 'reported_only':
      return `The text of the ${cell.versionLabel} is not available, so the offence’s article number in it is unknown.`;
    case 'absent':
      return `The offence did not exist yet in the ${cell.versionLabel}.`;
    case 'repealed':
      return `The offence was repealed: the ${cell.versionLabel} no longer contains it.`;
    case 'unknown':
      return `The ${cell.versionLabel} is known only in part, and none of its articles we hold is this offence: its number there is not known.`;
    default:
      return `In the ${cell.versionLabel} the offence is ${cell.label}.`;
  }
}
