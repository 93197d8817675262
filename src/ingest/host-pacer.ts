/**
 * At most one request per host per interval: each request to a host waits for the one before it
 * plus the gap, so a feed of thirty articles on one site takes thirty seconds, not a burst.
 */
export class HostPacer {
  private readonly next = new Map<string, Promise<void>>();

  constructor(private readonly intervalMs: number) {}

  wait(host: string): Promise<void> {
    if (this.intervalMs <= 0) return Promise.resolve();
    const before = this.next.get(host) ?? Promise.resolve();
    const mine = before.then(() => new Promise<void>((resolve) => setTimeout(resolve, this.intervalMs).unref()));
    this.next.set(host, mine);
    return before;
  }
}
