import { randomBytes } from 'node:crypto';
import type { Db } from '../db/connect.ts';
import * as repo from './import-upload.repository.ts';

/**
 * Files previewed on /admin/import wait here, for their uploader only, until applied. An upload
 * older than a day is dropped the next time anyone uploads, so abandoned previews do not pile up.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

export async function holdUpload(
  db: Db,
  userId: number,
  files: { name: string; bytes: Buffer }[],
  now = new Date(),
): Promise<string> {
  const id = randomBytes(16).toString('hex');
  await repo.deleteStaleUploads(db, new Date(now.getTime() - DAY_MS));
  await repo.insertUpload(db, {
    id,
    user_id: userId,
    names: files.map((f) => f.name),
    contents: files.map((f) => f.bytes),
  });
  return id;
}

/** The held files as import inputs, or null when expired, applied already or someone else's. */
export async function findHeldUpload(db: Db, id: string, userId: number) {
  const upload = await repo.findUpload(db, id, userId);
  return upload
    ? { id: upload.id, inputs: upload.names.map((name, i) => ({ name, bytes: upload.contents[i]! })) }
    : null;
}

export async function releaseUpload(db: Db, id: string): Promise<void> {
  await repo.deleteUpload(db, id);
}
