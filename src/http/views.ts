import path from 'node:path';
import ejs from 'ejs';
import type express from 'express';
import { projectRoot } from '../lib/project-root.ts';

const views = path.join(projectRoot, 'views');

/**
 * EJS templates from views/, each compiled once. Includes name their file from the views folder
 * ('/partials/head'): EJS resolves such a path by joining it to `root`, where a relative one costs
 * a stat of the disk per include per render (a twentieth of the report page's CPU time). EJS 7
 * takes no options from Express's settings, hence an engine of our own.
 */
export function useViews(app: express.Express): void {
  const options = { root: views, views: [views], cache: true };
  app.set('views', views);
  app.set('view engine', 'ejs');
  // Express caches each view's lookup only when NODE_ENV=production unless told to.
  app.set('view cache', true);
  app.engine('ejs', (file, data, done) => ejs.renderFile(file, data as ejs.Data, options, done));
}
