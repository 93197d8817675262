import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../http/app-context.ts';
import { withQuery } from '../http/urls.ts';
import { getAuditPage } from './audit.service.ts';

const auditQuery = z.object({
  entity: z
    .string()
    .regex(/^[a-z_]{1,40}$/, 'entity must be a table name such as citation')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  entity_id: z
    .string()
    .regex(/^\d{1,12}$/, 'entity_id must be a number')
    .transform(Number)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  actor: z
    .string()
    .max(320)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  before: z
    .string()
    .regex(/^\d{1,18}$/)
    .transform(Number)
    .optional(),
});

export function auditRoutes({ db }: AppContext): Router {
  const router = Router();
  router.get('/audit', async (req, res) => {
    const q = auditQuery.parse(req.query);
    const page = await getAuditPage(db, { entity: q.entity, entityId: q.entity_id, actor: q.actor, before: q.before });
    const olderUrl = page.olderId
      ? withQuery('/admin/audit', { entity: q.entity, entity_id: q.entity_id, actor: q.actor, before: page.olderId })
      : null;
    res.render('admin/audit', { title: 'Audit trail', canonical: null, ...page, olderUrl });
  });
  return router;
}
