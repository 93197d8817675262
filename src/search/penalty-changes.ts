/**
 * How the set of offences carrying a penalty changed from one version of a law to the next,
 * compared by lineage (the offence), not by article number, which moves between revisions.
 * Pure: rows in, comparison out.
 */

export interface ArticleKindRow {
  version_id: number;
  version_slug: string;
  version_label: string;
  number: string;
  lineage_slug: string | null;
  offence_name: string | null;
  /** true when the article carries the penalty */
  has: boolean;
  /** true when any penalty of the article is recorded: without one, "not carrying it" is unknown */
  known: boolean;
}

export interface ChangeItem {
  lineage: string;
  offence: string;
  before: string | null;
  after: string | null;
}

export interface VersionChange {
  from: { slug: string; label: string };
  to: { slug: string; label: string };
  /** penalties known in both versions; carries it only in the later one */
  gained: ChangeItem[];
  /** penalties known in both versions; carries it only in the earlier one */
  lost: ChangeItem[];
  /** carries it in the later version; the earlier version's article or its penalties are not known */
  added: ChangeItem[];
  /** carried it in the earlier version; the later version's article or its penalties are not known */
  unknownAfter: ChangeItem[];
}

interface VersionSet {
  slug: string;
  label: string;
  byLineage: Map<string, ArticleKindRow>;
}

function versionSets(rows: ArticleKindRow[]): VersionSet[] {
  const sets = new Map<number, VersionSet>();
  for (const row of rows) {
    const set = sets.get(row.version_id) ?? { slug: row.version_slug, label: row.version_label, byLineage: new Map() };
    sets.set(row.version_id, set);
    if (row.lineage_slug && !set.byLineage.get(row.lineage_slug)?.has) set.byLineage.set(row.lineage_slug, row);
  }
  return [...sets.values()];
}

function item(lineage: string, before: ArticleKindRow | undefined, after: ArticleKindRow | undefined): ChangeItem {
  return { lineage, offence: (after ?? before)?.offence_name ?? lineage, before: before?.number ?? null, after: after?.number ?? null };
}

function compare(prev: VersionSet, next: VersionSet): VersionChange {
  const change: VersionChange = { from: { slug: prev.slug, label: prev.label }, to: { slug: next.slug, label: next.label }, gained: [], lost: [], added: [], unknownAfter: [] };
  for (const [lineage, after] of next.byLineage) {
    const before = prev.byLineage.get(lineage);
    if (!after.has || before?.has) continue;
    (before?.known ? change.gained : change.added).push(item(lineage, before, after));
  }
  for (const [lineage, before] of prev.byLineage) {
    const after = next.byLineage.get(lineage);
    if (!before.has || after?.has) continue;
    (after?.known ? change.lost : change.unknownAfter).push(item(lineage, before, after));
  }
  return change;
}

/** Rows of one law, oldest version first; versions without known articles never appear in them. */
export function penaltyChanges(rows: ArticleKindRow[]): VersionChange[] {
  const sets = versionSets(rows);
  return sets.slice(1).map((next, i) => compare(sets[i]!, next));
}

export function isEmptyChange(c: VersionChange): boolean {
  return c.gained.length + c.lost.length + c.added.length + c.unknownAfter.length === 0;
}
