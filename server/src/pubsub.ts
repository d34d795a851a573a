// Events that subscriptions listen to. In-process by default; through Redis when REDIS_URL is
// set, so that an event published by one server process reaches subscribers on every other.
import { setMaxListeners } from 'node:events';
import { createPubSub, type PubSubEventTarget } from 'graphql-yoga';
import { Redis } from 'ioredis';
import type { Run, RunLogChunk, RunMetricPoint, TuningJob } from './generated/prisma/client.ts';
import type { Logger } from './logger.ts';

/** A value as it travels: JSON, so Dates are ISO strings (subscribers revive them once per process). */
export type Wire<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

export interface RunEvent {
  runId: string;
  status: string;
  /** The status it moved from: null when the run was created; absent when not known. */
  from?: string | null;
  /** The run's row after the change, so that live subscribers need no database read. */
  run?: Wire<Run>;
}

export interface RunLogEvent {
  runId: string;
  /** Highest seq now stored. */
  lastSeq: number;
  /**
   * The chunks of the batch just committed, in seq order. Absent when the batch was too large to
   * travel (or came from a spool): subscribers then read from the database, once per process.
   */
  chunks?: Wire<RunLogChunk>[];
}

export interface RunMetricEvent {
  runId: string;
  lastStep: number;
  /** The points of the batch just committed; absent means "read them from the database". */
  points?: Wire<RunMetricPoint>[];
}

export interface TuningJobEvent {
  tuningJobId: string;
  status: string;
  /** The job's row after the change (trials scheduled or finished change the job's trials, not always its row). */
  job?: Wire<TuningJob>;
}

export interface EvaluationEvent {
  evaluationId: string;
  runId: string;
  status: string;
  itemsDone: number;
}

// Events carry the committed data (a run's or a job's row, a batch of log chunks or metric points), so one
// event reaches every live subscriber without a database read; the database serves replays. The
// evaluation events still carry ids and counters: their subscribers read the evaluation.
export type PubSubTopics = {
  runUpdated: [runId: string, event: RunEvent];
  runsChanged: [event: RunEvent];
  runLogAppended: [runId: string, event: RunLogEvent];
  runMetricRecorded: [runId: string, event: RunMetricEvent];
  tuningJobUpdated: [tuningJobId: string, event: TuningJobEvent];
  evaluationUpdated: [evaluationId: string, event: EvaluationEvent];
  /** Every evaluation queued or finished: wakes workers and keeps leaderboards live. */
  evaluationsChanged: [event: EvaluationEvent];
};

/** Events published since `since` may not have reached this process: re-read what you serve. */
export interface Resync {
  since: Date;
}

export type RedisHealth = 'ok' | 'down' | 'disabled';

export type PubSub = ReturnType<typeof createPubSub<PubSubTopics>> & {
  /** Signals, local to this process, that every live subscription should re-read the database. */
  resyncs(): AsyncIterable<Resync>;
  /**
   * Resolves once this process receives what is published on `channels` (e.g. `runUpdated:<id>`)
   * from anywhere: at once in-process, after Redis confirmed the SUBSCRIBE otherwise. A hub reads
   * the database only then, so no event falls between its read and its subscription.
   */
  listening(channels: string[]): Promise<void>;
  /** Both Redis connections usable (a PING answered within `timeoutMs`); `disabled` without Redis. */
  redisHealth(timeoutMs: number): Promise<RedisHealth>;
  close(): Promise<void>;
};

export interface EventBusOptions {
  /** Where connection trouble is reported: once when Redis is lost, once when it is back. */
  logger?: Logger;
}

/**
 * An in-process event target without Node's listener warning: every open subscription is one
 * listener, so a thousand watchers of one run are expected, not a leak.
 */
// biome-ignore lint/suspicious/noExplicitAny: the constraint yoga puts on topic maps
function unboundedEventTarget<T extends Record<string, [] | [any] | [string | number, any]>>(): PubSubEventTarget<T> {
  const target = new EventTarget();
  setMaxListeners(0, target);
  return target as unknown as PubSubEventTarget<T>;
}

export function createEventBus(redisUrl?: string, options: EventBusOptions = {}): PubSub {
  const local = createPubSub<{ resync: [Resync] }>({ eventTarget: unboundedEventTarget() });
  const resyncs = () => local.subscribe('resync');
  if (!redisUrl) {
    return Object.assign(createPubSub<PubSubTopics>({ eventTarget: unboundedEventTarget() }), {
      resyncs,
      listening: async () => {},
      redisHealth: async () => 'disabled' as const,
      close: async () => {},
    });
  }
  const bridge = redisBridge(
    redisUrl,
    (line) => options.logger?.warn(line),
    (since) => local.publish('resync', { since }),
  );
  return Object.assign(createPubSub<PubSubTopics>({ eventTarget: bridge.target }), {
    resyncs,
    listening: bridge.listening,
    redisHealth: bridge.health,
    close: bridge.close,
  });
}

/** Published by a process whose publishes failed, once it reaches Redis again (payload: ms since epoch). */
const RESYNC_CHANNEL = 'tunix-rt:resync';

type Listener = (event: CustomEvent) => void;

/**
 * An event target over two Redis connections that never throws into a publisher and never loses
 * a subscriber's events silently: a publish that fails is delivered to this process's own
 * listeners and announced on RESYNC_CHANNEL later; whenever the subscriber connection is (re)made,
 * every channel is subscribed again and the process is told to re-sync.
 */
function redisBridge(url: string, log: (line: string) => void, resync: (since: Date) => void) {
  const publisher = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  // Subscribes only once `ready`, and resubscribes itself on every `ready`: ioredis' own
  // autoResubscribe writes SUBSCRIBE during the connect handshake when a channel is added then,
  // which fails its ready check ("Connection in subscriber mode", ioredis#2037) and drops the channel.
  const subscriber = new Redis(url, { enableOfflineQueue: false, autoResubscribe: false, autoResendUnfulfilledCommands: false });
  const listeners = new Map<string, Set<Listener>>();
  /** The SUBSCRIBE of each channel, until Redis confirmed it. */
  const subscribing = new Map<string, Promise<unknown>>();
  const createdAt = new Date();
  watchConnection(publisher, 'publish', log);
  const subscriberState = watchConnection(subscriber, 'subscribe', log);
  let publishFailedSince: Date | undefined;

  const deliver = (channel: string, detail: unknown) => {
    const event = new CustomEvent(channel, { detail });
    for (const listener of listeners.get(channel) ?? []) listener(event);
  };

  subscriber.on('message', (channel: string, message: string) => {
    if (channel === RESYNC_CHANNEL) {
      const since = new Date(Number(message));
      resync(Number.isNaN(since.getTime()) ? createdAt : since);
      return;
    }
    try {
      deliver(channel, JSON.parse(message));
    } catch {
      // Not one of ours (or cut short): events only say "look again", so skipping one is safe.
    }
  });

  subscriber.on('ready', () => {
    const since = subscriberState.lostAt ?? createdAt;
    subscriber.subscribe(RESYNC_CHANNEL, ...listeners.keys()).then(
      () => resync(since),
      () => {}, // lost again: the next `ready` subscribes and re-syncs
    );
  });

  publisher.on('ready', () => {
    if (!publishFailedSince) return;
    const since = publishFailedSince;
    publishFailedSince = undefined;
    publisher.publish(RESYNC_CHANNEL, String(since.getTime())).catch(() => {
      publishFailedSince ??= since;
    });
  });

  // createPubSub passes plain functions, so listener objects need no support here.
  const target = {
    addEventListener(channel: string, listener: Listener) {
      let set = listeners.get(channel);
      if (!set) {
        set = new Set();
        listeners.set(channel, set);
        // While not ready, the next `ready` subscribes it (and the re-sync covers the gap).
        if (subscriber.status === 'ready') {
          const confirmed = subscriber.subscribe(channel).catch(() => {});
          subscribing.set(channel, confirmed);
          void confirmed.then(() => {
            if (subscribing.get(channel) === confirmed) subscribing.delete(channel);
          });
        }
      }
      set.add(listener);
    },
    removeEventListener(channel: string, listener: Listener) {
      const set = listeners.get(channel);
      if (!set) return;
      set.delete(listener);
      if (set.size > 0) return;
      listeners.delete(channel);
      if (subscriber.status === 'ready') subscriber.unsubscribe(channel).catch(() => {});
    },
    dispatchEvent(event: CustomEvent) {
      publisher.publish(event.type, JSON.stringify(event.detail ?? null)).catch(() => {
        // The change is already in the database: subscribers here get the event now, those in
        // other processes re-sync once this process reaches Redis again.
        publishFailedSince ??= new Date();
        deliver(event.type, event.detail);
      });
      return true;
    },
  } as unknown as PubSubEventTarget<PubSubTopics>;

  return {
    target,
    async listening(channels: string[]): Promise<void> {
      await Promise.all(channels.map((channel) => subscribing.get(channel)));
    },
    async health(timeoutMs: number): Promise<RedisHealth> {
      if (subscriber.status !== 'ready' || publisher.status !== 'ready') return 'down';
      const ping = publisher.ping().then(
        () => 'ok' as const,
        () => 'down' as const,
      );
      return Promise.race([ping, new Promise<'down'>((resolve) => setTimeout(resolve, timeoutMs, 'down').unref())]);
    },
    async close() {
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}

/**
 * Handles a connection's `error` events (unhandled, ioredis prints every retry) and logs an outage
 * once when it starts and once when it ends. `lostAt` is when it was lost, while it is.
 */
function watchConnection(client: Redis, role: string, log: (line: string) => void) {
  const state: { lostAt?: Date; reported: boolean } = { reported: false };
  const lost = (reason?: unknown) => {
    state.lostAt ??= new Date();
    if (state.reported || client.status === 'end') return;
    state.reported = true;
    log(`Redis (${role} connection) is unreachable${reason ? `: ${reasonOf(reason)}` : ''}; retrying in the background`);
  };
  client.on('error', lost);
  client.on('close', () => {
    if (client.status !== 'end') state.lostAt ??= new Date();
  });
  client.on('ready', () => {
    if (state.reported) log(`Redis (${role} connection) is reachable again`);
    state.reported = false;
    state.lostAt = undefined;
  });
  return state;
}

const reasonOf = (error: unknown) =>
  error instanceof Error ? ((error as Error & { code?: string }).code ?? error.name) : 'connection error';
