import fs from 'node:fs/promises';
import path from 'node:path';
import { seedFilePaths } from '../../../seeds/index.ts';
import type { Db } from '../../db/connect.ts';
import { type ImportSummary, importFiles } from './import.service.ts';
import { countLaws } from './seed.repository.ts';

/** Loads seeds/ through the import service, so seeding is exactly as idempotent as importing. */
export async function seedDatabase(db: Db): Promise<ImportSummary> {
  const inputs = await Promise.all(
    seedFilePaths().map(async (file) => ({ name: path.relative(process.cwd(), file), bytes: await fs.readFile(file) })),
  );
  return importFiles(db, inputs, { actor: 'atlas seed', source: 'seed' });
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  return (await countLaws(db)) === 0;
}
