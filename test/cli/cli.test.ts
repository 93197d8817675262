import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { runAtlas } from '../setup/run-atlas.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** The real binary in its own process: for what only a process shows (exit code, argv, stdin pipe). */
function atlas(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [path.join(root, 'bin/atlas.js'), ...args], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('atlas CLI', () => {
  it('lists every command in --help', () => {
    const { code, stdout } = atlas(['--help']);
    expect(code).toBe(0);
    for (const usage of [
      'atlas serve',
      'atlas migrate [latest|down]',
      'atlas seed',
      'atlas import FILE… [--dry-run]',
      'atlas extract',
      'atlas user add EMAIL',
      'atlas generate --reports N',
    ]) {
      expect(stdout).toContain(usage);
    }
  });

  it('stops with a one-line message naming a bad variable', () => {
    const { code, stderr } = atlas(['serve'], { PORT: 'abc' });
    expect(code).toBe(1);
    expect(stderr).toBe('atlas: PORT must be an integer\n');
  });

  it('refuses an unknown command with exit code 2', async () => {
    const { code, stderr } = await runAtlas(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "frobnicate"');
  });

  describe('against PostgreSQL', () => {
    let tdb: TestDatabase;
    beforeAll(async () => {
      tdb = await createTestDatabase();
    });
    afterAll(() => tdb.drop());

    it('migrates down and back up', async () => {
      const env = { DATABASE_URL: tdb.url };
      const down = await runAtlas(['migrate', 'down'], { env });
      expect(down.code).toBe(0);
      expect(down.stdout).toMatch(/^reverted \d{8}T\d{6}_/m);
      const up = await runAtlas(['migrate'], { env });
      expect(up.code).toBe(0);
      expect(up.stdout).toMatch(/^applied \d{8}T\d{6}_/m);
      expect((await runAtlas(['migrate', 'sideways'], { env })).code).toBe(2);
    });

    it('seeds once, and a second seed reports every record unchanged', async () => {
      const first = await runAtlas(['seed'], { env: { DATABASE_URL: tdb.url } });
      expect(first.code).toBe(0);
      const count = async () =>
        Number(
          (
            await tdb.db
              .selectFrom('article')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const articles = await count();
      expect(articles).toBeGreaterThan(50);
      const second = await runAtlas(['seed'], { env: { DATABASE_URL: tdb.url } });
      expect(second.code).toBe(0);
      expect(second.stdout).toMatch(/article\s+0\s+0\s+\d+/);
      expect(await count()).toBe(articles);
    });

    it('adds a user with a password from stdin, and refuses a duplicate', async () => {
      const run = (input: string) =>
        spawnSync(
          process.execPath,
          [
            path.join(root, 'bin/atlas.js'),
            'user',
            'add',
            'Curator@Example.org',
            '--role',
            'editor',
            '--password-stdin',
          ],
          {
            cwd: root,
            input,
            env: { ...process.env, DATABASE_URL: tdb.url, LOG_LEVEL: 'warn' },
            encoding: 'utf8',
          },
        );
      const first = run('a long enough password\n');
      expect(first.status).toBe(0);
      expect(first.stdout).toBe('Created editor curator@example.org.\n');
      const row = await tdb.db
        .selectFrom('app_user')
        .select(['role', 'password_hash'])
        .where('email', '=', 'curator@example.org')
        .executeTakeFirstOrThrow();
      expect(row.role).toBe('editor');
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      const again = run('a long enough password\n');
      expect(again.status).toBe(1);
      expect(again.stderr).toBe('atlas: An account for curator@example.org already exists.\n');
      expect(
        (await runAtlas(['user', 'add', 'x@example.org', '--role', 'root'], { env: { DATABASE_URL: tdb.url } })).code,
      ).toBe(2);
    });

    it('rejects a bad import file with exit code 1 and the line and field', async () => {
      const bad = path.join(root, 'test/fixtures/import/min-greater-than-max.yaml');
      const { code, stderr } = await runAtlas(['import', bad], { env: { DATABASE_URL: tdb.url } });
      expect(code).toBe(1);
      expect(stderr).toContain(
        'min-greater-than-max.yaml:line 13: laws[0].versions[0].articles[0].penalties[0].min_months: min_months must not exceed max_months',
      );
    });
  });
});
