import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

const root = path.resolve(import.meta.dirname, '../..');
let tdb: TestDatabase;
let dir: string;
beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-kill-'));
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await tdb.drop();
});

async function snapshot(): Promise<string> {
  const { rows } = await sql<{
    s: string;
  }>`select concat_ws('|', (select count(*) from report), (select count(*) from citation),
    (select count(*) from outlet), (select count(*) from audit_event), (select max(version) from public_data_version)) as s`.execute(
    tdb.db,
  );
  return rows[0]!.s;
}

describe('a killed import', () => {
  it('leaves the database exactly as before when the process is SIGKILLed mid-way', async () => {
    const lines = ['outlets:', '  - { slug: kill-wire, name: Kill Wire }', 'reports:'];
    for (let i = 0; i < 4000; i++) {
      lines.push(
        `  - { slug: kill-${i}, outlet: kill-wire, title: "Report ${i}", language: en, published_on: "2018-03-01", date_precision: day, source_type: press, excerpt: "Charged under Article 60 of the Criminal Code." }`,
      );
    }
    const file = path.join(dir, 'big.yaml');
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    const before = await snapshot();
    const child = spawn(process.execPath, [path.join(root, 'bin/atlas.js'), 'import', file], {
      env: { ...process.env, DATABASE_URL: tdb.url, LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    });
    // Wait until the import's transaction has written report rows, then kill it without warning.
    let inserting = false;
    for (let i = 0; i < 600 && !inserting; i++) {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null and query ilike '%report%'`.execute(
        tdb.db,
      );
      inserting = rows[0]!.n > 0;
      if (!inserting) await new Promise((r) => setTimeout(r, 50));
    }
    expect(inserting).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    // The server notices the dead connection and aborts its transaction.
    for (let i = 0; i < 100; i++) {
      const { rows } = await sql<{
        n: number;
      }>`select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`.execute(
        tdb.db,
      );
      if (rows[0]!.n <= 1) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await snapshot()).toBe(before);
  }, 60_000);
});
