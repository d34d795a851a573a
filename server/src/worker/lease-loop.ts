// The loop both workers (runs, evaluations) run: a tick (renew leases, recover lost work, claim
// what fits) every third of a lease period, and at once after wake() (a queue event, a finished
// job). A wake-up that comes during a tick is kept, so the pause after it ends at once.
import { setTimeout as sleep } from 'node:timers/promises';

export interface LeaseLoop {
  readonly stopping: boolean;
  wake(): void;
  /** Runs `tick` until halt(); resolves after the last tick. */
  run(tick: () => Promise<void>): Promise<void>;
  /** No tick starts after this one; the current pause ends. */
  halt(): void;
}

export function createLeaseLoop(leaseMs: number): LeaseLoop {
  let stopping = false;
  // Aborting the current pause wakes the loop early; each pause gets a fresh controller.
  let sleeping = new AbortController();
  const wake = () => sleeping.abort();
  return {
    get stopping() {
      return stopping;
    },
    wake,
    async run(tick) {
      while (!stopping) {
        await tick();
        if (!stopping) await sleep(leaseMs / 3, undefined, { signal: sleeping.signal }).catch(() => {});
        sleeping = new AbortController();
      }
    },
    halt() {
      stopping = true;
      wake();
    },
  };
}
