import type { Db } from '../db/connect.ts';

export interface AuditFilters {
  entity?: string | undefined;
  entityId?: number | undefined;
  actor?: string | undefined;
  before?: number | undefined;
}

/** Newest first, keyset on id (the trail only grows). */
export async function listAuditEvents(db: Db, f: AuditFilters, limit: number) {
  return db
    .selectFrom('audit_event')
    .select(['id', 'occurred_at', 'actor', 'source', 'action', 'entity', 'entity_id', 'before', 'after'])
    .$if(f.entity !== undefined, (q) => q.where('entity', '=', f.entity!))
    .$if(f.entityId !== undefined, (q) => q.where('entity_id', '=', f.entityId!))
    .$if(f.actor !== undefined, (q) => q.where('actor', '=', f.actor!))
    .$if(f.before !== undefined, (q) => q.where('id', '<', String(f.before!)))
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
