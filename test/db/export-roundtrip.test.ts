import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { exportDocument, serializeCsv, serializeJson } from '../../src/interchange/export/export.service.ts';
import { ImportValidationError } from '../../src/interchange/formats/problems.ts';
import { importFiles } from '../../src/interchange/apply/import.service.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('export and re-import', () => {
  let seeded: TestDatabase;
  let empty: TestDatabase;
  beforeEach(async () => {
    [seeded, empty] = await Promise.all([createTestDatabase({ seeded: true }), createTestDatabase()]);
  });
  afterEach(() => Promise.all([seeded.drop(), empty.drop()]));

  it('gives the same JSON when the export is imported into an empty database and exported again', async () => {
    const first = serializeJson(await exportDocument(seeded.db));
    await importFiles(empty.db, [{ name: 'export.json', bytes: encode(first) }]);
    const second = serializeJson(await exportDocument(empty.db));
    expect(second).toBe(first);
    const doc = JSON.parse(first) as {
      laws: { versions: { lineage_steps: unknown[] }[] }[];
      reports: { citations: { status: string }[] }[];
    };
    expect(doc.laws.flatMap((l) => l.versions).some((v) => v.lineage_steps.length > 0)).toBe(true);
    expect(new Set(doc.reports.flatMap((r) => r.citations.map((c) => c.status)))).toEqual(
      new Set(['confirmed', 'suggested']),
    );
  });

  it('gives the same CSV files when a CSV export is imported into an empty database and exported again', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'atlas-export-'));
    try {
      const first = serializeCsv(await exportDocument(seeded.db));
      for (const f of first) await fs.writeFile(path.join(dir, f.file), f.text);
      const names = (await fs.readdir(dir)).filter((n) => n.endsWith('.csv'));
      expect(names).toHaveLength(14);
      const inputs = await Promise.all(
        names.map(async (name) => ({ name, bytes: await fs.readFile(path.join(dir, name)) })),
      );
      await importFiles(empty.db, inputs);
      expect(serializeCsv(await exportDocument(empty.db))).toEqual(first);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('rejects one bad record among 1,000, naming its line and field, and changes nothing', async () => {
    const before = serializeJson(await exportDocument(seeded.db));
    const reports = Array.from({ length: 1000 }, (_, i) => ({
      slug: `bulk-report-${i + 1}`,
      outlet: 'daily-nk',
      title: `Bulk report ${i + 1}`,
      language: 'en',
      published_on: '2020-06',
      date_precision: 'month',
      source_type: i + 1 === 637 ? 'rumour' : 'press',
    }));
    const text = JSON.stringify({ reports }, null, 2);
    const line = text.split('\n').findIndex((l) => l.includes('"rumour"')) + 1;
    const error = await importFiles(seeded.db, [{ name: 'bulk.json', bytes: encode(text) }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportValidationError);
    const { problems } = error as ImportValidationError;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'bulk.json', line, field: 'reports[636].source_type' });
    expect((error as Error).message).toMatch(
      new RegExp(`^bulk\\.json:line ${line}: reports\\[636\\]\\.source_type: Invalid option`),
    );
    expect(serializeJson(await exportDocument(seeded.db))).toBe(before);
  });
});
