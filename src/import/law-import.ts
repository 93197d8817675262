import type { Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import { articleSortKey } from '../lib/article-number.ts';
import type { ArticleRecord, LawRecord, LineageRecord, VersionRecord } from './import.schemas.ts';
import { type Tally, changedFields, count, upsertRecord } from './import.tally.ts';
import * as repo from './law-import.repository.ts';

type Trx = Transaction<Database>;

export class ImportReferenceError extends Error {}

export async function importJurisdiction(trx: Trx, tally: Tally, record: { code: string; name: string; name_ko?: string | null | undefined }) {
  const desired = { code: record.code, name: record.name, name_ko: record.name_ko ?? null };
  await upsertRecord(tally, 'jurisdiction', await repo.findJurisdictionByCode(trx, record.code), desired, {
    insert: () => repo.insertJurisdiction(trx, desired),
    update: (id, changes) => repo.updateJurisdiction(trx, id, changes),
  });
}

/** Upserts one law with its aliases, lineages, versions, articles and penalties. */
export async function importLaw(trx: Trx, tally: Tally, law: LawRecord): Promise<void> {
  const jurisdiction = await repo.findJurisdictionByCode(trx, law.jurisdiction);
  if (!jurisdiction) throw new ImportReferenceError(`jurisdiction: unknown jurisdiction "${law.jurisdiction}"`);
  const desired = {
    jurisdiction_id: jurisdiction.id,
    slug: law.slug,
    title: law.title,
    title_ko: law.title_ko ?? null,
    kind: law.kind,
    summary: law.summary ?? null,
    source_url: law.source_url ?? null,
  };
  const lawId = await upsertRecord(tally, 'law', await repo.findLawBySlug(trx, law.slug), desired, {
    insert: () => repo.insertLaw(trx, desired),
    update: (id, changes) => repo.updateLaw(trx, id, changes),
  });
  await syncAliases(tally, 'law_alias', law.aliases, await repo.listLawAliases(trx, lawId), {
    insert: (rows) => repo.insertLawAliases(trx, rows.map((r) => ({ ...r, law_id: lawId }))),
    remove: (ids) => repo.deleteLawAliases(trx, ids),
  });
  const lineageIds = new Map<string, number>();
  for (const lineage of law.lineages) lineageIds.set(lineage.slug, await importLineage(trx, tally, lawId, lineage));
  for (const version of law.versions) await importVersion(trx, tally, lawId, version, lineageIds);
  await deriveLineageSteps(trx, tally, lawId, law, lineageIds);
}

type Alias = { name: string; lang: string };

async function syncAliases(
  tally: Tally,
  entity: string,
  desired: Alias[],
  existing: (Alias & { id: number })[],
  ops: { insert: (rows: Alias[]) => Promise<void>; remove: (ids: number[]) => Promise<void> },
): Promise<void> {
  const key = (a: Alias) => `${a.lang}\u0000${a.name}`;
  const have = new Map(existing.map((a) => [key(a), a]));
  const want = new Map(desired.map((a) => [key(a), a]));
  const missing = [...want.values()].filter((a) => !have.has(key(a)));
  const extra = existing.filter((a) => !want.has(key(a)));
  // A changed language on an existing name is an update: delete first so the unique (name) key holds.
  if (extra.length > 0) await ops.remove(extra.map((a) => a.id));
  if (missing.length > 0) await ops.insert(missing);
  for (const a of missing) count(tally, entity, extra.some((e) => e.name === a.name) ? 'updated' : 'inserted');
  for (let i = 0; i < want.size - missing.length; i++) count(tally, entity, 'unchanged');
}

async function importLineage(trx: Trx, tally: Tally, lawId: number, lineage: LineageRecord): Promise<number> {
  const desired = {
    law_id: lawId,
    slug: lineage.slug,
    offence_name: lineage.offence_name,
    offence_name_ko: lineage.offence_name_ko ?? null,
    note: lineage.note ?? null,
  };
  const existing = await repo.findLineage(trx, lawId, lineage.slug);
  const id = await upsertRecord(tally, 'lineage', existing && { ...existing, law_id: lawId }, desired, {
    insert: () => repo.insertLineage(trx, desired),
    update: (lid, changes) => repo.updateLineage(trx, lid, changes),
  });
  await syncAliases(tally, 'lineage_alias', lineage.aliases, await repo.listLineageAliases(trx, id), {
    insert: (rows) => repo.insertLineageAliases(trx, rows.map((r) => ({ ...r, lineage_id: id }))),
    remove: (ids) => repo.deleteLineageAliases(trx, ids),
  });
  return id;
}

async function importVersion(trx: Trx, tally: Tally, lawId: number, version: VersionRecord, lineageIds: Map<string, number>) {
  const desired = {
    law_id: lawId,
    slug: version.slug,
    label: version.label,
    adopted_on: version.adopted_on ?? null,
    effective_from: version.effective_from ?? null,
    amending_instrument: version.amending_instrument ?? null,
    text_status: version.text_status,
    source_url: version.source_url ?? null,
    note: version.note ?? null,
  };
  const existing = await repo.findVersion(trx, lawId, version.slug);
  const versionId = await upsertRecord(tally, 'law_version', existing && { ...existing, law_id: lawId }, desired, {
    insert: () => repo.insertVersion(trx, desired),
    update: (id, changes) => repo.updateVersion(trx, id, changes),
  });
  for (const article of version.articles) await importArticle(trx, tally, versionId, article, lineageIds, version.slug);
}

async function lineageIdOf(trx: Trx, lineageIds: Map<string, number>, slug: string | null | undefined, where: string) {
  if (!slug) return null;
  const id = lineageIds.get(slug);
  if (id === undefined) throw new ImportReferenceError(`${where}.lineage: unknown lineage "${slug}" (declare it under the law's lineages)`);
  void trx;
  return id;
}

async function importArticle(
  trx: Trx,
  tally: Tally,
  versionId: number,
  article: ArticleRecord,
  lineageIds: Map<string, number>,
  versionSlug: string,
) {
  const where = `version ${versionSlug} article ${article.number}`;
  const desired = {
    law_version_id: versionId,
    number: article.number,
    sort_key: articleSortKey(article.number),
    lineage_id: await lineageIdOf(trx, lineageIds, article.lineage, where),
    chapter_path: article.chapter,
    heading: article.heading ?? null,
    summary: article.summary ?? null,
    text_en: article.text_en ?? null,
    text_ko: article.text_ko ?? null,
    source_url: article.source_url ?? null,
    provenance: article.provenance ?? null,
  };
  const existing = await repo.findArticle(trx, versionId, article.number);
  const articleId = await upsertRecord(tally, 'article', existing && { ...existing, law_version_id: versionId }, desired, {
    insert: () => repo.insertArticle(trx, desired),
    update: (id, changes) => repo.updateArticle(trx, id, changes),
  });
  await syncPenalties(trx, tally, articleId, article, existing === undefined);
}

async function syncPenalties(trx: Trx, tally: Tally, articleId: number, article: ArticleRecord, isNew: boolean) {
  const desired = article.penalties.map((p, i) => ({
    article_id: articleId,
    position: i + 1,
    tier: p.tier,
    alternative_group: p.alternative_group,
    kind: p.kind,
    min_months: p.min_months,
    max_months: p.max_months,
    note: p.note ?? null,
  }));
  const existing = isNew ? [] : await repo.listPenalties(trx, articleId);
  const unchanged =
    existing.length === desired.length &&
    desired.every((d, i) => Object.keys(changedFields(existing[i]!, { ...d, article_id: undefined, position: undefined })).length === 0);
  if (unchanged) {
    for (const _ of desired) count(tally, 'penalty', 'unchanged');
    return;
  }
  // A ladder is one unit: replace it whole rather than diffing tiers and alternatives.
  if (existing.length > 0) await repo.deletePenalties(trx, articleId);
  if (desired.length > 0) await repo.insertPenalties(trx, desired);
  for (const _ of desired) count(tally, 'penalty', isNew || existing.length === 0 ? 'inserted' : 'updated');
}

/**
 * Steps between consecutive appearances of each lineage: 'same' when the number held,
 * 'renumbered' when it moved; the file's lineage_steps override the relation and note.
 */
async function deriveLineageSteps(trx: Trx, tally: Tally, lawId: number, law: LawRecord, lineageIds: Map<string, number>) {
  const versionIds = new Map<string, number>();
  for (const v of law.versions) versionIds.set(v.slug, (await repo.findVersion(trx, lawId, v.slug))!.id);
  const stated = new Map<string, { relation: string; note: string | null }>();
  for (const v of law.versions) {
    for (const s of v.lineage_steps) {
      const lineageId = await lineageIdOf(trx, lineageIds, s.lineage, `version ${v.slug} lineage_steps`);
      stated.set(`${lineageId}:${versionIds.get(v.slug)}`, { relation: s.relation, note: s.note ?? null });
    }
  }
  const wanted = new Map<string, { lineage_id: number; from_version_id: number | null; to_version_id: number; relation: string; note: string | null }>();
  const last = new Map<number, { versionId: number; number: string }>();
  for (const a of await repo.listLineageAppearances(trx, lawId)) {
    const lineageId = a.lineage_id!;
    const prev = last.get(lineageId);
    if (prev?.versionId === a.version_id) continue;
    const key = `${lineageId}:${a.version_id}`;
    const override = stated.get(key);
    if (prev || override) {
      const relation = override?.relation ?? (prev!.number === a.number ? 'same' : 'renumbered');
      wanted.set(key, { lineage_id: lineageId, from_version_id: prev?.versionId ?? null, to_version_id: a.version_id, relation, note: override?.note ?? null });
    }
    last.set(lineageId, { versionId: a.version_id, number: a.number });
  }
  // A stated step into a version where the lineage has no article (a repeal, or a version known
  // only from reports) is kept too: it is what tells "repealed" from "number not known".
  for (const [key, step] of stated) {
    if (wanted.has(key)) continue;
    const [lineageId, versionId] = key.split(':').map(Number) as [number, number];
    wanted.set(key, { lineage_id: lineageId, from_version_id: null, to_version_id: versionId, relation: step.relation, note: step.note });
  }
  await syncLineageSteps(trx, tally, lawId, wanted);
}

async function syncLineageSteps(trx: Trx, tally: Tally, lawId: number, wanted: Map<string, Record<string, unknown> & { lineage_id: number; to_version_id: number }>) {
  const existing = new Map((await repo.listLineageSteps(trx, lawId)).map((s) => [`${s.lineage_id}:${s.to_version_id}`, s]));
  for (const [key, step] of wanted) {
    await upsertRecord(tally, 'lineage_step', existing.get(key), step, {
      insert: async () => {
        await repo.insertLineageStep(trx, step as never);
        return { id: 0 };
      },
      update: (id, changes) => repo.updateLineageStep(trx, id, changes as never),
    });
  }
}
