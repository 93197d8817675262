import type { Generated } from 'kysely';

/**
 * report_slug_history (migration create_slug_history), filled by a trigger. Kept out of the shared
 * Database interface for now: repositories that need it call `db.withTables<SlugHistoryTables>()`.
 */
export interface ReportSlugHistoryTable {
  old_slug: string;
  report_id: number;
  renamed_at: Generated<Date>;
}

// A type alias, not an interface: withTables<> needs the implicit index signature.
export type SlugHistoryTables = {
  report_slug_history: ReportSlugHistoryTable;
};
