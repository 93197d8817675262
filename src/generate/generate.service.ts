import { disableAudit } from '../db/actor.repository.ts';
import type { Db } from '../db/connect.ts';
import { findHomeDefaultLaw } from '../laws/laws.service.ts';
import {
  writeGeneratedCitations,
  writeGeneratedReports,
  writeGeneratedSearchDocuments,
} from '../writers/generated.writer.ts';
import * as repo from './generate.repository.ts';

/**
 * Synthetic reports and citations for tests and benchmarks: their own outlet and source type,
 * never part of the seeds. The citations target articles of the default law (law.is_default, the
 * Criminal Code in the seeds); with no default law marked there are none, and `law` says so.
 */
export async function generateSyntheticData(db: Db, reports: number, citationsPerReport = 3, now: Date = new Date()) {
  const runId = now.getTime().toString(36);
  const { counts, law } = await db.transaction().execute(async (trx) => {
    await disableAudit(trx);
    // With triggers on: the outlet's statement trigger bumps the public data version (once per transaction).
    const outlet = await repo.upsertSyntheticOutlet(trx);
    const law = await findHomeDefaultLaw(trx);
    const skipped = await repo.skipTriggers(trx);
    await writeGeneratedReports(trx, outlet.id, runId, reports);
    if (law) await writeGeneratedCitations(trx, runId, citationsPerReport, law);
    if (skipped) await writeGeneratedSearchDocuments(trx, runId, law !== null);
    return { counts: await repo.countRunRows(trx, runId), law };
  });
  await repo.vacuumAnalyzeTables(db);
  return { runId, law, reports: Number(counts.reports), citations: Number(counts.citations) };
}
