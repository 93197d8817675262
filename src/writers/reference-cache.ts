import type { Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { CitationRecord } from '../interchange/formats/report-records.schemas.ts';
import { RecordError as ImportReferenceError } from './errors.ts';
import * as repo from './report.repository.ts';

type Trx = Transaction<Database>;

/** Resolves (law, version, article) slugs to ids once per import, not once per citation. */
export interface CitationTarget {
  law_id: number | null;
  law_version_id: number | null;
  article_id: number | null;
}

type Slugs = { law: string | null; version: string | null; article: string | null };

export class ReferenceCache {
  private readonly ids = new Map<string, number | null>();
  private readonly slugs = new Map<string, Slugs>();
  constructor(private readonly trx: Trx) {}

  private named(target: CitationTarget, slugs: Slugs): CitationTarget {
    this.slugs.set(`${target.law_id}|${target.law_version_id}|${target.article_id}`, slugs);
    return target;
  }

  /** The slugs of a target this cache resolved, to name it in previews. */
  slugsOf(t: { law_id?: number | null; law_version_id?: number | null; article_id?: number | null }): Slugs {
    return (
      this.slugs.get(`${t.law_id ?? null}|${t.law_version_id ?? null}|${t.article_id ?? null}`) ?? {
        law: null,
        version: null,
        article: null,
      }
    );
  }

  private async lookup(key: string, find: () => Promise<{ id: number } | undefined>): Promise<number | null> {
    if (!this.ids.has(key)) this.ids.set(key, (await find())?.id ?? null);
    return this.ids.get(key)!;
  }

  /**
   * Ids for an extractor result; null when the law or version is not in the database. An article
   * our data lacks in that version (our texts are partial) gives the version as the target, as the
   * extractor links the version page for it.
   */
  async find(law: string, version: string | null, article: string | null) {
    const lawId = await this.lookup(`l:${law}`, () => repo.findLawIdBySlug(this.trx, law));
    if (lawId === null) return null;
    const versionId = version
      ? await this.lookup(`v:${lawId}:${version}`, () => repo.findVersionId(this.trx, lawId, version))
      : null;
    if (version && versionId === null) return null;
    const articleId =
      versionId !== null && article
        ? await this.lookup(`a:${versionId}:${article}`, () => repo.findArticleId(this.trx, versionId, article))
        : null;
    return this.named(
      { law_id: lawId, law_version_id: versionId, article_id: articleId },
      { law, version, article: articleId === null ? null : article },
    );
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
      return this.named(
        { law_id: lawId, law_version_id: null, article_id: null },
        { law: c.law, version: null, article: null },
      );
    }
    const versionId = await this.lookup(`v:${lawId}:${c.version}`, () =>
      repo.findVersionId(this.trx, lawId, c.version!),
    );
    if (versionId === null) throw new ImportReferenceError(`${where}: ${c.law} has no version "${c.version}"`);
    if (!c.article)
      return this.named(
        { law_id: lawId, law_version_id: versionId, article_id: null },
        { law: c.law, version: c.version, article: null },
      );
    const articleId = await this.lookup(`a:${versionId}:${c.article}`, () =>
      repo.findArticleId(this.trx, versionId, c.article!),
    );
    if (articleId === null)
      throw new ImportReferenceError(`${where}: ${c.law} ${c.version} has no article ${c.article}`);
    return this.named(
      { law_id: lawId, law_version_id: versionId, article_id: articleId },
      { law: c.law, version: c.version, article: c.article },
    );
  }
}
