import { jest } from '@jest/globals';
import { HostPacer } from '../../src/ingest/host-pacer.ts';

// Fake timers: what is asserted is the order of events against the clock, never a measured duration.
describe('one request per host per interval', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('lets the first request to a host go at once and holds each next one for the interval', async () => {
    const pacer = new HostPacer(1000);
    const started: string[] = [];
    for (const name of ['a1', 'a2', 'a3']) void pacer.wait('a.example').then(() => started.push(name));
    await jest.advanceTimersByTimeAsync(0);
    expect(started).toEqual(['a1']);
    await jest.advanceTimersByTimeAsync(999);
    expect(started).toEqual(['a1']);
    await jest.advanceTimersByTimeAsync(1);
    expect(started).toEqual(['a1', 'a2']);
    await jest.advanceTimersByTimeAsync(1000);
    expect(started).toEqual(['a1', 'a2', 'a3']);
  });

  it('does not hold one host for another', async () => {
    const pacer = new HostPacer(1000);
    const started: string[] = [];
    void pacer.wait('a.example').then(() => started.push('a'));
    void pacer.wait('a.example').then(() => started.push('a again'));
    void pacer.wait('b.example').then(() => started.push('b'));
    await jest.advanceTimersByTimeAsync(0);
    expect(started).toEqual(['a', 'b']);
  });

  it('with an interval of 0 holds nothing back', async () => {
    const pacer = new HostPacer(0);
    const started: number[] = [];
    for (const n of [1, 2, 3]) void pacer.wait('a.example').then(() => started.push(n));
    await jest.advanceTimersByTimeAsync(0);
    expect(started).toEqual([1, 2, 3]);
  });
});
