import type { ColumnType, Generated } from 'kysely';

export type Role = 'admin' | 'editor';

export interface AppUserTable {
  id: Generated<number>;
  email: string;
  role: Role;
  password_hash: string;
  created_at: Generated<Date>;
}

export interface UserSessionTable {
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Date;
}

export interface LoginFailureTable {
  id: Generated<string>;
  email: string;
  ip: string;
  failed_at: Generated<Date>;
}

export interface AuditEventTable {
  id: Generated<string>;
  occurred_at: Generated<Date>;
  actor: string;
  source: string;
  action: 'insert' | 'update' | 'delete';
  entity: string;
  entity_id: ColumnType<number | null, number | null, number | null>;
  before: unknown;
  after: unknown;
}

export interface ImportUploadTable {
  id: string;
  user_id: number;
  names: string[];
  contents: Buffer[];
  created_at: Generated<Date>;
}
