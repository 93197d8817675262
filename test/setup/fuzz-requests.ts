import fc from 'fast-check';
import { type AppRoute, fillPath, paramNames } from './app-routes.ts';
import { aliasBomb, deepJson } from './repros.ts';

/** Who sends a request: nobody, a signed-in admin or editor, or a cookie that means nothing. */
export type Identity = 'anonymous' | 'admin' | 'editor' | 'junk-cookie';

export interface FuzzRequest {
  identity: Identity;
  /** where the session's CSRF token goes, if anywhere: the right one, or a wrong one */
  token: 'none' | 'body' | 'header' | 'wrong';
  method: string;
  path: string;
  headers: Record<string, string>;
  /** parts of the body; `{{csrf}}` is replaced by the token when the request is sent */
  body: string | Buffer;
}

/** Values that exist in the seeded database, so generated requests also reach deep code paths. */
export type KnownValues = Record<string, string[]>;

/** Parameter sets that exist together (law, version, number of a real article), keyed "law,version,number". */
export type KnownTuples = Record<string, Record<string, string>[]>;

/** Own keys only: a generated key such as "constructor" must not find Object.prototype's. */
const knownFor = (known: KnownValues, key: string): string[] | undefined =>
  Object.hasOwn(known, key) ? known[key] : undefined;

const BROKEN = [
  '%',
  '%E0%A4%A',
  '%ZZ',
  '%00',
  '%C0%AF',
  '%FF%FE',
  '%2e%2e',
  '%2F',
  '..',
  '.',
  '%20',
  '~',
  '%25',
  '%F0%9F%98',
  '\u00ff\u00e9',
];
const awkward = fc.constantFrom(
  ...BROKEN,
  '',
  '0',
  '-1',
  '1e999',
  '9'.repeat(300),
  '<script>alert(1)</script>',
  "' or 1=1 --",
  '$' + '{7*7}',
  '<%= 7*7 %>',
  '__proto__',
  'constructor',
  'null',
  '[]',
  '{}',
  '2016-02-30',
  '9999-99-99',
  'true',
);

/** Percent-encoding as a client would; a lone surrogate (no UTF-8 form) becomes its invalid bytes. */
const encode = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ED%A0%80';
  }
};

/** Text in every script, emoji, RTL marks and controls. */
const unicode = fc.string({ unit: 'grapheme', maxLength: 40 }).map(encode);
const binary = fc.string({ unit: 'binary', maxLength: 30 }).map(encode);
const huge = fc
  .tuple(fc.constantFrom('a', '9', '%41', 'ü', '-'), fc.integer({ min: 500, max: 6000 }))
  .map(([c, n]) => (c === 'ü' ? encode(c) : c).repeat(n));
/** Raw bytes 0x80–0xff in a path or query, which are not UTF-8 on the server. */
const latin1 = fc.string({
  unit: fc.integer({ min: 0x80, max: 0xff }).map((c) => String.fromCharCode(c)),
  minLength: 1,
  maxLength: 6,
});

function value(known: string[] = []): fc.Arbitrary<string> {
  const knownArb = known.length > 0 ? [{ weight: 12, arbitrary: fc.constantFrom(...known.map(encode)) }] : [];
  return fc.oneof(
    ...knownArb,
    { weight: 4, arbitrary: awkward.map((v) => (BROKEN.includes(v) ? v : encode(v))) },
    { weight: 3, arbitrary: unicode },
    { weight: 1, arbitrary: binary },
    { weight: 1, arbitrary: huge },
    { weight: 1, arbitrary: latin1 },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...known, 'x'), fc.constantFrom(...BROKEN))
        .map(([k, b]) => `${encode(k)}${b}`),
    },
  );
}

const QUERY_KEYS = [
  'q',
  'on',
  'after',
  'page',
  'apage',
  'rpage',
  'law',
  'version',
  'kind',
  'outlet',
  'place',
  'year',
  'claim',
  'max',
  'format',
  'file',
  'download',
  'next',
  'entity',
  'entity_id',
  'actor',
  'done',
  'saved',
  'suggested',
  'lang',
  'status',
  'number',
];
const FORM_KEYS = [
  'action',
  'ids',
  'law',
  'version',
  'number',
  'email',
  'password',
  'role',
  'next',
  'yaml',
  'base_hash',
  'heading',
  'summary',
  'chapter',
  'text_en',
  'text_ko',
  'provenance',
  'source_url',
  'lock_version',
  'title',
  'status',
  'slug',
  'outlet',
  'source_type',
  'language',
  'published_on',
  'date_precision',
  'excerpt',
  'url',
  'as_written',
  'claim_type',
  'confidence',
  'quote_start',
  'quote_end',
  'exact',
  'prefix',
  'suffix',
  'resolution',
  'min_months',
  'max_months',
  'kind',
  'tier',
  'text',
  'date',
  'eventDate',
  'urls',
  'default_language',
  'poll_interval_minutes',
];

/** key=value pairs, with repeated keys, key[] and key[sub] forms, and stray separators. */
function pairs(keys: string[], known: KnownValues): fc.Arbitrary<string> {
  const key = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...keys) },
    { weight: 1, arbitrary: unicode },
    { weight: 1, arbitrary: awkward.map(encode) },
  );
  const suffix = fc.constantFrom('', '', '', '[]', '[0]', '[a][b]', '[__proto__]');
  const pair = fc
    .tuple(key, suffix, fc.boolean())
    .chain(([k, sfx, bare]) => (bare ? fc.constant(k) : value(knownFor(known, k)).map((v) => `${k}${sfx}=${v}`)));
  return fc
    .array(pair, { maxLength: 8 })
    .chain((list) =>
      fc.constantFrom(list.join('&'), list.join('&&'), `${list.join('&')}&`, list.concat(list.slice(0, 2)).join('&')),
    );
}

const documents = fc.oneof(
  fc.integer({ min: 60, max: 3000 }).map(deepJson),
  fc.constant(aliasBomb),
  fc
    .integer({ min: 60, max: 400 })
    .map((n) => `${Array.from({ length: n }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1\n`),
  fc.integer({ min: 60, max: 2000 }).map((n) => `${'- '.repeat(n)}x\n`),
  fc.constant('laws:\n  - &x { slug: *x }\n'),
  fc.constant('outlets: [{ slug: fuzz-wire, name: "Fuzz \\u0000 Wire" }]\n'),
  fc.constant('reports: "not a list"\n'),
  fc.constant('{"outlets": [{"slug": "x", "name": 1}]}'),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

const BOUNDARY = 'fuzzboundary';

/** A multipart body: fields and files, sometimes cut short or left unclosed. */
const multipart = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom('_csrf', 'files', 'x', '', 'action'), fc.string({ maxLength: 20 })), {
      maxLength: 3,
    }),
    fc.array(
      fc.tuple(fc.constantFrom('a.json', 'b.yaml', 'c.csv', 'd.txt', '', '../../etc/passwd', 'ü.yml'), documents),
      { maxLength: 2 },
    ),
    fc.constantFrom('whole', 'unclosed', 'cut'),
    fc.nat(),
  )
  .map(([fields, files, shape, cut]) => {
    const parts = [`--${BOUNDARY}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n{{csrf}}\r\n`];
    for (const [name, v] of fields)
      parts.push(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${v}\r\n`);
    for (const [name, content] of files)
      parts.push(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\n\r\n${content}\r\n`,
      );
    const text = parts.join('') + (shape === 'whole' ? `--${BOUNDARY}--\r\n` : '');
    return shape === 'cut' ? text.slice(0, Math.max(1, cut % text.length)) : text;
  });

const formBody = (known: KnownValues) =>
  fc.oneof(
    { weight: 6, arbitrary: pairs(FORM_KEYS, known).map((p) => `_csrf={{csrf}}&${p}`) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom('preview', 'save'), documents)
        .map(([action, doc]) => `_csrf={{csrf}}&action=${action}&yaml=${encode(doc)}`),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 210_000, max: 260_000 }).map((n) => `_csrf={{csrf}}&summary=${'a'.repeat(n)}`),
    },
  );

const jsonBody = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({
        text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }),
        date: fc.option(fc.constantFrom('2016-01-01', '2009-08-18', '2016-02-30', 'x'), { nil: undefined }),
        // The report's title and summary, as the extractor takes them (and shapes it must refuse).
        context: fc.option(
          fc.oneof(
            fc.record(
              {
                title: fc.option(fc.string({ unit: 'grapheme', maxLength: 120 })),
                summary: fc.option(fc.string({ unit: 'grapheme', maxLength: 300 })),
              },
              { requiredKeys: [] },
            ),
            fc.constantFrom('North Korea', 7, [], { headline: 'x' }, { title: 7 }),
          ),
          { nil: undefined },
        ),
      })
      .map((o) => JSON.stringify(o)),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '{"text": "Article 60", }',
      '[]',
      'null',
      '"text"',
      '{"text": {"$gt": ""}}',
      '{"text": "\\u0000"}',
      '{"__proto__": {"x": 1}, "text": "a"}',
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 60, max: 5000 }).map((n) => `{"text": "a", "context": ${deepJson(n)}}`) },
  { weight: 1, arbitrary: fc.constant(`{"text": "${'Article 222 '.repeat(100_000)}"}`) },
);

interface BodyChoice {
  contentType: string | null;
  body: string;
}

/** The body type a route expects is sent most often, so most requests get past the type check. */
function expectedType(path: string): 'form' | 'multipart' | 'json' {
  if (path.startsWith('/api/')) return 'json';
  return path === '/admin/import' ? 'multipart' : 'form';
}

const bodies = (known: KnownValues, expected: ReturnType<typeof expectedType>): fc.Arbitrary<BodyChoice> =>
  fc.oneof(
    {
      weight: expected === 'form' ? 20 : 2,
      arbitrary: formBody(known).map((body) => ({ contentType: 'application/x-www-form-urlencoded', body })),
    },
    {
      weight: expected === 'multipart' ? 20 : 2,
      arbitrary: multipart.map((body) => ({ contentType: `multipart/form-data; boundary=${BOUNDARY}`, body })),
    },
    { weight: 1, arbitrary: multipart.map((body) => ({ contentType: 'multipart/form-data', body })) },
    {
      weight: expected === 'json' ? 20 : 2,
      arbitrary: jsonBody.map((body) => ({ contentType: 'application/json', body })),
    },
    { weight: 1, arbitrary: jsonBody.map((body) => ({ contentType: null, body })) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom(
            'text/plain',
            'application/xml',
            'application/x-www-form-urlencoded; charset=utf-16',
            'application/json; charset=latin9',
            'a/b',
            'multipart/mixed; boundary=x',
            '*/*',
            'application/x-www-form-urlencoded; charset=koi8-r',
          ),
          formBody(known),
        )
        .map(([contentType, body]) => ({ contentType, body })),
    },
    { weight: 1, arbitrary: fc.constant({ contentType: null, body: '' }) },
  );

const extraHeaders = fc.record(
  {
    'if-none-match': fc.constantFrom('*', '"x"', 'W/"1", "2"', 'garbage', '""'),
    'if-modified-since': fc.constantFrom('yesterday', 'Thu, 01 Jan 1970 00:00:00 GMT', 'Mon, 99 Foo 9999 99:99:99 GMT'),
    'x-forwarded-for': fc.constantFrom('203.0.113.9', 'not-an-ip', '::1, 10.0.0.1', '2001:db8::1', ''),
    'x-forwarded-proto': fc.constantFrom('https', 'http', 'gopher', ''),
    'x-forwarded-host': fc.constantFrom('evil.example', '<script>', ''),
    accept: fc.constantFrom('application/json', 'text/html', '*/*', 'application/atom+xml;q=0.1', ''),
    'accept-language': fc.constantFrom('ko', 'en;q=x', '*'),
  },
  { requiredKeys: [] },
);

/** Generated requests for one route: its own method, its path filled with good and bad values. */
export function requestsFor(route: AppRoute, known: KnownValues, tuples: KnownTuples): fc.Arbitrary<FuzzRequest> {
  const names = paramNames(route.path);
  const independent = fc.record(
    Object.fromEntries(names.map((name) => [name, value(knownFor(known, name))])),
  ) as fc.Arbitrary<Record<string, string>>;
  const together = (Object.hasOwn(tuples, names.join(',')) ? tuples[names.join(',')]! : []).map((t) =>
    Object.fromEntries(Object.entries(t).map(([k, v]) => [k, encode(v)])),
  );
  const params =
    together.length > 0
      ? fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...together) }, { weight: 1, arbitrary: independent })
      : independent;
  const query = fc.option(pairs(QUERY_KEYS, known), { nil: null });
  const withBody = route.method !== 'GET' && route.method !== 'HEAD';
  return fc
    .record({
      identity: fc.constantFrom<Identity>('anonymous', 'admin', 'editor', 'admin', 'editor', 'junk-cookie'),
      token: fc.constantFrom<FuzzRequest['token']>('none', 'body', 'body', 'body', 'header', 'wrong'),
      params,
      query,
      body: withBody
        ? bodies(known, expectedType(route.path))
        : fc.constant<BodyChoice>({ contentType: null, body: '' }),
      headers: extraHeaders,
      head: fc.boolean(),
    })
    .map(({ identity, token, params: values, query: q, body, headers, head }) => {
      const all: Record<string, string> = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== ''));
      if (body.contentType) all['content-type'] = body.contentType;
      return {
        identity,
        token,
        method: route.method === 'GET' && head ? 'HEAD' : route.method,
        path: `${fillPath(route.path, values)}${q === null ? '' : `?${q}`}`,
        headers: all,
        body: body.body,
      };
    });
}
