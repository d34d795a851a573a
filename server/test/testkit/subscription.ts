// One graphql-ws subscription as it runs, and a wait for a condition on what it delivered: the
// core of the test harness's `subscribe` (waits for a count of events) and bench/'s (waits for a
// predicate, with arrival times).
import type { Client, FormattedExecutionResult } from 'graphql-ws';

export interface WatchedSubscription {
  readonly completed: boolean;
  readonly error: unknown;
  /**
   * Resolves once `predicate` holds (checked at every event) or the subscription ended; rejects
   * after `timeoutMs` with `timeoutMessage()`, and on a failure when `rejectOnError`.
   */
  until(predicate: () => boolean, timeoutMs: number, timeoutMessage: () => string, rejectOnError?: boolean): Promise<void>;
  unsubscribe(): void;
}

/** Subscribes; `record` takes each result and may return an error that ends the wait (not the subscription). */
export function watchSubscription<T>(
  client: Client,
  query: string,
  variables: Record<string, unknown>,
  record: (value: FormattedExecutionResult<T, unknown>) => unknown,
): WatchedSubscription {
  let completed = false;
  let failure: unknown;
  const checks = new Set<() => void>();
  const notify = () => {
    for (const check of [...checks]) check();
  };
  const unsubscribe = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        failure = record(value) ?? failure;
        notify();
      },
      error: (error) => {
        failure = error;
        completed = true;
        notify();
      },
      complete: () => {
        completed = true;
        notify();
      },
    },
  );
  return {
    get completed() {
      return completed;
    },
    get error() {
      return failure;
    },
    until(predicate, timeoutMs, timeoutMessage, rejectOnError = false) {
      return new Promise<void>((resolve, reject) => {
        const settle = (outcome: () => void) => {
          clearTimeout(timer);
          checks.delete(check);
          outcome();
        };
        const timer = setTimeout(() => settle(() => reject(new Error(timeoutMessage()))), timeoutMs);
        const check = () => {
          if (rejectOnError && failure) settle(() => reject(failure));
          else if (completed || predicate()) settle(resolve);
        };
        checks.add(check);
        check();
      });
    },
    unsubscribe,
  };
}
