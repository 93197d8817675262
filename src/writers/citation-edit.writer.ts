import type { Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { ClaimType, CitationStatus } from '../db/tables/report-tables.ts';
import type { PenaltyKind, PenaltyTier } from '../db/tables/law-tables.ts';
import { type Target, anchorIn } from './citation-anchor.ts';
import * as repo from './citation.repository.ts';
import { DuplicateCitationError } from './errors.ts';

/**
 * The citation writer's single-citation operations — the editor's form, a hand-made citation,
 * the review queue's confirm/reject and re-point — under the same rules as imports: quotes
 * placed by selector in the current excerpt, and never a second citation of one report, target
 * and quoted span (DuplicateCitationError names the one that exists).
 */
type Trx = Transaction<Database>;

export interface CitationEdit {
  target: Target;
  quoteExact: string | null;
  fields: {
    as_written: string;
    claim_type: ClaimType;
    reported_kind: PenaltyKind | null;
    reported_tier: PenaltyTier | null;
    reported_min_months: number | null;
    reported_max_months: number | null;
    confidence: number;
    status: CitationStatus;
  };
}

export type EditOutcome = { ok: true; id: number } | { ok: false; reason: 'quote_not_found' | 'lost_race' };

/** Where the editor's quote goes: where it was when unchanged, else its first occurrence no other citation of the target holds. */
async function placeQuote(
  trx: Trx,
  report: { id: number; excerpt: string | null },
  edit: CitationEdit,
  existing: Awaited<ReturnType<typeof repo.findCitationCore>> | null,
) {
  if (!edit.quoteExact)
    return { quote_exact: null, quote_prefix: null, quote_suffix: null, quote_start: null, quote_end: null };
  const unchanged = existing && existing.quote_exact === edit.quoteExact;
  const selector = unchanged
    ? { exact: edit.quoteExact, prefix: existing.quote_prefix, suffix: existing.quote_suffix }
    : { exact: edit.quoteExact };
  const held = new Set(
    (await repo.listSpansOfTarget(trx, report.id, edit.target, existing?.id ?? null)).map(
      (s) => `${s.quote_start}-${s.quote_end}`,
    ),
  );
  const anchor =
    anchorIn(report.excerpt, selector, (start, end) => held.has(`${start}-${end}`)) ??
    anchorIn(report.excerpt, selector);
  if (!anchor) return null;
  return {
    quote_exact: anchor.exact,
    quote_prefix: anchor.prefix,
    quote_suffix: anchor.suffix,
    quote_start: anchor.start,
    quote_end: anchor.end,
  };
}

/** Creates (citationId null) or updates a citation from the editor's form, honouring its lock_version. */
export async function saveCitationEdit(
  trx: Trx,
  args: {
    reportId: number;
    citationId: number | null;
    lockVersion: number | null;
    edit: CitationEdit;
    reviewerId: number;
  },
): Promise<EditOutcome> {
  await repo.lockReportCitations(trx, args.reportId);
  const report = await repo.findReportExcerpt(trx, args.reportId);
  if (!report) throw new Error(`report ${args.reportId} is gone`);
  const existing = args.citationId === null ? null : ((await repo.findCitationCore(trx, args.citationId)) ?? null);
  const placed = await placeQuote(trx, report, args.edit, existing);
  if (!placed) return { ok: false, reason: 'quote_not_found' };
  const same = await repo.findSameCitation(
    trx,
    { report_id: report.id, ...args.edit.target, ...placed },
    existing?.id ?? null,
  );
  if (same) throw new DuplicateCitationError(same.id);
  // A person placed the quote and judged the citation: whatever sent it to review is settled.
  const row = {
    ...args.edit.fields,
    ...args.edit.target,
    ...placed,
    review_reason: null,
    reviewer_id: args.reviewerId,
    reviewed_at: new Date(),
  };
  if (!existing) {
    const { id } = await repo.insertCitation(trx, {
      ...row,
      report_id: report.id,
      resolution: 'stated_version',
      origin: 'manual',
    });
    return { ok: true, id };
  }
  if (await repo.updateCitationIfUnchanged(trx, existing.id, args.lockVersion ?? -1, row))
    return { ok: true, id: existing.id };
  return { ok: false, reason: 'lost_race' };
}

/** Points a citation at another target and confirms it; refused when the report already cites that target on the same span. */
export async function repointCitation(trx: Trx, id: number, target: Target, reviewerId: number): Promise<boolean> {
  const found = await repo.findCitationCore(trx, id);
  if (!found) return false;
  await repo.lockReportCitations(trx, found.report_id);
  const c = (await repo.findCitationCore(trx, id))!;
  const same = await repo.findSameCitation(
    trx,
    {
      report_id: c.report_id,
      ...target,
      quote_start: c.quote_start,
      quote_end: c.quote_end,
      quote_exact: c.quote_exact,
    },
    id,
  );
  if (same) throw new DuplicateCitationError(same.id);
  await repo.updateCitation(trx, id, {
    ...target,
    status: 'confirmed',
    resolution: 'stated_version',
    resolution_note: 'Re-pointed by a reviewer',
    reviewer_id: reviewerId,
    reviewed_at: new Date(),
  });
  return true;
}

export async function setCitationStatus(
  trx: Trx,
  ids: number[],
  status: 'confirmed' | 'rejected',
  reviewerId: number,
): Promise<number> {
  return (await repo.setCitationStatus(trx, ids, status, reviewerId)).length;
}
