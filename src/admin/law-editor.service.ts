import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import { stringify } from 'yaml';
import type { Db } from '../db/connect.ts';
import type { Database } from '../db/database.ts';
import { NotFoundError } from '../http/errors.ts';
import type { ImportDocument } from '../interchange/formats/document.schema.ts';
import { exportLawDocument, exportLawDocumentIn } from '../interchange/export/export.service.ts';
import type { ParsedFile } from '../interchange/formats/document-files.ts';
import { type ImportProblem, ImportValidationError } from '../interchange/formats/problems.ts';
import { DeletionsNotConfirmedError, type ImportSummary, importFiles } from '../interchange/apply/import.service.ts';
import type { SessionUser } from './auth.service.ts';

/**
 * Laws, versions, lineages, articles and penalties are edited as one YAML document per law and
 * saved through the import service: the same validation, merge rules, audit trail and
 * all-or-nothing write as a file import. The document may hold that one law and nothing else —
 * no other law, no reports or outlets, whoever is signed in. `baseHash` is the optimistic lock:
 * the law must not have changed since the editor opened it, checked inside the import's
 * transaction after its lock, so of two saves from one starting point only the first succeeds.
 */
export function lawYaml(doc: ImportDocument): string {
  const { jurisdictions: _j, outlets: _o, places: _p, reports: _r, ...rest } = doc;
  return stringify(rest, { lineWidth: 0 });
}

export async function loadLawYaml(db: Db, slug: string): Promise<{ yaml: string; hash: string }> {
  const doc = await exportLawDocument(db, slug);
  if (!doc) throw new NotFoundError(`There is no law "${slug}".`);
  const yaml = lawYaml(doc);
  return { yaml, hash: hashOf(yaml) };
}

export const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

export type LawSaveResult =
  | { ok: true; summary: ImportSummary }
  | { ok: false; status: 409; current: string; changedLines: number[] }
  | { ok: false; status: 422; problems: ImportProblem[] }
  | { ok: false; status: 'confirm'; summary: ImportSummary; changed: boolean };

class LawChangedError extends Error {
  constructor(readonly current: string) {
    super('the law changed since the editor opened it');
  }
}

const refuse = (message: string) => new ImportValidationError([{ file: 'law.yaml', line: null, field: null, message }]);

/** What the document may hold: exactly the law this editor edits (or, for a new law, one law not yet stored). */
function checkScope(files: ParsedFile[], slug: string | null): string {
  const doc = files[0]!.document;
  const others = (['jurisdictions', 'outlets', 'places', 'reports'] as const).filter((k) => doc[k].length > 0);
  if (others.length > 0) {
    throw refuse(
      `The law editor saves one law and nothing else; this document also holds ${others.join(', ')}. Administrators import those at /admin/import.`,
    );
  }
  if (doc.laws.length !== 1)
    throw refuse(`The document must hold exactly one law under "laws" (it holds ${doc.laws.length}).`);
  const law = doc.laws[0]!.slug;
  if (slug && law !== slug)
    throw refuse(
      `This page edits the law "${slug}"; the document names "${law}". Edit that law on its own page, or create it with New law.`,
    );
  return law;
}

export interface LawSaveOptions {
  dryRun: boolean;
  prune: boolean;
  confirmDeletions?: string;
}

export async function saveLawYaml(
  db: Db,
  user: SessionUser,
  slug: string | null,
  text: string,
  baseHash: string,
  options: LawSaveOptions,
): Promise<LawSaveResult> {
  const guard = async (trx: Transaction<Database>, files: ParsedFile[]) => {
    const law = checkScope(files, slug);
    const stored = await exportLawDocumentIn(trx, law);
    if (!slug && stored) throw refuse(`A law "${law}" already exists: edit it at /admin/laws/${law}/edit.`);
    if (slug && !stored) throw new NotFoundError(`There is no law "${slug}".`);
    if (slug && hashOf(lawYaml(stored!)) !== baseHash) throw new LawChangedError(lawYaml(stored!));
  };
  try {
    const summary = await importFiles(db, [{ name: 'law.yaml', bytes: new TextEncoder().encode(text) }], {
      actor: user.email,
      source: 'ui',
      guard,
      ...options,
    });
    return { ok: true, summary };
  } catch (error) {
    if (error instanceof LawChangedError)
      return { ok: false, status: 409, current: error.current, changedLines: changedLines(error.current, text) };
    if (error instanceof DeletionsNotConfirmedError)
      return { ok: false, status: 'confirm', summary: error.summary, changed: options.confirmDeletions !== undefined };
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
