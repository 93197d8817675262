import type { Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import { locateQuote } from '../lib/text-quote.ts';
import { type Tally, count, upsertRecord } from './import.tally.ts';
import { ImportReferenceError } from './law-import.ts';
import { type CitationTarget, ReferenceCache } from './reference-cache.ts';
import { importNewReports } from './report-batch-import.ts';
import { CitationSuggester } from './suggest-citations.ts';
import * as repo from './report-import.repository.ts';
import { type CitationRecord, type OutletRecord, type PlaceRecord, type ReportRecord, completeDate, periodEnd } from './report-import.schemas.ts';

type Trx = Transaction<Database>;

export async function importOutlet(trx: Trx, tally: Tally, o: OutletRecord): Promise<void> {
  const desired = { slug: o.slug, name: o.name, url: o.url ?? null, country: o.country ?? null };
  await upsertRecord(tally, 'outlet', await repo.findOutletBySlug(trx, o.slug), desired, {
    insert: () => repo.insertOutlet(trx, desired),
    update: (id, changes) => repo.updateOutlet(trx, id, changes),
  });
}

/** Places first without parents, then parents, so a file may list children before parents. */
export async function importPlaces(trx: Trx, tally: Tally, places: PlaceRecord[]): Promise<void> {
  for (const p of places) {
    const existing = await repo.findPlaceBySlug(trx, p.slug);
    const desired = { slug: p.slug, name: p.name, name_ko: p.name_ko ?? null, kind: p.kind };
    await upsertRecord(tally, 'place', existing, desired, {
      insert: () => repo.insertPlace(trx, desired),
      update: (id, changes) => repo.updatePlace(trx, id, changes),
    });
  }
  for (const p of places) {
    const self = (await repo.findPlaceBySlug(trx, p.slug))!;
    const parent = p.parent ? await repo.findPlaceBySlug(trx, p.parent) : null;
    if (p.parent && !parent) throw new ImportReferenceError(`place ${p.slug}: unknown parent place "${p.parent}"`);
    if (self.parent_id !== (parent?.id ?? null)) await repo.updatePlace(trx, self.id, { parent_id: parent?.id ?? null });
  }
}

/** Lookups an import would otherwise repeat for every report: slugs and names to ids. */
export class ReportImportCache {
  readonly outlets = new Map<string, number>();
  readonly places = new Map<string, number>();
  readonly authors = new Map<string, number>();
  readonly existing = new Map<string, NonNullable<Awaited<ReturnType<typeof repo.findReportBySlug>>>>();
  readonly imported = new Map<string, { id: number; translationOfId: number | null }>();
  constructor(readonly refs: ReferenceCache) {}
}

const PRELOAD_CHUNK = 5000;

/** Reports in two passes: the records, then translation links (which may point forward). */
export async function importReports(trx: Trx, tally: Tally, reports: ReportRecord[], progress: (n: number) => void = () => {}): Promise<void> {
  const cache = new ReportImportCache(new ReferenceCache(trx));
  for (let i = 0; i < reports.length; i += PRELOAD_CHUNK) {
    const rows = await repo.findReportsBySlugs(trx, reports.slice(i, i + PRELOAD_CHUNK).map((r) => r.slug));
    for (const row of rows) cache.existing.set(row.slug, row);
  }
  const suggester = new CitationSuggester(trx, (law, version, article) => cache.refs.find(law, version, article));
  // A slug twice in one import is caught by validation, so new and existing reports are disjoint.
  await importNewReports(trx, tally, reports.filter((r) => !cache.existing.has(r.slug)), cache, suggester, progress);
  for (const r of reports.filter((r) => cache.existing.has(r.slug))) {
    const { id, knownTargets } = await importReport(trx, tally, r, cache);
    await suggester.suggest(
      tally,
      {
        id,
        excerpt: r.excerpt ?? null,
        title: r.title,
        summary: r.summary ?? null,
        // A report dated only "2009" may speak of anything in force by the end of 2009.
        published_on: r.published_on ? periodEnd(r.published_on) : null,
        event_date: r.event_date ?? null,
      },
      knownTargets,
    );
    progress(1);
  }
  for (const r of reports) await linkTranslation(trx, r, cache);
}

async function linkTranslation(trx: Trx, r: ReportRecord, cache: ReportImportCache): Promise<void> {
  const self = cache.imported.get(r.slug)!;
  let otherId: number | null = null;
  if (r.translation_of) {
    otherId = cache.imported.get(r.translation_of)?.id ?? (await repo.findReportBySlug(trx, r.translation_of))?.id ?? null;
    if (otherId === null) throw new ImportReferenceError(`report ${r.slug}: translation_of names unknown report "${r.translation_of}"`);
  }
  if (self.translationOfId !== otherId) await repo.updateReport(trx, self.id, { translation_of_id: otherId });
}

export async function outletId(trx: Trx, cache: ReportImportCache, r: ReportRecord): Promise<number> {
  if (!cache.outlets.has(r.outlet)) {
    const outlet = await repo.findOutletBySlug(trx, r.outlet);
    if (!outlet) throw new ImportReferenceError(`report ${r.slug}: unknown outlet "${r.outlet}"`);
    cache.outlets.set(r.outlet, outlet.id);
  }
  return cache.outlets.get(r.outlet)!;
}

/** The report's column values, as stored: partial dates completed to their first day. */
export function reportRow(r: ReportRecord, outlet: number) {
  return {
    slug: r.slug,
    outlet_id: outlet,
    title: r.title,
    url: r.url ?? null,
    language: r.language,
    published_on: r.published_on ? completeDate(r.published_on) : null,
    date_precision: r.date_precision,
    date_note: r.date_note ?? null,
    event_date: r.event_date ?? null,
    source_type: r.source_type,
    status: r.status,
    summary: r.summary ?? null,
    excerpt: r.excerpt ?? null,
  };
}

async function importReport(trx: Trx, tally: Tally, r: ReportRecord, cache: ReportImportCache) {
  const desired = reportRow(r, await outletId(trx, cache, r));
  const existing = cache.existing.get(r.slug);
  const reportId = await upsertRecord(tally, 'report', existing, desired, {
    insert: () => repo.insertReport(trx, desired),
    update: (id, changes) => repo.updateReport(trx, id, changes),
  });
  cache.imported.set(r.slug, { id: reportId, translationOfId: existing?.translation_of_id ?? null });
  await syncAuthors(trx, tally, reportId, r.authors, existing === undefined, cache);
  await syncPlaces(trx, tally, reportId, r, existing === undefined, cache);
  const current = existing ? await repo.listReportCitations(trx, reportId) : [];
  const targets = [];
  for (const c of r.citations) targets.push(await importCitation(trx, tally, reportId, r, c, current, cache.refs));
  // For a new report the citations just written are all it has: no need to read them back.
  return { id: reportId, knownTargets: existing ? null : targets };
}

async function syncAuthors(trx: Trx, tally: Tally, reportId: number, names: string[], isNew: boolean, cache: ReportImportCache) {
  const have = isNew ? [] : (await repo.listReportAuthors(trx, reportId)).map((a) => a.name);
  if (have.join('\u0000') === names.join('\u0000')) {
    for (const _ of names) count(tally, 'report_author', 'unchanged');
    return;
  }
  if (have.length > 0) await repo.deleteReportAuthors(trx, reportId);
  if (names.length > 0) {
    const unknown = names.filter((n) => !cache.authors.has(n));
    if (unknown.length > 0) for (const a of await repo.upsertAuthorIds(trx, unknown)) cache.authors.set(a.name, a.id);
    await repo.insertReportAuthors(trx, names.map((name, i) => ({ report_id: reportId, author_id: cache.authors.get(name)!, position: i + 1 })));
  }
  for (const _ of names) count(tally, 'report_author', have.length > 0 ? 'updated' : 'inserted');
}

async function syncPlaces(trx: Trx, tally: Tally, reportId: number, r: ReportRecord, isNew: boolean, cache: ReportImportCache) {
  const ids: number[] = [];
  for (const slug of new Set(r.places)) {
    if (!cache.places.has(slug)) {
      const place = await repo.findPlaceBySlug(trx, slug);
      if (!place) throw new ImportReferenceError(`report ${r.slug}: unknown place "${slug}"`);
      cache.places.set(slug, place.id);
    }
    ids.push(cache.places.get(slug)!);
  }
  ids.sort((a, b) => a - b);
  const have = isNew ? [] : (await repo.listReportPlaceIds(trx, reportId)).map((p) => p.place_id);
  if (have.join(',') === ids.join(',')) {
    for (const _ of ids) count(tally, 'report_place', 'unchanged');
    return;
  }
  if (have.length > 0) await repo.deleteReportPlaces(trx, reportId);
  if (ids.length > 0) await repo.insertReportPlaces(trx, ids.map((place_id) => ({ report_id: reportId, place_id })));
  for (const _ of ids) count(tally, 'report_place', have.length > 0 ? 'updated' : 'inserted');
}

type ExistingCitation = Awaited<ReturnType<typeof repo.listReportCitations>>[number];

async function importCitation(
  trx: Trx,
  tally: Tally,
  reportId: number,
  r: ReportRecord,
  c: CitationRecord,
  current: ExistingCitation[],
  refs: ReferenceCache,
) {
  const target = await refs.resolve(c, `report ${r.slug} citation "${c.as_written}"`);
  const desired = { report_id: reportId, ...citationRow(r, c, target) };
  // A citation is the same citation when it points at the same target with the same words.
  const existing = current.find(
    (e) =>
      e.law_id === desired.law_id &&
      e.law_version_id === desired.law_version_id &&
      e.article_id === desired.article_id &&
      e.as_written === desired.as_written &&
      e.quote_exact === desired.quote_exact,
  );
  await upsertRecord(tally, 'citation', existing && { ...existing, report_id: reportId }, desired, {
    insert: () => repo.insertCitation(trx, { ...desired, origin: 'import' }),
    update: (id, changes) => repo.updateCitation(trx, id, changes),
  });
  return target;
}

/** The citation's column values (without report_id), with its quote located in the excerpt. */
export function citationRow(r: ReportRecord, c: CitationRecord, target: CitationTarget) {
  const offsets = c.quote ? locateQuote(r.excerpt ?? '', c.quote) : null;
  if (c.quote && !offsets) throw new ImportReferenceError(`report ${r.slug} citation "${c.as_written}": quote.exact does not occur in the report's excerpt`);
  return {
    ...target,
    as_written: c.as_written,
    quote_exact: c.quote?.exact ?? null,
    quote_prefix: c.quote?.prefix ?? null,
    quote_suffix: c.quote?.suffix ?? null,
    quote_start: offsets?.start ?? null,
    quote_end: offsets?.end ?? null,
    claim_type: c.claim_type,
    reported_kind: c.reported_penalty?.kind ?? null,
    reported_tier: c.reported_penalty?.tier ?? null,
    reported_min_months: c.reported_penalty?.min_months ?? null,
    reported_max_months: c.reported_penalty?.max_months ?? null,
    resolution: c.resolution,
    resolution_note: c.resolution_note ?? null,
    confidence: c.confidence,
    status: c.status,
  };
}

