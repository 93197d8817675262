import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import type { Db } from '../db/connect.ts';
import { NotFoundError } from '../http/errors.ts';
import { exportLawDocument } from '../import/export.service.ts';
import { type ImportProblem, ImportValidationError } from '../import/import.files.ts';
import { type ImportSummary, importFiles } from '../import/import.service.ts';
import type { SessionUser } from './auth.service.ts';

/**
 * Laws, versions, lineages, articles and penalties are edited as one YAML document per law and
 * saved through the import service: the same validation, audit trail and all-or-nothing write
 * as a file import. `baseHash` is the optimistic lock: the document must not have changed since
 * the editor opened it.
 */
export async function loadLawYaml(db: Db, slug: string): Promise<{ yaml: string; hash: string }> {
  const doc = await exportLawDocument(db, slug);
  if (!doc) throw new NotFoundError(`There is no law "${slug}".`);
  const { jurisdictions: _j, outlets: _o, places: _p, reports: _r, ...rest } = doc;
  const yaml = stringify(rest, { lineWidth: 0 });
  return { yaml, hash: hashOf(yaml) };
}

export const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

export type LawSaveResult =
  | { ok: true; summary: ImportSummary }
  | { ok: false; status: 409; current: string; changedLines: number[] }
  | { ok: false; status: 422; problems: ImportProblem[] };

export async function saveLawYaml(db: Db, user: SessionUser, slug: string | null, text: string, baseHash: string, dryRun: boolean): Promise<LawSaveResult> {
  if (slug) {
    const current = await loadLawYaml(db, slug);
    if (current.hash !== baseHash) return { ok: false, status: 409, current: current.yaml, changedLines: changedLines(current.yaml, text) };
  }
  try {
    const summary = await importFiles(db, [{ name: 'law.yaml', bytes: new TextEncoder().encode(text) }], { actor: user.email, source: 'ui', dryRun });
    return { ok: true, summary };
  } catch (error) {
    if (!(error instanceof ImportValidationError)) throw error;
    return { ok: false, status: 422, problems: error.problems };
  }
}

/** 1-based numbers of the lines where the saved document and the submitted one differ. */
function changedLines(saved: string, submitted: string): number[] {
  const a = saved.split('\n');
  const b = submitted.replace(/\r\n/g, '\n').split('\n');
  const out: number[] = [];
  for (let i = 0; i < Math.max(a.length, b.length) && out.length < 50; i++) if (a[i] !== b[i]) out.push(i + 1);
  return out;
}
