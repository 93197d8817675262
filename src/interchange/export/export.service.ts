import type { Db } from '../../db/connect.ts';
import { formatCsv } from '../../lib/csv.ts';
import { flattenDocument } from '../formats/csv-flatten.ts';
import type { ImportDocument } from '../formats/document.schema.ts';
import { type LawRows, assembleJurisdictions, assembleLaws } from './export-laws.ts';
import { type ReportRows, assembleReports } from './export-reports.ts';
import * as repo from './export.repository.ts';

/**
 * Everything `atlas import` accepts, as one import document: importing it into an empty
 * database and exporting again gives the same bytes. Read in one snapshot, one query per table.
 * Left out: synthetic benchmark data, review metadata (reviewer, reviewed_at) and citation origin.
 */
export async function exportDocument(db: Db): Promise<ImportDocument> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const jurisdictions = assembleJurisdictions(
        await repo.listJurisdictions(trx),
        await repo.listJurisdictionAliases(trx),
      );
      const laws = assembleLaws(await readLawRows(trx));
      const outlets = await repo.listOutlets(trx);
      const places = await repo.listPlaces(trx);
      const reports = assembleReports(await readReportRows(trx));
      return { jurisdictions, laws, outlets, places, reports };
    });
}

/** One law as an import document (no reports): what the admin law editor starts from. */
export async function exportLawDocument(db: Db, slug: string): Promise<ImportDocument | null> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute((trx) => exportLawDocumentIn(trx, slug));
}

/** The same, read in a transaction the caller holds (the law editor compares it inside its save). */
export async function exportLawDocumentIn(trx: Db, slug: string): Promise<ImportDocument | null> {
  const law = assembleLaws(await readLawRows(trx)).find((l) => l.slug === slug);
  return law ? { jurisdictions: [], laws: [law], outlets: [], places: [], reports: [] } : null;
}

async function readLawRows(trx: Db): Promise<LawRows> {
  return {
    laws: await repo.listLaws(trx),
    lawAliases: await repo.listLawAliases(trx),
    lineages: await repo.listLineages(trx),
    lineageAliases: await repo.listLineageAliases(trx),
    versions: await repo.listVersions(trx),
    articles: await repo.listArticles(trx),
    penalties: await repo.listPenalties(trx),
    steps: await repo.listLineageSteps(trx),
  };
}

async function readReportRows(trx: Db): Promise<ReportRows> {
  return {
    reports: await repo.listReports(trx),
    authors: await repo.listReportAuthors(trx),
    places: await repo.listReportPlaces(trx),
    citations: await repo.listCitations(trx),
  };
}

export function serializeJson(doc: ImportDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** One CSV file per table (docs/import-format.md, "CSV"), each with its header even when empty. */
export function serializeCsv(doc: ImportDocument): { file: string; text: string }[] {
  return flattenDocument(doc).map(({ table, rows }) => ({
    file: table.file,
    text: formatCsv([table.columns.map((c) => c.name), ...rows]),
  }));
}
