import type { OutletRecord, PlaceRecord, ReportRecord } from '../interchange/formats/report-records.schemas.ts';
import { diffFields } from './change-log.ts';
import { RecordError } from './errors.ts';
import type { ImportRun } from './import-run.ts';
import { stated } from './merge.ts';
import { writeNewReports } from './report-batch.writer.ts';
import { checkDate, outletId, placeId, reportFields, reportText } from './report-parts.ts';
import * as repo from './report.repository.ts';
import { upsert } from './upsert.ts';

/**
 * The one writer of reports with their authors and places (and, through the citation writer,
 * their citations): import, seeds, the new-report form and the report edit form come here.
 * Merge semantics as for laws: what a record leaves out stays as stored, a given list replaces.
 */

export async function writeOutlet(run: ImportRun, o: OutletRecord): Promise<void> {
  const { trx, log } = run;
  const fields = stated(o, ['name', 'url', 'country']);
  await upsert(log, 'outlet', `outlet ${o.slug}`, await repo.findOutletBySlug(trx, o.slug), fields, {
    required: ['name'],
    insert: (f) =>
      repo.insertOutlet(trx, { slug: o.slug, name: f.name!, url: f.url ?? null, country: f.country ?? null }),
    update: (id, changes) => repo.updateOutlet(trx, id, changes),
  });
}

/** Places first without parents, then parents, so a file may list children before parents. */
export async function writePlaces(run: ImportRun, places: PlaceRecord[]): Promise<void> {
  const { trx, log } = run;
  for (const p of places) {
    const fields = stated(p, ['name', 'name_ko', 'kind']);
    await upsert(log, 'place', `place ${p.slug}`, await repo.findPlaceBySlug(trx, p.slug), fields, {
      required: ['name', 'kind'],
      insert: (f) => repo.insertPlace(trx, { slug: p.slug, name: f.name!, kind: f.kind!, name_ko: f.name_ko ?? null }),
      update: (id, changes) => repo.updatePlace(trx, id, changes),
    });
  }
  for (const p of places) {
    if (p.parent === undefined) continue;
    const self = (await repo.findPlaceBySlug(trx, p.slug))!;
    const parent = p.parent ? await repo.findPlaceBySlug(trx, p.parent) : null;
    if (p.parent && !parent) throw new RecordError(`place ${p.slug}: unknown parent place "${p.parent}"`);
    if (self.parent_id !== (parent?.id ?? null))
      await repo.updatePlace(trx, self.id, { parent_id: parent?.id ?? null });
  }
}

const PRELOAD_CHUNK = 5000;

/** Reports in two passes: the records, then translation links (which may point forward). */
export async function writeReports(run: ImportRun, reports: ReportRecord[]): Promise<void> {
  for (let i = 0; i < reports.length; i += PRELOAD_CHUNK) {
    const slugs = reports.slice(i, i + PRELOAD_CHUNK).map((r) => r.slug);
    for (const row of await repo.findReportsBySlugs(run.trx, slugs)) run.existingReports.set(row.slug, row);
  }
  // A slug twice in one import is caught by validation, so new and existing reports are disjoint.
  await writeNewReports(
    run,
    reports.filter((r) => !run.existingReports.has(r.slug)),
  );
  for (const r of reports.filter((r) => run.existingReports.has(r.slug))) {
    await writeStoredReport(run, r);
    run.progress(1);
  }
  for (const r of reports) await linkTranslation(run, r);
}

async function linkTranslation(run: ImportRun, r: ReportRecord): Promise<void> {
  if (r.translation_of === undefined) return;
  const self = run.writtenReports.get(r.slug)!;
  let otherId: number | null = null;
  if (r.translation_of) {
    otherId =
      run.writtenReports.get(r.translation_of)?.id ??
      (await repo.findReportBySlug(run.trx, r.translation_of))?.id ??
      null;
    if (otherId === null)
      throw new RecordError(`report ${r.slug}: translation_of names unknown report "${r.translation_of}"`);
  }
  if (self.translationOfId === otherId) return;
  await repo.updateReport(run.trx, self.id, { translation_of_id: otherId });
  if (run.existingReports.has(r.slug))
    run.log.updated(
      'report',
      `report ${r.slug}`,
      [{ field: 'translation_of', old: self.translationOfId, new: r.translation_of }],
      false,
    );
}

async function writeStoredReport(run: ImportRun, r: ReportRecord) {
  const existing = run.existingReports.get(r.slug)!;
  const fields = reportFields(r);
  const merged = { ...existing, ...fields };
  checkDate(r.slug, merged);
  const changes = diffFields(existing, fields);
  const key = `report ${r.slug}`;
  if (changes.length === 0) run.log.unchanged('report');
  else {
    const { outlet, ...columns } = Object.fromEntries(changes.map((c) => [c.field, c.new])) as Partial<typeof fields>;
    await repo.updateReport(run.trx, existing.id, {
      ...columns,
      ...(outlet ? { outlet_id: await outletId(run, outlet, r.slug) } : {}),
    });
    run.log.updated('report', key, changes);
  }
  run.writtenReports.set(r.slug, { id: existing.id, translationOfId: existing.translation_of_id });
  if (r.authors) await syncAuthors(run, { id: existing.id, key }, r.authors);
  if (r.places) await syncPlaces(run, { id: existing.id, key, slug: r.slug }, r.places);
  const text = reportText(merged);
  const newText = changes.some((c) => c.field === 'excerpt');
  if (newText) await run.citations.reanchor(text);
  if (r.citations) await run.citations.merge(text, r.citations, { prune: run.prune });
  // Suggestions come from text new to the database, never from re-importing what it already holds.
  if (newText && r.suggest_citations !== false) await run.citations.suggest(text);
}

async function syncAuthors(run: ImportRun, report: { id: number; key: string }, names: string[]) {
  const { trx, log } = run;
  const have = (await repo.listReportAuthors(trx, report.id)).map((a) => a.name);
  if (have.join('\u0000') === names.join('\u0000')) return log.unchanged('report_author', names.length);
  if (have.length > 0) await repo.deleteReportAuthors(trx, report.id);
  if (names.length > 0) {
    const unknown = names.filter((n) => !run.authors.has(n));
    if (unknown.length > 0) for (const a of await repo.upsertAuthorIds(trx, unknown)) run.authors.set(a.name, a.id);
    await repo.insertReportAuthors(
      trx,
      names.map((name, i) => ({ report_id: report.id, author_id: run.authors.get(name)!, position: i + 1 })),
    );
  }
  log.count('report_author', have.length > 0 ? 'updated' : 'inserted', names.length);
  log.updated('report', report.key, [{ field: 'authors', old: have, new: names }], false);
}

async function syncPlaces(run: ImportRun, report: { id: number; key: string; slug: string }, slugs: string[]) {
  const { trx, log } = run;
  const want = [...new Set(slugs)];
  const ids = [];
  for (const slug of want) ids.push(await placeId(run, slug, report.slug));
  const have = await repo.listReportPlaces(trx, report.id);
  if (have.map((p) => p.id).join(',') === [...ids].sort((a, b) => a - b).join(','))
    return log.unchanged('report_place', ids.length);
  if (have.length > 0) await repo.deleteReportPlaces(trx, report.id);
  if (ids.length > 0)
    await repo.insertReportPlaces(
      trx,
      ids.map((place_id) => ({ report_id: report.id, place_id })),
    );
  log.count('report_place', have.length > 0 ? 'updated' : 'inserted', ids.length);
  log.updated('report', report.key, [{ field: 'places', old: have.map((p) => p.slug), new: want }], false);
}
