import type { Insertable, Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { CitationRecord } from '../interchange/formats/report-records.schemas.ts';
import { CitationSuggester, type ReportText } from './citation-suggester.ts';
import { type ChangeLog, diffFields } from './change-log.ts';
import {
  type Anchor,
  LOST_QUOTE_REASON,
  type Target,
  anchorIn,
  citationLabel,
  identity,
  targetKey,
} from './citation-anchor.ts';
import * as repo from './citation.repository.ts';
import { RecordError } from './errors.ts';
import { requireForInsert, stated } from './merge.ts';
import type { ReferenceCache } from './reference-cache.ts';

/**
 * The one writer of citations for reports as they are written (import, seeds, new reports, report
 * edits): it places each quote by its selector in the report's current excerpt, merges a file's
 * citations onto stored ones by identity (report + target + quoted span), re-anchors every citation
 * of a report whose excerpt changed, and stores the extractor's suggestions for new text.
 */
type Trx = Transaction<Database>;
type Row = Insertable<Database['citation']>;

export interface ReportForCitations extends ReportText {
  slug: string;
}

type Placed = {
  quote_exact: string | null;
  quote_prefix: string | null;
  quote_suffix: string | null;
  quote_start: number | null;
  quote_end: number | null;
};

const placedOf = (a: Anchor): Placed => ({
  quote_exact: a.exact,
  quote_prefix: a.prefix,
  quote_suffix: a.suffix,
  quote_start: a.start,
  quote_end: a.end,
});

/** A record's stated fields as citation columns (the reported penalty is one group of four). */
function citationFields(c: CitationRecord) {
  const fields: Record<string, unknown> = stated(c, [
    'as_written',
    'claim_type',
    'resolution',
    'resolution_note',
    'confidence',
    'status',
    'review_reason',
  ]);
  if (c.reported_penalty !== undefined) {
    const p = c.reported_penalty;
    Object.assign(fields, {
      reported_kind: p?.kind ?? null,
      reported_tier: p?.tier ?? null,
      reported_min_months: p?.min_months ?? null,
      reported_max_months: p?.max_months ?? null,
    });
  }
  return fields;
}

export class CitationWriter {
  private readonly suggester: CitationSuggester;

  constructor(
    private readonly trx: Trx,
    private readonly log: ChangeLog,
    private readonly refs: ReferenceCache,
  ) {
    this.suggester = new CitationSuggester(trx, log, (law, version, article) => refs.find(law, version, article));
  }

  /** Places a record's quote: its span in the excerpt, no quote, or (with a review reason) a quote kept unplaced. */
  private place(report: ReportForCitations, c: CitationRecord, where: string): Placed {
    if (!c.quote)
      return { quote_exact: null, quote_prefix: null, quote_suffix: null, quote_start: null, quote_end: null };
    const anchor = anchorIn(report.excerpt, c.quote);
    if (anchor) return placedOf(anchor);
    if (!c.review_reason) throw new RecordError(`${where}: quote.exact does not occur in the report's excerpt`);
    return {
      quote_exact: c.quote.exact,
      quote_prefix: c.quote.prefix ?? null,
      quote_suffix: c.quote.suffix ?? null,
      quote_start: null,
      quote_end: null,
    };
  }

  private async resolved(report: ReportForCitations, records: CitationRecord[]) {
    const seen = new Map<string, string>();
    const out = [];
    for (const c of records) {
      const where = `report ${report.slug} citation "${c.as_written ?? c.quote?.exact ?? '(unnamed)'}"`;
      const target = await this.refs.resolve(c, where);
      const placed = this.place(report, c, where);
      const id = identity(target, placed);
      if (seen.has(id))
        throw new RecordError(
          `${where}: the report lists this citation twice (same target and quoted span as "${seen.get(id)}")`,
        );
      seen.set(id, c.as_written ?? '');
      const label = citationLabel(
        report.slug,
        { law: c.law ?? null, version: c.version ?? null, article: c.article ?? null },
        placed,
      );
      out.push({ c, where, target, placed, id, label });
    }
    return out;
  }

  private newRow(report: ReportForCitations, r: Awaited<ReturnType<CitationWriter['resolved']>>[number]): Row {
    const fields = citationFields(r.c);
    requireForInsert(fields, ['as_written', 'claim_type', 'resolution', 'confidence'], r.where);
    this.log.inserted('citation', r.label, diffFields({}, fields));
    return { report_id: report.id, ...r.target, ...r.placed, status: 'suggested', origin: 'import', ...fields } as Row;
  }

  /** A report just inserted: its file citations, then (for its new text) the extractor's suggestions, as rows to batch-insert. */
  async rowsForNewReport(report: ReportForCitations, records: CitationRecord[], suggest: boolean): Promise<Row[]> {
    const rows = (await this.resolved(report, records)).map((r) => this.newRow(report, r));
    if (suggest) rows.push(...(await this.suggestionRows(report, rows as Target[])));
    return rows;
  }

  /** A stored report: each record merges onto the citation with its identity, or is added; with prune the rest go. */
  async merge(report: ReportForCitations, records: CitationRecord[], options: { prune?: boolean }): Promise<void> {
    const stored = await repo.listReportCitations(this.trx, report.id);
    const byIdentity = new Map(stored.map((s) => [identity(s, s), s]));
    const kept = new Set<number>();
    for (const r of await this.resolved(report, records)) {
      const existing = byIdentity.get(r.id);
      if (!existing) {
        await repo.insertCitation(this.trx, this.newRow(report, r));
        continue;
      }
      kept.add(existing.id);
      // A placed quote stores the canonical selector of where it is now.
      const selector =
        r.placed.quote_start === null
          ? {}
          : { quote_prefix: r.placed.quote_prefix, quote_suffix: r.placed.quote_suffix };
      const changes = diffFields(existing, { ...citationFields(r.c), ...selector });
      if (changes.length === 0) this.log.unchanged('citation');
      else {
        await repo.updateCitation(this.trx, existing.id, Object.fromEntries(changes.map((f) => [f.field, f.new])));
        this.log.updated('citation', r.label, changes);
      }
    }
    if (!options.prune) return;
    const gone = stored.filter((s) => !kept.has(s.id));
    await repo.deleteCitations(
      this.trx,
      gone.map((s) => s.id),
    );
    for (const s of gone) this.log.deleted('citation', citationLabel(report.slug, s, s));
  }

  /**
   * The report's excerpt changed: every quoted citation is found again by its selector (never two
   * of one target on one span), or loses its offsets and goes back to review with a reason.
   */
  async reanchor(report: ReportForCitations): Promise<void> {
    const stored = (await repo.listReportCitations(this.trx, report.id)).filter((s) => s.quote_exact !== null);
    const taken = new Set<string>();
    const plan = stored.map((s) => {
      const anchor = anchorIn(
        report.excerpt,
        { exact: s.quote_exact!, prefix: s.quote_prefix, suffix: s.quote_suffix },
        (start, end) => taken.has(`${targetKey(s)}@${start}-${end}`),
      );
      if (anchor) taken.add(`${targetKey(s)}@${anchor.start}-${anchor.end}`);
      return { s, anchor };
    });
    const current = new Set(stored.filter((s) => s.quote_start !== null).map((s) => identity(s, s)));
    const moving = plan.filter(
      ({ s, anchor }) => anchor && (anchor.start !== s.quote_start || anchor.end !== s.quote_end),
    );
    // Free the spans first, so a citation may move onto one another is leaving.
    for (const { s, anchor } of moving)
      if (current.has(identity(s, placedOf(anchor!))))
        await repo.updateCitation(this.trx, s.id, { quote_start: null, quote_end: null });
    for (const { s, anchor } of plan) {
      const label = citationLabel(report.slug, s, s);
      if (!anchor) {
        if (s.quote_start === null) continue;
        await repo.updateCitation(this.trx, s.id, {
          quote_start: null,
          quote_end: null,
          status: 'suggested',
          review_reason: LOST_QUOTE_REASON,
        });
        this.log.updated('citation', label, [
          { field: 'quote', old: `${s.quote_start}–${s.quote_end}`, new: 'not found in the new excerpt' },
          ...diffFields(s, { status: 'suggested', review_reason: LOST_QUOTE_REASON }),
        ]);
        continue;
      }
      const next = {
        ...placedOf(anchor),
        review_reason: s.review_reason === LOST_QUOTE_REASON ? null : s.review_reason,
      };
      const changes = diffFields(s, next);
      if (changes.length === 0) continue;
      await repo.updateCitation(this.trx, s.id, next);
      this.log.updated('citation', label, changes);
    }
  }

  /** The extractor's suggestions for a stored report's new text, stored now. */
  async suggest(report: ReportForCitations): Promise<void> {
    const rows = await this.suggestionRows(report, await repo.listReportCitations(this.trx, report.id));
    if (rows.length > 0) await repo.insertCitations(this.trx, rows);
  }

  private async suggestionRows(report: ReportForCitations, cited: Target[]): Promise<Row[]> {
    const rows = await this.suggester.rowsFor(report, cited);
    for (const row of rows) {
      const t = this.refs.slugsOf(row);
      this.log.inserted('suggested_citation', citationLabel(report.slug, t, row as Placed), [
        { field: 'as_written', old: null, new: row.as_written },
      ]);
    }
    return rows;
  }

  async insertRows(rows: Row[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 2000) await repo.insertCitations(this.trx, rows.slice(i, i + 2000));
  }
}
