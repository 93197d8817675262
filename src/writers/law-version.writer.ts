import type { Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { ArticleRecord, PenaltyRecord, VersionRecord } from '../interchange/formats/law-records.schemas.ts';
import { articleSortKey } from '../lib/article-number.ts';
import { RecordError } from './errors.ts';
import type { ImportRun } from './import-run.ts';
import * as repo from './law.repository.ts';
import { stated } from './merge.ts';
import { upsert } from './upsert.ts';

/** Versions of one law, their articles and penalty ladders: part of the law writer. */
type Trx = Transaction<Database>;

export interface LawRef {
  slug: string;
  id: number;
  /** every lineage of the law by slug, stored or just written: an article may name one the file does not */
  lineageIds: Map<string, number>;
}

export async function writeVersions(run: ImportRun, law: LawRef, versions: VersionRecord[] | undefined) {
  for (const version of versions ?? []) await writeVersion(run, law, version);
  if (run.prune && versions) await pruneVersions(run, law, versions);
}

async function writeVersion(run: ImportRun, law: LawRef, version: VersionRecord) {
  const { trx, log } = run;
  const key = `version ${law.slug} ${version.slug}`;
  const fields = stated(version, [
    'label',
    'adopted_on',
    'effective_from',
    'amending_instrument',
    'text_status',
    'source_url',
    'note',
  ]);
  const { id: versionId } = await upsert(
    log,
    'law_version',
    key,
    await repo.findVersion(trx, law.id, version.slug),
    fields,
    {
      required: ['label', 'text_status'],
      insert: (f) =>
        repo.insertVersion(trx, {
          law_id: law.id,
          slug: version.slug,
          label: f.label!,
          text_status: f.text_status!,
          adopted_on: f.adopted_on ?? null,
          effective_from: f.effective_from ?? null,
          amending_instrument: f.amending_instrument ?? null,
          source_url: f.source_url ?? null,
          note: f.note ?? null,
        }),
      update: (id, changes) => repo.updateVersion(trx, id, changes),
    },
  );
  const where = `${law.slug} ${version.slug}`;
  for (const article of version.articles ?? [])
    await writeArticle(run, law, { id: versionId, slug: version.slug }, article);
  if (run.prune && version.articles) await pruneArticles(run, versionId, where, version.articles);
}

function lineageIdOf(law: LawRef, slug: string | null, where: string): number | null {
  if (slug === null) return null;
  const id = law.lineageIds.get(slug);
  if (id === undefined)
    throw new RecordError(`${where}.lineage: unknown lineage "${slug}" (declare it under the law's lineages)`);
  return id;
}

async function writeArticle(
  run: ImportRun,
  law: LawRef,
  version: { id: number; slug: string },
  article: ArticleRecord,
) {
  const { trx, log } = run;
  const versionId = version.id;
  const key = `article ${law.slug} ${version.slug} ${article.number}`;
  const existing = await repo.findArticle(trx, versionId, article.number);
  const fields = stated(article, [
    'lineage',
    'chapter',
    'heading',
    'summary',
    'text_en',
    'text_ko',
    'source_url',
    'provenance',
  ]);
  const columns = (f: Partial<typeof fields>) => {
    const { lineage, chapter, ...rest } = f;
    return {
      ...rest,
      ...(lineage !== undefined
        ? { lineage_id: lineageIdOf(law, lineage, `version ${version.slug} article ${article.number}`) }
        : {}),
      ...(chapter !== undefined ? { chapter_path: chapter ?? [] } : {}),
    };
  };
  const { id } = await upsert(log, 'article', key, existing, fields, {
    required: [],
    insert: (f) =>
      repo.insertArticle(trx, {
        law_version_id: versionId,
        number: article.number,
        sort_key: articleSortKey(article.number),
        chapter_path: [],
        lineage_id: null,
        heading: null,
        summary: null,
        text_en: null,
        text_ko: null,
        source_url: null,
        provenance: null,
        ...columns(f),
      }),
    update: (aid, changes) => repo.updateArticle(trx, aid, columns(changes)),
  });
  if (article.penalties) await syncPenalties(run, { id, key, isNew: !existing }, article.penalties);
}

const showPenalty = (p: Omit<PenaltyRecord, 'note'> & { note?: string | null }) =>
  `${p.tier}/${p.alternative_group} ${p.kind} ${p.min_months ?? '–'}..${p.max_months ?? '∞'} months${p.note ? ` (${p.note})` : ''}`;

/** A ladder is one unit: a given list replaces it whole rather than diffing tiers and alternatives. */
async function syncPenalties(
  { trx, log }: ImportRun,
  article: { id: number; key: string; isNew: boolean },
  penalties: PenaltyRecord[],
) {
  const desired = penalties.map((p, i) => ({
    article_id: article.id,
    position: i + 1,
    tier: p.tier,
    alternative_group: p.alternative_group,
    kind: p.kind,
    min_months: p.min_months,
    max_months: p.max_months,
    note: p.note ?? null,
  }));
  const existing = article.isNew ? [] : await repo.listPenalties(trx, article.id);
  const before = existing.map(showPenalty);
  const after = desired.map(showPenalty);
  if (before.join('\n') === after.join('\n')) {
    log.unchanged('penalty', desired.length);
    return;
  }
  if (existing.length > 0) await repo.deletePenalties(trx, article.id);
  if (desired.length > 0) await repo.insertPenalties(trx, desired);
  log.count('penalty', article.isNew || existing.length === 0 ? 'inserted' : 'updated', desired.length);
  if (desired.length < existing.length) log.count('penalty', 'deleted', existing.length - desired.length);
  if (!article.isNew) log.updated('article', article.key, [{ field: 'penalties', old: before, new: after }], false);
}

async function refuseIfCited(trx: Trx, what: string, target: { versionIds?: number[]; articleIds?: number[] }) {
  const n = await repo.countCitationsOf(trx, target);
  if (n > 0)
    throw new RecordError(
      `${what}: cannot delete it, ${n === 1 ? 'a citation points' : `${n} citations point`} at it; re-point them first`,
    );
}

async function pruneArticles(run: ImportRun, versionId: number, where: string, listed: ArticleRecord[]) {
  const { trx, log } = run;
  const keep = new Set(listed.map((a) => a.number));
  for (const a of await repo.listArticleNumbers(trx, versionId)) {
    if (keep.has(a.number)) continue;
    await refuseIfCited(trx, `article ${where} ${a.number}`, { articleIds: [a.id] });
    await repo.deleteArticle(trx, a.id);
    log.deleted('article', `article ${where} ${a.number}`);
  }
}

/** With prune, versions of the law the document does not list go, with their articles. */
async function pruneVersions(run: ImportRun, law: LawRef, listed: VersionRecord[]) {
  const { trx, log } = run;
  const keep = new Set(listed.map((v) => v.slug));
  for (const v of await repo.listVersionSlugs(trx, law.id)) {
    if (keep.has(v.slug)) continue;
    const articles = await repo.listArticleNumbers(trx, v.id);
    await refuseIfCited(trx, `version ${law.slug} ${v.slug}`, {
      versionIds: [v.id],
      articleIds: articles.map((a) => a.id),
    });
    await repo.deleteVersion(trx, v.id);
    log.deleted('law_version', `version ${law.slug} ${v.slug}`);
    for (const a of articles) log.deleted('article', `article ${law.slug} ${v.slug} ${a.number}`);
  }
}
