import { createUser } from '../../src/admin/auth.service.ts';
import type { PollScheduler } from '../../src/ingest/poll-scheduler.ts';
import { signIn, tokenOf } from '../setup/admin-agent.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';
import { EN_SUBVERSION, EN_TRIAL, JA_SPY } from './fixture-pages.ts';
import { type FixtureSite, startFixtureSite } from './fixture-site.ts';
import pino from 'pino';
import { createApp } from '../../src/app.ts';

let tdb: TestDatabase;
let site: FixtureSite;
const wakes: number[] = [];
const scheduler: PollScheduler = {
  start: async () => {},
  stop: async () => {},
  wake: () => void wakes.push(Date.now()),
};
const app = (allowPrivate: boolean) =>
  createApp({
    db: tdb.db,
    config: { publicUrl: null, fetchAllowPrivate: allowPrivate, fetchTimeoutMs: 2000, fetchHostIntervalMs: 5 },
    logger: pino({ level: 'silent' }),
    scheduler,
  });

beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
  site = await startFixtureSite();
  await createUser(tdb.db, 'editor@example.org', 'editor', 'editor password 123');
  await createUser(tdb.db, 'admin@example.org', 'admin', 'admin password 123');
});
afterAll(async () => {
  await site.close();
  await tdb.drop();
});

describe('/admin/sources', () => {
  it('adds a source from a page that links its feed, lists it, pauses, resumes and polls it now', async () => {
    const agent = await signIn(app(true), 'editor@example.org', 'editor password 123');
    const csrf = await tokenOf(agent, '/admin/sources');
    const added = await agent
      .post('/admin/sources')
      .type('form')
      .send({
        _csrf: csrf,
        url: `${site.origin}/home`,
        outlet: 'daily-nk',
        default_language: 'en',
        poll_interval_minutes: '30',
      })
      .expect(303);
    expect(added.headers.location).toBe('/admin/sources?done=added');
    const row = await tdb.db
      .selectFrom('source')
      .select(['id', 'feed_url', 'given_url', 'poll_interval_minutes', 'paused'])
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      feed_url: `${site.origin}/atom.xml`,
      given_url: `${site.origin}/home`,
      poll_interval_minutes: 30,
      paused: false,
    });
    const list = await agent.get('/admin/sources').expect(200);
    expect(list.text).toContain(`${site.origin}/atom.xml`);
    expect(list.text).toContain('Daily NK');
    expect(list.text).toContain('never');

    await agent.post(`/admin/sources/${row.id}/pause`).type('form').send({ _csrf: csrf }).expect(303);
    expect((await tdb.db.selectFrom('source').select('paused').executeTakeFirstOrThrow()).paused).toBe(true);
    expect((await agent.get('/admin/sources').expect(200)).text).toContain('>paused<');
    await agent.post(`/admin/sources/${row.id}/resume`).type('form').send({ _csrf: csrf }).expect(303);
    const polled = await agent.post(`/admin/sources/${row.id}/poll`).type('form').send({ _csrf: csrf }).expect(303);
    expect(polled.headers.location).toBe('/admin/sources?done=queued');
    expect(wakes).toHaveLength(1);
    await agent.post(`/admin/sources/${row.id}/poll`).type('form').send({}).expect(403);
    await agent.post('/admin/sources/999999/poll').type('form').send({ _csrf: csrf }).expect(404);
  });

  it('refuses a feed it cannot read, a duplicate and bad fields, with the reason and the values kept', async () => {
    const agent = await signIn(app(false), 'editor@example.org', 'editor password 123');
    const csrf = await tokenOf(agent, '/admin/sources');
    const loopback = await agent
      .post('/admin/sources')
      .type('form')
      .send({
        _csrf: csrf,
        url: `${site.origin}/feed.xml`,
        outlet: 'daily-nk',
        default_language: 'en',
        poll_interval_minutes: '60',
      })
      .expect(422);
    expect(loopback.text).toContain('refused: 127.0.0.1 is a loopback address');
    expect(loopback.text).toContain(`value="${site.origin}/feed.xml"`);
    const trusted = await signIn(app(true), 'editor@example.org', 'editor password 123');
    const t = await tokenOf(trusted, '/admin/sources');
    const dup = await trusted
      .post('/admin/sources')
      .type('form')
      .send({
        _csrf: t,
        url: `${site.origin}/atom.xml`,
        outlet: 'daily-nk',
        default_language: 'en',
        poll_interval_minutes: '60',
      })
      .expect(409);
    expect(dup.text).toContain('is already a source');
    const malformed = await trusted
      .post('/admin/sources')
      .type('form')
      .send({
        _csrf: t,
        url: `${site.origin}/bad/malformed.xml`,
        outlet: 'daily-nk',
        default_language: 'en',
        poll_interval_minutes: '60',
      })
      .expect(422);
    expect(malformed.text).toContain('malformed feed');
    const bad = await trusted
      .post('/admin/sources')
      .type('form')
      .send({
        _csrf: t,
        url: 'javascript:alert(1)',
        outlet: 'daily-nk',
        default_language: 'english',
        poll_interval_minutes: '1',
      })
      .expect(422);
    expect(bad.text).toContain('Enter an http:// or https:// address.');
    expect(bad.text).toContain('Enter a language code');
    expect(bad.text).toContain('Poll every 5 minutes at most often');
    await trusted
      .post('/admin/sources')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ url: 'x' }))
      .expect(415);
    expect(await tdb.db.selectFrom('source').select('id').execute()).toHaveLength(1);
  });
});

describe('/admin/reports/from-url', () => {
  it('previews pasted URLs without storing anything, then creates the drafts', async () => {
    const agent = await signIn(app(true), 'editor@example.org', 'editor password 123');
    const csrf = await tokenOf(agent, '/admin/reports/from-url');
    const urls = `${site.origin}${EN_TRIAL.path}\n${site.origin}${JA_SPY.path}\n${site.origin}/bad/missing`;
    const preview = await agent
      .post('/admin/reports/from-url')
      .type('form')
      .send({ _csrf: csrf, urls, outlet: '', action: 'preview' })
      .expect(200);
    expect(preview.text).toContain('Preview — nothing stored yet');
    expect(preview.text).toContain(EN_TRIAL.title);
    expect(preview.text).toContain('2024-03-05');
    expect(preview.text).toContain('Kim Min-ji');
    expect(preview.text).toContain('Article 222 of the Criminal Code');
    expect(preview.text).toContain('刑法第64条');
    expect(preview.text).toContain('skipped (HTTP 404)');
    expect(await tdb.db.selectFrom('report').select('id').where('title', '=', EN_TRIAL.title).execute()).toHaveLength(
      0,
    );

    const created = await agent
      .post('/admin/reports/from-url')
      .type('form')
      .send({ _csrf: csrf, urls, outlet: '', action: 'create' })
      .expect(200);
    expect(created.text).toContain('2 new draft reports, 2 suggested citations, 0 known, 1 skipped, 1 failed URL');
    const draft = await tdb.db
      .selectFrom('report')
      .select(['slug', 'status'])
      .where('title', '=', EN_TRIAL.title)
      .executeTakeFirstOrThrow();
    expect(draft.status).toBe('draft');
    const audit = await tdb.db
      .selectFrom('audit_event')
      .select(['actor', 'source'])
      .where('entity', '=', 'report')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ actor: 'editor@example.org', source: 'ui' });

    // The fetched text is for administrators only.
    await agent.get(`/admin/reports/${draft.slug}/source`).expect(403);
    const admin = await signIn(app(true), 'admin@example.org', 'admin password 123');
    const source = await admin.get(`/admin/reports/${draft.slug}/source`).expect(200);
    expect(source.text).toContain(EN_TRIAL.paragraphs[2]!.split('. ')[0]!);
    expect(source.text).toMatch(/<code>[0-9a-f]{64}<\/code>/);
  }, 30_000);

  it('refuses an empty paste, too many URLs and a non-URL with a sentence', async () => {
    const agent = await signIn(app(true), 'editor@example.org', 'editor password 123');
    const csrf = await tokenOf(agent, '/admin/reports/from-url');
    const empty = await agent
      .post('/admin/reports/from-url')
      .type('form')
      .send({ _csrf: csrf, urls: '  ', action: 'preview' })
      .expect(422);
    expect(empty.text).toContain('Paste at least one article address.');
    const many = Array.from({ length: 11 }, (_, i) => `${site.origin}/n/${i}`).join('\n');
    expect(
      (
        await agent
          .post('/admin/reports/from-url')
          .type('form')
          .send({ _csrf: csrf, urls: many, action: 'preview' })
          .expect(422)
      ).text,
    ).toContain('at most 10');
    expect(
      (
        await agent
          .post('/admin/reports/from-url')
          .type('form')
          .send({ _csrf: csrf, urls: 'not a url', action: 'create' })
          .expect(422)
      ).text,
    ).toContain('one http:// or https:// address');
    await agent
      .post('/admin/reports/from-url')
      .type('form')
      .send({ urls: `${site.origin}${EN_SUBVERSION.path}`, action: 'create' })
      .expect(403);
  });
});
