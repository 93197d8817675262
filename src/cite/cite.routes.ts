import { type Request, type Response, Router } from 'express';
import type { AppContext } from '../http/app-context.ts';
import { siteOrigin } from '../http/origin.ts';
import { type CiteFile, type CiteFormat, getArticleCiteFile, getReportCiteFile } from './cite.service.ts';
import { routeParams, slugParams } from '../http/params.ts';
import { articleParams } from '../laws/laws.schemas.ts';

function sendCiteFile(res: Response, file: CiteFile): void {
  res.set({
    'Content-Type': file.contentType,
    'Content-Disposition': `attachment; filename="${file.filename.replace(/[^A-Za-z0-9._-]+/g, '-')}"`,
  });
  res.send(file.body);
}

/** "Cite this" files: CSL-JSON, BibTeX and RIS beside each article and report page. */
export function citeRoutes({ db, config }: AppContext): Router {
  const router = Router();
  const origin = (req: Request) => siteOrigin(req, config.publicUrl);
  for (const format of ['csl.json', 'bib', 'ris'] as const satisfies CiteFormat[]) {
    router.get(`/laws/:law/:version/articles/:number/cite.${format}`, async (req, res) => {
      const { law, version, number } = routeParams(req, articleParams);
      sendCiteFile(res, await getArticleCiteFile(db, origin(req), format, law, version, number));
    });
    router.get(`/reports/:slug/cite.${format}`, async (req, res) => {
      sendCiteFile(res, await getReportCiteFile(db, origin(req), format, routeParams(req, slugParams).slug));
    });
  }
  return router;
}
