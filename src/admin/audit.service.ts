import type { Db } from '../db/connect.ts';
import { type AuditFilters, listAuditEvents } from './audit.repository.ts';

const PAGE = 50;

/** Field-level changes of one event: only what differs, so a reviewer sees what changed. */
export function diffFields(before: unknown, after: unknown): { field: string; before: string; after: string }[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const ignored = new Set([
    'updated_at',
    'lock_version',
    'created_at',
    'report_published',
    'report_sort_date',
    'sort_date',
    'in_force_from',
  ]);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !ignored.has(k));
  const show = (v: unknown) => (v === undefined || v === null ? '—' : typeof v === 'string' ? v : JSON.stringify(v));
  return fields
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => ({ field: k, before: show(b[k]), after: show(a[k]) }));
}

export async function getAuditPage(db: Db, filters: AuditFilters) {
  const rows = await listAuditEvents(db, filters, PAGE + 1);
  const events = rows.slice(0, PAGE).map((e) => ({
    id: Number(e.id),
    at: e.occurred_at.toISOString().replace('T', ' ').slice(0, 19),
    actor: e.actor,
    source: e.source,
    action: e.action,
    entity: e.entity,
    entityId: e.entity_id === null ? null : Number(e.entity_id),
    changes: diffFields(e.before, e.after),
  }));
  const last = events.at(-1);
  return { events, filters, olderId: rows.length > PAGE && last ? last.id : null };
}
