// Subscriptions that never miss anything: listen first, then read the current state, then pass
// on live events. A client that (re)connects always starts from the truth in the database, and
// when Redis comes back after an outage every live subscription reads that truth again.
//
// Fan-out at scale (see docs/architecture.md, "Live fan-out"): a hub per topic (one run's status,
// one run's log) per process listens to the event bus once, keeps the current state or a ring of
// the latest rows, and hands the same object to every subscriber's bounded Outbox. Subscribers
// are woken a slice at a time, so the publisher (a mutation, the worker) never waits for them.
import { performance } from 'node:perf_hooks';
import { Repeater } from 'graphql-yoga';
import type { PubSub, Resync } from '../../pubsub.ts';

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

// ---------------------------------------------------------------------------------------------
// Waking consumers: a slice at a time, one slice per turn of the event loop.

/**
 * Consumers woken per turn, adapted so that a turn (the wakes and the sends they lead to) takes
 * about WAKE_TURN_MS: between turns the process answers requests and reads sockets, so a mutation
 * waits at most about that long per database round trip while a fan-out runs.
 */
const WAKE_TURN_MS = 4;
const WAKE_SLICE_MIN = 16;
const WAKE_SLICE_MAX = 1_024;
let wakeSlice = 128;
let wakeQueue: (() => void)[] = [];
let wakeHead = 0;
let wakeScheduled = false;
let lastTurnAt = 0;

function wakeLater(wake: () => void): void {
  wakeQueue.push(wake);
  if (wakeScheduled) return;
  wakeScheduled = true;
  lastTurnAt = 0;
  setImmediate(drainWakes);
}

function drainWakes(): void {
  const now = performance.now();
  // The previous turn took `now - lastTurnAt` (its wakes, their sends and the I/O since).
  if (lastTurnAt) {
    const scaled = Math.round((wakeSlice * WAKE_TURN_MS) / Math.max(now - lastTurnAt, 0.1));
    wakeSlice = Math.min(WAKE_SLICE_MAX, Math.max(WAKE_SLICE_MIN, scaled));
  }
  lastTurnAt = now;
  const end = Math.min(wakeQueue.length, wakeHead + wakeSlice);
  for (; wakeHead < end; wakeHead += 1) (wakeQueue[wakeHead] as () => void)();
  if (wakeHead < wakeQueue.length) return void setImmediate(drainWakes);
  wakeQueue = [];
  wakeHead = 0;
  wakeScheduled = false;
}

const DONE: IteratorResult<never> = { value: undefined, done: true };

/**
 * One subscriber's end of a fan-out: the queue its subscription reads with `for await`. `source`
 * may produce items itself while the queue is empty (a replay page from the database); it returns
 * undefined when there is nothing to produce, and the outbox waits for a push.
 */
export class Outbox<T> implements AsyncIterableIterator<T> {
  private items: T[] = [];
  private waiter: { resolve: (result: IteratorResult<T>) => void; reject: (error: unknown) => void } | undefined;
  private wakeQueued = false;
  private ended = false;
  private failure: unknown;
  closed = false;
  source: (() => Promise<T | undefined> | undefined) | undefined;
  onTake: ((item: T) => void) | undefined;
  onClose: (() => void) | undefined;

  get length(): number {
    return this.items.length;
  }

  push(item: T): void {
    if (this.closed) return;
    this.items.push(item);
    this.wake();
  }

  /** Ends after what is queued. */
  end(): void {
    this.ended = true;
    this.wake();
  }

  fail(error: unknown): void {
    this.failure = error;
    this.ended = true;
    this.wake();
  }

  /** Drops what is queued (the subscriber fell behind and reads it again from the database). */
  clear(): void {
    this.items.length = 0;
  }

  /** Lets a waiting consumer look again (after a push, an end, or a change of `source`). */
  wake(): void {
    if (!this.waiter || this.wakeQueued) return;
    this.wakeQueued = true;
    wakeLater(this.flush);
  }

  private flush = (): void => {
    this.wakeQueued = false;
    const waiter = this.waiter;
    if (!waiter) return;
    this.waiter = undefined;
    this.take().then(waiter.resolve, waiter.reject);
  };

  private async take(): Promise<IteratorResult<T>> {
    for (;;) {
      if (this.closed) return DONE;
      if (this.items.length) {
        const value = this.items.shift() as T;
        this.onTake?.(value);
        return { value, done: false };
      }
      if (this.failure !== undefined) {
        const failure = this.failure;
        this.close();
        throw failure;
      }
      if (this.ended) {
        this.close();
        return DONE;
      }
      const produced = this.source?.();
      if (produced) {
        const value = await produced;
        if (value !== undefined && !this.closed) {
          this.onTake?.(value);
          return { value, done: false };
        }
        continue;
      }
      return new Promise((resolve, reject) => {
        this.waiter = { resolve, reject };
      });
    }
  }

  next(): Promise<IteratorResult<T>> {
    return this.take();
  }

  return(): Promise<IteratorResult<T>> {
    this.close();
    return Promise.resolve(DONE);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.items.length = 0;
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.resolve(DONE);
    this.onClose?.();
  }
}

// ---------------------------------------------------------------------------------------------
// Hubs: one per topic per event bus (one bus per process; tests run several in one process).

const registries = new WeakMap<PubSub, Map<string, Hub>>();

abstract class Hub {
  private subscriptions: AsyncIterator<unknown>[] = [];
  private users = 0;
  private disposed = false;
  /** Events are handled one after the other, after the start-up read. */
  protected work: Promise<void> = Promise.resolve();
  private ready: Promise<void> = Promise.resolve();
  private failure: unknown;

  constructor(
    private readonly registry: Map<string, Hub>,
    private readonly key: string,
    private readonly pubsub: PubSub,
  ) {}

  /** Listens to `source` (before anything is read), handling each event in order. */
  protected listen<E>(source: AsyncIterable<E>, handle: (event: E) => Promise<void> | void): void {
    const iterator = source[Symbol.asyncIterator]();
    this.subscriptions.push(iterator);
    const pump = (result: IteratorResult<E>) => {
      if (result.done || this.disposed) return;
      this.enqueue(() => handle(result.value));
      iterator.next().then(pump, () => {});
    };
    iterator.next().then(pump, () => {});
  }

  /** Reads the database (`init`) once `channels` are listened to; events wait for it. */
  protected start(channels: string[], init: () => Promise<void>): void {
    this.ready = this.pubsub.listening(channels).then(init);
    this.work = this.ready.catch((error: unknown) => this.failed(error));
  }

  protected enqueue(task: () => Promise<void> | void): void {
    // A failed hub does nothing more: its subscribers got the error, new ones get a new hub.
    this.work = this.work
      .then(() => (this.failure === undefined ? task() : undefined))
      .catch((error: unknown) => this.failed(error));
  }

  /** A read the hub depends on failed: its subscribers get the error (they reconnect). */
  protected failed(error: unknown): void {
    this.failure = error;
    this.forget();
    this.failReaders(error);
  }

  protected abstract failReaders(error: unknown): void;

  /** Counts a subscriber in once the hub has started; throws what made the hub fail. */
  protected async enter(): Promise<void> {
    this.retain();
    try {
      await this.ready;
      if (this.failure !== undefined) throw this.failure;
    } catch (error) {
      this.release();
      throw error;
    }
  }

  retain(): void {
    this.users += 1;
  }

  release(): void {
    this.users -= 1;
    if (this.users > 0 || this.disposed) return;
    this.disposed = true;
    if (this.registry.get(this.key) === this) this.registry.delete(this.key);
    for (const iterator of this.subscriptions) void iterator.return?.();
  }

  /** A hub that failed is not reused: the next subscriber starts a new one. */
  protected forget(): void {
    if (this.registry.get(this.key) === this) this.registry.delete(this.key);
  }
}

function hubFor<H extends Hub>(pubsub: PubSub, key: string, create: (registry: Map<string, Hub>) => H): H {
  let registry = registries.get(pubsub);
  if (!registry) {
    registry = new Map();
    registries.set(pubsub, registry);
  }
  let hub = registry.get(key) as H | undefined;
  if (!hub) {
    hub = create(registry);
    registry.set(key, hub);
  }
  return hub;
}

// ---------------------------------------------------------------------------------------------
// State: the current value of one thing (a run), then each change.

export interface StateTopic<T, E> {
  /** The topic's events, e.g. pubsub.subscribe('runUpdated', id), and their channels (`runUpdated:<id>`). */
  events: AsyncIterable<E>;
  channels: string[];
  resyncs: AsyncIterable<Resync>;
  /** The current value from the database; null when it does not exist. */
  read(): Promise<T | null>;
  /** The value after `event`, `stale` for an event already reflected, `reread` when unsure. */
  apply(current: T, event: E): T | 'stale' | 'reread';
  /** Whether a value read from the database is news to subscribers. */
  changed(current: T, fresh: T): boolean;
  /** The last value: subscribers end after it. */
  isLast(value: T): boolean;
  notFound(): Error;
}

/** Live state shared by every subscriber in this process, updated from events with no database read. */
class StateHub<T, E> extends Hub {
  private current: T | undefined;
  private readers = new Set<Outbox<T>>();

  constructor(
    registry: Map<string, Hub>,
    key: string,
    pubsub: PubSub,
    private readonly topic: StateTopic<T, E>,
  ) {
    super(registry, key, pubsub);
    this.listen(topic.events, (event) => this.handle(event));
    this.listen(topic.resyncs, () => this.reread());
    this.start(topic.channels, async () => {
      const value = await topic.read();
      if (value === null) throw topic.notFound();
      this.current = value;
    });
  }

  protected failReaders(error: unknown): void {
    for (const reader of this.readers) reader.fail(error);
  }

  private handle(event: E): Promise<void> | void {
    if (this.current === undefined) return;
    const next = this.topic.apply(this.current, event);
    if (next === 'reread') return this.reread();
    if (next !== 'stale') this.broadcast(next);
  }

  private async reread(): Promise<void> {
    if (this.current === undefined) return;
    const fresh = await this.topic.read();
    if (fresh !== null && this.topic.changed(this.current, fresh)) this.broadcast(fresh);
  }

  private broadcast(value: T): void {
    this.current = value;
    const last = this.topic.isLast(value);
    for (const reader of this.readers) {
      reader.push(value);
      if (last) reader.end();
    }
  }

  async join(): Promise<Outbox<T>> {
    await this.enter();
    const reader = new Outbox<T>();
    reader.onClose = () => {
      this.readers.delete(reader);
      this.release();
    };
    const current = this.current as T;
    reader.push(current);
    if (this.topic.isLast(current)) reader.end();
    else this.readers.add(reader);
    return reader;
  }
}

/**
 * The value now, then every change, from a hub shared by every subscriber of `key` in this
 * process: the first subscriber's hub listens and reads the database once, later ones join it
 * with no read. Ends after the last value.
 */
export function followState<T, E>(pubsub: PubSub, key: string, topic: () => StateTopic<T, E>): AsyncIterableIterator<T> {
  return whenJoined(hubFor(pubsub, key, (registry) => new StateHub(registry, key, pubsub, topic())).join());
}

/**
 * An iterator at once, over an outbox that is still being joined: a failure to join (an unknown
 * run) reaches the client as the subscription's error, and a client that leaves meanwhile closes
 * the outbox as soon as it exists.
 */
function whenJoined<T>(joining: Promise<Outbox<T>>): AsyncIterableIterator<T> {
  let left = false;
  joining.then(
    (outbox) => (left ? outbox.return() : undefined),
    () => {},
  );
  return {
    next: () => joining.then((outbox) => outbox.next()),
    return: () => {
      left = true;
      return joining.then(
        (outbox) => outbox.return(),
        () => DONE,
      );
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Append-only tables (log chunks by seq, metric points by step).

export interface AppendTopic<R, E> {
  events: AsyncIterable<E>;
  /** The channels of `events` and `ends`: the tail reads the database once they are listened to. */
  channels: string[];
  /** Rows an event carries (undefined: read them from the database) and how far it goes. */
  rowsOf(event: E): { rows: readonly R[] | undefined; last: number };
  /** Events after which the table grows no more (a terminal run status). */
  ends: AsyncIterable<unknown>;
  isEnd(event: unknown): boolean;
  resyncs: AsyncIterable<Resync>;
  /** Checks the parent exists; how far the table goes now, and whether it has ended. */
  start(): Promise<{ head: number; ended: boolean }>;
  /** Rows after `after`, in order, at most a page; `cursor` is the last row's. */
  readPage(after: number): Promise<{ rows: R[]; cursor: number; full: boolean }>;
  cursorOf(row: R): number;
  /** Whether `first` directly follows `head` (log seq numbers have no gaps; metric steps may). */
  follows(head: number, first: R): boolean;
}

/** Rows a tail keeps for subscribers that join a little behind (no database read for them). */
const RING_ROWS = 4_096;
/** Rows a subscriber may have queued; past that it falls back to paged replay. */
export const OUTBOX_MAX_ROWS = 10_000;

/** One shared tail of an append-only table per process. */
class AppendTail<R, E> extends Hub {
  /** Everything up to head has been handed to the live readers. */
  private head = 0;
  /** Every row with a cursor above `floor` is in `ring`. */
  private floor = 0;
  private ring: R[] = [];
  private ended = false;
  private readers = new Set<TailReader<R, E>>();

  constructor(
    registry: Map<string, Hub>,
    key: string,
    pubsub: PubSub,
    readonly topic: AppendTopic<R, E>,
  ) {
    super(registry, key, pubsub);
    this.listen(topic.events, (event) => this.append(event));
    this.listen(topic.ends, (event) => (topic.isEnd(event) ? this.end() : undefined));
    this.listen(topic.resyncs, () => this.resync());
    this.start(topic.channels, async () => {
      const { head, ended } = await topic.start();
      this.head = head;
      this.floor = head;
      this.ended = ended;
    });
  }

  protected failReaders(error: unknown): void {
    for (const reader of this.readers) reader.outbox.fail(error);
  }

  private append(event: E): Promise<void> | void {
    if (this.ended) return;
    const { rows, last } = this.topic.rowsOf(event);
    if (last <= this.head) return;
    const fresh = rows?.filter((row) => this.topic.cursorOf(row) > this.head);
    const first = fresh?.[0];
    if (fresh && first && this.topic.follows(this.head, first)) return this.accept(fresh.length === rows?.length ? rows : fresh);
    return this.fill();
  }

  /** Reads what the events did not carry, once for every subscriber of this process. */
  private async fill(): Promise<void> {
    for (;;) {
      const page = await this.topic.readPage(this.head);
      if (page.rows.length) this.accept(page.rows);
      if (!page.full) return;
    }
  }

  /** Events may have been lost (Redis was away): read on from the head, and end if the run did. */
  private async resync(): Promise<void> {
    if (this.ended) return;
    await this.fill();
    if ((await this.topic.start()).ended) await this.end();
  }

  private async end(): Promise<void> {
    if (this.ended) return;
    await this.fill();
    this.ended = true;
    for (const reader of this.readers) reader.outbox.end();
  }

  private accept(rows: readonly R[]): void {
    this.head = this.topic.cursorOf(rows[rows.length - 1] as R);
    for (const row of rows) this.ring.push(row);
    if (this.ring.length > RING_ROWS) {
      const evicted = this.ring.splice(0, this.ring.length - RING_ROWS);
      this.floor = this.topic.cursorOf(evicted[evicted.length - 1] as R);
    }
    for (const reader of this.readers) reader.deliver(rows as R[]);
  }

  /** Joins `reader` if the ring holds everything after its cursor; hands it what it lacks. */
  tryJoin(reader: TailReader<R, E>): boolean {
    if (reader.queuedTo < this.floor) return false;
    const missing = this.ring.filter((row) => this.topic.cursorOf(row) > reader.queuedTo);
    if (missing.length) reader.deliver(missing);
    if (this.ended) reader.outbox.end();
    else this.readers.add(reader);
    return true;
  }

  leave(reader: TailReader<R, E>): void {
    this.readers.delete(reader);
  }

  async join(after: number): Promise<Outbox<R[]>> {
    await this.enter();
    const reader = new TailReader(this, after);
    reader.outbox.onClose = () => {
      this.leave(reader);
      this.release();
    };
    return reader.outbox;
  }

  readPage(after: number) {
    return this.topic.readPage(after);
  }
}

/**
 * A subscriber of a tail: reads pages from the database while it is behind the ring, then takes
 * the live rows. Falls back to pages when it lets OUTBOX_MAX_ROWS pile up (a slow client): it
 * catches up at its own pace and is never cut off or stalled silently.
 */
class TailReader<R, E> {
  readonly outbox = new Outbox<R[]>();
  /** The last row given to the consumer. */
  handedTo: number;
  /** The last row queued (or given). */
  queuedTo: number;
  private queuedRows = 0;
  private live = false;

  constructor(
    private readonly tail: AppendTail<R, E>,
    after: number,
  ) {
    this.handedTo = after;
    this.queuedTo = after;
    const { cursorOf } = tail.topic;
    this.outbox.onTake = (rows) => {
      this.handedTo = cursorOf(rows[rows.length - 1] as R);
      this.queuedRows -= rows.length;
    };
    this.outbox.source = () => (this.live ? undefined : this.replay());
    this.live = tail.tryJoin(this);
  }

  private async replay(): Promise<R[] | undefined> {
    const page = await this.tail.readPage(this.handedTo);
    this.queuedTo = Math.max(this.queuedTo, page.cursor);
    // Caught up with the database: the ring holds the rest (or nothing is left).
    if (!page.full) this.live = this.tail.tryJoin(this);
    if (!page.rows.length) return undefined;
    this.queuedRows += page.rows.length;
    return page.rows;
  }

  deliver(rows: R[]): void {
    const { cursorOf } = this.tail.topic;
    const last = cursorOf(rows[rows.length - 1] as R);
    if (last <= this.queuedTo) return;
    const fresh = cursorOf(rows[0] as R) > this.queuedTo ? rows : rows.filter((row) => cursorOf(row) > this.queuedTo);
    if (this.live && this.queuedRows + fresh.length > OUTBOX_MAX_ROWS) {
      // Too far behind: forget the queue and read it from the database when the client is ready.
      this.tail.leave(this);
      this.live = false;
      this.outbox.clear();
      this.queuedRows = 0;
      this.queuedTo = this.handedTo;
      this.outbox.wake();
      return;
    }
    this.queuedTo = last;
    this.queuedRows += fresh.length;
    this.outbox.push(fresh);
  }
}

/**
 * Rows after `after`: replayed from the database in pages while the subscriber is behind, then
 * live from the tail this process shares for `key`, with no gap and no duplicate (rows are
 * ordered by their cursor, and each subscriber only takes rows past its own). Ends once the
 * table has ended and everything was sent.
 */
export function followAppends<R, E>(
  pubsub: PubSub,
  key: string,
  after: number,
  topic: () => AppendTopic<R, E>,
): AsyncIterableIterator<R[]> {
  return whenJoined(hubFor(pubsub, key, (registry) => new AppendTail(registry, key, pubsub, topic())).join(after));
}

// ---------------------------------------------------------------------------------------------
// Feeds: one topic, each subscriber with its own filter (runsChanged).

export interface FeedTopic<T, E> {
  events: AsyncIterable<E>;
  /** The item an event stands for; a promise when it must be read (once, for every subscriber). */
  itemOf(event: E): T | Promise<T | null> | null;
}

/** Items a feed subscriber may have queued; past that it re-syncs from the database. */
const FEED_MAX_ITEMS = 1_000;

class FeedHub<T, E> extends Hub {
  private readers = new Set<FeedReader<T>>();

  constructor(registry: Map<string, Hub>, key: string, pubsub: PubSub, topic: FeedTopic<T, E>) {
    super(registry, key, pubsub);
    this.listen(topic.events, async (event) => {
      const item = await topic.itemOf(event);
      if (item === null) return;
      for (const reader of this.readers) reader.offer(item);
    });
  }

  protected failed(): void {
    // An item that could not be read is skipped: the next change of that run brings it again.
  }

  protected failReaders(): void {}

  join(reader: FeedReader<T>): Outbox<T> {
    this.retain();
    this.readers.add(reader);
    reader.outbox.onClose = () => {
      this.readers.delete(reader);
      this.release();
    };
    return reader.outbox;
  }
}

interface FeedReader<T> {
  outbox: Outbox<T>;
  offer(item: T): void;
}

/**
 * Every item of the shared feed `key` that `matches`, plus what `reread` finds after a re-sync
 * signal, or after this subscriber let FEED_MAX_ITEMS pile up (then its queue is replaced by a
 * read of what changed since the oldest item it missed).
 */
export function followFeed<T, E>(
  pubsub: PubSub,
  key: string,
  topic: () => FeedTopic<T, E>,
  subscriber: { matches(item: T): boolean | Promise<boolean>; reread(resync: Resync): Promise<T[]> },
): AsyncIterable<T> {
  const outbox = new Outbox<T>();
  let overflowSince: Date | undefined;
  /** Checks that need the database run one after the other, so items keep their order. */
  let checks: Promise<void> | undefined;
  const add = (item: T) => {
    if (overflowSince) return;
    if (outbox.length >= FEED_MAX_ITEMS) {
      overflowSince = new Date();
      outbox.clear();
      outbox.wake();
      return;
    }
    outbox.push(item);
  };
  const reader: FeedReader<T> = {
    outbox,
    offer(item) {
      const matched = subscriber.matches(item);
      if (matched === false) return;
      if (matched === true && !checks) return add(item);
      checks = (checks ?? Promise.resolve())
        .then(() => matched)
        .then(
          (ok) => (ok ? add(item) : undefined),
          () => undefined,
        );
    },
  };
  outbox.source = () => {
    const since = overflowSince;
    if (!since) return undefined;
    overflowSince = undefined;
    return subscriber.reread({ since }).then((items) => {
      for (const item of items) outbox.push(item);
      return undefined;
    });
  };
  hubFor(pubsub, key, (registry) => new FeedHub(registry, key, pubsub, topic())).join(reader);
  return withResyncs(outbox, pubsub.resyncs(), subscriber.reread);
}
