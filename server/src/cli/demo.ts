// `demo`: fills a running server with something to look at, through its GraphQL API (so it works
// while `serve` holds the embedded database): sample traces from both built-in generators, a dataset
// of the learnable arithmetic ones, and a three-trial learning-rate sweep of the builtin trainer.
import type { Command } from 'commander';
import { arithmeticTrace, highCardDuelTrace, type SampleTrace, toTraceInput } from '../modules/traces/sample-traces.ts';
import { action, CliError, progress, wholeNumber } from './common.ts';

const BATCH = 500;

export function register(program: Command) {
  program
    .command('demo')
    .description('Load sample traces, build a dataset and start a small sweep on a running server (fills a new dashboard)')
    .option('--url <url>', 'The server (or TUNIX_URL)', process.env.TUNIX_URL ?? 'http://127.0.0.1:4000')
    .option('--token <token>', 'A WRITE or ADMIN API token, when the server requires one (or TUNIX_TOKEN)')
    .option(
      '-n, --count <n>',
      'Arithmetic traces to load (plus a quarter as many High Card Duel ones)',
      wholeNumber('--count', 20, 100_000),
      400,
    )
    .option('-s, --seed <seed>', 'Seed of the traces and the sweep', wholeNumber('--seed', 0, 2 ** 31), 7)
    .action(
      action(async (options: { url: string; token?: string; count: number; seed: number }) => {
        const token = options.token ?? process.env.TUNIX_TOKEN;
        const endpoint = new URL('/graphql', options.url).toString();
        const gql = async <T>(query: string, variables: object): Promise<T> => {
          let response: Response;
          try {
            response = await fetch(endpoint, {
              method: 'POST',
              headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
              body: JSON.stringify({ query, variables }),
            });
          } catch (error) {
            throw new CliError(
              `cannot reach tunix-rt at ${options.url} (${(error as Error).cause ?? (error as Error).message})`,
              'start it first (npm start, or tunix-rt serve), or point --url at it',
            );
          }
          const result = (await response.json()) as { data?: T; errors?: { message: string }[] };
          if (result.errors?.length) {
            const message = result.errors[0]?.message ?? 'error';
            throw new CliError(message, /token/i.test(message) ? 'pass a WRITE token with --token or TUNIX_TOKEN' : undefined);
          }
          return result.data as T;
        };

        const load = async (label: string, traces: SampleTrace[]) => {
          const bar = progress(`Loading ${label} traces`, traces.length);
          for (let start = 0; start < traces.length; start += BATCH) {
            await gql('mutation DemoTraces($input: CreateTracesInput!) { createTraces(input: $input) { createdCount } }', {
              input: { traces: traces.slice(start, start + BATCH).map(toTraceInput) },
            });
            bar.update(Math.min(traces.length, start + BATCH));
          }
          bar.stop();
        };
        const tag = `demo-${options.seed}`;
        const withTag = (trace: SampleTrace) => ({ ...trace, meta: { ...trace.meta, demo: tag } });
        await load(
          'arithmetic',
          Array.from({ length: options.count }, (_, k) => withTag(arithmeticTrace(k, options.seed))),
        );
        const duels = Math.max(5, Math.floor(options.count / 4));
        await load(
          'High Card Duel',
          Array.from({ length: duels }, (_, k) => withTag(highCardDuelTrace(k, options.seed))),
        );

        const { buildDataset } = await gql<{ buildDataset: { dataset: { id: string; key: string } } }>(
          'mutation DemoDataset($input: BuildDatasetInput!) { buildDataset(input: $input) { dataset { id key } } }',
          {
            input: {
              name: `${tag}-arithmetic`,
              version: 'v1',
              description: 'Two-digit sums worked column by column (tunix-rt demo)',
              filter: { source: 'arithmetic', metaContains: { demo: tag } },
              limit: Math.min(options.count, 10_000),
              selectionStrategy: 'RANDOM',
              seed: options.seed,
            },
          },
        );
        process.stderr.write(`Built dataset ${buildDataset.dataset.key}\n`);
        const { createTuningJob } = await gql<{ createTuningJob: { tuningJob: { id: string } } }>(
          'mutation DemoSweep($input: CreateTuningJobInput!) { createTuningJob(input: $input) { tuningJob { id } } }',
          {
            input: {
              name: `${tag} learning-rate sweep`,
              datasetId: buildDataset.dataset.id,
              executor: 'BUILTIN',
              metricName: 'evalLoss',
              metricMode: 'MIN',
              numSamples: 3,
              maxConcurrentTrials: 2,
              seed: options.seed,
              searchSpace: { learningRate: { type: 'grid', values: [0.05, 0.2, 0.8] } },
              baseConfig: { epochs: 2 },
            },
          },
        );
        const jobId = createTuningJob.tuningJob.id;
        await gql('mutation DemoStart($input: StartTuningJobInput!) { startTuningJob(input: $input) { tuningJob { id } } }', {
          input: { id: jobId },
        });
        const base = options.url.replace(/\/$/, '');
        process.stdout.write(
          `Started a three-trial sweep on ${buildDataset.dataset.key}.\n` +
            `  Dashboard:  ${base}/tuning/${encodeURIComponent(jobId)}\n` +
            `  Traces:     ${base}/traces\n` +
            `  Follow a trial's run with: tunix-rt runs watch <run id> --url ${base}\n`,
        );
        return 0;
      }),
    );
}
