import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../http/app-context.ts';
import { NotFoundError } from '../http/errors.ts';
import { exportDocument, serializeCsv, serializeJson } from '../interchange/export/export.service.ts';
import { requireRole } from './session.middleware.ts';

const exportQuery = z.object({
  format: z.enum(['json', 'csv'], { error: 'format must be json or csv' }).default('json'),
  file: z
    .string()
    .regex(/^[a-z_]+\.csv$/, 'file must be one of the CSV file names')
    .optional(),
});

/**
 * Download buttons for `atlas export`: the whole document as JSON, or one CSV file per table.
 * Administrators only: the export holds drafts and everything not yet published, the same
 * power as the import it feeds.
 */
export function exportRoutes({ db }: AppContext): Router {
  const router = Router();
  router.get('/export', requireRole('admin'), async (req, res) => {
    const q = exportQuery.parse(req.query);
    if (q.format === 'json' && req.query.download) {
      res
        .attachment('statute-atlas-export.json')
        .type('application/json')
        .send(serializeJson(await exportDocument(db)));
      return;
    }
    if (q.format === 'csv' && q.file) {
      const file = serializeCsv(await exportDocument(db)).find((f) => f.file === q.file);
      if (!file) throw new NotFoundError(`There is no export file ${q.file}.`);
      res.attachment(file.file).type('text/csv; charset=utf-8').send(file.text);
      return;
    }
    const files = serializeCsv(await exportDocument(db)).map((f) => f.file);
    res.render('admin/export', { title: 'Export', canonical: null, files });
  });
  return router;
}
