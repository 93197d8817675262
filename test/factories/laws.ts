import type { Db } from '../../src/db/connect.ts';
import { type ImportDocumentInput, importDocument } from './import-document.ts';
import { type MadeJurisdiction, makeJurisdiction } from './jurisdictions.ts';
import { unique } from './unique.ts';

type LawInput = NonNullable<ImportDocumentInput['laws']>[number];
export type VersionInput = NonNullable<LawInput['versions']>[number];
export type ArticleInput = NonNullable<VersionInput['articles']>[number];

/** An article by its natural key, as citations and URLs name it. */
export interface ArticleRef {
  law: string;
  version: string;
  number: string;
}

export interface MadeArticle extends ArticleRef {
  id: number;
  lawId: number;
  versionId: number;
  lineage: string | null;
  /** the statute page, /laws/:law/:version/articles/:number */
  path: string;
}

export interface MadeLaw {
  id: number;
  slug: string;
  title: string;
  jurisdiction: MadeJurisdiction;
  path: string;
  versions: { id: number; slug: string }[];
  /** an article the law was made with; throws for one it was not */
  article(version: string, number: string): MadeArticle;
}

export type LawOverrides = Partial<Omit<LawInput, 'jurisdiction'>> & { jurisdiction?: MadeJurisdiction };

/**
 * A law written through the import service, with a slug and title no other call shares. Without a
 * jurisdiction it makes its own and is that jurisdiction's default law (the one a bare "Article N"
 * means); in a given jurisdiction it is an ordinary law unless `default` says otherwise.
 */
export async function makeLaw(db: Db, overrides: LawOverrides = {}): Promise<MadeLaw> {
  const u = unique();
  const { jurisdiction: given, ...fields } = overrides;
  const jurisdiction = given ?? (await makeJurisdiction(db));
  const record: LawInput = {
    slug: `law-${u}`,
    title: `Code ${u}`,
    kind: 'code',
    default: given === undefined,
    versions: [
      {
        slug: '2020',
        label: 'As adopted 1 January 2020',
        adopted_on: '2020-01-01',
        text_status: 'partial',
        articles: [{ number: '1', heading: `Article one of ${u}` }],
      },
    ],
    ...fields,
    jurisdiction: jurisdiction.code,
  };
  await importDocument(db, { laws: [record] });
  return readLaw(db, record.slug, jurisdiction);
}

/** The law as stored, with its versions and articles, for tests to name what they assert on. */
export async function readLaw(db: Db, slug: string, jurisdiction: MadeJurisdiction): Promise<MadeLaw> {
  const law = await db
    .selectFrom('law')
    .select(['id', 'slug', 'title'])
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
  const versions = await db
    .selectFrom('law_version')
    .select(['id', 'slug'])
    .where('law_id', '=', law.id)
    .orderBy('in_force_from')
    .execute();
  const rows = await db
    .selectFrom('article')
    .innerJoin('law_version', 'law_version.id', 'article.law_version_id')
    .leftJoin('article_lineage', 'article_lineage.id', 'article.lineage_id')
    .select(['article.id', 'article.number', 'law_version.id as versionId', 'law_version.slug as version'])
    .select('article_lineage.slug as lineage')
    .where('law_version.law_id', '=', law.id)
    .execute();
  const articles = new Map(
    rows.map((a) => [
      `${a.version}/${a.number}`,
      {
        id: a.id,
        lawId: law.id,
        versionId: a.versionId,
        law: law.slug,
        version: a.version,
        number: a.number,
        lineage: a.lineage,
        path: `/laws/${law.slug}/${a.version}/articles/${encodeURIComponent(a.number)}`,
      },
    ]),
  );
  return {
    ...law,
    jurisdiction,
    path: `/laws/${law.slug}`,
    versions,
    article(version, number) {
      const found = articles.get(`${version}/${number}`);
      if (!found) throw new Error(`law ${law.slug} was not made with article ${number} in version ${version}`);
      return found;
    },
  };
}
