import type { Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import { ImportReferenceError } from './law-import.ts';
import * as repo from './report-import.repository.ts';
import type { CitationRecord } from './report-import.schemas.ts';

type Trx = Transaction<Database>;

/** Resolves (law, version, article) slugs to ids once per import, not once per citation. */
export interface CitationTarget {
  law_id: number | null;
  law_version_id: number | null;
  article_id: number | null;
}

export class ReferenceCache {
  private readonly ids = new Map<string, number | null>();
  constructor(private readonly trx: Trx) {}

  private async lookup(key: string, find: () => Promise<{ id: number } | undefined>): Promise<number | null> {
    if (!this.ids.has(key)) this.ids.set(key, (await find())?.id ?? null);
    return this.ids.get(key)!;
  }

  /** Ids for an extractor result; null when the law, version or article is not in the database. */
  async find(law: string, version: string | null, article: string | null) {
    const lawId = await this.lookup(`l:${law}`, () => repo.findLawIdBySlug(this.trx, law));
    if (lawId === null) return null;
    const versionId = version ? await this.lookup(`v:${lawId}:${version}`, () => repo.findVersionId(this.trx, lawId, version)) : null;
    if (version && versionId === null) return null;
    const articleId =
      versionId !== null && article ? await this.lookup(`a:${versionId}:${article}`, () => repo.findArticleId(this.trx, versionId, article)) : null;
    if (article && versionId !== null && articleId === null) return null;
    return { law_id: lawId, law_version_id: versionId, article_id: articleId };
  }

  async resolve(c: CitationRecord, where: string): Promise<CitationTarget> {
    if (!c.law) {
      if (c.version || c.article) throw new ImportReferenceError(`${where}: version or article given without a law`);
      return { law_id: null, law_version_id: null, article_id: null };
    }
    const lawId = await this.lookup(`l:${c.law}`, () => repo.findLawIdBySlug(this.trx, c.law!));
    if (lawId === null) throw new ImportReferenceError(`${where}: unknown law "${c.law}"`);
    if (!c.version) {
      if (c.article) throw new ImportReferenceError(`${where}: article ${c.article} given without a version`);
      return { law_id: lawId, law_version_id: null, article_id: null };
    }
    const versionId = await this.lookup(`v:${lawId}:${c.version}`, () => repo.findVersionId(this.trx, lawId, c.version!));
    if (versionId === null) throw new ImportReferenceError(`${where}: ${c.law} has no version "${c.version}"`);
    if (!c.article) return { law_id: lawId, law_version_id: versionId, article_id: null };
    const articleId = await this.lookup(`a:${versionId}:${c.article}`, () => repo.findArticleId(this.trx, versionId, c.article!));
    if (articleId === null) throw new ImportReferenceError(`${where}: ${c.law} ${c.version} has no article ${c.article}`);
    return { law_id: lawId, law_version_id: versionId, article_id: articleId };
  }
}
