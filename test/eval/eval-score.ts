/**
 * Scoring for the held-out citation evaluation (test/fixtures/citations/eval/*.jsonl): article
 * citations of held laws (precision, recall, version accuracy), law-only mentions, and articles of
 * laws the database does not hold ("kept out": never bound to a held law).
 */

export interface ExpectedElement {
  law: string | null;
  lawName?: string;
  jurisdiction?: string;
  article: string | null;
  articleTo: string | null;
  version: string | null;
  offence?: string;
}

export interface EvalCase {
  id: string;
  lang: string;
  text: string;
  date: string | null;
  eventDate: string | null;
  context: { title: string | null; summary: string | null } | null;
  classes: string[];
  expected: ExpectedElement[];
}

/** The fields of an extracted citation the scoring reads. */
export interface Found {
  law: string | null;
  lawName: string | null;
  article: string | null;
  articleTo: string | null;
  version: string | null;
  asWritten: string;
}

export interface Tally {
  expected: number;
  returned: number;
  matched: number;
  versionsRight: number;
  lawOnlyExpected: number;
  lawOnlyReturned: number;
  lawOnlyMatched: number;
  foreignExpected: number;
  foreignKeptOut: number;
  foreignNamed: number;
}

export const emptyTally = (): Tally => ({
  expected: 0,
  returned: 0,
  matched: 0,
  versionsRight: 0,
  lawOnlyExpected: 0,
  lawOnlyReturned: 0,
  lawOnlyMatched: 0,
  foreignExpected: 0,
  foreignKeptOut: 0,
  foreignNamed: 0,
});

export interface CaseResult {
  tally: Tally;
  misses: string[];
}

const isArticle = (e: { law: string | null; article: string | null }) => e.law !== null && e.article !== null;
const isLawOnly = (e: { law: string | null; article: string | null }) => e.law !== null && e.article === null;
const sameArticle = (e: ExpectedElement, f: Found) =>
  e.law === f.law && e.article === f.article && e.articleTo === f.articleTo;

function take<T>(pool: T[], test: (item: T) => boolean): T | undefined {
  const index = pool.findIndex(test);
  return index < 0 ? undefined : pool.splice(index, 1)[0];
}

/** The same article of the same law cited twice in an excerpt is one citation (the labels count it once). */
function distinct(found: Found[]): Found[] {
  const seen = new Set<string>();
  return found.filter((f) => {
    const key = `${f.law} ${f.article} ${f.articleTo}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function scoreArticles(c: EvalCase, found: Found[], tally: Tally, misses: string[]): void {
  const expected = c.expected.filter(isArticle);
  const pool = distinct(found.filter(isArticle));
  tally.expected += expected.length;
  tally.returned += pool.length;
  for (const e of expected) {
    const hit = take(pool, (f) => sameArticle(e, f));
    if (!hit) {
      misses.push(`${c.id}: missed ${e.law} ${e.article}${e.articleTo ? `-${e.articleTo}` : ''}`);
      continue;
    }
    tally.matched += 1;
    if (hit.version === e.version) tally.versionsRight += 1;
    else misses.push(`${c.id}: ${e.law} ${e.article} version ${hit.version} instead of ${e.version}`);
  }
  for (const extra of pool)
    misses.push(
      `${c.id}: extra ${extra.law} ${extra.article}${extra.articleTo ? `-${extra.articleTo}` : ''} "${extra.asWritten}"`,
    );
}

function scoreLawOnly(c: EvalCase, found: Found[], tally: Tally, misses: string[]): void {
  const expected = c.expected.filter(isLawOnly);
  const pool = found.filter(isLawOnly);
  tally.lawOnlyExpected += expected.length;
  tally.lawOnlyReturned += pool.length;
  for (const e of expected) {
    if (take(pool, (f) => f.law === e.law)) tally.lawOnlyMatched += 1;
    else misses.push(`${c.id}: missed law-only ${e.law}`);
  }
  for (const extra of pool) misses.push(`${c.id}: extra law-only ${extra.law} "${extra.asWritten}"`);
}

/** An article of a law we do not hold is kept out unless some held law was given that number. */
function scoreForeign(c: EvalCase, found: Found[], tally: Tally, misses: string[]): void {
  for (const e of c.expected.filter((x) => x.law === null && x.article !== null)) {
    tally.foreignExpected += 1;
    const bound = found.find((f) => f.law !== null && f.article === e.article);
    if (bound)
      misses.push(`${c.id}: ${e.lawName ?? 'a foreign law'} ${e.article} bound to ${bound.law} ("${bound.asWritten}")`);
    else tally.foreignKeptOut += 1;
    if (found.some((f) => f.law === null && f.lawName !== null && f.article === e.article)) tally.foreignNamed += 1;
  }
}

export function scoreCase(c: EvalCase, found: Found[]): CaseResult {
  const tally = emptyTally();
  const misses: string[] = [];
  scoreArticles(c, found, tally, misses);
  scoreLawOnly(c, found, tally, misses);
  scoreForeign(c, found, tally, misses);
  return { tally, misses };
}

export function addTally(into: Tally, from: Tally): void {
  for (const key of Object.keys(into) as (keyof Tally)[]) into[key] += from[key];
}

const ratio = (n: number, d: number) => (d === 0 ? '   —' : (n / d).toFixed(2).padStart(4));

/** One line of figures: P, R and version accuracy of articles, law-only P/R, foreign kept out. */
export function describe(label: string, t: Tally, cases: number): string {
  return (
    `${label.padEnd(22)} ${String(cases).padStart(4)}  ` +
    `P ${ratio(t.matched, t.returned)}  R ${ratio(t.matched, t.expected)}  V ${ratio(t.versionsRight, t.matched)}  ` +
    `(${t.matched}/${t.returned}/${t.expected})  ` +
    `law-only P ${ratio(t.lawOnlyMatched, t.lawOnlyReturned)} R ${ratio(t.lawOnlyMatched, t.lawOnlyExpected)}  ` +
    `kept out ${ratio(t.foreignKeptOut, t.foreignExpected)} (${t.foreignKeptOut}/${t.foreignExpected}, named ${t.foreignNamed})`
  );
}

/** The last day of a partial date's period ("2009" → "2009-12-31"). */
export function periodEnd(value: string | null): string | null {
  if (!value) return null;
  if (/^\d{4}$/.test(value)) return `${value}-12-31`;
  if (/^\d{4}-\d{2}$/.test(value)) {
    const [y, m] = value.split('-').map(Number) as [number, number];
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  return value;
}
