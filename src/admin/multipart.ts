import busboy from 'busboy';
import type { NextFunction, Request, Response } from 'express';
import { HttpError } from '../http/errors.ts';
import { IMPORT_LIMITS } from '../interchange/formats/document-limits.ts';

export interface UploadedFile {
  name: string;
  bytes: Buffer;
}

/** One import holds at most this much text in all its files, so neither may one upload. */
const MAX_BYTES = IMPORT_LIMITS.maxBytes;
const MAX_FILES = 20;
const MAX_FIELDS = 20;

const unreadable = () =>
  new HttpError(
    400,
    'The upload could not be read (the form data was cut short or malformed). Choose the files and send the form again.',
  );

/**
 * Parses a multipart form into req.body (fields) and res.locals.files, with size limits. Every
 * stream error — a body cut short, a missing boundary, a client hanging up — becomes a 4xx for
 * this request: an unhandled 'error' event on a file stream would end the whole process.
 */
export function parseMultipart(req: Request, res: Response, next: NextFunction): void {
  if (!req.is('multipart/form-data')) {
    next(new HttpError(415, 'Send the files with the upload form (multipart/form-data).'));
    return;
  }
  let bb: busboy.Busboy;
  try {
    bb = busboy({
      headers: req.headers,
      limits: { fileSize: MAX_BYTES, files: MAX_FILES, fields: MAX_FIELDS, parts: MAX_FILES + MAX_FIELDS },
    });
  } catch {
    // busboy throws at once when the Content-Type has no boundary.
    next(new HttpError(400, 'The upload has no multipart boundary; send the files with the upload form.'));
    return;
  }
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  let failed: HttpError | null = null;
  let finished = false;
  let total = 0;
  const tooLarge = () =>
    new HttpError(
      413,
      `The files are larger than ${MAX_BYTES / (1024 * 1024)} MB in all, the most one import may hold; split them into several imports, or use atlas import.`,
    );
  const finish = (error: HttpError | null) => {
    if (finished) return;
    finished = true;
    req.unpipe(bb);
    if (error) {
      // Stop reading: the rest of the body is discarded, not buffered.
      bb.removeAllListeners('file');
      req.resume();
      return next(error);
    }
    req.body = fields;
    res.locals.files = files;
    next();
  };
  bb.on('field', (name, value) => {
    fields[name] = value;
  });
  bb.on('file', (_name, stream, info) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => {
      total += c.length;
      if (total > MAX_BYTES) failed ??= tooLarge();
      // Past the limit the rest is read and dropped: the answer is 413 either way.
      if (!failed) chunks.push(c);
    });
    stream.on('limit', () => {
      failed ??= tooLarge();
    });
    stream.on('error', () => finish(unreadable()));
    stream.on('end', () => {
      if (info.filename) files.push({ name: info.filename, bytes: Buffer.concat(chunks) });
    });
  });
  bb.on('filesLimit', () => {
    failed ??= new HttpError(413, `Upload at most ${MAX_FILES} files at a time.`);
  });
  bb.on('fieldsLimit', () => {
    failed ??= new HttpError(413, 'The form has too many fields.');
  });
  bb.on('partsLimit', () => {
    failed ??= new HttpError(413, 'The form has too many parts.');
  });
  bb.on('error', () => finish(unreadable()));
  bb.on('close', () => finish(failed));
  req.on('error', () => finish(unreadable()));
  req.pipe(bb);
}
