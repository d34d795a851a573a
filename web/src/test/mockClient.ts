// A urql client for component tests: the app's real graphcache in front of an exchange that answers
// each operation by name, with fixed results (queries, mutations) or a subject the test drives
// (subscriptions). No network.
import {
  Client,
  type Exchange,
  type ExecutionResult,
  getOperationName,
  makeErrorResult,
  makeOperation,
  makeResult,
  type Operation,
} from 'urql';
import { filter, fromValue, makeSubject, map, mergeMap, pipe, type Subject, share, takeUntil } from 'wonka';
import { createCache } from '../graphql/cache';

type Variables = Record<string, unknown>;
/** The response to one operation: a fixed ExecutionResult, or one computed from the variables. */
export type Responder = ExecutionResult | { respond: (variables: Variables) => ExecutionResult };

export interface MockClient {
  client: Client;
  /** Every operation the app sent, in order (teardowns excluded). */
  operations: Operation[];
  /** Pushes one event to the subscription with this operation name. */
  emit: (subscriptionName: string, data: unknown) => void;
  /** Ends the subscription with this operation name, as the server does when a stream is done. */
  complete: (subscriptionName: string) => void;
  /** Fails the subscription with a network error, as graphql-ws does when the server closes the socket. */
  fail: (subscriptionName: string, networkError: Error) => void;
}

export interface MockClientOptions {
  /** Exchanges in front of the cache, as the app's client has them (e.g. authExchange). */
  exchanges?: Exchange[];
}

export function createMockClient(responders: Record<string, Responder>, options: MockClientOptions = {}): MockClient {
  const operations: Operation[] = [];
  const subjects = new Map<string, Subject<ExecutionResult | Error>>();
  const subjectFor = (name: string) => {
    let subject = subjects.get(name);
    if (!subject) {
      subject = makeSubject<ExecutionResult | Error>();
      subjects.set(name, subject);
    }
    return subject;
  };

  const answer = (operation: Operation): ExecutionResult => {
    const name = getOperationName(operation.query) ?? '';
    const responder = responders[name];
    if (!responder) throw new Error(`createMockClient: no response for operation ${name}`);
    return 'respond' in responder ? responder.respond(operation.variables as Variables) : responder;
  };

  const mockExchange: Exchange = () => (operations$) => {
    const shared$ = share(operations$);
    return pipe(
      shared$,
      filter((operation) => operation.kind !== 'teardown'),
      mergeMap((operation) => {
        operations.push(operation);
        if (operation.kind !== 'subscription') return fromValue(makeResult(operation, answer(operation)));
        const torndown$ = pipe(
          shared$,
          filter((next) => next.kind === 'teardown' && next.key === operation.key),
        );
        const name = getOperationName(operation.query) ?? '';
        return pipe(
          subjectFor(name).source,
          map((result) => (result instanceof Error ? makeErrorResult(operation, result) : makeResult(operation, result))),
          takeUntil(torndown$),
        );
      }),
    );
  };

  const client = new Client({
    url: 'http://test.invalid/graphql',
    exchanges: [...(options.exchanges ?? []), createCache(), mockExchange],
  });
  return {
    client,
    operations,
    emit: (subscriptionName, data) => subjectFor(subscriptionName).next({ data } as ExecutionResult),
    fail: (subscriptionName, networkError) => subjectFor(subscriptionName).next(networkError),
    complete: (subscriptionName) => {
      subjectFor(subscriptionName).complete();
      subjects.delete(subscriptionName);
      // What urql's subscriptionExchange does when the server completes: tear the operation down.
      for (const operation of operations) {
        if (operation.kind === 'subscription' && getOperationName(operation.query) === subscriptionName) {
          client.reexecuteOperation(makeOperation('teardown', operation, operation.context));
        }
      }
    },
  };
}
