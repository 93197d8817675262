import busboy from 'busboy';
import type { NextFunction, Request, Response } from 'express';
import { HttpError } from '../http/errors.ts';

export interface UploadedFile {
  name: string;
  bytes: Buffer;
}

const MAX_FILE_BYTES = 50 * 1024 * 1024;
const MAX_FILES = 20;

/** Parses a multipart form into req.body (fields) and res.locals.files, with size limits. */
export function parseMultipart(req: Request, res: Response, next: NextFunction): void {
  if (!req.is('multipart/form-data')) {
    next(new HttpError(400, 'Send the files with the upload form (multipart/form-data).'));
    return;
  }
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  let failed: HttpError | null = null;
  const bb = busboy({ headers: req.headers, limits: { fileSize: MAX_FILE_BYTES, files: MAX_FILES, fields: 20 } });
  bb.on('field', (name, value) => {
    fields[name] = value;
  });
  bb.on('file', (_name, stream, info) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('limit', () => {
      failed = new HttpError(413, `${info.filename} is larger than 50 MB; import it with atlas import instead.`);
    });
    stream.on('close', () => {
      if (info.filename) files.push({ name: info.filename, bytes: Buffer.concat(chunks) });
    });
  });
  bb.on('error', () => next(new HttpError(400, 'The upload could not be read.')));
  bb.on('close', () => {
    if (failed) return next(failed);
    req.body = fields;
    res.locals.files = files;
    next();
  });
  req.pipe(bb);
}
