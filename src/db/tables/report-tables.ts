import type { ColumnType, Generated } from 'kysely';
import type { PenaltyKind, PenaltyTier } from './law-tables.ts';

export interface OutletTable {
  id: Generated<number>;
  slug: string;
  name: string;
  url: string | null;
  country: string | null;
  is_synthetic: Generated<boolean>;
}

export interface AuthorTable {
  id: Generated<number>;
  name: string;
}

export type PlaceKind =
  | 'country'
  | 'province'
  | 'city'
  | 'county'
  | 'district'
  | 'town'
  | 'village'
  | 'facility'
  | 'region';

export interface PlaceTable {
  id: Generated<number>;
  slug: string;
  name: string;
  name_ko: string | null;
  kind: PlaceKind;
  parent_id: number | null;
}

export type DatePrecision = 'day' | 'month' | 'season' | 'year' | 'unknown';
export type SourceType =
  | 'inside_source'
  | 'escapee_testimony'
  | 'state_media'
  | 'ngo'
  | 'un'
  | 'government'
  | 'court'
  | 'academic'
  | 'press'
  | 'synthetic';

export interface ReportTable {
  id: Generated<number>;
  slug: string;
  outlet_id: number;
  title: string;
  url: string | null;
  language: string;
  translation_of_id: number | null;
  published_on: string | null;
  date_precision: DatePrecision;
  date_note: string | null;
  sort_date: ColumnType<string, never, never>;
  event_date: string | null;
  source_type: SourceType;
  status: Generated<'draft' | 'published'>;
  summary: string | null;
  excerpt: string | null;
  lock_version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ReportAuthorTable {
  report_id: number;
  author_id: number;
  position: number;
}

/** A view: each place paired with itself and every ancestor, at any depth. */
export interface PlaceLineageView {
  place_id: number;
  ancestor_id: number;
}

export interface ReportPlaceTable {
  report_id: number;
  place_id: number;
}

export type ClaimType =
  | 'charged_under'
  | 'sentenced_under'
  | 'law_described'
  | 'amendment_reported'
  | 'official_statement'
  | 'commentary';
export type Resolution = 'stated_version' | 'in_force_on_event' | 'in_force_on_publication' | 'latest' | 'unresolved';
export type CitationStatus = 'suggested' | 'confirmed' | 'rejected';

export interface CitationTable {
  id: Generated<number>;
  report_id: number;
  law_id: number | null;
  law_version_id: number | null;
  article_id: number | null;
  as_written: string;
  quote_exact: string | null;
  quote_prefix: string | null;
  quote_suffix: string | null;
  quote_start: number | null;
  quote_end: number | null;
  claim_type: ClaimType;
  reported_kind: PenaltyKind | null;
  reported_tier: PenaltyTier | null;
  reported_min_months: number | null;
  reported_max_months: number | null;
  resolution: Resolution;
  resolution_note: string | null;
  /** numeric(3,2): parsed to a number by the pg type parser in connect.ts */
  confidence: number;
  status: Generated<CitationStatus>;
  origin: 'extractor' | 'manual' | 'import';
  reviewer_id: number | null;
  reviewed_at: Date | null;
  /** why the citation waits for a reviewer, e.g. its quote no longer occurs in the excerpt */
  review_reason: Generated<string | null>;
  /** kept equal to the report's status/sort_date by triggers (migration create_report_tables) */
  report_published: ColumnType<boolean, never, never>;
  report_sort_date: ColumnType<string, never, never>;
  lock_version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
