import fs from 'node:fs';
import pino from 'pino';
import request from 'supertest';
import { createApp } from '../../src/app.ts';
import { openDatabase } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { isDatabaseEmpty } from '../../src/interchange/apply/seed.service.ts';
import { seededDataDir } from '../setup/pglite-template.ts';

// The embedded mode `npm start` uses without DATABASE_URL: same migrations, seeds and pages. The
// directory is a copy of the run's template, which `atlas seed` built from an empty directory (the
// first run); a second cold PGlite seed here would cost seconds of CPU and prove nothing more.
describe('embedded PGlite mode', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await seededDataDir('atlas-pglite-');
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('serves the Article 222 page from a first-run directory, and finds its data intact after a restart', async () => {
    const first = await openDatabase({ databaseUrl: null, dataDir, dbPoolSize: 1 });
    try {
      expect(await isDatabaseEmpty(first.db)).toBe(false);
      expect(await migrateToLatest(first.db)).toEqual([]);
      const app = createApp({ db: first.db, config: { publicUrl: null }, logger: pino({ level: 'silent' }) });
      const res = await request(app).get('/laws/kp-criminal-code/2015/articles/222').expect(200);
      expect(res.text).toContain('Article 222');
      expect(res.text).toContain('up to 5 years of correctional labor');
    } finally {
      await first.close();
    }

    const second = await openDatabase({ databaseUrl: null, dataDir, dbPoolSize: 1 });
    try {
      expect(await isDatabaseEmpty(second.db)).toBe(false);
      const again = createApp({ db: second.db, config: { publicUrl: null }, logger: pino({ level: 'silent' }) });
      await request(again).get('/api/laws/kp-criminal-code/2004/articles/60').expect(200);
    } finally {
      await second.close();
    }
  }, 120_000);
});
