import type { z } from 'zod';
import type { claimType } from '../api-schema/common.ts';
import type { Tier } from '../lib/penalty-format.ts';
import { urls } from '../http/urls.ts';
import { articleShortLabel } from '../lib/article-number.ts';
import { comparePenalty } from '../lib/penalty-compare.ts';
import { buildLadder, ladderSentence } from '../lib/penalty-ladder.ts';
import type { ReportPageCitation } from './report-page.repository.ts';

type ClaimType = z.infer<typeof claimType>;

type CitationRow = ReportPageCitation;

export interface ExcerptSegment {
  text: string;
  citationId: number | null;
  href: string | null;
  label: string | null;
}

export const claimTypeLabels: Record<string, string> = {
  charged_under: 'Charged under',
  sentenced_under: 'Sentenced under',
  law_described: 'Law described',
  amendment_reported: 'Amendment reported',
  official_statement: 'Official statement',
  commentary: 'Commentary',
};

export const sourceTypeLabels: Record<string, string> = {
  inside_source: 'Inside source',
  escapee_testimony: 'Escapee testimony',
  state_media: 'State media',
  ngo: 'NGO report',
  un: 'United Nations',
  government: 'Government',
  court: 'Court record',
  academic: 'Academic',
  press: 'Press report',
  synthetic: 'Synthetic (generated test data)',
};

export function citationTarget(c: Pick<CitationRow, 'law_slug' | 'version_slug' | 'article_number'>): string | null {
  if (c.law_slug && c.version_slug && c.article_number)
    return urls.article(c.law_slug, c.version_slug, c.article_number);
  if (c.law_slug && c.version_slug) return urls.version(c.law_slug, c.version_slug);
  return c.law_slug ? urls.law(c.law_slug) : null;
}

export function citationLabel(c: Pick<CitationRow, 'law_title' | 'version_slug' | 'article_number'>): string {
  const law = c.law_title ?? 'Unidentified law';
  if (c.article_number)
    return `${articleShortLabel(c.article_number)}, ${law}${c.version_slug ? ` (${c.version_slug})` : ''}`;
  return `${law}${c.version_slug ? ` (${c.version_slug})` : ''}`;
}

/** Splits the excerpt into plain and cited stretches; overlapping quotes keep the first. */
export function excerptSegments(excerpt: string, citations: CitationRow[]): ExcerptSegment[] {
  const marks = citations
    .filter((c) => c.quote_start !== null && c.quote_end !== null && c.quote_end <= excerpt.length)
    .sort((a, b) => a.quote_start! - b.quote_start!);
  const segments: ExcerptSegment[] = [];
  let at = 0;
  for (const c of marks) {
    if (c.quote_start! < at) continue;
    if (c.quote_start! > at)
      segments.push({ text: excerpt.slice(at, c.quote_start!), citationId: null, href: null, label: null });
    segments.push({
      text: excerpt.slice(c.quote_start!, c.quote_end!),
      citationId: c.id,
      href: citationTarget(c),
      label: citationLabel(c),
    });
    at = c.quote_end!;
  }
  if (at < excerpt.length) segments.push({ text: excerpt.slice(at), citationId: null, href: null, label: null });
  return segments;
}

/** The "cited articles" panel: one entry per cited target, with its ladder and each claim. */
export function citedArticles(citations: CitationRow[]) {
  const byTarget = new Map<string, CitationRow[]>();
  for (const c of citations) {
    const key = `${c.law_slug}|${c.version_slug}|${c.article_number}`;
    byTarget.set(key, [...(byTarget.get(key) ?? []), c]);
  }
  return [...byTarget.values()].map((group) => {
    const first = group[0]!;
    const ladder = buildLadder(first.penalties);
    return {
      law: first.law_slug,
      version: first.version_slug,
      article: first.article_number,
      label: citationLabel(first),
      href: citationTarget(first),
      heading: first.article_heading,
      offenceName: first.offence_name,
      offenceNameKo: first.offence_name_ko,
      versionLabel: first.version_label,
      ladder,
      ladderSentence: ladder.length > 0 ? ladderSentence(ladder) : null,
      claims: group.map((c) => {
        const reported = c.reported_kind
          ? {
              kind: c.reported_kind,
              tier: c.reported_tier as Tier | null,
              minMonths: c.reported_min_months,
              maxMonths: c.reported_max_months,
            }
          : null;
        const comparison = reported
          ? comparePenalty(
              {
                kind: reported.kind,
                tier: c.reported_tier,
                min_months: reported.minMonths,
                max_months: reported.maxMonths,
              },
              c.article_id ? first.penalties : [],
            )
          : null;
        return {
          id: c.id,
          asWritten: c.as_written,
          claimType: c.claim_type as ClaimType,
          claimTypeLabel: claimTypeLabels[c.claim_type] ?? c.claim_type,
          resolution: c.resolution,
          confidence: Number(c.confidence),
          reported,
          verdict: comparison?.verdict ?? null,
          comparison,
        };
      }),
    };
  });
}
