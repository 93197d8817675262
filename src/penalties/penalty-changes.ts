/**
 * How the set of offences carrying a penalty changed from one version of a law to the next,
 * compared by lineage (the offence), not by article number, which moves between revisions, and
 * tier by tier: an offence only "lost" a penalty when the later version records the tiers that
 * carried it. Anything else is said for what it is — not recorded, number not known, repealed.
 * Pure: rows in, comparison out.
 */

export interface ArticleKindRow {
  version_id: number;
  version_slug: string;
  version_label: string;
  number: string;
  lineage_slug: string | null;
  offence_name: string | null;
  /** tiers in which the article carries the penalty (empty: it does not, as far as recorded) */
  kind_tiers: string[];
  /** tiers of the article with any recorded penalty */
  recorded_tiers: string[];
}

/** A stated lineage step into a version ('new', 'repealed', …). */
export interface StepRow {
  version_id: number;
  lineage_slug: string;
  relation: string;
}

export type ChangeReason =
  | 'new_offence'
  | 'not_recorded_before'
  | 'number_unknown_before'
  | 'not_recorded_after'
  | 'number_unknown_after'
  | 'repealed';

export interface ChangeItem {
  lineage: string;
  offence: string;
  before: string | null;
  after: string | null;
  reason: ChangeReason | null;
}

export interface VersionChange {
  from: { slug: string; label: string };
  to: { slug: string; label: string };
  /** the earlier version records the tier without the penalty; the later one carries it */
  gained: ChangeItem[];
  /** the later version records the tiers that carried the penalty, without it */
  lost: ChangeItem[];
  /** carries it in the later version: a new offence, or the earlier penalty or number is not known */
  added: ChangeItem[];
  /** carried it in the earlier version: the later penalty or number is not known, or it was repealed */
  unknownAfter: ChangeItem[];
}

interface VersionSet {
  id: number;
  slug: string;
  label: string;
  byLineage: Map<string, ArticleKindRow>;
}

/** An offence with several articles in one version (robbery, Arts 301–302) counts as one, merged. */
function merge(a: ArticleKindRow, b: ArticleKindRow): ArticleKindRow {
  return {
    ...a,
    number: `${a.number}, ${b.number}`,
    kind_tiers: [...a.kind_tiers, ...b.kind_tiers],
    recorded_tiers: [...a.recorded_tiers, ...b.recorded_tiers],
  };
}

function versionSets(rows: ArticleKindRow[]): VersionSet[] {
  const sets = new Map<number, VersionSet>();
  for (const row of rows) {
    const set = sets.get(row.version_id) ?? {
      id: row.version_id,
      slug: row.version_slug,
      label: row.version_label,
      byLineage: new Map(),
    };
    sets.set(row.version_id, set);
    if (!row.lineage_slug) continue;
    const seen = set.byLineage.get(row.lineage_slug);
    set.byLineage.set(row.lineage_slug, seen ? merge(seen, row) : row);
  }
  return [...sets.values()];
}

const item = (
  lineage: string,
  before: ArticleKindRow | undefined,
  after: ArticleKindRow | undefined,
  reason: ChangeReason | null,
): ChangeItem => ({
  lineage,
  offence: (after ?? before)?.offence_name ?? lineage,
  before: before?.number ?? null,
  after: after?.number ?? null,
  reason,
});

const recordsAny = (row: ArticleKindRow, tiers: string[]) => tiers.some((t) => row.recorded_tiers.includes(t));

function compare(prev: VersionSet, next: VersionSet, steps: StepRow[]): VersionChange {
  const change: VersionChange = {
    from: { slug: prev.slug, label: prev.label },
    to: { slug: next.slug, label: next.label },
    gained: [],
    lost: [],
    added: [],
    unknownAfter: [],
  };
  const stepTo = (lineage: string) =>
    steps.find((s) => s.version_id === next.id && s.lineage_slug === lineage)?.relation;
  for (const [lineage, after] of next.byLineage) {
    const before = prev.byLineage.get(lineage);
    if (after.kind_tiers.length === 0 || (before && before.kind_tiers.length > 0)) continue;
    if (before && recordsAny(before, after.kind_tiers)) change.gained.push(item(lineage, before, after, null));
    else if (before) change.added.push(item(lineage, before, after, 'not_recorded_before'));
    else
      change.added.push(
        item(lineage, before, after, stepTo(lineage) === 'new' ? 'new_offence' : 'number_unknown_before'),
      );
  }
  for (const [lineage, before] of prev.byLineage) {
    const after = next.byLineage.get(lineage);
    if (before.kind_tiers.length === 0 || (after && after.kind_tiers.length > 0)) continue;
    if (after && recordsAny(after, before.kind_tiers)) change.lost.push(item(lineage, before, after, null));
    else if (after) change.unknownAfter.push(item(lineage, before, after, 'not_recorded_after'));
    else
      change.unknownAfter.push(
        item(lineage, before, after, stepTo(lineage) === 'repealed' ? 'repealed' : 'number_unknown_after'),
      );
  }
  return change;
}

/** Rows of one law, oldest version first; versions without known articles never appear in them. */
export function penaltyChanges(rows: ArticleKindRow[], steps: StepRow[] = []): VersionChange[] {
  const sets = versionSets(rows);
  return sets.slice(1).map((next, i) => compare(sets[i]!, next, steps));
}

export function isEmptyChange(c: VersionChange): boolean {
  return c.gained.length + c.lost.length + c.added.length + c.unknownAfter.length === 0;
}
