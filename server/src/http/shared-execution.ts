// Subscribers with the same document, variables and viewer share one execution per event.
//
// graphql-js runs a subscription's selection set once per event per subscriber. The live hubs
// (modules/common/live.ts) hand the same event object to every subscriber of a process, so the
// result of executing a document on it can be kept beside the object and handed out again: for
// 10,000 watchers of one run, one event is executed once (per distinct document and viewer), not
// 10,000 times. Values that are not shared (a snapshot read for one subscriber, a replay page)
// are new objects and are executed as before.
//
// A shared result is also serialised once: SSE through yoga's `result.stringify` hook, graphql-ws
// by writing the `next` frame to the socket here (sendingSharedResults), one buffer for every
// subscriber with the same operation id.
import { createSourceEventStream, type DocumentNode, type ExecutionArgs, type ExecutionResult, execute, print } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { WebSocket } from 'ws';
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
    const executed = execute({ ...args, rootValue: event });
    result = executed instanceof Promise ? executed.then(serialisedOnce) : serialisedOnce(executed);
    byKey.set(key, result);
  }
  return result;
}

interface SharedText {
  text(): string;
  /** The last graphql-ws frame made of it: subscribers with the same operation id reuse it. */
  frame?: { prefix: string; bytes: Buffer };
}

const sharedTexts = new WeakMap<ExecutionResult, SharedText>();

/** Marks a shared result so that its JSON is made once, however many subscribers send it. */
function serialisedOnce(result: ExecutionResult): ExecutionResult {
  // Errors are shaped per transport (masked, internals dropped), so such results go the usual way.
  if (result.errors) return result;
  let text: string | undefined;
  const shared: SharedText = { text: () => (text ??= JSON.stringify(result)) };
  sharedTexts.set(result, shared);
  // yoga's SSE processor serialises with a result's own `stringify` when it has one.
  Object.defineProperty(result, 'stringify', {
    value: (value: unknown) => (value === result ? shared.text() : JSON.stringify(value)),
  });
  return result;
}

/** The graphql-ws `next` frame of a shared result, or undefined for a result of one subscriber. */
function sharedFrame(result: ExecutionResult, prefix: string): Buffer | undefined {
  const shared = sharedTexts.get(result);
  if (!shared) return undefined;
  if (shared.frame?.prefix !== prefix) shared.frame = { prefix, bytes: Buffer.from(`${prefix}${shared.text()}}`) };
  return shared.frame.bytes;
}

/**
 * graphql-ws's onOperation: a subscription's shared results are written to `socket` as ready
 * `next` frames (in order, each after the previous one reached the socket, as graphql-ws does);
 * the others are yielded for graphql-ws to send. return() reaches the source at once.
 */
export function sendingSharedResults(
  socket: WebSocket,
  id: string,
  results: AsyncIterable<ExecutionResult>,
): AsyncIterableIterator<ExecutionResult> {
  const source = results[Symbol.asyncIterator]();
  const prefix = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  const send = (frame: Buffer) =>
    new Promise<void>((resolve, reject) => {
      if (socket.readyState !== socket.OPEN) return resolve();
      socket.send(frame, { binary: false }, (error) => (error ? reject(error) : resolve()));
    });
  const done: IteratorResult<ExecutionResult> = { value: undefined, done: true };
  return {
    async next() {
      for (;;) {
        const step = await source.next();
        const frame = step.done ? undefined : sharedFrame(step.value, prefix);
        if (!frame) return step;
        await send(frame);
      }
    },
    return: async () => (source.return ? source.return() : done),
    throw: async (error: unknown) => {
      if (source.throw) return source.throw(error);
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
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
