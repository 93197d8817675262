import type { Generated } from 'kysely';

export interface SourceTable {
  id: Generated<number>;
  /** the RSS/Atom document polled (found through the page's <link rel="alternate"> when one was given) */
  feed_url: string;
  /** what the editor typed */
  given_url: string;
  outlet_id: number;
  default_language: string;
  poll_interval_minutes: number;
  paused: Generated<boolean>;
  etag: string | null;
  last_modified: string | null;
  last_polled_at: Date | null;
  last_outcome: string | null;
  next_poll_at: Generated<Date>;
  lease_until: Date | null;
  created_at: Generated<Date>;
}

export type ItemOutcome = 'new' | 'known' | 'skipped';

export interface FetchedItemTable {
  id: Generated<number>;
  url: string;
  source_id: number | null;
  report_id: number | null;
  etag: string | null;
  last_modified: string | null;
  outcome: ItemOutcome;
  reason: string | null;
  first_seen_at: Generated<Date>;
  last_seen_at: Generated<Date>;
}

export interface SourceErrorTable {
  id: Generated<number>;
  source_id: number;
  url: string;
  reason: string;
  occurred_at: Generated<Date>;
}

export interface ReportSourceTable {
  report_id: number;
  full_text: string;
  text_sha256: string;
  normalized_hash: string;
  fetched_url: string;
  final_url: string;
  http_status: number;
  fetched_at: Date;
  alternate_urls: Generated<string[]>;
}
