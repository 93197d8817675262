import { readdirSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../../db/connect.ts';
import { projectRoot } from '../../lib/project-root.ts';
import { type ImportSummary, importFiles } from './import.service.ts';
import { countLaws } from './seed.repository.ts';

/** Loads seeds/ through the import service, so seeding is exactly as idempotent as importing. */
export async function seedDatabase(db: Db): Promise<ImportSummary> {
  const inputs = await Promise.all(
    seedFilePaths().map(async (file) => ({ name: path.relative(process.cwd(), file), bytes: await fs.readFile(file) })),
  );
  return importFiles(db, inputs, { actor: 'atlas seed', source: 'seed' });
}

/** Seed files in load order: laws before the reports that cite them; within a folder, by name. */
export function seedFilePaths(): string[] {
  return ['laws', 'reports'].flatMap((folder) => {
    const dir = path.join(projectRoot, 'seeds', folder);
    return readdirSync(dir)
      .filter((f) => /\.(ya?ml|json)$/.test(f))
      .sort()
      .map((f) => path.join(dir, f));
  });
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  return (await countLaws(db)) === 0;
}
