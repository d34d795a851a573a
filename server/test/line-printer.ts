// A trainer for fault tests and benchmarks: prints `line 1` … `line N` (config.params.lines),
// params.intervalMs apart, through the executor interface, pausing when storage is behind as an
// external trainer's pipe would. It counts what it printed, so that what must be stored is known.
import { setTimeout as sleep } from 'node:timers/promises';
import type { RunExecutor } from '../src/executors/types.ts';
import { HIGH_WATER } from '../src/worker/run-output-writer.ts';

export function createLinePrinter() {
  /** Lines printed so far, per run. */
  const printed = new Map<string, number>();
  /** A run whose id is here waits for the promise after its first line. */
  const gates = new Map<string, Promise<void>>();
  const executor: RunExecutor = async ({ run, config, output, signal }) => {
    const lines = Number(config.params?.lines ?? 100);
    const intervalMs = Number(config.params?.intervalMs ?? 0);
    for (let i = 1; i <= lines; i += 1) {
      if (signal.aborted) throw signal.reason;
      output.log(`line ${i}`);
      printed.set(run.id, i);
      if (i === 1) await gates.get(run.id);
      if (output.backlog >= HIGH_WATER) await output.waitForRoom();
      if (intervalMs) await sleep(intervalMs);
      else if (i % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    return { exitCode: 0 };
  };
  return { executor, printed, gates };
}

export const numberedLines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}\n`);
