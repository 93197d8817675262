import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportDocument, serializeJson } from '../../src/interchange/export/export.service.ts';
import { runAtlas } from '../setup/run-atlas.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

const root = path.resolve(import.meta.dirname, '../..');
let tdb: TestDatabase;
let dir: string;
beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-preview-'));
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await tdb.drop();
});

/** The real binary in its own process (the first test); the rest run in this process. */
function spawned(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin/atlas.js'), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: tdb.url, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const atlas = (args: string[]) => runAtlas([...args], { env: { DATABASE_URL: tdb.url } });
const write = (name: string, text: string) => {
  fs.writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
};
const exported = async () => serializeJson(await exportDocument(tdb.db));

describe('atlas import previews', () => {
  it('lists each change field by field in a dry run, and writes nothing', async () => {
    const file = write(
      'partial.yaml',
      'laws:\n  - slug: kp-criminal-code\n    summary: A new summary.\n    versions:\n      - slug: "2015"\n        articles:\n          - { number: "999", heading: A new article }\n',
    );
    const { summary } = JSON.parse(await exported()).laws.find(
      (l: { slug: string }) => l.slug === 'kp-criminal-code',
    ) as { summary: string };
    const before = await exported();
    const { code, stdout, stderr } = spawned(['import', file, '--dry-run']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(
      `  ~ law kp-criminal-code\n      summary: ${JSON.stringify(summary)} → "A new summary."\n`,
    );
    expect(stdout).toContain('  + article kp-criminal-code 2015 999\n      heading: "A new article"\n');
    expect(stdout).toMatch(/\n {2}article +1 +0 +\d+ +0\n/);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('Dry run: nothing was written.');
    expect(await exported()).toBe(before);
  });

  it('deletes what --prune finds left out only with --yes, listing it either way', async () => {
    const law = write(
      'law.yaml',
      'laws:\n  - { slug: kp-cli-prune-law, jurisdiction: kp, title: CLI Prune Law, kind: law, versions: [{ slug: "2020", label: As adopted, text_status: partial, articles: [{ number: "1" }, { number: "2" }] }] }\n',
    );
    expect((await atlas(['import', law])).code).toBe(0);
    const fewer = write(
      'fewer.yaml',
      'laws:\n  - { slug: kp-cli-prune-law, versions: [{ slug: "2020", articles: [{ number: "2" }] }] }\n',
    );
    const before = await exported();

    const asked = await atlas(['import', fewer, '--prune']);
    expect(asked.code).toBe(1);
    expect(asked.stdout).toContain('  - article kp-cli-prune-law 2020 1\n');
    expect(asked.stderr).toBe(
      'This import would delete the 1 record(s) above. Run it again with --yes to delete them, or with --dry-run to see every change.\n',
    );
    expect(await exported()).toBe(before);

    const plain = await atlas(['import', fewer]);
    expect(plain.code).toBe(0);
    expect(await exported()).toBe(before);

    const confirmed = await atlas(['import', fewer, '--prune', '--yes']);
    expect(confirmed.code).toBe(0);
    expect(confirmed.stdout).toContain('  - article kp-cli-prune-law 2020 1\n');
    const numbers = await tdb.db
      .selectFrom('article')
      .innerJoin('law_version', 'law_version.id', 'article.law_version_id')
      .innerJoin('law', 'law.id', 'law_version.law_id')
      .select('article.number')
      .where('law.slug', '=', 'kp-cli-prune-law')
      .execute();
    expect(numbers).toEqual([{ number: '2' }]);
  });

  it('refuses --yes without --prune with exit code 2', async () => {
    const { code, stderr } = await atlas(['import', path.join(root, 'seeds/reports/outlets-places.yaml'), '--yes']);
    expect(code).toBe(2);
    expect(stderr).toBe('atlas: --yes confirms the deletions of --prune; without --prune an import deletes nothing\n');
  });
});
