import { Router } from 'express';
import { buildOpenApiDocument } from './openapi.document.ts';

/** GET /api/openapi.json (mounted under /api). The document is static, so it is built once. */
export function openapiRoutes(): Router {
  const router = Router();
  const document = buildOpenApiDocument();
  router.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  return router;
}
