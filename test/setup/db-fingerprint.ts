import { sql } from 'kysely';
import type { Db } from '../../src/db/connect.ts';

/**
 * Cheap proof that nothing was written: every change to public data bumps the public data
 * version, every change to an audited table adds an audit event (both by triggers, in the same
 * transaction), and the rest a request could add is counted here. Sessions' last_seen_at and
 * login failures are left out: reading a page and failing a sign-in legitimately touch them.
 */
export async function dbFingerprint(db: Db): Promise<string> {
  const { rows } = await sql<{ f: string }>`select concat_ws('|',
    (select version from public_data_version),
    (select count(*) || ':' || coalesce(max(id), 0) from audit_event),
    (select count(*) from app_user), (select count(*) from user_session), (select count(*) from import_upload),
    (select count(*) || ':' || coalesce(sum(hashtext(concat_ws(',', paused, next_poll_at, feed_url))), 0) from source),
    (select count(*) from fetched_item), (select count(*) from source_error)) as f`.execute(db);
  return rows[0]!.f;
}
