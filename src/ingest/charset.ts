import iconv from 'iconv-lite';

/** The charset a body is in: the Content-Type header, then a BOM, the XML prolog or the HTML <meta>. */
export function detectCharset(bytes: Buffer, contentType: string): string {
  const header = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
  if (header && iconv.encodingExists(header)) return header.toLowerCase();
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // The declaration is ASCII in every charset a page may declare, so latin1 reads it safely.
  const head = bytes.subarray(0, 4096).toString('latin1');
  const declared =
    /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  if (declared && iconv.encodingExists(declared)) return declared.toLowerCase();
  return 'utf-8';
}

/** The body as text; EUC-KR is read as its superset CP949, which Korean sites actually send. */
export function decodeBody(bytes: Buffer, contentType: string): string {
  let charset = detectCharset(bytes, contentType);
  if (charset === 'euc-kr' || charset === 'ks_c_5601-1987') charset = 'cp949';
  return iconv.decode(bytes, charset, { stripBOM: true });
}
