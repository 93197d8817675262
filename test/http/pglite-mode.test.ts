import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { createApp } from '../../src/app.ts';
import { openDatabase } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { isDatabaseEmpty, seedDatabase } from '../../src/interchange/apply/seed.service.ts';

// The embedded mode `npm start` uses without DATABASE_URL: same migrations, seeds and pages.
describe('embedded PGlite mode', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-pglite-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('serves the Article 222 page, and finds its data intact after a restart', async () => {
    const first = await openDatabase({ databaseUrl: null, dataDir, dbPoolSize: 1 });
    await migrateToLatest(first.db);
    expect(await isDatabaseEmpty(first.db)).toBe(true);
    await seedDatabase(first.db);
    const app = createApp({ db: first.db, config: { publicUrl: null }, logger: pino({ level: 'silent' }) });
    const res = await request(app).get('/laws/kp-criminal-code/2015/articles/222').expect(200);
    expect(res.text).toContain('Article 222');
    expect(res.text).toContain('up to 5 years of correctional labor');
    await first.close();

    const second = await openDatabase({ databaseUrl: null, dataDir, dbPoolSize: 1 });
    try {
      expect(await isDatabaseEmpty(second.db)).toBe(false);
      expect(await migrateToLatest(second.db)).toEqual([]);
      const again = createApp({ db: second.db, config: { publicUrl: null }, logger: pino({ level: 'silent' }) });
      await request(again).get('/api/laws/kp-criminal-code/2004/articles/60').expect(200);
    } finally {
      await second.close();
    }
  }, 120_000);
});
