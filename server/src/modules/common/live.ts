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

/**
 * Follows an append-only table: yields every page of rows after the client's cursor, then waits
 * for a trigger (an event saying more rows exist) and reads again. Reading from the database on
 * each trigger, from the last cursor, is what makes it gap-free and duplicate-free: events only
 * say "look again", never carry the rows. Ends when `isDone()` and nothing is left to read.
 */
export async function* followAppends<T, C>(options: {
  triggers: AsyncIterable<unknown>[];
  cursor: C;
  read: (after: C) => Promise<{ rows: T[]; cursor: C; full: boolean }>;
  isDone: () => Promise<boolean>;
}): AsyncGenerator<T[]> {
  let ring: () => void = () => {};
  let rung = false;
  const iterators = options.triggers.map((trigger) => trigger[Symbol.asyncIterator]());
  // Start listening before the first read, so nothing written in between is missed.
  const pumps = iterators.map(async (iterator) => {
    for (;;) {
      const { done } = await iterator.next();
      if (done) return;
      rung = true;
      ring();
    }
  });
  let cursor = options.cursor;
  try {
    for (;;) {
      rung = false;
      const page = await options.read(cursor);
      cursor = page.cursor;
      if (page.rows.length) yield page.rows;
      if (page.full) continue;
      if (await options.isDone()) {
        const last = await options.read(cursor);
        if (last.rows.length) yield last.rows;
        return;
      }
      if (!rung) await new Promise<void>((resolve) => (ring = resolve));
    }
  } finally {
    await Promise.all(iterators.map((iterator) => iterator.return?.()));
    await Promise.allSettled(pumps);
  }
}
