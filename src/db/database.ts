import type {
  ArticleLineageStepTable,
  ArticleLineageTable,
  ArticleTable,
  JurisdictionAliasTable,
  JurisdictionTable,
  LawAliasTable,
  LawTable,
  LawVersionTable,
  LineageAliasTable,
  PenaltyTable,
} from './tables/law-tables.ts';
import type {
  AuthorTable,
  CitationTable,
  OutletTable,
  PlaceLineageView,
  PlaceTable,
  ReportAuthorTable,
  ReportPlaceTable,
  ReportTable,
} from './tables/report-tables.ts';
import type {
  AppUserTable,
  AuditEventTable,
  ImportUploadTable,
  LoginFailureTable,
  UserSessionTable,
} from './tables/admin-tables.ts';
import type { FetchedItemTable, ReportSourceTable, SourceErrorTable, SourceTable } from './tables/ingest-tables.ts';
import type { PublicDataVersionTable } from './tables/meta-tables.ts';
import type { ReportSlugHistoryTable } from './tables/slug-history-tables.ts';

export interface Database {
  jurisdiction: JurisdictionTable;
  jurisdiction_alias: JurisdictionAliasTable;
  law: LawTable;
  law_alias: LawAliasTable;
  law_version: LawVersionTable;
  article_lineage: ArticleLineageTable;
  lineage_alias: LineageAliasTable;
  article: ArticleTable;
  article_lineage_step: ArticleLineageStepTable;
  penalty: PenaltyTable;
  outlet: OutletTable;
  author: AuthorTable;
  place: PlaceTable;
  place_lineage: PlaceLineageView;
  report: ReportTable;
  report_author: ReportAuthorTable;
  report_place: ReportPlaceTable;
  citation: CitationTable;
  public_data_version: PublicDataVersionTable;
  app_user: AppUserTable;
  user_session: UserSessionTable;
  login_failure: LoginFailureTable;
  audit_event: AuditEventTable;
  import_upload: ImportUploadTable;
  report_slug_history: ReportSlugHistoryTable;
  source: SourceTable;
  fetched_item: FetchedItemTable;
  source_error: SourceErrorTable;
  report_source: ReportSourceTable;
}
