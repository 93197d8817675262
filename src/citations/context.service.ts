import type { Db } from '../db/connect.ts';
import { readPublicDataVersion } from '../db/data-version.repository.ts';
import type { ReadContext } from '../db/read-context.ts';
import type { ExtractionContext, KnownJurisdiction, KnownVersion } from '../extractor/citation.types.ts';
import * as repo from './context.repository.ts';

type JurisdictionRow = Awaited<ReturnType<typeof repo.listJurisdictionsWithNames>>[number];

function toJurisdiction(j: JurisdictionRow): KnownJurisdiction {
  const names = [j.name, ...(j.name_ko ? [j.name_ko] : []), ...(j.aliases ?? [])];
  return { code: j.code, names: [...new Set(names)], defaultLaw: j.default_law };
}

/**
 * The law a text that names no jurisdiction is taken to cite: the default law of the one
 * jurisdiction that has one. With several, a text must say which jurisdiction it speaks of.
 */
function homeDefault(jurisdictions: KnownJurisdiction[]): string | null {
  const defaults = jurisdictions.flatMap((j) => (j.defaultLaw ? [j.defaultLaw] : []));
  return defaults.length === 1 ? defaults[0]! : null;
}

/** Builds the extractor's view of the law from the database (four queries). */
export async function loadExtractionContext(db: Db): Promise<ExtractionContext> {
  const [jurisdictionRows, laws, versions, lineages] = await Promise.all([
    repo.listJurisdictionsWithNames(db),
    repo.listLawsWithAliases(db),
    repo.listVersionsWithArticles(db),
    repo.listLineagesWithAliases(db),
  ]);
  const jurisdictions = jurisdictionRows.map(toJurisdiction);
  return {
    defaultLaw: homeDefault(jurisdictions),
    jurisdictions,
    laws: laws.map((l) => ({
      slug: l.slug,
      jurisdiction: l.jurisdiction,
      title: l.title,
      kind: l.kind,
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
export async function getExtractionContext(ctx: ReadContext): Promise<ExtractionContext> {
  return (await getVersionedExtractionContext(ctx)).context;
}

/** The context with the data version it belongs to (a worker thread keeps one copy per version). */
export async function getVersionedExtractionContext({
  db,
  memo,
}: ReadContext): Promise<{ version: number; context: ExtractionContext }> {
  const version = await readPublicDataVersion(db);
  return { version, context: await memo.get('extraction-context', version, () => loadExtractionContext(db)) };
}
