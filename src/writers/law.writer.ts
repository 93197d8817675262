import type { Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { JurisdictionRecord, LawRecord, LineageRecord } from '../interchange/formats/law-records.schemas.ts';
import type { ChangeLog } from './change-log.ts';
import { RecordError } from './errors.ts';
import type { ImportRun } from './import-run.ts';
import { writeVersions } from './law-version.writer.ts';
import { readStatedSteps, writeLineageSteps } from './law-steps.ts';
import * as jurisdictions from './jurisdiction.repository.ts';
import * as repo from './law.repository.ts';
import { stated } from './merge.ts';
import { upsert } from './upsert.ts';

/**
 * The one writer of the law aggregate — laws with their aliases, lineages, versions, articles,
 * penalties and lineage steps. Import, seeds, the law editor and the article form all come here.
 * Merge semantics: a field or list a record leaves out stays as stored; a given list replaces the
 * stored one; records the document leaves out are deleted only with `prune`, and only inside a
 * law (and version) the document names.
 */
type Trx = Transaction<Database>;

/** A jurisdiction and the names texts use for it (the extractor's jurisdiction markers). */
export async function writeJurisdiction(run: ImportRun, j: JurisdictionRecord): Promise<void> {
  const { trx, log } = run;
  const key = `jurisdiction ${j.code}`;
  const existing = await jurisdictions.findJurisdictionByCode(trx, j.code);
  const fields = stated(j, ['name', 'name_ko']);
  const { id } = await upsert(log, 'jurisdiction', key, existing, fields, {
    required: ['name'],
    insert: (f) => jurisdictions.insertJurisdiction(trx, { code: j.code, name: f.name!, name_ko: f.name_ko ?? null }),
    update: (jid, changes) => jurisdictions.updateJurisdiction(trx, jid, changes),
  });
  if (j.aliases) {
    await syncAliases(
      log,
      { entity: 'jurisdiction_alias', parent: 'jurisdiction', key, isNew: !existing },
      j.aliases,
      await jurisdictions.listJurisdictionAliases(trx, id),
      {
        insert: (rows) =>
          jurisdictions.insertJurisdictionAliases(
            trx,
            rows.map((r) => ({ ...r, jurisdiction_id: id })),
          ),
        remove: (ids) => jurisdictions.deleteJurisdictionAliases(trx, ids),
      },
    );
  }
  run.lawsChanged();
}

async function jurisdictionId(trx: Trx, code: string, law: string): Promise<number> {
  const j = await jurisdictions.findJurisdictionByCode(trx, code);
  if (!j) throw new RecordError(`law ${law}: jurisdiction: unknown jurisdiction "${code}"`);
  return j.id;
}

/**
 * The law's `default` as stated: true makes it the law a bare "Article N" means in a text about
 * its jurisdiction, false or null (cleared) makes it an ordinary law. A second default law for one
 * jurisdiction would give a bare number two meanings, so it is refused by name.
 */
async function checkDefault(
  trx: Trx,
  slug: string,
  isDefault: boolean,
  jurisdiction: string | undefined,
): Promise<void> {
  if (!isDefault || !jurisdiction) return;
  const other = await repo.findDefaultLaw(trx, await jurisdictionId(trx, jurisdiction, slug));
  if (other && other.slug !== slug) {
    throw new RecordError(
      `law ${slug}: default: jurisdiction "${jurisdiction}" already has the default law ${other.slug} (set default: false on it first)`,
    );
  }
}

/** Upserts one law and what it holds; see the module comment for what is left alone. */
export async function writeLaw(run: ImportRun, law: LawRecord): Promise<void> {
  const { trx, log } = run;
  const key = `law ${law.slug}`;
  const existing = await repo.findLawBySlug(trx, law.slug);
  const stepsBefore = existing ? await readStatedSteps(trx, existing.id) : new Map();
  const fields = stated(law, ['jurisdiction', 'title', 'title_ko', 'kind', 'summary', 'source_url', 'default']);
  if (fields.default === null) fields.default = false;
  await checkDefault(
    trx,
    law.slug,
    fields.default ?? existing?.default ?? false,
    fields.jurisdiction ?? existing?.jurisdiction,
  );
  const { id: lawId } = await upsert(log, 'law', key, existing, fields, {
    required: ['jurisdiction', 'title', 'kind'],
    insert: async (f) =>
      repo.insertLaw(trx, {
        slug: law.slug,
        jurisdiction_id: await jurisdictionId(trx, f.jurisdiction!, law.slug),
        title: f.title!,
        kind: f.kind!,
        title_ko: f.title_ko ?? null,
        summary: f.summary ?? null,
        source_url: f.source_url ?? null,
        is_default: f.default ?? false,
      }),
    update: async (id, { jurisdiction, default: isDefault, ...changes }) =>
      repo.updateLaw(trx, id, {
        ...changes,
        ...(jurisdiction ? { jurisdiction_id: await jurisdictionId(trx, jurisdiction, law.slug) } : {}),
        ...(isDefault === undefined || isDefault === null ? {} : { is_default: isDefault }),
      }),
  });
  if (law.aliases) {
    await syncAliases(
      log,
      { entity: 'law_alias', parent: 'law', key, isNew: !existing },
      law.aliases,
      await repo.listLawAliases(trx, lawId),
      {
        insert: (rows) =>
          repo.insertLawAliases(
            trx,
            rows.map((r) => ({ ...r, law_id: lawId })),
          ),
        remove: (ids) => repo.deleteLawAliases(trx, ids),
      },
    );
  }
  for (const lineage of law.lineages ?? []) await writeLineage(run, law.slug, lawId, lineage);
  const lineageIds = new Map((await repo.listLineageSlugs(trx, lawId)).map((l) => [l.slug, l.id]));
  await writeVersions(run, { slug: law.slug, id: lawId, lineageIds }, law.versions);
  if (run.prune && law.lineages) await pruneLineages(run, law.slug, law.lineages, lineageIds);
  await writeLineageSteps(run, { slug: law.slug, id: lawId }, law, stepsBefore);
  run.lawsChanged();
}

type Alias = { name: string; lang: string };
const showAliases = (list: Alias[]) => list.map((a) => `${a.name} (${a.lang})`);

/** A given alias list replaces the stored one; the change is shown as a field of the parent. */
async function syncAliases(
  log: ChangeLog,
  at: { entity: string; parent: string; key: string; isNew: boolean },
  desired: Alias[],
  existing: (Alias & { id: number })[],
  ops: { insert: (rows: Alias[]) => Promise<void>; remove: (ids: number[]) => Promise<void> },
): Promise<void> {
  const id = (a: Alias) => `${a.lang}\u0000${a.name}`;
  const have = new Set(existing.map(id));
  const want = new Set(desired.map(id));
  const missing = desired.filter((a) => !have.has(id(a)));
  const extra = existing.filter((a) => !want.has(id(a)));
  // A changed language on an existing name is an update: delete first so the unique (name) key holds.
  if (extra.length > 0) await ops.remove(extra.map((a) => a.id));
  if (missing.length > 0) await ops.insert(missing);
  for (const a of missing) log.count(at.entity, extra.some((e) => e.name === a.name) ? 'updated' : 'inserted');
  for (const e of extra) if (!missing.some((a) => a.name === e.name)) log.count(at.entity, 'deleted');
  log.unchanged(at.entity, desired.length - missing.length);
  if (!at.isNew && (missing.length > 0 || extra.length > 0)) {
    log.updated(
      at.parent,
      at.key,
      [{ field: 'aliases', old: showAliases(existing), new: showAliases(desired) }],
      false,
    );
  }
}

async function writeLineage(run: ImportRun, lawSlug: string, lawId: number, lineage: LineageRecord): Promise<void> {
  const { trx, log } = run;
  const key = `lineage ${lawSlug} ${lineage.slug}`;
  const existing = await repo.findLineage(trx, lawId, lineage.slug);
  const fields = stated(lineage, ['offence_name', 'offence_name_ko', 'note']);
  const { id } = await upsert(log, 'lineage', key, existing, fields, {
    required: ['offence_name'],
    insert: (f) =>
      repo.insertLineage(trx, {
        law_id: lawId,
        slug: lineage.slug,
        offence_name: f.offence_name!,
        offence_name_ko: f.offence_name_ko ?? null,
        note: f.note ?? null,
      }),
    update: (lid, changes) => repo.updateLineage(trx, lid, changes),
  });
  if (lineage.aliases) {
    await syncAliases(
      log,
      { entity: 'lineage_alias', parent: 'lineage', key, isNew: !existing },
      lineage.aliases,
      await repo.listLineageAliases(trx, id),
      {
        insert: (rows) =>
          repo.insertLineageAliases(
            trx,
            rows.map((r) => ({ ...r, lineage_id: id })),
          ),
        remove: (ids) => repo.deleteLineageAliases(trx, ids),
      },
    );
  }
}

/** With prune, lineages of the law the document does not list go — unless an article still belongs to one. */
async function pruneLineages(
  run: ImportRun,
  lawSlug: string,
  listed: LineageRecord[],
  lineageIds: Map<string, number>,
) {
  const { trx, log } = run;
  const keep = new Set(listed.map((l) => l.slug));
  for (const [slug, id] of lineageIds) {
    if (keep.has(slug)) continue;
    const users = await repo.listArticlesUsingLineage(trx, id);
    if (users.length > 0) {
      const named = users
        .slice(0, 5)
        .map((a) => `${a.version} art. ${a.number}`)
        .join(', ');
      throw new RecordError(
        `lineage ${lawSlug} ${slug}: cannot delete it, articles still belong to it (${named}); give them another lineage first`,
      );
    }
    await repo.deleteLineage(trx, id);
    log.deleted('lineage', `lineage ${lawSlug} ${slug}`);
  }
}

/** The article form: the stated fields, written only if nobody saved since `lockVersion`; false on a lost race. */
export async function editArticle(
  run: ImportRun,
  articleId: number,
  lockVersion: number,
  changes: {
    heading: string | null;
    summary: string | null;
    text_en: string | null;
    text_ko: string | null;
    provenance: string | null;
    source_url: string | null;
    chapter: string[];
  },
): Promise<boolean> {
  const { chapter, ...fields } = changes;
  return repo.updateArticleIfUnchanged(run.trx, articleId, lockVersion, { ...fields, chapter_path: chapter });
}
