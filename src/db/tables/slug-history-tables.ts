import type { Generated } from 'kysely';

/** report_slug_history (migration create_slug_history): old slugs, filled by a trigger on rename. */
export interface ReportSlugHistoryTable {
  old_slug: string;
  report_id: number;
  renamed_at: Generated<Date>;
}
