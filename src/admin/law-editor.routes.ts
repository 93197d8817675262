import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../http/app-context.ts';
import { previewModel } from '../interchange/apply/preview.ts';
import { lawOptions } from '../reports/browse.service.ts';
import { loadLawYaml, saveLawYaml } from './law-editor.service.ts';

const form = z.object({
  yaml: z.string().max(5_000_000, 'The document is larger than 5 MB; use atlas import instead.'),
  base_hash: z.string().max(64).default(''),
  action: z.enum(['preview', 'save']).default('preview'),
  prune: z.literal('1').optional(),
  deletions: z.string().max(64).optional(),
  confirm_deletions: z.literal('1').optional(),
});

const NEW_LAW = `laws:
  - slug: kp-example-law
    jurisdiction: kp
    title: Example Law
    title_ko: null
    kind: law
    aliases: []
    lineages: []
    versions:
      - slug: "2024"
        label: Example Law as adopted in 2024
        adopted_on: 2024-01-01
        text_status: partial
        source_url: https://example.org/source
        articles:
          - number: "1"
            heading: Purpose
            summary: Our own summary of what the article provides.
            penalties: []
`;

/** /admin/laws/:law/edit and /admin/laws/new: the law as YAML, previewed, then saved. */
export function lawEditorRoutes({ db }: AppContext): Router {
  const router = Router();
  const render = (res: import('express').Response, status: number, data: Record<string, unknown>) =>
    res.status(status).render('admin/law-edit', {
      canonical: null,
      problems: null,
      preview: null,
      conflict: null,
      prune: false,
      refusal: null,
      ...data,
    });
  router.get('/laws', async (_req, res) => {
    res.render('admin/laws', { title: 'Laws', canonical: null, laws: await lawOptions(db) });
  });
  router.get('/laws/new', (_req, res) =>
    render(res, 200, { title: 'New law', slug: null, yaml: NEW_LAW, baseHash: '' }),
  );
  router.get('/laws/:law/edit', async (req, res) => {
    const { yaml, hash } = await loadLawYaml(db, String(req.params.law));
    render(res, 200, {
      title: `Edit ${req.params.law}`,
      slug: req.params.law,
      yaml,
      baseHash: hash,
      saved: req.query.saved === '1',
    });
  });
  for (const path of ['/laws/new', '/laws/:law/edit']) {
    router.post(path, async (req, res) => {
      const f = form.parse(req.body);
      const slug = req.params.law ? String(req.params.law) : null;
      const prune = f.prune === '1';
      const confirmDeletions = f.confirm_deletions === '1' ? f.deletions : undefined;
      const result = await saveLawYaml(db, res.locals.user!, slug, f.yaml, f.base_hash, {
        dryRun: f.action === 'preview',
        prune,
        confirmDeletions,
      });
      const base = { title: slug ? `Edit ${slug}` : 'New law', slug, yaml: f.yaml, baseHash: f.base_hash, prune };
      if (!result.ok && result.status === 422) return render(res, 422, { ...base, problems: result.problems });
      if (!result.ok && result.status === 409)
        return render(res, 409, { ...base, conflict: { current: result.current, lines: result.changedLines } });
      if (!result.ok) {
        const refusal = result.changed
          ? 'What saving would delete has changed since the preview. Nothing was saved; check the deletions below and confirm again.'
          : 'Saving deletes the records listed below: tick the box to confirm, then save again. Nothing was saved.';
        return render(res, result.changed ? 409 : 422, { ...base, preview: previewModel(result.summary), refusal });
      }
      if (f.action === 'preview') return render(res, 200, { ...base, preview: previewModel(result.summary) });
      res.redirect(303, slug ? `/admin/laws/${encodeURIComponent(slug)}/edit?saved=1` : '/admin/laws');
    });
  }
  return router;
}
