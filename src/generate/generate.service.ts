import { disableAudit } from '../db/actor.ts';
import type { Db } from '../db/connect.ts';
import { writeGeneratedCitations, writeGeneratedReports } from '../writers/generated.writer.ts';
import * as repo from './generate.repository.ts';

/**
 * Synthetic reports and citations for tests and benchmarks: their own outlet and source type,
 * never part of the seeds. Needs the Criminal Code seeded (its articles are the targets).
 */
export async function generateSyntheticData(db: Db, reports: number, citationsPerReport = 3, now: Date = new Date()) {
  const runId = now.getTime().toString(36);
  const counts = await db.transaction().execute(async (trx) => {
    await disableAudit(trx);
    const outlet = await repo.upsertSyntheticOutlet(trx);
    await writeGeneratedReports(trx, outlet.id, runId, reports);
    await writeGeneratedCitations(trx, runId, citationsPerReport);
    return repo.countRunRows(trx, runId);
  });
  await repo.vacuumAnalyzeTables(db);
  return { runId, reports: Number(counts.reports), citations: Number(counts.citations) };
}
