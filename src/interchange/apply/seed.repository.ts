import type { Db } from '../../db/connect.ts';

export async function countLaws(db: Db): Promise<number> {
  const row = await db
    .selectFrom('law')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
