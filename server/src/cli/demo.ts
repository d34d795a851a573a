// `demo`: fills a running server with something to look at through its `loadDemo` mutation (so it
// works while `serve` holds the embedded database; the dashboard's empty pages call the same).
import type { Command } from 'commander';
import { action, CliError, wholeNumber } from './common.ts';

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

        const traces = options.count + Math.max(5, Math.floor(options.count / 4));
        process.stderr.write(`Loading ${traces} sample traces, building a dataset and starting a sweep…\n`);
        const { loadDemo } = await gql<{ loadDemo: { dataset: { key: string }; tuningJob: { id: string } } }>(
          'mutation Demo($input: LoadDemoInput!) { loadDemo(input: $input) { dataset { key } tuningJob { id } } }',
          { input: { arithmeticCount: options.count, seed: options.seed } },
        );
        const jobId = loadDemo.tuningJob.id;
        const key = loadDemo.dataset.key;
        const base = options.url.replace(/\/$/, '');
        process.stdout.write(
          `Started a three-trial sweep on ${key}.\n` +
            `  Dashboard:  ${base}/tuning/${encodeURIComponent(jobId)}\n` +
            `  Traces:     ${base}/traces\n` +
            `  Follow a trial's run with: tunix-rt runs watch <run id> --url ${base}\n`,
        );
        return 0;
      }),
    );
}
