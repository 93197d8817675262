import { sharedFreshRead } from '../../src/lib/fresh-read.ts';

/** A read whose answers the test releases one at a time, recording when each read began. */
function controlledRead() {
  const pending: ((value: number) => void)[] = [];
  let value = 0;
  const read = () => new Promise<number>((resolve) => pending.push(resolve));
  const finishNext = async () => {
    pending.shift()!(++value);
    await new Promise((r) => setImmediate(r));
  };
  return { read, pending, finishNext };
}

describe('a read shared only with callers that asked before it began', () => {
  it('makes a caller arriving during a read wait for a new one, and shares that one among all such callers', async () => {
    const c = controlledRead();
    const get = sharedFreshRead(c.read);
    const first = get();
    expect(c.pending).toHaveLength(1);
    // Arrived while read 1 runs: it may hold data older than their arrival, so they wait for read 2.
    const later = [get(), get(), get()];
    expect(c.pending).toHaveLength(1);
    await c.finishNext();
    expect(await first).toBe(1);
    expect(c.pending).toHaveLength(1);
    await c.finishNext();
    expect(await Promise.all(later)).toEqual([2, 2, 2]);
  });

  it('starts a new read for a caller arriving when none runs, and survives a failed read', async () => {
    let n = 0;
    const get = sharedFreshRead(async () => {
      n++;
      if (n === 1) throw new Error('connection lost');
      return n;
    });
    await expect(get()).rejects.toThrow('connection lost');
    expect(await get()).toBe(2);
    expect(await get()).toBe(3);
  });
});
