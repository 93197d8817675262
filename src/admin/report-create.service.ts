import { ImportValidationError } from '../interchange/formats/problems.ts';
import type { Db } from '../db/connect.ts';
import { type ImportOptions, importFiles } from '../interchange/apply/import.service.ts';
import { findReportBySlug } from '../writers/report.repository.ts';
import type { SessionUser } from './auth.service.ts';

export const reportFields = [
  'slug',
  'outlet',
  'title',
  'url',
  'language',
  'published_on',
  'date_precision',
  'source_type',
  'status',
  'summary',
  'excerpt',
] as const;

/**
 * A new report goes through the import service, so the form gets the same validation, the
 * extractor's suggested citations, the audit trail and the all-or-nothing write as a file.
 */
export async function createReport(db: Db, user: SessionUser, form: Record<string, unknown>) {
  const value = (k: string) =>
    typeof form[k] === 'string' && (form[k] as string).trim() !== '' ? (form[k] as string).trim() : null;
  const report: Record<string, unknown> = {};
  for (const k of reportFields) report[k] = value(k);
  report.date_precision ??= 'unknown';
  report.status ??= 'draft';
  report.language ??= 'en';
  const bytes = new TextEncoder().encode(JSON.stringify({ reports: [report] }));
  try {
    // The form creates: a slug already taken would otherwise merge onto that report.
    const guard: ImportOptions['guard'] = async (trx) => {
      if (typeof report.slug === 'string' && (await findReportBySlug(trx, report.slug))) {
        throw new ImportValidationError([
          {
            file: 'form.json',
            line: null,
            field: 'reports[0].slug',
            message: `a report "${report.slug}" already exists; edit it instead`,
          },
        ]);
      }
    };
    const summary = await importFiles(db, [{ name: 'form.json', bytes }], { actor: user.email, source: 'ui', guard });
    return { ok: true as const, suggested: summary.counts.suggested_citation?.inserted ?? 0 };
  } catch (error) {
    if (!(error instanceof ImportValidationError)) throw error;
    const errors: Record<string, string> = {};
    for (const p of error.problems) {
      const field =
        p.field?.match(/^reports\[0\]\.([a-z_]+)/)?.[1] ?? (p.message.match(/unknown outlet/) ? 'outlet' : 'form');
      errors[field] ??= p.message.replace(/^report [a-z0-9-]+: /, '');
    }
    return { ok: false as const, errors };
  }
}
