import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { exportDocument, serializeCsv, serializeJson } from '../../src/interchange/export/export.service.ts';
import { runAtlas } from '../setup/run-atlas.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

const root = path.resolve(import.meta.dirname, '../..');
let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
});
afterAll(() => tdb.drop());

/** The real binary in its own process (the first test); the rest run in this process. */
function spawned(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin/atlas.js'), 'export', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: tdb.url, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const atlas = (args: string[]) => runAtlas(['export', ...args], { env: { DATABASE_URL: tdb.url } });

describe('atlas export', () => {
  it('prints the whole database as one JSON import document with exit code 0', async () => {
    const { code, stdout, stderr } = spawned(['--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as Record<string, { slug?: string }[]>;
    expect(Object.keys(doc)).toEqual(['jurisdictions', 'laws', 'outlets', 'places', 'reports']);
    expect(doc.laws!.map((l) => l.slug)).toContain('kp-criminal-code');
    expect(stdout).toBe(serializeJson(await exportDocument(tdb.db)));
  });

  it('writes one CSV file per table into --out', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'atlas-cli-export-'));
    try {
      const { code, stdout } = await atlas(['--format', 'csv', '--out', dir]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Wrote 14 files to /);
      const expected = serializeCsv(await exportDocument(tdb.db));
      for (const f of expected) expect(await fs.readFile(path.join(dir, f.file), 'utf8')).toBe(f.text);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [['--format', 'xml'], 'atlas: --format must be json or csv (got "xml")\n'],
    [['--format', 'csv'], 'atlas: --format csv writes one file per table: give the directory with --out DIR\n'],
  ])('refuses %j with exit code 2 and a one-line message', async (args, message) => {
    const { code, stdout, stderr } = await atlas(args);
    expect(code).toBe(2);
    expect(stderr).toBe(message);
    expect(stdout).toBe('');
  });
});
