import { reusableQuery } from '../../src/db/reusable-query.ts';
import { makeOutlet } from '../factories/outlets.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb.drop());

const outletsNamed = reusableQuery((db, { slug, name }: { slug: string; name: string }) =>
  db
    .selectFrom('outlet')
    .select(['slug', 'name'])
    .where((eb) => eb.or([eb('slug', '=', slug), eb('name', '=', name)])),
);

describe('a query built once', () => {
  it('puts each run’s own values in its slots', async () => {
    const [a, b] = [await makeOutlet(tdb.db), await makeOutlet(tdb.db)];
    expect(await outletsNamed(tdb.db, { slug: a.slug, name: 'nobody' })).toEqual([{ slug: a.slug, name: a.name }]);
    expect(await outletsNamed(tdb.db, { slug: 'none', name: b.name })).toEqual([{ slug: b.slug, name: b.name }]);
    expect(await outletsNamed(tdb.db, { slug: 'none', name: 'nobody' })).toEqual([]);
  });

  it('runs on the database it is given: a transaction sees its own uncommitted row', async () => {
    const rolledBack = tdb.db.transaction().execute(async (trx) => {
      await trx.insertInto('outlet').values({ slug: 'only-in-trx', name: 'Only in the transaction' }).execute();
      expect(await outletsNamed(trx, { slug: 'only-in-trx', name: '' })).toHaveLength(1);
      throw new Error('roll back');
    });
    await expect(rolledBack).rejects.toThrow('roll back');
    expect(await outletsNamed(tdb.db, { slug: 'only-in-trx', name: '' })).toEqual([]);
  });
});
