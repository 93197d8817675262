import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { runAtlas } from '../setup/run-atlas.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

const root = path.resolve(import.meta.dirname, '../..');
let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
});
afterAll(() => tdb.drop());

/** The real binary, once: stdin piped into a process, exit code and output as a shell sees them. */
function spawnedExtract(text: string, args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin/atlas.js'), 'extract', ...args], {
    input: text,
    env: { ...process.env, DATABASE_URL: tdb.url, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const extract = (text: string, args: string[]) =>
  runAtlas(['extract', ...args], { env: { DATABASE_URL: tdb.url }, input: text });

describe('atlas extract', () => {
  it('finds the 2015 Article 222 in the seed report’s sentence, with exact offsets', async () => {
    const text =
      'When North Korea revised its criminal code in 2015, it added the crime of illegal international communications (Article 222).';
    const { code, stdout } = spawnedExtract(`${text}\n`, ['--json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      law: 'kp-criminal-code',
      article: '222',
      version: '2015',
      url: '/laws/kp-criminal-code/2015/articles/222',
    });
    expect(text.slice(out[0].start, out[0].end)).toBe(out[0].asWritten);
    expect(Object.keys(out[0]).sort()).toEqual(
      [
        'asWritten',
        'start',
        'end',
        'law',
        'lawName',
        'article',
        'articleTo',
        'paragraph',
        'version',
        'url',
        'resolution',
        'confidence',
      ].sort(),
    );
  });

  it.each([
    ['2016-03-16', "charged with subversion under Article 60 of North Korea's criminal code", '60', '2015'],
    ['2009-08-18', 'Criminal Law article 233 (Illegal Border Crossing)', '233', '2009'],
  ])('resolves to the version in force on %s', async (date, text, article, version) => {
    const out = JSON.parse((await extract(text, ['--json', '--date', date])).stdout);
    expect(out).toEqual([expect.objectContaining({ article, version, resolution: 'in_force_on_publication' })]);
  });

  it('prints a readable table without --json, and refuses a bad date', async () => {
    const { stdout } = await extract('형법 제60조', ['--date', '2016-01-01']);
    expect(stdout).toMatch(/^offsets\s+as written\s+law/);
    expect(stdout).toContain('kp-criminal-code  60');
    const bad = await extract('x', ['--date', '16/03/2016']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--date must be a date written YYYY-MM-DD');
  });

  it('binds "the law" to the law the --title names, and returns another law by name', async () => {
    const text = 'Article 27 of the law sets five to 15 years for watching South Korean films.';
    // With no law named anywhere, "the law" is not guessed to be the Criminal Code.
    const bare = JSON.parse((await extract(text, ['--json', '--date', '2021-06-01'])).stdout);
    expect(bare).toEqual([]);
    const titled = JSON.parse(
      (
        await extract(text, [
          '--json',
          '--date',
          '2021-06-01',
          '--title',
          "Inside North Korea's new anti-reactionary thought law",
        ])
      ).stdout,
    );
    expect(titled).toEqual([
      expect.objectContaining({
        law: 'kp-reactionary-ideology-and-culture-rejection-act',
        article: '27',
        version: '2020',
        asWritten: 'Article 27 of the law',
      }),
    ]);
    const foreign = JSON.parse(
      (await extract('He was charged under Article 7 of the National Security Act.', ['--json'])).stdout,
    );
    expect(foreign).toEqual([
      expect.objectContaining({ law: null, lawName: 'National Security Act', article: '7', version: null, url: null }),
    ]);
  });

  it('loads the seed laws into an empty database first, as atlas serve does, and says so', async () => {
    const empty = await createTestDatabase();
    try {
      const r = await runAtlas(['extract', '--json', '--date', '2016-03-16'], {
        input: 'He was sentenced under Article 222 of the Criminal Code.',
        env: { DATABASE_URL: empty.url },
      });
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(
        'atlas extract: the database was empty, so the seed data (laws, outlets) was loaded first.',
      );
      expect(JSON.parse(r.stdout)).toEqual([
        expect.objectContaining({ law: 'kp-criminal-code', article: '222', version: '2015' }),
      ]);
    } finally {
      await empty.drop();
    }
  });
});
