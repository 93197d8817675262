import type { Db } from '../db/connect.ts';
import { NotFoundError } from '../http/errors.ts';
import { urls } from '../http/urls.ts';
import { articleShortLabel } from '../lib/article-number.ts';
import { type Tier, describePenalty, penaltyKindNames, termCeilingMonths, tierNames } from '../lib/penalty-format.ts';
import * as repo from './penalties.repository.ts';
import { type ArticleKindRow, isEmptyChange, penaltyChanges } from './penalty-changes.ts';
import { bucketLabel, isPenaltyKind, kindLabel, maxTermBuckets, penaltyKinds } from '../search/search.facets.ts';
import type { PenaltiesQuery } from './penalties.schemas.ts';
import { penaltiesUrl } from './penalties.urls.ts';

type Row = Awaited<ReturnType<typeof repo.listArticlesWithPenaltiesOfKind>>[number];

function termRange(max: string | undefined): repo.TermRange | null {
  const i = maxTermBuckets.findIndex((b) => b.value === max);
  if (i < 0) return null;
  return { over: i === 0 ? null : maxTermBuckets[i - 1]!.upToMonths, upTo: maxTermBuckets[i]!.upToMonths };
}

function articleView(r: Row) {
  return {
    number: r.number,
    label: articleShortLabel(r.number),
    heading: r.heading,
    offence: r.offence_name,
    url: urls.article(r.law_slug, r.version_slug, r.number),
    penalties: r.penalties.map((p) => ({
      tier: p.tier as Tier,
      kind: p.kind,
      minMonths: p.min_months,
      maxMonths: p.max_months,
    })),
    penaltyTexts: r.penalties.map((p) => `${tierNames[p.tier] ?? p.tier}: ${describePenalty(p)}`),
  };
}

type StepRow = Awaited<ReturnType<typeof repo.listLineageStepsOfLaws>>[number];

function lawSection(rows: Row[], steps: StepRow[], version: string | undefined) {
  const first = rows[0]!;
  const kindRows: ArticleKindRow[] = rows.map((r) => ({
    ...r,
    kind_tiers: r.penalties.map((p) => p.tier),
    recorded_tiers: r.recorded_tiers,
  }));
  const changes = penaltyChanges(
    kindRows,
    steps.filter((s) => s.law_slug === first.law_slug),
  )
    .filter((c) => !version || c.from.slug === version || c.to.slug === version)
    .map((c) => ({ ...c, unchanged: isEmptyChange(c) }));
  const versions = new Map<
    string,
    { slug: string; label: string; url: string; articles: ReturnType<typeof articleView>[] }
  >();
  for (const r of rows) {
    if (version && r.version_slug !== version) continue;
    const v = versions.get(r.version_slug) ?? {
      slug: r.version_slug,
      label: r.version_label,
      url: urls.version(r.law_slug, r.version_slug),
      articles: [],
    };
    versions.set(r.version_slug, v);
    if (r.penalties.length > 0) v.articles.push(articleView(r));
  }
  return {
    slug: first.law_slug,
    title: first.law_title,
    url: urls.law(first.law_slug),
    versions: [...versions.values()],
    changes,
  };
}

/** The maximum-term filters a kind can reach: disciplinary labor never runs past a few years. */
function reachableBuckets(kind: string) {
  const ceiling = termCeilingMonths[kind] ?? null;
  return maxTermBuckets.filter((b, i) => {
    if (b.upToMonths === null && b.value !== 'over10y') return false;
    const over = i === 0 ? 0 : (maxTermBuckets[i - 1]!.upToMonths ?? 0);
    return ceiling === null || over < ceiling;
  });
}

/** /penalties/:kind — articles carrying the penalty per version, and what changed between versions. */
export async function getPenaltyPage(db: Db, kind: string, q: PenaltiesQuery) {
  if (!isPenaltyKind(kind))
    throw new NotFoundError(`There is no penalty kind "${kind}". Kinds: ${penaltyKinds.join(', ')}.`);
  const [rows, steps] = await Promise.all([
    repo.listArticlesWithPenaltiesOfKind(db, kind, q.law ?? null, termRange(q.max)),
    repo.listLineageStepsOfLaws(db, q.law ?? null),
  ]);
  const byLaw = new Map<string, Row[]>();
  for (const r of rows) byLaw.set(r.law_slug, [...(byLaw.get(r.law_slug) ?? []), r]);
  const laws = [...byLaw.values()]
    .filter((lawRows) => lawRows.some((r) => r.penalties.length > 0) || q.law)
    .map((lawRows) => lawSection(lawRows, steps, q.version));
  if (q.law && laws.length === 0) throw new NotFoundError(`There is no law "${q.law}" with known articles.`);
  const names = penaltyKindNames[kind]!;
  return {
    kind: { value: kind, label: kindLabel(kind), ko: names.ko, hasTerm: names.term },
    filter: {
      law: q.law ?? null,
      version: q.version ?? null,
      max: q.max ?? null,
      maxLabel: q.max ? bucketLabel(q.max) : null,
    },
    laws,
    articleCount: laws.reduce((n, l) => n + l.versions.reduce((m, v) => m + v.articles.length, 0), 0),
    termLinks: names.term
      ? reachableBuckets(kind).map((b) => ({
          value: b.value,
          label: b.label,
          url: penaltiesUrl(kind, { law: q.law, version: q.version, max: b.value }),
          current: q.max === b.value,
        }))
      : [],
    allTermsUrl: q.max ? penaltiesUrl(kind, { law: q.law, version: q.version }) : null,
    canonical: penaltiesUrl(kind, q),
  };
}

/** /penalties — each kind with how many articles carry it. */
export async function getPenaltiesIndex(db: Db) {
  const counts = new Map<string, number>(
    (await repo.countArticlesByPenaltyKind(db)).map((r) => [r.kind, Number(r.articles)]),
  );
  return {
    kinds: penaltyKinds.map((kind) => ({
      value: kind,
      label: kindLabel(kind),
      ko: penaltyKindNames[kind]?.ko ?? null,
      articles: counts.get(kind) ?? 0,
      url: penaltiesUrl(kind),
    })),
  };
}
