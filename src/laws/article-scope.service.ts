import type { Db } from '../db/connect.ts';
import { NotFoundError } from '../http/errors.ts';
import { urls } from '../http/urls.ts';
import { articleLabel } from '../lib/article-number.ts';
import { findArticleScope } from './article-scope.repository.ts';

/** The article a feed, download or citation file is about; 404 when the law, version or number is unknown. */
export async function requireArticleScope(db: Db, lawSlug: string, versionSlug: string, number: string) {
  const row = await findArticleScope(db, lawSlug, versionSlug, number);
  if (!row)
    throw new NotFoundError(
      `${articleLabel(number)} of version "${versionSlug}" of "${lawSlug}" is not in Statute Atlas.`,
    );
  return { ...row, url: urls.article(row.law_slug, row.version_slug, row.number), label: articleLabel(row.number) };
}

export type ArticleScope = Awaited<ReturnType<typeof requireArticleScope>>;
