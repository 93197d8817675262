import type { ColumnType, Generated } from 'kysely';

/** `date` columns come back from pg as strings (we install a parser) and go in as strings. */
export type DateColumn = ColumnType<string, string, string>;
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface JurisdictionTable {
  id: Generated<number>;
  code: string;
  name: string;
  name_ko: string | null;
}

/** Names texts use for a jurisdiction ("North Korea", "북한"): the extractor's jurisdiction markers. */
export interface JurisdictionAliasTable {
  id: Generated<number>;
  jurisdiction_id: number;
  name: string;
  lang: string;
}

export interface LawTable {
  id: Generated<number>;
  jurisdiction_id: number;
  slug: string;
  title: string;
  title_ko: string | null;
  kind: 'code' | 'law' | 'decree' | 'regulation';
  summary: string | null;
  source_url: string | null;
  /** the law a bare article number means in a text about this jurisdiction (one per jurisdiction) */
  is_default: Generated<boolean>;
  lock_version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface LawAliasTable {
  id: Generated<number>;
  law_id: number;
  name: string;
  lang: string;
}

export type TextStatus = 'full_text' | 'partial' | 'reported_only';

export interface LawVersionTable {
  id: Generated<number>;
  law_id: number;
  slug: string;
  label: string;
  adopted_on: string | null;
  effective_from: string | null;
  in_force_from: ColumnType<string | null, never, never>;
  amending_instrument: string | null;
  text_status: TextStatus;
  source_url: string | null;
  note: string | null;
  lock_version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ArticleLineageTable {
  id: Generated<number>;
  law_id: number;
  slug: string;
  offence_name: string;
  offence_name_ko: string | null;
  note: string | null;
}

export interface LineageAliasTable {
  id: Generated<number>;
  lineage_id: number;
  name: string;
  lang: string;
}

export interface ArticleTable {
  id: Generated<number>;
  law_version_id: number;
  number: string;
  sort_key: number;
  lineage_id: number | null;
  chapter_path: ColumnType<string[], string[] | undefined, string[]>;
  heading: string | null;
  summary: string | null;
  text_en: string | null;
  text_ko: string | null;
  source_url: string | null;
  provenance: string | null;
  lock_version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type LineageRelation = 'same' | 'renumbered' | 'amended' | 'split' | 'merged' | 'repealed' | 'new';

export interface ArticleLineageStepTable {
  id: Generated<number>;
  lineage_id: number;
  from_version_id: number | null;
  to_version_id: number;
  relation: LineageRelation;
  note: string | null;
}

export type PenaltyTier = 'basic' | 'grave' | 'especially_grave';
export type PenaltyKind =
  | 'disciplinary_labor'
  | 'fixed_term_correctional_labor'
  | 'unlimited_term_correctional_labor'
  | 'death'
  | 'confiscation'
  | 'fine'
  | 'deprivation_of_rights'
  | 'suspension_of_qualifications'
  | 'deprivation_of_qualifications';

export interface PenaltyTable {
  id: Generated<number>;
  article_id: number;
  position: number;
  tier: PenaltyTier;
  alternative_group: Generated<number>;
  kind: PenaltyKind;
  min_months: number | null;
  max_months: number | null;
  note: string | null;
}
