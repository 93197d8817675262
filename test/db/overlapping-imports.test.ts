import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ImportValidationError } from '../../src/interchange/formats/problems.ts';
import { importFiles } from '../../src/interchange/apply/import.service.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

const root = path.resolve(import.meta.dirname, '../..');
let tdb: TestDatabase;
beforeEach(async () => {
  tdb = await createTestDatabase({ seeded: true });
});
afterEach(() => tdb.drop());

const file = (name: string, n: number) => ({
  name,
  bytes: new TextEncoder().encode(
    `outlets:\n  - { slug: overlap-wire, name: Overlap Wire }\nreports:\n${Array.from({ length: n }, (_, i) => `  - { slug: ${name.replace('.yaml', '')}-${i}, outlet: overlap-wire, title: "Report ${i}", language: en, date_precision: unknown, source_type: press }`).join('\n')}\n`,
  ),
});

describe('two imports at once', () => {
  it('both succeed: the second waits for the first and merges onto the outlet it created', async () => {
    const results = await Promise.all([
      importFiles(tdb.db, [file('first.yaml', 300)]),
      importFiles(tdb.db, [file('second.yaml', 300)]),
    ]);
    expect(results.map((r) => r.counts.outlet!.inserted).sort()).toEqual([0, 1]);
    const outlets = await tdb.db.selectFrom('outlet').select('id').where('slug', '=', 'overlap-wire').execute();
    expect(outlets).toHaveLength(1);
    const reports = await tdb.db
      .selectFrom('report')
      .innerJoin('outlet', 'outlet.id', 'report.outlet_id')
      .select('report.slug')
      .where('outlet.slug', '=', 'overlap-wire')
      .execute();
    expect(reports).toHaveLength(600);
  });

  it('both succeed as two atlas import processes started together', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-overlap-'));
    try {
      const names = ['one.yaml', 'two.yaml'].map((name) => {
        const f = file(name, 200);
        fs.writeFileSync(path.join(dir, name), f.bytes);
        return path.join(dir, name);
      });
      const run = (f: string) =>
        new Promise<{ code: number | null; stderr: string }>((resolve) => {
          const child = spawn(process.execPath, [path.join(root, 'bin/atlas.js'), 'import', f], {
            env: { ...process.env, DATABASE_URL: tdb.url, LOG_LEVEL: 'warn' },
          });
          let stderr = '';
          child.stderr.on('data', (c: Buffer) => {
            stderr += c.toString();
          });
          child.on('exit', (code) => resolve({ code, stderr }));
        });
      const outcomes = await Promise.all(names.map(run));
      expect(outcomes).toEqual([
        { code: 0, stderr: '' },
        { code: 0, stderr: '' },
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('names the file and both records when a new report takes a URL another report has', async () => {
    const taken = await tdb.db
      .selectFrom('report')
      .select(['slug', 'url'])
      .where('url', 'is not', null)
      .limit(1)
      .executeTakeFirstOrThrow();
    const doc = `reports:\n  - { slug: copy-of-a-url, outlet: daily-nk, title: Copy, url: "${taken.url}", language: en, date_precision: unknown, source_type: press }\n`;
    const error = await importFiles(tdb.db, [{ name: 'copy.yaml', bytes: new TextEncoder().encode(doc) }]).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportValidationError);
    expect((error as Error).message).toBe(
      `copy.yaml: report copy-of-a-url: url ${taken.url} is already the URL of report ${taken.slug}`,
    );
  });
});
