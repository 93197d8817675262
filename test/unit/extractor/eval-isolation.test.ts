import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

/**
 * The held-out evaluation (test/fixtures/citations/eval) measures the extractor only while none of
 * its texts is something the extractor or its tests were written against: no passage of an
 * excerpt may appear in the unit tests, the regression gold set or the extractor's code and word
 * lists. Law, offence and jurisdiction names from the seeds are masked first — they are data every
 * text shares, not passages.
 */
const root = path.resolve(import.meta.dirname, '../../..');
/** Long enough to be a passage rather than a common phrase ("charged with subversion under Article 60 of"). */
const WINDOW = 48;
const STEP = 8;

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return filesUnder(file, ext);
    return ext.test(name) ? [file] : [];
  });
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

function evalTexts(): { id: string; text: string }[] {
  const dir = path.join(root, 'test/fixtures/citations/eval');
  return filesUnder(dir, /\.jsonl$/).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { id: string; text: string }),
  );
}

/** Every law, offence and jurisdiction name the seeds hold, longest first. */
function seedNames(): string[] {
  const names = new Set<string>();
  for (const file of filesUnder(path.join(root, 'seeds/laws'), /\.ya?ml$/)) {
    const doc = YAML.parse(readFileSync(file, 'utf8')) as {
      jurisdictions?: { name: string; name_ko?: string; aliases?: { name: string }[] }[];
      laws?: {
        title: string;
        title_ko?: string;
        aliases?: { name: string }[];
        lineages?: { offence_name: string; aliases?: { name: string }[] }[];
      }[];
    };
    for (const j of doc.jurisdictions ?? [])
      for (const n of [j.name, j.name_ko, ...(j.aliases ?? []).map((a) => a.name)]) if (n) names.add(n);
    for (const law of doc.laws ?? []) {
      for (const n of [law.title, law.title_ko, ...(law.aliases ?? []).map((a) => a.name)]) if (n) names.add(n);
      for (const l of law.lineages ?? [])
        for (const n of [l.offence_name, ...(l.aliases ?? []).map((a) => a.name)]) names.add(n);
    }
  }
  return [...names].filter((name) => name.length >= 4).sort((a, b) => b.length - a.length);
}

function corpus(): string {
  const files = [
    ...filesUnder(path.join(root, 'test/unit'), /\.ts$/),
    ...filesUnder(path.join(root, 'src/extractor'), /\.ts$/),
    ...filesUnder(path.join(root, 'src/citations'), /\.ts$/),
    path.join(root, 'test/fixtures/citations/gold.jsonl'),
  ];
  return squash(files.map((file) => readFileSync(file, 'utf8')).join('\n'));
}

/**
 * The second set, test/fixtures/citations/<held-out>/, is written apart from the extractor and read
 * only by `npm run eval:extract -- --set …`. Not even this test opens it: it only checks that no
 * test, helper or source file names that directory, in any spelling that could build its path
 * ("hold" + "out" included), and that nothing lists the fixtures directory wholesale, which would
 * reach it without naming it.
 */
const HELD_OUT_NAME = /(?<![a-z])hold[^a-z0-9\n]{0,8}out(?![a-z])/i;
const FIXTURES_LISTING = /readdir\w*\([^)]*fixtures\/citations\/?['"`]?\s*\)/;
const SELF = path.join(root, 'test/unit/extractor/eval-isolation.test.ts');

function codeFiles(): string[] {
  const runner = path.join(root, 'test/eval');
  return [
    ...filesUnder(path.join(root, 'test'), /\.(?:[cm]?[jt]s|json)$/),
    ...filesUnder(path.join(root, 'src'), /\.(?:[jt]s|json)$/),
  ].filter(
    (file) =>
      file !== SELF && !file.startsWith(`${runner}${path.sep}`) && !file.includes(`${path.sep}fixtures${path.sep}`),
  );
}

describe('the second, held-out set', () => {
  it('is named by no test, helper or source file: only the evaluation runner reads it', () => {
    const naming = codeFiles().filter((file) => {
      const text = readFileSync(file, 'utf8');
      return HELD_OUT_NAME.test(text) || FIXTURES_LISTING.test(text);
    });
    expect(naming.map((file) => path.relative(root, file))).toEqual([]);
  });

  it('would be caught if a test named it', () => {
    expect(HELD_OUT_NAME.test("path.join(dir, 'hold' + 'out', 'ko.jsonl')")).toBe(true);
    expect(HELD_OUT_NAME.test('fixtures/citations/holdout/')).toBe(true);
    expect(FIXTURES_LISTING.test("readdirSync('test/fixtures/citations/')")).toBe(true);
    expect(HELD_OUT_NAME.test('the household outlays')).toBe(false);
  });
});

describe('the held-out evaluation set', () => {
  const cases = evalTexts();

  it('is there, with at least 200 hand-labelled excerpts', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });

  it('shares no passage with the unit tests, the gold set or the extractor', () => {
    const names = seedNames();
    const haystack = corpus();
    const shared: string[] = [];
    for (const { id, text } of cases) {
      let masked = squash(text);
      for (const name of names) masked = masked.split(name).join('\u0000');
      for (let i = 0; i + WINDOW <= masked.length; i += STEP) {
        const window = masked.slice(i, i + WINDOW);
        if (window.includes('\u0000') || (window.match(/\p{L}/gu) ?? []).length < 12) continue;
        if (haystack.includes(window)) shared.push(`${id}: "${window}"`);
      }
    }
    expect(shared).toEqual([]);
  });
});
