import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Seed files in load order: laws before the reports that cite them; within a folder, by name. */
export function seedFilePaths(): string[] {
  return ['laws', 'reports'].flatMap((folder) => {
    const dir = path.join(here, folder);
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir)
      .filter((f) => /\.(ya?ml|json)$/.test(f))
      .sort()
      .map((f) => path.join(dir, f));
  });
}
