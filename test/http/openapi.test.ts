import type { Server } from 'node:http';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Express } from 'express';
import request from 'supertest';
import { buildOpenApiDocument } from '../../src/openapi/openapi.document.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let express: Express;
let app: Server;
beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
  express = createTestApp(tdb.db);
  app = express.listen(0);
});
afterAll(async () => {
  app.close();
  await tdb.drop();
});

type Json = Record<string, unknown>;
interface Parameter {
  name: string;
  in: string;
  example?: string;
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  responses: Record<string, { content?: Record<string, { schema: Json }> }>;
}

const doc = buildOpenApiDocument();
const paths = doc.paths as Record<string, Record<string, Operation>>;

// Component schemas under absolute ids, so each response schema compiles on its own.
const base = 'https://statute-atlas.test/schemas/';
const rebase = (schema: unknown): Json =>
  JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${base}`));
const ajv = new Ajv2020.default({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats.default(ajv);
for (const [name, schema] of Object.entries(doc.components.schemas))
  ajv.addSchema({ ...rebase(schema), $id: `${base}${name}` });

function validate(schema: Json, body: unknown): string[] {
  const check = ajv.compile(rebase(schema));
  return check(body) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const exampleUrl = (template: string, op: Operation) =>
  template.replace(/\{(\w+)\}/g, (_m, name: string) =>
    encodeURIComponent(op.parameters!.find((p) => p.in === 'path' && p.name === name)!.example!),
  );

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
  rawPath?: string;
}

/** Every route the app registers, as "METHOD /path/{param}", walking mounted routers. */
function registeredRoutes(stack: Layer[], prefix = ''): string[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      const full = `${prefix}${layer.route.path}`.replace(/:(\w+)/g, '{$1}');
      return Object.keys(layer.route.methods).map((m) => `${m.toUpperCase()} ${full}`);
    }
    const mount = layer.rawPath && layer.rawPath !== '/' ? layer.rawPath : '';
    return layer.handle?.stack ? registeredRoutes(layer.handle.stack, `${prefix}${mount}`) : [];
  });
}

describe('the OpenAPI document', () => {
  it('is served at /api/openapi.json as OpenAPI 3.1', async () => {
    const res = await request(app).get('/api/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(res.body).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it('documents every /api route the app registers, and no route it does not', () => {
    const stack = (express as unknown as { router: { stack: Layer[] } }).router.stack;
    const registered = new Set(registeredRoutes(stack).filter((r) => / \/api(\/|$)/.test(r)));
    const documented = new Set(
      Object.entries(paths)
        .filter(([p]) => p === '/api' || p.startsWith('/api/'))
        .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)),
    );
    expect(registered.size).toBeGreaterThan(10);
    expect([...registered].sort()).toEqual([...documented].sort());
  });

  it('closes every object it describes, so a field no schema declares fails validation', () => {
    const open: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Json;
      if (n.type === 'object' && n.properties && n.additionalProperties !== false) open.push(at);
      for (const [k, v] of Object.entries(n)) walk(v, `${at}/${k}`);
    };
    walk(doc.components.schemas, '#/components/schemas');
    // CSL-JSON items carry whatever fields the item type has (citeproc's vocabulary, not ours).
    expect(open).toEqual(['#/components/schemas/CslItems/items']);
  });

  it('gives every operation a unique operationId and every schema reference a target', () => {
    const ops = Object.values(paths).flatMap((p) => Object.values(p));
    expect(new Set(ops.map((o) => o.operationId)).size).toBe(ops.length);
    const refs = [...JSON.stringify(doc).matchAll(/"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]!);
    for (const name of refs) expect(Object.keys(doc.components.schemas)).toContain(name);
  });
});

const gets = Object.entries(paths).flatMap(([template, ops]) => (ops.get ? [[template, ops.get] as const] : []));

describe('responses validate against their schemas', () => {
  it.each(gets)('GET %s on seeded data', async (template, op) => {
    const res = await request(app).get(exampleUrl(template, op)).redirects(0);
    const documented = op.responses[String(res.status)];
    expect(documented).toBeDefined();
    expect(res.status).toBeLessThan(400);
    const [type, media] = Object.entries(documented?.content ?? {})[0] ?? [];
    if (!type) return;
    expect(res.headers['content-type']).toContain(type);
    if (type.endsWith('json')) expect(validate(media!.schema, JSON.parse(res.text))).toEqual([]);
  });

  it.each([
    ['/api/search?q=phone', 'SearchPage'],
    ['/api/search?q=Art.%2060', 'SearchPage'],
    ['/api/reports?outlet=daily-nk&year=2017', 'ReportsPage'],
    ['/api/laws/kp-criminal-code/2015/articles/60', 'ArticlePage'],
    ['/api/reports/kcna-2016-warmbier-sentenced', 'ReportPage'],
    ['/api/laws/kp-criminal-code/2015/articles/222?searched=Art.%20222', 'ArticlePage'],
    ['/api/offences/kp-criminal-code/decadent-culture?on=2016-01-01', 'OffencePage'],
    ['/api/offences/kp-criminal-code/state-overthrow-conspiracy?on=1990-01-01', 'OffencePage'],
    ['/api/laws/kp-criminal-code/2015/articles/183/in-force?on=2024-06-01', 'InForcePage'],
    ['/api/laws/kp-criminal-code/2015/articles/222/in-force?on=2010-01-01', 'InForcePage'],
  ])('validates the variant %s as %s', async (url, schema) => {
    const body = (await request(app).get(url).expect(200)).body;
    expect(validate({ $ref: `#/components/schemas/${schema}` }, body)).toEqual([]);
  });

  it('validates 404 and 400 errors as the Error schema', async () => {
    const error = paths['/api/laws/{law}']!.get!.responses['404']!.content!['application/json']!.schema;
    const notFound = await request(app).get('/api/laws/no-such-law').expect(404);
    expect(validate(error, notFound.body)).toEqual([]);
    const bad = await request(app).get('/api/reports?year=20x6').expect(400);
    expect(validate(error, bad.body)).toEqual([]);
    const long = await request(app)
      .get(`/api/laws/kp-criminal-code/2015/articles/${'9'.repeat(51)}`)
      .expect(400);
    expect(validate(error, long.body)).toEqual([]);
    expect(long.body.error.message).toBe('The number in the URL is longer than any article number (50 characters).');
    const slug = await request(app)
      .get(`/api/reports/${'a'.repeat(201)}`)
      .expect(400);
    expect(slug.body.error.message).toBe('The slug in the URL is longer than any slug (200 characters).');
  });

  it('validates POST /api/extract', async () => {
    const op = (paths['/api/extract'] as unknown as { post: Operation }).post;
    const ok = await request(app)
      .post('/api/extract')
      .send({ text: 'Article 222 of the Criminal Code', date: '2016-01-01' })
      .expect(200);
    expect(ok.body.length).toBe(1);
    expect(validate(op.responses['200']!.content!['application/json']!.schema, ok.body)).toEqual([]);
    const bad = await request(app).post('/api/extract').send({}).expect(400);
    expect(validate(op.responses['400']!.content!['application/json']!.schema, bad.body)).toEqual([]);
  });

  it('describes the extractor’s context input and the lawName of a citation of another law', async () => {
    const op = (
      paths['/api/extract'] as unknown as {
        post: Operation & { requestBody: { content: Record<string, { schema: Json }> } };
      }
    ).post;
    const input = op.requestBody.content['application/json']!.schema;
    const body = {
      text: 'He was charged under Article 7 of the National Security Act.',
      date: '2016-01-01',
      context: { title: 'Seoul court hearing', summary: null },
    };
    expect(validate(input, body)).toEqual([]);
    expect(validate(input, { ...body, context: { title: 'x', subtitle: 'y' } })).not.toEqual([]);
    const res = await request(app).post('/api/extract').send(body).expect(200);
    expect(validate(op.responses['200']!.content!['application/json']!.schema, res.body)).toEqual([]);
    expect(res.body).toEqual([expect.objectContaining({ law: null, lawName: 'National Security Act', article: '7' })]);
  });

  it.each([
    [
      '/api/reports/dailynk-crackdown-chinese-mobile-phones',
      'ReportPage',
      (b: Json) => delete (b.report as Json).title,
    ],
    ['/api/laws/kp-criminal-code/2015/articles/222', 'ArticlePage', (b: Json) => delete (b.citedBy as Json).total],
    ['/api/reports', 'ReportsPage', (b: Json) => ((b.reports as Json[])[0]!.url = 42)],
    ['/api/reports', 'ReportsPage', (b: Json) => ((b.reports as Json[])[0]!.date = '16 March 2016')],
    [
      '/api/laws/kp-criminal-code/2015/articles/222',
      'ArticlePage',
      (b: Json) => ((b.citedBy as Json).chart = { width: 640, bars: [] }),
    ],
    ['/api/laws/kp-criminal-code/lineage', 'RenumberingMapPage', (b: Json) => (b.geometry = { width: 858 })],
    [
      '/api/offences/kp-criminal-code/decadent-culture',
      'OffencePage',
      (b: Json) => ((b.counts as Json).text = 'Cited by 5 reports'),
    ],
  ])('catches a missing, mistyped or undeclared field in %s', async (url, schema, spoil) => {
    const body = (await request(app).get(url).expect(200)).body;
    expect(validate({ $ref: `#/components/schemas/${schema}` }, body)).toEqual([]);
    spoil(body);
    expect(validate({ $ref: `#/components/schemas/${schema}` }, body)).not.toEqual([]);
  });
});

/** Fields the HTML pages need and the JSON twins must not carry: chart geometry and display phrases. */
const viewOnly = [
  'x',
  'y',
  'w',
  'h',
  'labelX',
  'width',
  'height',
  'geometry',
  'chart',
  'sentence',
  'tierName',
  'ladderSentence',
  'inForceText',
  'textStatusLabel',
  'stateLabel',
  'datePicker',
  'feedTitle',
  'onText',
  'dateText',
];

describe('the JSON twins carry data, not view-models', () => {
  const twins = gets.filter(([template]) => template.startsWith('/api') && template !== '/api/openapi.json');
  it.each(twins)('GET %s has no display-only field', async (template, op) => {
    const res = await request(app).get(exampleUrl(template, op)).redirects(1);
    const found = new Set<string>();
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object')
        for (const [k, v] of Object.entries(node)) viewOnly.includes(k) ? found.add(k) : walk(v);
    };
    walk(res.body);
    expect([...found]).toEqual([]);
  });

  it('gives dates as ISO text and claim types as their values', async () => {
    const body = (await request(app).get('/api/laws/kp-criminal-code').expect(200)).body;
    for (const v of body.versions) expect(v.adoptedOn ?? '2000-01-01').toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const article = (await request(app).get('/api/laws/kp-criminal-code/2015/articles/222').expect(200)).body;
    for (const r of article.citedBy.reports) for (const c of r.citations) expect(c.claimType).toMatch(/^[a-z_]+$/);
  });
});
