// Sample data in one step, for a newcomer's empty dashboard (its "Load sample data" buttons) and
// `tunix-rt demo`: traces from both built-in generators, a dataset of the learnable arithmetic
// ones, and a three-trial learning-rate sweep of the builtin trainer, already started.
import type { Deps } from '../../deps.ts';
import { InputChecker } from '../common/validation.ts';
import { buildDataset } from '../datasets/datasets.service.ts';
import { arithmeticTrace, highCardDuelTrace, type SampleTrace, toTraceInput } from '../traces/sample-traces.ts';
import { createTraces, MAX_TRACES_PER_BATCH } from '../traces/traces.service.ts';
import { createTuningJob, startTuningJob } from '../tuning/tuning.service.ts';

export const DEMO_DEFAULTS = { arithmeticCount: 400, seed: 7 } as const;
export const DEMO_MAX_TRACES = 100_000;

export interface LoadDemoInput {
  /** Arithmetic traces to load (plus a quarter as many High Card Duel ones). */
  arithmeticCount?: number | null;
  seed?: number | null;
}

export interface Demo {
  datasetId: string;
  tuningJobId: string;
  traceCount: number;
}

/** Loads the sample, builds the dataset and starts the sweep; `onTraces` hears of each stored batch. */
export async function loadDemo(
  deps: Deps,
  input: LoadDemoInput,
  onTraces: (stored: number, total: number) => void = () => {},
): Promise<Demo> {
  const arithmeticCount = input.arithmeticCount ?? DEMO_DEFAULTS.arithmeticCount;
  const seed = input.seed ?? DEMO_DEFAULTS.seed;
  const check = new InputChecker();
  check.number('arithmeticCount', arithmeticCount, { min: 20, max: DEMO_MAX_TRACES, integer: true });
  check.number('seed', seed, { min: 0, max: 2 ** 31, integer: true });
  check.done();

  const tag = `demo-${seed}`;
  const withTag = (trace: SampleTrace) => ({ ...trace, meta: { ...trace.meta, demo: tag } });
  const traces = [
    ...Array.from({ length: arithmeticCount }, (_, k) => withTag(arithmeticTrace(k, seed))),
    ...Array.from({ length: Math.max(5, Math.floor(arithmeticCount / 4)) }, (_, k) => withTag(highCardDuelTrace(k, seed))),
  ];
  for (let start = 0; start < traces.length; start += MAX_TRACES_PER_BATCH) {
    await createTraces(deps, traces.slice(start, start + MAX_TRACES_PER_BATCH).map(toTraceInput));
    onTraces(Math.min(traces.length, start + MAX_TRACES_PER_BATCH), traces.length);
  }

  const name = `${tag}-arithmetic`;
  // Loading the sample again makes the next version of its dataset.
  const versions = await deps.prisma.dataset.count({ where: { name } });
  const datasetId = await buildDataset(deps, {
    name,
    version: `v${versions + 1}`,
    description: 'Two-digit sums worked column by column (tunix-rt sample data)',
    filter: { source: 'arithmetic', metaContains: { demo: tag } },
    limit: Math.min(arithmeticCount, deps.config.datasetMaxTraces),
    selectionStrategy: 'RANDOM',
    seed,
  });
  const job = await createTuningJob(deps, {
    name: `${tag} learning-rate sweep`,
    datasetId,
    executor: 'BUILTIN',
    metricName: 'evalLoss',
    metricMode: 'MIN',
    numSamples: 3,
    maxConcurrentTrials: 2,
    seed,
    searchSpace: { learningRate: { type: 'grid', values: [0.05, 0.2, 0.8] } },
    baseConfig: { epochs: 2 },
  });
  await startTuningJob(deps, job.id);
  return { datasetId, tuningJobId: job.id, traceCount: traces.length };
}
