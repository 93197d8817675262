import { randomBytes } from 'node:crypto';
import { Router } from 'express';
import type { Db } from '../db/connect.ts';
import { HttpError, NotFoundError } from '../http/errors.ts';
import { ImportValidationError } from '../import/import.files.ts';
import { type ImportInput, importFiles } from '../import/import.service.ts';
import * as uploads from './import-upload.repository.ts';
import { type UploadedFile, parseMultipart } from './multipart.ts';
import { requireRole, requireUser, verifyCsrf } from './session.middleware.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Upload → preview (a dry run: exact counts, or every problem with file, line and field) →
 * confirm (the same files applied in one transaction). Administrators only.
 */
export function importRoutes(db: Db): Router {
  const router = Router();
  const guard = [requireUser, requireRole('admin')];
  router.get('/import', ...guard, (_req, res) => {
    res.render('admin/import', { title: 'Import', canonical: null, preview: null, problems: null, uploadId: null, done: null });
  });
  router.post('/import', ...guard, parseMultipart, verifyCsrf, async (_req, res) => {
    const files = res.locals.files as UploadedFile[];
    if (files.length === 0) throw new HttpError(422, 'Choose at least one file to import.');
    const inputs: ImportInput[] = files.map((f) => ({ name: f.name, bytes: f.bytes }));
    const user = res.locals.user!;
    try {
      const preview = await importFiles(db, inputs, { dryRun: true, actor: user.email, source: 'ui' });
      const uploadId = randomBytes(16).toString('hex');
      await uploads.deleteStaleUploads(db, new Date(Date.now() - DAY_MS));
      await uploads.insertUpload(db, { id: uploadId, user_id: user.userId, names: files.map((f) => f.name), contents: files.map((f) => f.bytes) });
      res.render('admin/import', { title: 'Import preview', canonical: null, preview, problems: null, uploadId, done: null });
    } catch (error) {
      if (!(error instanceof ImportValidationError)) throw error;
      res.status(422).render('admin/import', { title: 'Import rejected', canonical: null, preview: null, problems: error.problems, uploadId: null, done: null });
    }
  });
  router.post('/import/:id/apply', ...guard, verifyCsrf, async (req, res) => {
    const user = res.locals.user!;
    const upload = await uploads.findUpload(db, String(req.params.id), user.userId);
    if (!upload) throw new NotFoundError('That upload has expired or was already applied. Upload the files again.');
    const inputs = upload.names.map((name, i) => ({ name, bytes: upload.contents[i]! }));
    const done = await importFiles(db, inputs, { actor: user.email, source: 'ui' });
    await uploads.deleteUpload(db, upload.id);
    res.render('admin/import', { title: 'Import complete', canonical: null, preview: null, problems: null, uploadId: null, done });
  });
  return router;
}
