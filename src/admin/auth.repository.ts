import type { Insertable } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { Database } from '../db/database.ts';

export async function findUserByEmail(db: Db, email: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'email', 'role', 'password_hash'])
    .where('email', '=', email)
    .executeTakeFirst();
}

export async function insertUser(db: Db, row: Insertable<Database['app_user']>) {
  return db.insertInto('app_user').values(row).returning(['id', 'email', 'role']).executeTakeFirstOrThrow();
}

export async function listUsers(db: Db) {
  return db.selectFrom('app_user').select(['id', 'email', 'role', 'created_at']).orderBy('email').execute();
}

export async function insertSession(db: Db, row: Insertable<Database['user_session']>) {
  await db.insertInto('user_session').values(row).execute();
}

export async function findSession(db: Db, id: string) {
  return db
    .selectFrom('user_session')
    .innerJoin('app_user', 'app_user.id', 'user_session.user_id')
    .select([
      'user_session.id',
      'user_session.csrf_token',
      'user_session.last_seen_at',
      'user_session.expires_at',
      'app_user.id as user_id',
      'app_user.email',
      'app_user.role',
    ])
    .where('user_session.id', '=', id)
    .executeTakeFirst();
}

export async function touchSession(db: Db, id: string, at: Date) {
  await db.updateTable('user_session').set({ last_seen_at: at }).where('id', '=', id).execute();
}

export async function deleteSession(db: Db, id: string) {
  await db.deleteFrom('user_session').where('id', '=', id).execute();
}

export async function deleteExpiredSessions(db: Db, now: Date) {
  await db.deleteFrom('user_session').where('expires_at', '<', now).execute();
}

export async function countFailuresSince(db: Db, email: string, ip: string, since: Date) {
  return db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('login_failure')
        .select(eb.fn.countAll<number>().as('n'))
        .where('email', '=', email)
        .where('ip', '=', ip)
        .where('failed_at', '>', since)
        .as('by_pair'),
      eb
        .selectFrom('login_failure')
        .select(eb.fn.countAll<number>().as('n'))
        .where('ip', '=', ip)
        .where('failed_at', '>', since)
        .as('by_ip'),
      eb
        .selectFrom('login_failure')
        .select((s) => s.fn.min('failed_at').as('t'))
        .where('email', '=', email)
        .where('ip', '=', ip)
        .where('failed_at', '>', since)
        .as('oldest_pair'),
      eb
        .selectFrom('login_failure')
        .select((s) => s.fn.min('failed_at').as('t'))
        .where('ip', '=', ip)
        .where('failed_at', '>', since)
        .as('oldest_ip'),
    ])
    .executeTakeFirstOrThrow();
}

export async function insertLoginFailure(db: Db, email: string, ip: string) {
  await db.insertInto('login_failure').values({ email, ip }).execute();
}

/** Failures older than the counting window can never matter again. */
export async function deleteLoginFailuresBefore(db: Db, before: Date) {
  await db.deleteFrom('login_failure').where('failed_at', '<=', before).execute();
}

export async function clearLoginFailures(db: Db, email: string, ip: string) {
  await db.deleteFrom('login_failure').where('email', '=', email).where('ip', '=', ip).execute();
}
