import { createUser } from '../../src/admin/auth.service.ts';
import type { Db } from '../../src/db/connect.ts';
import { unique } from './unique.ts';

export interface MadeUser {
  id: number;
  email: string;
  password: string;
  role: 'admin' | 'editor';
}

/** An account made by the auth service (argon2id hash), with an email no other call shares. */
export async function makeUser(
  db: Db,
  overrides: { role?: 'admin' | 'editor'; email?: string; password?: string } = {},
): Promise<MadeUser> {
  const u = unique();
  const role = overrides.role ?? 'editor';
  const email = overrides.email ?? `${role}-${u}@example.org`;
  const password = overrides.password ?? `password for ${u}`;
  const { id } = await createUser(db, email, role, password);
  return { id, email, password, role };
}

/** A signed-in session straight into the table (no writer makes one outside sign-in): its cookie value and CSRF token. */
export async function makeSession(db: Db, user: { id: number }): Promise<{ id: string; csrf: string }> {
  const u = unique();
  const session = { id: `session-${u}`.padEnd(43, 's'), csrf: `csrf-${u}`.padEnd(43, 'c') };
  await db
    .insertInto('user_session')
    .values({
      id: session.id,
      user_id: user.id,
      csrf_token: session.csrf,
      expires_at: new Date(Date.now() + 86_400_000),
    })
    .execute();
  return session;
}
