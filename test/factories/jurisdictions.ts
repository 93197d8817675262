import type { Db } from '../../src/db/connect.ts';
import { type ImportDocumentInput, importDocument } from './import-document.ts';
import { uniqueLetters } from './unique.ts';

type JurisdictionInput = NonNullable<ImportDocumentInput['jurisdictions']>[number];

export interface MadeJurisdiction {
  id: number;
  code: string;
  name: string;
}

/** A jurisdiction with a code and name no other call shares; aliases are its extractor markers. */
export async function makeJurisdiction(db: Db, overrides: Partial<JurisdictionInput> = {}): Promise<MadeJurisdiction> {
  const code = overrides.code ?? uniqueLetters(8);
  await importDocument(db, { jurisdictions: [{ code, name: `Jurisdiction ${code}`, ...overrides }] });
  return db
    .selectFrom('jurisdiction')
    .select(['id', 'code', 'name'])
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
}
