import { type RawBuilder, type Transaction, sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { Database } from '../db/database.ts';
import { MARK_END, MARK_START, websearchText } from './search-text.ts';

/**
 * What every search query shares: how a search row (alias `s`) matches, how it ranks, how it is
 * highlighted. Every value reaches PostgreSQL as a parameter.
 */
export type Trx = Transaction<Database>;

export interface MatchSpec {
  /** text: full-text and Korean substrings; fuzzy: trigram similarity, when text found nothing */
  mode: 'text' | 'fuzzy';
  q: string;
  /** LIKE patterns of the query's Hangul/CJK runs */
  cjkPatterns: string[];
  cjkText: string;
  rest: string;
}

const tsq = (text: string) => sql`websearch_to_tsquery('english', ${websearchText(text)})`;

/** Weights for D, C, B, A: a title or offence-name hit counts ten times a body hit. */
const WEIGHTS = sql`'{0.1, 0.2, 0.4, 1.0}'::real[]`;

/** `fuzzyColumn` is the short text a misspelt query is compared with (offence names, titles). */
export function matchCondition(m: MatchSpec, fuzzyColumn: RawBuilder<unknown>): RawBuilder<boolean> {
  if (m.mode === 'fuzzy') return sql<boolean>`${fuzzyColumn} %> ${m.q}`;
  const fts = sql<boolean>`s.document @@ ${tsq(m.q)}`;
  if (m.cjkPatterns.length === 0) return fts;
  const likes = sql.join(
    m.cjkPatterns.map((p) => sql`s.cjk like ${p}`),
    sql` and `,
  );
  const rest = m.rest ? sql` and (numnode(${tsq(m.rest)}) = 0 or s.document @@ ${tsq(m.rest)})` : sql``;
  return sql<boolean>`(${fts} or (s.cjk <> '' and ${likes}${rest}))`;
}

/**
 * A report (alias `s`, report_search) matches by its own text, and when a misspelt query fell
 * back to trigram similarity, also by citing an offence whose name is close to the query: the
 * typo that finds the article ("terorism") then finds the reports citing it too. This form tests
 * one row at a time (for a sample); `reportMatchWithin` is the form that finds matches.
 */
export function reportMatchCondition(m: MatchSpec): RawBuilder<boolean> {
  const own = matchCondition(m, sql`s.title`);
  if (m.mode !== 'fuzzy') return own;
  // The close offences once (an array), then each row's own citations by citation_report_idx;
  // "offset 0" keeps PostgreSQL from hashing every citation of those offences instead.
  return sql<boolean>`(${own} or exists (
    select 1 from citation c
    where c.report_id = s.report_id and c.status = 'confirmed' and c.report_published
      and c.article_id = any(array(select f.article_id from article_search f where f.names %> ${m.q}))
    offset 0))`;
}

/**
 * The newest `limit` matches of a misspelt query: the newest by title (trigram index) and the
 * newest citing each close offence (citation_article_public_idx, read newest first and stopped),
 * merged. A typo close to a much-cited offence matches a tenth of all reports; this reads at most
 * `limit` rows per source instead of every citation. Full-text matches need no such help: the
 * GIN index or report_search_published_date_idx finds them, whatever their number.
 */
export function reportMatchWithin(m: MatchSpec, limit: number): RawBuilder<boolean> {
  if (m.mode !== 'fuzzy') return matchCondition(m, sql`s.title`);
  return sql<boolean>`s.report_id in (
    select u.report_id from (
      (select t.report_id, t.sort_date from report_search t where t.published and t.title %> ${m.q}
       order by t.sort_date desc, t.report_id desc limit ${limit})
      union
      (select c.report_id, c.report_sort_date from article_search f
       cross join lateral (
         select c.report_id, c.report_sort_date from citation c
         where c.article_id = f.article_id and c.status = 'confirmed' and c.report_published
         order by c.report_sort_date desc, c.report_id desc limit ${limit}) c
       where f.names %> ${m.q})
    ) u order by u.sort_date desc, u.report_id desc limit ${limit})`;
}

/** Cheap rank (ts_rank): orders a pool, of which `fullRank` re-orders the best (it costs ~30× more). */
export function quickRank(m: MatchSpec, fuzzyColumn: RawBuilder<unknown>): RawBuilder<number> {
  if (m.mode === 'fuzzy') return sql<number>`word_similarity(${m.q}, ${fuzzyColumn})`;
  const cjk = m.cjkPatterns.length > 0 ? sql` + word_similarity(${m.cjkText}, s.cjk)` : sql``;
  return sql<number>`(ts_rank(${WEIGHTS}, s.document, ${tsq(m.q)})${cjk})`;
}

/** Cover density: terms close together rank higher (phrases, offence names). */
export function fullRank(m: MatchSpec, fuzzyColumn: RawBuilder<unknown>): RawBuilder<number> {
  if (m.mode === 'fuzzy') return sql<number>`word_similarity(${m.q}, ${fuzzyColumn})`;
  const cjk = m.cjkPatterns.length > 0 ? sql` + word_similarity(${m.cjkText}, s.cjk)` : sql``;
  return sql<number>`(ts_rank_cd(${WEIGHTS}, s.document, ${tsq(m.q)})${cjk})`;
}

const FRAGMENTS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "`;
const WHOLE = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;

/**
 * ts_headline with control-character markers. It drops anything that looks like an HTML tag, so
 * angle brackets go in as other control characters (markedSegments turns them back) and a title
 * reading "<script>" still shows as written; stray marker characters in the text are removed.
 */
export function headline(m: MatchSpec, text: RawBuilder<unknown>, whole = false): RawBuilder<string> {
  const safe = sql`translate(coalesce(${text}, ''), '<>' || chr(1) || chr(2), chr(3) || chr(4))`;
  return sql<string>`ts_headline('english', ${safe}, ${tsq(m.q)}, ${whole ? WHOLE : FRAGMENTS})`;
}

/** Either the values' condition or `true`, so an unselected facet costs the planner nothing. */
export function facetCondition(values: unknown[], condition: () => RawBuilder<boolean>): RawBuilder<boolean> {
  return values.length === 0 ? sql<boolean>`true` : condition();
}

/**
 * Inside the search transaction: a runaway statement is cancelled instead of holding a connection,
 * and JIT stays off: facet counts over many matches cost enough to trigger it, and compiling
 * takes longer (hundreds of ms) than the query it would speed up.
 */
export async function configureSearchTransaction(trx: Trx, timeoutMs: number): Promise<void> {
  // Queries are prepared statements (db/prepared-statements.ts), but a search's best plan depends
  // on its words (a rare lexeme or a common one): plan each search for the values it has.
  await sql`select set_config('statement_timeout', ${String(timeoutMs)}, true), set_config('jit', 'off', true),
    set_config('plan_cache_mode', 'force_custom_plan', true)`.execute(trx);
}

/** How PostgreSQL reads the query: no lexemes (only stop words or punctuation) means no text match. */
export async function parseQuery(trx: Trx, q: string) {
  const { rows } = await sql<{ nodes: number; parsed: string }>`
    select numnode(${tsq(q)}) as nodes, ${tsq(q)}::text as parsed`.execute(trx);
  return rows[0]!;
}

/** Every version's article with this number, oldest version first, for the citation chooser. */
export async function listArticlesNumbered(db: Db, lawSlug: string, number: string) {
  return db
    .selectFrom('article')
    .innerJoin('law_version', 'law_version.id', 'article.law_version_id')
    .innerJoin('law', 'law.id', 'law_version.law_id')
    .leftJoin('article_lineage', 'article_lineage.id', 'article.lineage_id')
    .select([
      'law.slug as law_slug',
      'law.title as law_title',
      'law_version.slug as version_slug',
      'law_version.label as version_label',
      'law_version.in_force_from',
      'article.number',
      'article.heading',
      'article_lineage.slug as lineage_slug',
      'article_lineage.offence_name',
      'article_lineage.offence_name_ko',
    ])
    .where('law.slug', '=', lawSlug)
    .where('article.number', '=', number)
    .orderBy('law_version.in_force_from', (ob) => ob.asc().nullsLast())
    .orderBy('law_version.id')
    .execute();
}

/** The law's version in force on `on`: the latest whose in-force date is not after it (law_version_in_force_idx). */
export async function findVersionInForce(db: Db, lawSlug: string, on: string) {
  return db
    .selectFrom('law_version')
    .innerJoin('law', 'law.id', 'law_version.law_id')
    .select(['law_version.slug', 'law_version.label', 'law_version.in_force_from', 'law_version.text_status'])
    .where('law.slug', '=', lawSlug)
    .where('law_version.in_force_from', '<=', on)
    .orderBy('law_version.in_force_from', 'desc')
    .orderBy('law_version.id', 'desc')
    .limit(1)
    .executeTakeFirst();
}
