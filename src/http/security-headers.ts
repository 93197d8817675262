import type { RequestHandler } from 'express';
import helmet from 'helmet';

const directives = { 'script-src': ["'self'"], 'style-src': ["'self'"], 'img-src': ["'self'", 'data:'] };

/**
 * helmet's headers, with the two that only make sense over HTTPS sent only then: over plain HTTP
 * (http://<lan-ip>:3000) `upgrade-insecure-requests` makes a browser fetch the stylesheet over
 * HTTPS, where nothing answers, and HSTS is ignored at best. Whether a request is HTTPS is
 * `req.secure`: the socket's TLS, or X-Forwarded-Proto from a proxy TRUST_PROXY trusts.
 */
export function securityHeaders(): RequestHandler {
  const overHttps = helmet({ contentSecurityPolicy: { directives } });
  const overHttp = helmet({
    contentSecurityPolicy: { directives: { ...directives, 'upgrade-insecure-requests': null } },
    strictTransportSecurity: false,
  });
  return (req, res, next) => (req.secure ? overHttps : overHttp)(req, res, next);
}
