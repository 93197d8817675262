import type { Db } from '../db/connect.ts';
import { readPublicDataVersion } from '../db/data-version.repository.ts';
import type { VersionedMemo } from '../lib/versioned-memo.ts';
import type { ExtractionContext, KnownVersion } from './citation.types.ts';
import * as repo from './context.repository.ts';

export const DEFAULT_LAW = 'kp-criminal-code';

/** Builds the extractor's view of the law from the database (three queries). */
export async function loadExtractionContext(db: Db): Promise<ExtractionContext> {
  const [laws, versions, lineages] = await Promise.all([
    repo.listLawsWithAliases(db),
    repo.listVersionsWithArticles(db),
    repo.listLineagesWithAliases(db),
  ]);
  return {
    defaultLaw: DEFAULT_LAW,
    laws: laws.map((l) => ({
      slug: l.slug,
      jurisdiction: l.jurisdiction,
      title: l.title,
      aliases: [...new Set([l.title, ...(l.title_ko ? [l.title_ko] : []), ...(l.aliases ?? [])])],
      versions: versions
        .filter((v) => v.law_id === l.id)
        .map(
          (v): KnownVersion => ({
            slug: v.slug,
            inForceFrom: v.in_force_from,
            textStatus: v.text_status,
            articles: (v.articles ?? []).map((a) => ({ number: a.number, lineage: a.lineage })),
          }),
        ),
    })),
    offences: lineages.map((o) => ({
      law: o.law,
      lineage: o.slug,
      names: [...new Set([o.offence_name, ...(o.offence_name_ko ? [o.offence_name_ko] : []), ...(o.aliases ?? [])])],
    })),
  };
}

/**
 * The context is the same object for as long as the data is unchanged: the extractor caches its
 * compiled patterns per context object, so rebuilding it per request would recompile them.
 */
export async function getExtractionContext(db: Db, memo: VersionedMemo): Promise<ExtractionContext> {
  return memo.get('extraction-context', await readPublicDataVersion(db), () => loadExtractionContext(db));
}
