import { Router } from 'express';
import type { AppContext } from '../http/app-context.ts';
import { HttpError, NotFoundError } from '../http/errors.ts';
import { ImportValidationError } from '../interchange/formats/problems.ts';
import { DeletionsNotConfirmedError, type ImportInput, importFiles } from '../interchange/apply/import.service.ts';
import { previewModel } from '../interchange/apply/preview.ts';
import { findHeldUpload, holdUpload, releaseUpload } from './import-upload.service.ts';
import { type UploadedFile, parseMultipart } from './multipart.ts';
import { requireRole, requireUser, verifyCsrf } from './session.middleware.ts';
import { importApplyForm, importOptionsForm } from './admin.schemas.ts';

const page = (data: Record<string, unknown>) => ({
  canonical: null,
  preview: null,
  problems: null,
  uploadId: null,
  done: null,
  prune: false,
  refusal: null,
  ...data,
});

/**
 * Upload → preview (a dry run: every change field by field and every deletion, or every problem
 * with file, line and field) → confirm (the same files applied in one transaction; deletions only
 * when the box under them is ticked and they are still the ones previewed). Administrators only.
 */
export function importRoutes({ db }: AppContext): Router {
  const router = Router();
  const guard = [requireUser, requireRole('admin')];
  router.get('/import', ...guard, (_req, res) => {
    res.render('admin/import', page({ title: 'Import' }));
  });
  router.post('/import', ...guard, parseMultipart, verifyCsrf, async (req, res) => {
    const files = res.locals.files as UploadedFile[];
    if (files.length === 0) throw new HttpError(422, 'Choose at least one file to import.');
    const inputs: ImportInput[] = files.map((f) => ({ name: f.name, bytes: f.bytes }));
    const user = res.locals.user!;
    const { prune } = importOptionsForm.parse(req.body ?? {});
    try {
      const preview = await importFiles(db, inputs, { dryRun: true, prune, actor: user.email, source: 'ui' });
      const uploadId = await holdUpload(db, user.userId, files);
      res.render('admin/import', page({ title: 'Import preview', preview: previewModel(preview), uploadId, prune }));
    } catch (error) {
      if (!(error instanceof ImportValidationError)) throw error;
      res.status(422).render('admin/import', page({ title: 'Import rejected', problems: error.problems }));
    }
  });
  router.post('/import/:id/apply', ...guard, verifyCsrf, async (req, res) => {
    const user = res.locals.user!;
    const upload = await findHeldUpload(db, String(req.params.id), user.userId);
    if (!upload) throw new NotFoundError('That upload has expired or was already applied. Upload the files again.');
    const { inputs } = upload;
    const form = importApplyForm.parse(req.body ?? {});
    const prune = form.prune;
    const confirmDeletions = form.confirm_deletions ? form.deletions : undefined;
    try {
      const done = await importFiles(db, inputs, { prune, confirmDeletions, actor: user.email, source: 'ui' });
      await releaseUpload(db, upload.id);
      res.render('admin/import', page({ title: 'Import complete', done: previewModel(done) }));
    } catch (error) {
      if (!(error instanceof DeletionsNotConfirmedError)) throw error;
      // Nothing was written: show the deletions as they are now and ask again.
      const refusal = confirmDeletions
        ? 'What this import would delete has changed since the preview. Nothing was written; check the deletions below and confirm again.'
        : 'This import deletes records: tick the box under the list of deletions to confirm. Nothing was written.';
      res
        .status(confirmDeletions ? 409 : 422)
        .render(
          'admin/import',
          page({ title: 'Import preview', preview: previewModel(error.summary), uploadId: upload.id, prune, refusal }),
        );
    }
  });
  return router;
}
