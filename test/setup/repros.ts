/**
 * The requests that once crashed the server or answered 500 (each a finding of a hostile-input
 * review), as data: the in-process tests, the spawned-server test and the fuzz net all send them.
 */
export type Role = 'admin' | 'editor';

export interface ReproRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

export interface Repro {
  name: string;
  /** who sends it: a signed-in admin or editor, or nobody */
  role: Role | null;
  /** the CSRF token of the sender's session, when it has one */
  build(token: string): ReproRequest;
  status: number;
  message: RegExp;
}

export const deepJson = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

/** Nine levels of nine aliases each: 9^9 strings once expanded, from 500 bytes of text. */
export const aliasBomb = (() => {
  const names = 'abcdefghi'.split('');
  const lines = [`${names[0]}: &${names[0]} [${Array(9).fill('"lol"').join(',')}]`];
  for (let i = 1; i < names.length; i++)
    lines.push(
      `${names[i]}: &${names[i]} [${Array(9)
        .fill(`*${names[i - 1]}`)
        .join(',')}]`,
    );
  return `${lines.join('\n')}\n`;
})();

const BOUNDARY = 'reproboundary';

/** A multipart body with the given fields and one file, properly closed. */
export function multipartBody(fields: Record<string, string>, file: { name: string; content: string }): Buffer {
  const parts = Object.entries(fields).map(
    ([k, v]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  );
  parts.push(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n${file.content}\r\n--${BOUNDARY}--\r\n`,
  );
  return Buffer.from(parts.join(''));
}

const multipart = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };
const form = { 'content-type': 'application/x-www-form-urlencoded' };
const truncated = Buffer.from('--abc\r\nContent-Disposition: form-data; name="files"; filename="a.json"\r\n\r\n{"x":');
const lawForm = (token: string, yaml: string) =>
  Buffer.from(new URLSearchParams({ _csrf: token, action: 'preview', yaml }).toString());

export const repros: Repro[] = [
  {
    name: '1. a truncated multipart upload',
    role: 'admin',
    build: () => ({
      method: 'POST',
      path: '/admin/import',
      headers: { 'content-type': 'multipart/form-data; boundary=abc' },
      body: truncated,
    }),
    status: 400,
    message: /The upload could not be read/,
  },
  {
    name: '1. a multipart upload without a boundary',
    role: 'admin',
    build: () => ({
      method: 'POST',
      path: '/admin/import',
      headers: { 'content-type': 'multipart/form-data' },
      body: truncated,
    }),
    status: 400,
    message: /The upload has no multipart boundary/,
  },
  {
    name: '2. JSON nested 2,000 deep in the law editor (an editor)',
    role: 'editor',
    build: (token) => ({
      method: 'POST',
      path: '/admin/laws/new',
      headers: form,
      body: lawForm(token, deepJson(2000)),
    }),
    status: 422,
    message: /line 1:? nests values more than 64 levels deep/,
  },
  {
    name: '2. JSON nested 2,000 deep, uploaded',
    role: 'admin',
    build: (token) => ({
      method: 'POST',
      path: '/admin/import',
      headers: multipart,
      body: multipartBody({ _csrf: token }, { name: 'deep.json', content: deepJson(2000) }),
    }),
    status: 422,
    message: /deep\.json:line 1:? nests values more than 64 levels deep/,
  },
  {
    name: '2. a YAML alias bomb, uploaded',
    role: 'admin',
    build: (token) => ({
      method: 'POST',
      path: '/admin/import',
      headers: multipart,
      body: multipartBody({ _csrf: token }, { name: 'bomb.yaml', content: aliasBomb }),
    }),
    status: 422,
    message: /bomb\.yaml:line \d+:? alias \*[a-i] takes the import past 4,000,000 values once aliases are expanded/,
  },
  {
    name: '2. a YAML alias bomb in the law editor',
    role: 'editor',
    build: (token) => ({ method: 'POST', path: '/admin/laws/new', headers: form, body: lawForm(token, aliasBomb) }),
    status: 422,
    message: /line \d+:? alias \*[a-i] takes the import past/,
  },
  {
    name: '4. an unreadable session cookie',
    role: null,
    build: () => ({
      method: 'POST',
      path: '/admin/logout',
      headers: { cookie: 'atlas_session=%E0%A4%A', ...form },
      body: Buffer.from(''),
    }),
    status: 401,
    message: /Please sign in again/,
  },
  {
    name: '4. an unreadable CSRF cookie on the login form',
    role: null,
    build: () => ({
      method: 'POST',
      path: '/admin/login',
      headers: { cookie: 'atlas_csrf=%', ...form },
      body: Buffer.from('_csrf=%25&email=a%40example.org&password=x'),
    }),
    status: 403,
    message: /missing or wrong security token/,
  },
  {
    name: '5. an admin POST with a JSON body',
    role: 'admin',
    build: (token) => ({
      method: 'POST',
      path: '/admin/review',
      headers: { 'content-type': 'application/json', 'x-csrf-token': token },
      body: Buffer.from('{"action":"reject","ids":["1"]}'),
    }),
    status: 415,
    message: /accepts application\/x-www-form-urlencoded form posts only/,
  },
  {
    name: '5. an admin POST with a text body',
    role: 'editor',
    build: (token) => ({
      method: 'POST',
      path: '/admin/laws/new',
      headers: { 'content-type': 'text/plain', 'x-csrf-token': token },
      body: Buffer.from('laws: []'),
    }),
    status: 415,
    message: /form posts only \(got text\/plain\)/,
  },
];
