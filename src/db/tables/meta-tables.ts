import type { ColumnType, Generated } from 'kysely';

export interface PublicDataVersionTable {
  singleton: Generated<boolean>;
  /** bigint, parsed to number by connect.ts */
  version: ColumnType<number, never, never>;
}
