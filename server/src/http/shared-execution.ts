// Subscribers with the same document, variables and viewer share one execution per event.
//
// graphql-js runs a subscription's selection set once per event per subscriber. The live hubs
// (modules/common/live.ts) hand the same event object to every subscriber of a process, so the
// result of executing a document on it can be kept beside the object and handed out again: for
// 10,000 watchers of one run, one event is executed once (per distinct document and viewer), not
// 10,000 times. Values that are not shared (a snapshot read for one subscriber, a replay page)
// are new objects and are executed as before.
import { createSourceEventStream, type DocumentNode, type ExecutionArgs, type ExecutionResult, execute, print } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Viewer } from '../deps.ts';

type Result = ExecutionResult | Promise<ExecutionResult>;

/** Per event object: results by subscriber key. Dropped with the event. */
const executions = new WeakMap<object, Map<string, Result>>();
const printed = new WeakMap<DocumentNode, string>();

function documentText(document: DocumentNode): string {
  const text = document.loc?.source.body;
  if (text !== undefined) return text;
  let known = printed.get(document);
  if (known === undefined) {
    known = print(document);
    printed.set(document, known);
  }
  return known;
}

/** What the result may depend on: the operation, its variables and who asks (roles, scopes). */
function subscriberKey(args: ExecutionArgs): string {
  const viewer = (args.contextValue as { viewer?: Viewer } | undefined)?.viewer;
  return JSON.stringify([
    documentText(args.document),
    args.operationName ?? null,
    args.variableValues ?? null,
    viewer?.tokenId ?? null,
    viewer?.role ?? null,
  ]);
}

function executeShared(args: ExecutionArgs, key: string, event: unknown): Result {
  if (typeof event !== 'object' || event === null) return execute({ ...args, rootValue: event });
  let byKey = executions.get(event);
  if (!byKey) {
    byKey = new Map();
    executions.set(event, byKey);
  }
  let result = byKey.get(key);
  if (!result) {
    result = execute({ ...args, rootValue: event });
    byKey.set(key, result);
  }
  return result;
}

/** Maps each event to its (shared) result; return() reaches the source at once, like graphql-js. */
function mapEvents(source: AsyncIterator<unknown>, map: (event: unknown) => Result): AsyncIterableIterator<ExecutionResult> {
  const step = async (result: IteratorResult<unknown>): Promise<IteratorResult<ExecutionResult>> =>
    result.done ? { value: undefined, done: true } : { value: await map(result.value), done: false };
  return {
    next: () => source.next().then(step),
    return: async () => (source.return ? step(await source.return()) : { value: undefined, done: true }),
    throw: async (error: unknown) => {
      if (source.throw) return step(await source.throw(error));
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

export async function subscribeShared(args: ExecutionArgs) {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream as ExecutionResult;
  const key = subscriberKey(args);
  return mapEvents(stream[Symbol.asyncIterator](), (event) => executeShared(args, key, event));
}

/** Envelop plugin: every subscription (WebSocket and SSE) goes through subscribeShared. */
export function useSharedExecution(): Plugin {
  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(subscribeShared as never);
    },
  };
}
