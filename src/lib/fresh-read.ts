/**
 * One read shared by concurrent callers — but only a read that began after the caller asked, so a
 * caller always sees every change committed before it asked (what "visible on the very next
 * request" needs). Callers that arrive while a read runs wait for the next one, which starts when
 * the running one ends and serves all of them: under load, one round trip per round trip's worth
 * of requests instead of one per request.
 */
export function sharedFreshRead<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let queued: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const current: Promise<T> = read().finally(() => {
      if (running === current) running = null;
    });
    running = current;
    return current;
  };
  return () => {
    if (!running) return start();
    queued ??= running
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        queued = null;
        return start();
      });
    return queued;
  };
}
