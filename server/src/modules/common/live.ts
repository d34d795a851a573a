// Subscriptions that never miss anything: listen first, then read the current state, then pass
// on live events. A client that (re)connects always starts from the truth in the database.

/**
 * Yields `initial()` (read after the live listener is attached), then live events, and ends after
 * an event for which `isLast` is true (e.g. a terminal run status).
 */
export async function* liveAfterSnapshot<T>(
  source: AsyncIterable<T>,
  initial: () => Promise<T[]>,
  isLast: (event: T) => boolean = () => false,
): AsyncGenerator<T> {
  const live = source[Symbol.asyncIterator]();
  // Pulling once starts the (lazy) listener before the snapshot is read.
  let pending = live.next();
  try {
    for (const event of await initial()) {
      yield event;
      if (isLast(event)) return;
    }
    for (;;) {
      const { value, done } = await pending;
      if (done) return;
      yield value;
      if (isLast(value)) return;
      pending = live.next();
    }
  } finally {
    await live.return?.();
  }
}
