import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * `npm run eval:extract -- --set NAME` reads test/fixtures/citations/NAME/. A set that is not there,
 * or a name that is a path, stops the runner with a message saying so — before any database opens.
 */
const root = path.resolve(import.meta.dirname, '../../..');

function runEval(...args: string[]): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'test/eval/extract-eval.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, stderr: result.stderr };
}

describe('the evaluation runner', () => {
  it('names the missing directory of a set that is not there', () => {
    const { status, stderr } = runEval('--set', 'no-such-set');
    expect(status).toBe(2);
    expect(stderr).toContain(
      'evaluation set "no-such-set" not found: test/fixtures/citations/no-such-set/ does not exist',
    );
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('refuses a set name that is a path', () => {
    const { status, stderr } = runEval('--set', '../eval');
    expect(status).toBe(2);
    expect(stderr).toContain('--set needs the name of a directory under test/fixtures/citations/');
  });
});
