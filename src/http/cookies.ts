import { parse } from 'cookie';
import type { Request, Response } from 'express';

/** Marks a value that is not valid percent-encoding, so it can be told apart from any real value. */
const UNREADABLE = '\u0000unreadable';

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return UNREADABLE;
  }
}

/**
 * A cookie's value, or null when it is absent, empty or unreadable (broken percent-encoding such
 * as `%E0%A4%A`): a client's malformed header means "no cookie", never an error.
 */
export function readCookie(req: Request, name: string): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  const value = parse(header, { decode })[name];
  return value && value !== UNREADABLE ? value : null;
}

/** HttpOnly, SameSite=Lax, Path=/, and Secure whenever the request came over HTTPS. */
export function setCookie(req: Request, res: Response, name: string, value: string, maxAgeMs?: number): void {
  res.cookie(name, value, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: req.secure,
    ...(maxAgeMs ? { maxAge: maxAgeMs } : {}),
  });
}

export function clearCookie(req: Request, res: Response, name: string): void {
  res.clearCookie(name, { httpOnly: true, sameSite: 'lax', path: '/', secure: req.secure });
}
