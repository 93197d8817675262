import type { Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import { locateQuote } from '../lib/text-quote.ts';
import { type Tally, count, upsertRecord } from './import.tally.ts';
import { ImportReferenceError } from './law-import.ts';
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

/** Reports in two passes: the records, then translation links (which may point forward). */
export async function importReports(trx: Trx, tally: Tally, reports: ReportRecord[]): Promise<void> {
  const refs = new ReferenceCache(trx);
  const suggester = new CitationSuggester(trx, (law, version, article) => refs.find(law, version, article));
  for (const r of reports) {
    const reportId = await importReport(trx, tally, r, refs);
    await suggester.suggest(tally, {
      id: reportId,
      excerpt: r.excerpt ?? null,
      // A report dated only "2009" may speak of anything in force by the end of 2009.
      published_on: r.published_on ? periodEnd(r.published_on) : null,
      event_date: r.event_date ?? null,
    });
  }
  for (const r of reports) {
    const self = (await repo.findReportBySlug(trx, r.slug))!;
    const other = r.translation_of ? await repo.findReportBySlug(trx, r.translation_of) : null;
    if (r.translation_of && !other) throw new ImportReferenceError(`report ${r.slug}: translation_of names unknown report "${r.translation_of}"`);
    if (self.translation_of_id !== (other?.id ?? null)) await repo.updateReport(trx, self.id, { translation_of_id: other?.id ?? null });
  }
}

async function importReport(trx: Trx, tally: Tally, r: ReportRecord, refs: ReferenceCache): Promise<number> {
  const outlet = await repo.findOutletBySlug(trx, r.outlet);
  if (!outlet) throw new ImportReferenceError(`report ${r.slug}: unknown outlet "${r.outlet}"`);
  const desired = {
    slug: r.slug,
    outlet_id: outlet.id,
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
  const existing = await repo.findReportBySlug(trx, r.slug);
  const reportId = await upsertRecord(tally, 'report', existing, desired, {
    insert: () => repo.insertReport(trx, desired),
    update: (id, changes) => repo.updateReport(trx, id, changes),
  });
  await syncAuthors(trx, tally, reportId, r.authors, existing === undefined);
  await syncPlaces(trx, tally, reportId, r, existing === undefined);
  const current = existing ? await repo.listReportCitations(trx, reportId) : [];
  for (const c of r.citations) await importCitation(trx, tally, reportId, r, c, current, refs);
  return reportId;
}

async function syncAuthors(trx: Trx, tally: Tally, reportId: number, names: string[], isNew: boolean) {
  const have = isNew ? [] : (await repo.listReportAuthors(trx, reportId)).map((a) => a.name);
  if (have.join('\u0000') === names.join('\u0000')) {
    for (const _ of names) count(tally, 'report_author', 'unchanged');
    return;
  }
  if (have.length > 0) await repo.deleteReportAuthors(trx, reportId);
  if (names.length > 0) {
    const ids = new Map((await repo.upsertAuthorIds(trx, names)).map((a) => [a.name, a.id]));
    await repo.insertReportAuthors(trx, names.map((name, i) => ({ report_id: reportId, author_id: ids.get(name)!, position: i + 1 })));
  }
  for (const _ of names) count(tally, 'report_author', have.length > 0 ? 'updated' : 'inserted');
}

async function syncPlaces(trx: Trx, tally: Tally, reportId: number, r: ReportRecord, isNew: boolean) {
  const ids: number[] = [];
  for (const slug of new Set(r.places)) {
    const place = await repo.findPlaceBySlug(trx, slug);
    if (!place) throw new ImportReferenceError(`report ${r.slug}: unknown place "${slug}"`);
    ids.push(place.id);
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
  const where = `report ${r.slug} citation "${c.as_written}"`;
  const target = await refs.resolve(c, where);
  const offsets = c.quote ? locateQuote(r.excerpt ?? '', c.quote) : null;
  if (c.quote && !offsets) throw new ImportReferenceError(`${where}: quote.exact does not occur in the report's excerpt`);
  const desired = {
    report_id: reportId,
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
}

/** Resolves (law, version, article) slugs to ids once per import, not once per citation. */
class ReferenceCache {
  private readonly ids = new Map<string, number | null>();
  constructor(private readonly trx: Trx) {}

  private async lookup(key: string, find: () => Promise<{ id: number } | undefined>): Promise<number | null> {
    if (!this.ids.has(key)) this.ids.set(key, (await find())?.id ?? null);
    return this.ids.get(key)!;
  }

  /** Ids for an extractor result; null when the law, version or article is not in the database. */
  async find(law: string, version: string | null, article: string | null) {
    const lawId = await this.lookup(`l:${law}`, () => repo.findLawIdBySlug(this.trx, law));
    if (lawId === null) return null;
    const versionId = version ? await this.lookup(`v:${lawId}:${version}`, () => repo.findVersionId(this.trx, lawId, version)) : null;
    if (version && versionId === null) return null;
    const articleId =
      versionId !== null && article ? await this.lookup(`a:${versionId}:${article}`, () => repo.findArticleId(this.trx, versionId, article)) : null;
    if (article && versionId !== null && articleId === null) return null;
    return { law_id: lawId, law_version_id: versionId, article_id: articleId };
  }

  async resolve(c: CitationRecord, where: string) {
    if (!c.law) {
      if (c.version || c.article) throw new ImportReferenceError(`${where}: version or article given without a law`);
      return { law_id: null, law_version_id: null, article_id: null };
    }
    const lawId = await this.lookup(`l:${c.law}`, () => repo.findLawIdBySlug(this.trx, c.law!));
    if (lawId === null) throw new ImportReferenceError(`${where}: unknown law "${c.law}"`);
    if (!c.version) {
      if (c.article) throw new ImportReferenceError(`${where}: article ${c.article} given without a version`);
      return { law_id: lawId, law_version_id: null, article_id: null };
    }
    const versionId = await this.lookup(`v:${lawId}:${c.version}`, () => repo.findVersionId(this.trx, lawId, c.version!));
    if (versionId === null) throw new ImportReferenceError(`${where}: ${c.law} has no version "${c.version}"`);
    if (!c.article) return { law_id: lawId, law_version_id: versionId, article_id: null };
    const articleId = await this.lookup(`a:${versionId}:${c.article}`, () => repo.findArticleId(this.trx, versionId, c.article!));
    if (articleId === null) throw new ImportReferenceError(`${where}: ${c.law} ${c.version} has no article ${c.article}`);
    return { law_id: lawId, law_version_id: versionId, article_id: articleId };
  }
}
