/**
 * Korean, Chinese and Japanese offence names written a little differently from the database's
 * ("퇴폐문화 반입·유포죄", "비법적인 국제통신죄"): matched by the character pairs they share with a name.
 */

import { bigrams } from './extract-descriptive.ts';
import type { CjkOffenceName, CompiledContext, Doc } from './extract-types.ts';
import { alternation } from './lang/compile.ts';
import { cjkWords } from './lang/index.ts';
import { isCjkName, nameKey } from './patterns.ts';

/** Of a written form's character pairs, the share a known name must have; and of the name's, the share it must cover. */
const TITLE_COVERED = 0.7;
const NAME_COVERED = 0.6;

/** Korean and Chinese offence names of the database, as character pairs. */
export function indexCjkOffences(compiled: Pick<CompiledContext, 'ctx'>): CjkOffenceName[] {
  return compiled.ctx.offences.flatMap((offence) =>
    offence.names
      .filter(isCjkName)
      .map((name) => ({ law: offence.law, lineage: offence.lineage, bigrams: bigrams(nameKey(name)) })),
  );
}

/** The offence whose name holds nearly all the characters of `written` (and most of its own). */
function similarOffence(names: CjkOffenceName[], written: string): CjkOffenceName | null {
  const own = bigrams(nameKey(written));
  if (own.size < 3) return null;
  let best: { name: CjkOffenceName; score: number } | null = null;
  for (const name of names) {
    let shared = 0;
    for (const pair of own) if (name.bigrams.has(pair)) shared++;
    const score = shared / own.size;
    if (score >= TITLE_COVERED && shared / name.bigrams.size >= NAME_COVERED && (!best || score > best.score))
      best = { name, score };
  }
  return best?.name ?? null;
}

/**
 * Runs of Han repeat in hostile input ("罪名罪名…", "容疑容疑…"), and every position reads the same
 * candidates: each written form is compared with the names once per context, up to a bound.
 */
const similarMemo = new WeakMap<CompiledContext, Map<string, { law: string; lineage: string } | null>>();
const MEMO_LIMIT = 20_000;

/** "비법적인 국제통신죄": an adjective ending inside a name, which is read as the name without it too. */
const ADJECTIVE_ENDINGS = new RegExp(`(?:${alternation(cjkWords('adjectiveEndingsInNames'))})\\s?`, 'gu');

export function offenceWritten(doc: Doc, written: string): { law: string; lineage: string } | null {
  const key = nameKey(written);
  let memo = similarMemo.get(doc.compiled);
  if (!memo) {
    memo = new Map();
    similarMemo.set(doc.compiled, memo);
  }
  const known = memo.get(key);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const plain = written.replace(ADJECTIVE_ENDINGS, '');
  const offence =
    doc.compiled.offenceLookup.get(key) ??
    similarOffence(doc.compiled.offenceNames, written) ??
    (plain !== written
      ? (doc.compiled.offenceLookup.get(nameKey(plain)) ?? similarOffence(doc.compiled.offenceNames, plain))
      : undefined);
  memo.set(key, offence ?? null);
  return offence ?? null;
}
