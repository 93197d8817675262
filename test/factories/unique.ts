import { randomBytes } from 'node:crypto';

// A per-process prefix and a counter: unique across the workers sharing a template and within one test.
const run = randomBytes(3).toString('hex');
let counter = 0;

/** Lower-case letters and digits, safe in a slug, an email or a title, never repeated in a run. */
export const unique = (): string => `${run}${(++counter).toString(36)}`;

/** Only letters (jurisdiction codes allow nothing else), never repeated in a run. */
export function uniqueLetters(length = 8): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => String.fromCharCode(97 + (b % 26))).join('');
}
