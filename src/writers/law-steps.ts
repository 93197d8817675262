import type { Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { LawRecord } from '../interchange/formats/law-records.schemas.ts';
import { diffFields } from './change-log.ts';
import { RecordError } from './errors.ts';
import type { ImportRun } from './import-run.ts';
import * as repo from './law.repository.ts';

/**
 * Lineage steps between consecutive appearances of an offence: 'same' when its number held,
 * 'renumbered' when it moved. A step that says more than that (another relation, or a note) was
 * stated by a curator; it survives an import that does not give that version's `lineage_steps`,
 * and a version's given `lineage_steps` replace what was stated for it.
 */
type Trx = Transaction<Database>;
type Stated = { relation: string; note: string | null };
type Appearance = { lineage_id: number | null; number: string; version_id: number };

/** key `${lineageId}:${toVersionId}` → what to derive for the step there, given the appearances */
function derive(appearances: Appearance[]) {
  const derived = new Map<string, { from: number | null; to: number; lineageId: number; relation: string | null }>();
  const last = new Map<number, { versionId: number; number: string }>();
  for (const a of appearances) {
    const lineageId = a.lineage_id!;
    const prev = last.get(lineageId);
    if (prev?.versionId === a.version_id) continue;
    derived.set(`${lineageId}:${a.version_id}`, {
      from: prev?.versionId ?? null,
      to: a.version_id,
      lineageId,
      relation: prev ? (prev.number === a.number ? 'same' : 'renumbered') : null,
    });
    last.set(lineageId, { versionId: a.version_id, number: a.number });
  }
  return derived;
}

/** The steps stored now that a curator stated (the ones the export writes out), before an import changes numbers. */
export async function readStatedSteps(trx: Trx, lawId: number): Promise<Map<string, Stated>> {
  const derived = derive(await repo.listLineageAppearances(trx, lawId));
  const stated = new Map<string, Stated>();
  for (const s of await repo.listLineageSteps(trx, lawId)) {
    const key = `${s.lineage_id}:${s.to_version_id}`;
    if (s.note !== null || s.from_version_id === null || derived.get(key)?.relation !== s.relation)
      stated.set(key, { relation: s.relation, note: s.note });
  }
  return stated;
}

export async function writeLineageSteps(
  run: ImportRun,
  law: { slug: string; id: number },
  record: LawRecord,
  statedBefore: Map<string, Stated>,
) {
  const { trx, log } = run;
  const versions = new Map((await repo.listVersionSlugs(trx, law.id)).map((v) => [v.slug, v.id]));
  const lineages = new Map((await repo.listLineageSlugs(trx, law.id)).map((l) => [l.slug, l.id]));
  const overrides = new Map(statedBefore);
  for (const v of record.versions ?? []) {
    if (!v.lineage_steps) continue;
    const versionId = versions.get(v.slug)!;
    for (const key of overrides.keys()) if (key.endsWith(`:${versionId}`)) overrides.delete(key);
    for (const s of v.lineage_steps) {
      const lineageId = lineages.get(s.lineage);
      if (lineageId === undefined)
        throw new RecordError(
          `version ${v.slug} lineage_steps.lineage: unknown lineage "${s.lineage}" (declare it under the law's lineages)`,
        );
      overrides.set(`${lineageId}:${versionId}`, { relation: s.relation, note: s.note ?? null });
    }
  }
  const existing = new Map(
    (await repo.listLineageSteps(trx, law.id)).map((s) => [`${s.lineage_id}:${s.to_version_id}`, s]),
  );
  const versionSlug = new Map([...versions].map(([slug, id]) => [id, slug]));
  const lineageSlug = new Map([...lineages].map(([slug, id]) => [id, slug]));
  const derived = derive(await repo.listLineageAppearances(trx, law.id));
  // A stated step into a version where the lineage has no article (a repeal, or a version known
  // only from reports) is kept too: it is what tells "repealed" from "number not known".
  for (const [key, s] of overrides) {
    if (derived.has(key)) continue;
    const [lineageId, versionId] = key.split(':').map(Number) as [number, number];
    derived.set(key, { from: null, to: versionId, lineageId, relation: s.relation });
  }
  for (const [key, d] of derived) {
    const override = overrides.get(key);
    if (!d.relation && !override) continue;
    const step = {
      lineage_id: d.lineageId,
      from_version_id: d.from,
      to_version_id: d.to,
      relation: override?.relation ?? d.relation!,
      note: override?.note ?? null,
    };
    const name = `lineage step ${law.slug} ${lineageSlug.get(d.lineageId)} → ${versionSlug.get(d.to)}`;
    const stored = existing.get(key);
    if (!stored) {
      await repo.insertLineageStep(trx, step as never);
      log.inserted('lineage_step', name, diffFields({}, { relation: step.relation, note: step.note }));
      continue;
    }
    const changes = diffFields(stored, step);
    if (changes.length === 0) log.unchanged('lineage_step');
    else {
      await repo.updateLineageStep(trx, stored.id, Object.fromEntries(changes.map((c) => [c.field, c.new])) as never);
      log.updated('lineage_step', name, changes);
    }
  }
}
