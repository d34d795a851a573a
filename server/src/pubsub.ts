// Events that subscriptions listen to. In-process by default; through Redis when REDIS_URL is
// set, so that an event published by one server process reaches subscribers on every other.
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from 'graphql-yoga';
import { Redis } from 'ioredis';

export interface RunEvent {
  runId: string;
  status: string;
}

export interface RunLogEvent {
  runId: string;
  /** Highest seq now stored; subscribers read what they have not seen from the database. */
  lastSeq: number;
}

export interface RunMetricEvent {
  runId: string;
  lastStep: number;
}

export interface TuningJobEvent {
  tuningJobId: string;
  status: string;
}

// Payloads are ids and counters only: subscribers load the data, so an event never carries a stale
// copy and a lost event is repaired by the next one.
export type PubSubTopics = {
  runUpdated: [runId: string, event: RunEvent];
  runsChanged: [event: RunEvent];
  runLogAppended: [runId: string, event: RunLogEvent];
  runMetricRecorded: [runId: string, event: RunMetricEvent];
  tuningJobUpdated: [tuningJobId: string, event: TuningJobEvent];
};

export type PubSub = ReturnType<typeof createPubSub<PubSubTopics>> & { close(): Promise<void> };

export function createEventBus(redisUrl?: string): PubSub {
  if (!redisUrl) return Object.assign(createPubSub<PubSubTopics>(), { close: async () => {} });
  const publishClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const pubsub = createPubSub<PubSubTopics>({
    eventTarget: createRedisEventTarget({ publishClient, subscribeClient }),
  });
  return Object.assign(pubsub, {
    async close() {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  });
}
