import { type RawBuilder, sql } from 'kysely';

/**
 * A row limit written into the SQL text instead of sent as `$n`. PostgreSQL costs a generic plan
 * for an unknown limit above the custom ones, so a statement with a `$n` limit is planned afresh
 * on every run; with the number in the text it keeps one plan. Only a whole number may be written.
 */
export function limitLiteral(limit: number): RawBuilder<unknown> {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new RangeError(`limit must be a whole number, got ${limit}`);
  return sql.lit(limit);
}
