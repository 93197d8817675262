import type { Db } from '../db/connect.ts';
import { NotFoundError } from '../http/errors.ts';
import { urls } from '../http/urls.ts';
import * as repo from './laws.repository.ts';

export async function requireLaw(db: Db, slug: string) {
  const law = await repo.findLawBySlug(db, slug);
  if (!law) throw new NotFoundError(`There is no law "${slug}" in Statute Atlas.`);
  return law;
}

export function lawView(law: NonNullable<Awaited<ReturnType<typeof repo.findLawBySlug>>>) {
  return {
    slug: law.slug,
    title: law.title,
    titleKo: law.title_ko,
    kind: law.kind,
    summary: law.summary,
    sourceUrl: law.source_url,
    jurisdiction: law.jurisdiction_name,
    url: urls.law(law.slug),
  };
}
