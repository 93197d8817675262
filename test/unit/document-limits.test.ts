import { parseImportFile, parseImportFiles } from '../../src/interchange/formats/document-files.ts';
import { ImportValidationError } from '../../src/interchange/formats/problems.ts';
import { aliasBomb, deepJson } from '../setup/repros.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const problemsOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportValidationError)
      return error.problems.map((p) => `${p.file}:${p.line ?? '-'}: ${p.message}`);
    throw error;
  }
  throw new Error('expected the import to be refused');
};

describe('import document limits', () => {
  it.each([
    ['deep.json', deepJson(2000), 'deep.json:1: nests values more than 64 levels deep'],
    ['open.json', '{"a":'.repeat(100_000), 'open.json:1: nests values more than 64 levels deep'],
    [
      'block.yaml',
      `${Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1\n`,
      'block.yaml:66: nests values more than 64 levels deep',
    ],
    ['dashes.yaml', `${'- '.repeat(5000)}x\n`, 'dashes.yaml:1: nests values more than 64 levels deep'],
    ['bomb.yaml', aliasBomb, 'bomb.yaml:7: alias *f takes the import past 4,000,000 values once aliases are expanded'],
    ['self.yaml', 'laws: &x [*x]\n', 'self.yaml:1: alias *x refers to a value that contains it'],
    ['nowhere.yaml', 'outlets: *missing\n', 'nowhere.yaml:1: alias *missing has no anchor &missing before it'],
  ])('refuses %s before anything walks it, naming the line', (name, text, problem) => {
    expect(problemsOf(() => parseImportFile(name, bytes(text)))).toEqual([problem]);
  });

  it('refuses text past 64 MB in all, without reading it', () => {
    const big = new Uint8Array(64 * 1024 * 1024 + 1).fill(0x20);
    expect(problemsOf(() => parseImportFile('big.yaml', big))).toEqual([
      'big.yaml:-: takes the import past 64 MB of text, the most one import may hold; split the files into several imports',
    ]);
  });

  it('counts the cells of CSV files together against the value limit, before parsing them', () => {
    const half = bytes(`slug,name\n${'a,b\n'.repeat(1_100_000)}`);
    expect(
      problemsOf(() =>
        parseImportFiles([
          { name: 'outlets.csv', bytes: half },
          { name: 'places.csv', bytes: half },
        ]),
      ),
    ).toEqual([
      'places.csv:899999: takes the import past 4,000,000 values (keys included), the most one import may hold; split the files into several imports',
    ]);
  });

  it('still reports every file’s own problem when one file is merely too deep', () => {
    expect(
      problemsOf(() =>
        parseImportFiles([
          { name: 'deep.json', bytes: bytes(deepJson(100)) },
          { name: 'bad.yaml', bytes: bytes('outlets: 3\n') },
        ]),
      ),
    ).toEqual(['deep.json:1: nests values more than 64 levels deep', expect.stringMatching(/^bad\.yaml:1: /)]);
  });

  it('accepts aliases within the limits, expanded as YAML defines them', () => {
    const parsed = parseImportFile(
      'aliases.yaml',
      bytes('outlets:\n  - { slug: first-wire, name: &n Shared Wire }\n  - { slug: second-wire, name: *n }\n'),
    );
    expect(parsed.document.outlets.map((o) => o.name)).toEqual(['Shared Wire', 'Shared Wire']);
  });
});
