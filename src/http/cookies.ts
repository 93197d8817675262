import type { Request, Response } from 'express';

/** Minimal cookie handling: the app sets two cookies and needs no parser dependency for them. */
export function readCookie(req: Request, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return decodeURIComponent(part.slice(i + 1).trim());
  }
  return null;
}

/** HttpOnly, SameSite=Lax, Path=/, and Secure whenever the request came over HTTPS. */
export function setCookie(req: Request, res: Response, name: string, value: string, maxAgeMs?: number): void {
  res.cookie(name, value, { httpOnly: true, sameSite: 'lax', path: '/', secure: req.secure, ...(maxAgeMs ? { maxAge: maxAgeMs } : {}) });
}

export function clearCookie(req: Request, res: Response, name: string): void {
  res.clearCookie(name, { httpOnly: true, sameSite: 'lax', path: '/', secure: req.secure });
}
