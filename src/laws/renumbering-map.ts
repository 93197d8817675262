import type { VersionView } from './laws.view-models.ts';

/** The renumbering map as plain data for a server-rendered SVG and its table twin. Pure. */
export interface MapRow {
  slug: string;
  offence: string;
  offenceKo: string | null;
  offenceUrl: string;
  cells: { version: string; numbers: string[]; changed: boolean; url: string | null; reportedOnly: boolean }[];
  firstNumber: number;
}

export interface MapGeometry {
  width: number;
  height: number;
  labelWidth: number;
  colWidth: number;
  rowHeight: number;
  top: number;
}

type NumberRow = {
  lineage_id: number;
  slug: string;
  offence_name: string;
  offence_name_ko: string | null;
  law_version_id: number | null;
  number: string | null;
};

/** Offences as rows (ordered by their earliest known number), versions as columns. */
export function buildRenumberingMap(
  rows: NumberRow[],
  versions: VersionView[],
  articleUrl: (version: string, number: string) => string,
  offenceUrl: (lineage: string) => string,
) {
  const byLineage = new Map<number, NumberRow[]>();
  for (const r of rows) byLineage.set(r.lineage_id, [...(byLineage.get(r.lineage_id) ?? []), r]);
  const mapRows: MapRow[] = [...byLineage.values()].map((group) => {
    let previous: string | null = null;
    const cells = versions.map((v) => {
      const numbers = group.filter((g) => g.law_version_id === v.id && g.number !== null).map((g) => g.number!);
      const key = numbers.join(',');
      const changed = numbers.length > 0 && previous !== null && previous !== key;
      if (numbers.length > 0) previous = key;
      return {
        version: v.slug,
        numbers,
        changed,
        url: numbers[0] ? articleUrl(v.slug, numbers[0]) : null,
        reportedOnly: v.textStatus === 'reported_only',
      };
    });
    const first = cells.find((c) => c.numbers.length > 0)?.numbers[0];
    return {
      slug: group[0]!.slug,
      offence: group[0]!.offence_name,
      offenceKo: group[0]!.offence_name_ko,
      offenceUrl: offenceUrl(group[0]!.slug),
      cells,
      firstNumber: first ? Number.parseInt(first, 10) || 0 : Number.MAX_SAFE_INTEGER,
    };
  });
  mapRows.sort((a, b) => a.firstNumber - b.firstNumber || a.offence.localeCompare(b.offence));
  const labelWidth = 260;
  const colWidth = 84;
  const rowHeight = 30;
  const top = 40;
  const geometry: MapGeometry = {
    width: labelWidth + colWidth * versions.length + 10,
    height: top + rowHeight * mapRows.length + 10,
    labelWidth,
    colWidth,
    rowHeight,
    top,
  };
  return { rows: mapRows.filter((r) => r.cells.some((c) => c.numbers.length > 0)), geometry };
}
