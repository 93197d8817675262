import type { ArticleRecord, JurisdictionRecord, LawRecord, VersionRecord } from '../formats/law-records.schemas.ts';
import type * as repo from './export.repository.ts';

/** Rows of the law tables, as the export repository reads them, nested back into import records. */
type Rows<F extends (...args: never[]) => Promise<unknown[]>> = Awaited<ReturnType<F>>;

export interface LawRows {
  laws: Rows<typeof repo.listLaws>;
  lawAliases: Rows<typeof repo.listLawAliases>;
  lineages: Rows<typeof repo.listLineages>;
  lineageAliases: Rows<typeof repo.listLineageAliases>;
  versions: Rows<typeof repo.listVersions>;
  articles: Rows<typeof repo.listArticles>;
  penalties: Rows<typeof repo.listPenalties>;
  steps: Rows<typeof repo.listLineageSteps>;
}

/** Groups rows by a key, keeping their order within each group. */
export function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

const alias = (a: { name: string; lang: string }) => ({ name: a.name, lang: a.lang });

export function assembleJurisdictions(
  rows: Rows<typeof repo.listJurisdictions>,
  aliasRows: Rows<typeof repo.listJurisdictionAliases>,
): JurisdictionRecord[] {
  const aliases = groupBy(aliasRows, (a) => a.jurisdiction_id);
  return rows.map((j) => ({
    code: j.code,
    name: j.name,
    name_ko: j.name_ko,
    aliases: (aliases.get(j.id) ?? []).map(alias),
  }));
}

export function assembleLaws(rows: LawRows): LawRecord[] {
  const lawAliases = groupBy(rows.lawAliases, (a) => a.law_id);
  const lineages = groupBy(rows.lineages, (l) => l.law_id);
  const lineageAliases = groupBy(rows.lineageAliases, (a) => a.lineage_id);
  const versions = groupBy(rows.versions, (v) => v.law_id);
  const index = indexVersionRows(rows);
  return rows.laws.map((law) => ({
    slug: law.slug,
    jurisdiction: law.jurisdiction,
    title: law.title,
    title_ko: law.title_ko,
    kind: law.kind,
    summary: law.summary,
    source_url: law.source_url,
    default: law.is_default,
    aliases: (lawAliases.get(law.id) ?? []).map(alias),
    lineages: (lineages.get(law.id) ?? []).map((l) => ({
      slug: l.slug,
      offence_name: l.offence_name,
      offence_name_ko: l.offence_name_ko,
      aliases: (lineageAliases.get(l.id) ?? []).map(alias),
      note: l.note,
    })),
    versions: assembleVersions(index, versions.get(law.id) ?? []),
  }));
}

type VersionIndex = ReturnType<typeof indexVersionRows>;

function indexVersionRows(rows: LawRows) {
  return {
    lineageSlugs: new Map(rows.lineages.map((l) => [l.id, l.slug])),
    articles: groupBy(rows.articles, (a) => a.law_version_id),
    penalties: groupBy(rows.penalties, (p) => p.article_id),
    steps: groupBy(statedSteps(rows), (s) => s.to_version_id),
  };
}

function assembleVersions(
  { lineageSlugs, articles, penalties, steps }: VersionIndex,
  versions: LawRows['versions'],
): VersionRecord[] {
  return versions.map((v) => ({
    slug: v.slug,
    label: v.label,
    adopted_on: v.adopted_on,
    effective_from: v.effective_from,
    amending_instrument: v.amending_instrument,
    text_status: v.text_status,
    source_url: v.source_url,
    note: v.note,
    articles: (articles.get(v.id) ?? []).map(
      (a): ArticleRecord => ({
        number: a.number,
        lineage: a.lineage_id === null ? null : (lineageSlugs.get(a.lineage_id) ?? null),
        chapter: a.chapter_path,
        heading: a.heading,
        summary: a.summary,
        text_en: a.text_en,
        text_ko: a.text_ko,
        source_url: a.source_url,
        provenance: a.provenance,
        penalties: (penalties.get(a.id) ?? []).map((p) => ({
          tier: p.tier,
          alternative_group: p.alternative_group,
          kind: p.kind,
          min_months: p.min_months,
          max_months: p.max_months,
          note: p.note,
        })),
      }),
    ),
    lineage_steps: (steps.get(v.id) ?? []).map((s) => ({ lineage: s.lineage, relation: s.relation, note: s.note })),
  }));
}

/**
 * The import derives a step between consecutive versions — 'same' when the lineage kept its
 * number, else 'renumbered', with no note — so only steps that say more than that are written out.
 * A lineage's number in a version is its first article there, as the import takes it.
 */
function statedSteps(rows: LawRows): LawRows['steps'] {
  const numberIn = new Map<string, string>();
  for (const a of rows.articles) {
    const key = `${a.lineage_id}:${a.law_version_id}`;
    if (a.lineage_id !== null && !numberIn.has(key)) numberIn.set(key, a.number);
  }
  return rows.steps.filter((s) => {
    if (s.note !== null || s.from_version_id === null) return true;
    const same =
      numberIn.get(`${s.lineage_id}:${s.from_version_id}`) === numberIn.get(`${s.lineage_id}:${s.to_version_id}`);
    return s.relation !== (same ? 'same' : 'renumbered');
  });
}
