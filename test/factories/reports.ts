import type { Db } from '../../src/db/connect.ts';
import { type CitationSpec, type MadeCitation, citationRecord, listCitations, quoteOf } from './citations.ts';
import { type ImportDocumentInput, importDocument } from './import-document.ts';
import { makeOutlet } from './outlets.ts';
import { unique } from './unique.ts';

type ReportInput = NonNullable<ImportDocumentInput['reports']>[number];

export interface ReportOverrides extends Partial<Omit<ReportInput, 'outlet' | 'places' | 'citations'>> {
  /** by default an outlet of its own */
  outlet?: { slug: string };
  places?: { slug: string }[];
  citations?: CitationSpec[];
}

export interface MadeReport {
  id: number;
  slug: string;
  title: string;
  excerpt: string | null;
  outlet: { slug: string };
  path: string;
  /** the citations it was written with, in order, then the extractor's suggestions (only with suggest_citations) */
  citations: MadeCitation[];
}

/** A published English press report in the import format; an excerpt holding every quote unless one is given. */
function reportRecord(key: string, outlet: string, overrides: ReportOverrides): ReportInput {
  const { outlet: _outlet, places, citations = [], ...fields } = overrides;
  const quotes = [...new Set(citations.map(quoteOf).filter((q) => q !== null))];
  return {
    slug: `report-${key}`,
    title: `Report ${key}`,
    language: 'en',
    published_on: '2020-05-01',
    date_precision: 'day',
    source_type: 'press',
    status: 'published',
    excerpt: quotes.length > 0 ? `The court in case ${key} applied ${quotes.join(' and ')}.` : null,
    suggest_citations: false,
    ...fields,
    outlet,
    ...(places ? { places: places.map((p) => p.slug) } : {}),
    citations: citations.map(citationRecord),
  };
}

/**
 * A report with a slug and title no other call shares, written through the import service with its
 * authors, places and citations. The extractor stays off unless `suggest_citations` is true.
 */
export async function makeReport(db: Db, overrides: ReportOverrides = {}): Promise<MadeReport> {
  const outlet = overrides.outlet ?? (await makeOutlet(db));
  const record = reportRecord(unique(), outlet.slug, overrides);
  await importDocument(db, { reports: [record] });
  const row = await db
    .selectFrom('report')
    .select(['id', 'slug', 'title', 'excerpt'])
    .where('slug', '=', record.slug)
    .executeTakeFirstOrThrow();
  return { ...row, outlet, path: `/reports/${row.slug}`, citations: await listCitations(db, row.id) };
}

/**
 * Many reports in one import (the batch writer's path), for pages and feeds that need more rows
 * than a test should write one by one; `each(i)` gives report i its fields. One outlet unless given.
 */
export async function makeReports(
  db: Db,
  count: number,
  each: (i: number) => ReportOverrides = () => ({}),
): Promise<{ slug: string; path: string }[]> {
  const u = unique();
  const specs = Array.from({ length: count }, (_, i) => each(i));
  const shared = specs.every((s) => s.outlet) ? null : await makeOutlet(db);
  const records = specs.map((s, i) => reportRecord(`${u}-${i}`, (s.outlet ?? shared!).slug, s));
  await importDocument(db, { reports: records });
  return records.map((r) => ({ slug: r.slug, path: `/reports/${r.slug}` }));
}
