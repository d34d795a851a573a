// Subscriptions that never miss anything: listen first, then read the current state, then pass
// on live events. A client that (re)connects always starts from the truth in the database, and
// when Redis comes back after an outage every live subscription reads that truth again.
import { Repeater } from 'graphql-yoga';
import type { Resync } from '../../pubsub.ts';

/**
 * `live` events, plus what `reread` finds in the database after every re-sync signal (the event
 * bus got its Redis connection back, so events published meanwhile may never arrive).
 */
export function withResyncs<T>(
  live: AsyncIterable<T>,
  resyncs: AsyncIterable<Resync>,
  reread: (resync: Resync) => Promise<T[]>,
): AsyncIterable<T> {
  const rereads = new Repeater<T>(async (push, stop) => {
    const signals = resyncs[Symbol.asyncIterator]();
    stop.then(() => signals.return?.());
    for (let signal = await signals.next(); !signal.done; signal = await signals.next()) {
      for (const event of await reread(signal.value)) await push(event);
    }
    stop();
  });
  return Repeater.merge([live, rereads]) as AsyncIterable<T>;
}

/**
 * Yields `read()` (the current state, read after the live listener is attached), then live events,
 * and `read()` again after every re-sync signal (skipping events `same` as the last one sent).
 * Ends after an event for which `isLast` is true (e.g. a terminal run status).
 */
export function liveAfterSnapshot<T>(options: {
  live: AsyncIterable<T>;
  resyncs: AsyncIterable<Resync>;
  read: () => Promise<T[]>;
  isLast?: (event: T) => boolean;
  same?: (a: T, b: T) => boolean;
}): AsyncIterable<T> {
  const { read, isLast = () => false, same = () => false } = options;
  // A Repeater, not an async generator: a client that unsubscribes while nothing happens must
  // detach the listeners now, not at the next event (a generator's return() waits for it).
  return new Repeater<T>(async (push, stop) => {
    let last: T | undefined;
    const reread = async () => (await read()).filter((event) => last === undefined || !same(event, last));
    const events = withResyncs(options.live, options.resyncs, reread)[Symbol.asyncIterator]();
    const send = async (event: T) => {
      last = event;
      await push(event);
      return isLast(event);
    };
    // Pulling once starts the (lazy) listeners before the snapshot is read.
    let pending = events.next();
    try {
      for (const event of await read()) if (await send(event)) return;
      for (;;) {
        const next = await Promise.race([pending, stop]);
        if (!next || next.done || (await send(next.value))) return;
        pending = events.next();
      }
    } finally {
      stop();
      await events.return?.();
    }
  });
}

/**
 * Follows an append-only table: yields every page of rows after the client's cursor, then waits
 * for a trigger (an event saying more rows exist) and reads again. Reading from the database on
 * each trigger, from the last cursor, is what makes it gap-free and duplicate-free: events only
 * say "look again", never carry the rows. Ends when `isDone()` and nothing is left to read.
 * `check` runs first, before anything is listened to (e.g. refusing an unknown run).
 */
export function followAppends<T, C>(options: {
  check?: () => Promise<void>;
  triggers: AsyncIterable<unknown>[];
  cursor: C;
  read: (after: C) => Promise<{ rows: T[]; cursor: C; full: boolean }>;
  isDone: () => Promise<boolean>;
}): AsyncIterable<T[]> {
  // A Repeater for the same reason as liveAfterSnapshot: unsubscribing detaches at once.
  return new Repeater<T[]>(async (push, stop) => {
    await options.check?.();
    let ring: () => void = () => {};
    let rung = false;
    let stopped = false;
    stop.then(() => {
      stopped = true;
      ring();
    });
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
      while (!stopped) {
        rung = false;
        const page = await options.read(cursor);
        cursor = page.cursor;
        if (page.rows.length) await push(page.rows);
        if (page.full) continue;
        if (await options.isDone()) {
          const last = await options.read(cursor);
          if (last.rows.length) await push(last.rows);
          return;
        }
        if (!rung && !stopped) await new Promise<void>((resolve) => (ring = resolve));
      }
    } finally {
      stop();
      await Promise.all(iterators.map((iterator) => iterator.return?.()));
      await Promise.allSettled(pumps);
    }
  });
}
