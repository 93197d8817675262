import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Db } from '../db/connect.ts';
import { HttpError } from '../http/errors.ts';
import * as repo from './auth.repository.ts';

/** Sessions end after 2 idle hours or 12 hours in all, whichever comes first. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;
/**
 * Failed sign-ins counted over 15 minutes: 5 for one account from one address, 20 from one
 * address in all. Only the failing address is refused: locking the account itself would let
 * anyone keep its owner out with five requests every 15 minutes.
 */
const FAILURE_WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
const MAX_FAILURES_PER_ADDRESS = 20;

export type Role = 'admin' | 'editor';

export interface SessionUser {
  sessionId: string;
  userId: number;
  email: string;
  role: Role;
  csrfToken: string;
}

export class LoginRateLimitError extends HttpError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      429,
      `Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute${retryAfterSeconds > 60 ? 's' : ''}.`,
    );
  }
}

export const token = () => randomBytes(32).toString('base64url');

export async function hashPassword(password: string): Promise<string> {
  // 2 = Algorithm.Argon2id (a const enum, which isolated modules cannot import).
  return hash(password, { algorithm: 2 });
}

export async function createUser(db: Db, email: string, role: Role, password: string) {
  if (password.length < 12) throw new HttpError(422, 'The password must have at least 12 characters.');
  const normalised = email.trim().toLowerCase();
  if (await repo.findUserByEmail(db, normalised))
    throw new HttpError(409, `An account for ${normalised} already exists.`);
  return repo.insertUser(db, { email: normalised, role, password_hash: await hashPassword(password) });
}

/**
 * The key failures are counted under: an IPv4 address as it is, an IPv6 address by its /64
 * (one subscriber holds a whole /64, so counting single addresses would be no limit at all).
 */
export function addressKey(ip: string): string {
  const address = ip.replace(/%.*$/, '').toLowerCase();
  const mapped = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => (Number.parseInt(g, 16) || 0).toString(16))
    .join(':')}::/64`;
}

async function checkRateLimit(db: Db, email: string, ip: string, now: Date) {
  const since = new Date(now.getTime() - FAILURE_WINDOW_MS);
  const f = await repo.countFailuresSince(db, email, ip, since);
  const limited =
    Number(f.by_pair) >= MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS
      ? f.oldest_pair
      : Number(f.by_ip) >= MAX_FAILURES_PER_ADDRESS
        ? f.oldest_ip
        : null;
  if (limited) {
    const retry = Math.max(
      1,
      Math.ceil((new Date(limited as Date).getTime() + FAILURE_WINDOW_MS - now.getTime()) / 1000),
    );
    throw new LoginRateLimitError(retry);
  }
}

/**
 * Verifies the password and opens a new session (a fresh id: the pre-login one is never reused).
 * Returns null for a wrong email or password, without saying which.
 */
export async function login(
  db: Db,
  email: string,
  password: string,
  ip: string,
  now = new Date(),
): Promise<{ sessionId: string } | null> {
  const normalised = email.trim().toLowerCase();
  const address = addressKey(ip);
  await checkRateLimit(db, normalised, address, now);
  const user = await repo.findUserByEmail(db, normalised);
  const ok = user ? await verify(user.password_hash, password) : await verify(DUMMY_HASH, password).then(() => false);
  if (!user || !ok) {
    await repo.insertLoginFailure(db, normalised, address);
    await repo.deleteLoginFailuresBefore(db, new Date(now.getTime() - FAILURE_WINDOW_MS));
    return null;
  }
  // Only this address's record: another address's failures still count against it.
  await repo.clearLoginFailures(db, normalised, address);
  await repo.deleteExpiredSessions(db, now);
  const sessionId = token();
  await repo.insertSession(db, {
    id: sessionId,
    user_id: user.id,
    csrf_token: token(),
    expires_at: new Date(now.getTime() + SESSION_MAX_MS),
  });
  return { sessionId };
}

// Verifying against a real hash when the account does not exist keeps timing from telling.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$mdr9Yf+KHJugxXsj/l3/9A$jMtjQk/Ruj+gN7jvKrZhoj0hkhHVeZfFkXk6L33a0SU';

/** The session behind a cookie, or null when unknown, idle too long or past its absolute end. */
export async function loadSession(db: Db, sessionId: string, now = new Date()): Promise<SessionUser | null> {
  const s = await repo.findSession(db, sessionId);
  if (!s) return null;
  if (s.expires_at.getTime() <= now.getTime() || now.getTime() - s.last_seen_at.getTime() > SESSION_IDLE_MS) {
    await repo.deleteSession(db, sessionId);
    return null;
  }
  // Write at most once a minute: reads stay reads.
  if (now.getTime() - s.last_seen_at.getTime() > 60_000) await repo.touchSession(db, sessionId, now);
  return { sessionId: s.id, userId: s.user_id, email: s.email, role: s.role, csrfToken: s.csrf_token };
}

export async function logout(db: Db, sessionId: string): Promise<void> {
  await repo.deleteSession(db, sessionId);
}

/** The accounts /admin/users lists. */
export function listUserAccounts(db: Db) {
  return repo.listUsers(db);
}
