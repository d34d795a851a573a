// `generate <kind>`: sample traces from a built-in generator, as JSON lines or straight into the database.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { SAMPLE_GENERATORS, type SampleKind, sampleTraces, toTraceInput } from '../modules/traces/sample-traces.ts';
import { action, CliError, cliConfig, progress, wholeNumber, withDeps } from './common.ts';

const kinds = Object.keys(SAMPLE_GENERATORS);

export function register(program: Command) {
  program
    .command('generate')
    .description('Generate sample traces: high-card-duel (the reference UNGAR game) or arithmetic (learnable sums)')
    .argument('<kind>', kinds.join(' | '))
    .option('-n, --count <n>', 'How many traces', wholeNumber('--count', 1, 10_000_000), 100)
    .option(
      '-s, --seed <seed>',
      'Seed: the same seed gives the same traces (episode k uses seed + k)',
      wholeNumber('--seed', 0, 2 ** 31),
    )
    .option('-o, --out <file>', 'Write JSON lines to this file (default: stdout)')
    .option('--load', 'Store the traces in the database instead of printing them')
    .action(
      action(async (kind: string, options: { count: number; seed?: number; out?: string; load?: boolean }) => {
        if (!kinds.includes(kind)) throw new CliError(`unknown generator "${kind}"`, `use one of ${kinds.join(', ')}`);
        const traces = sampleTraces(kind as SampleKind, options.count, options.seed ?? null);
        if (options.load) {
          const { createTraces, MAX_TRACES_PER_BATCH } = await import('../modules/traces/traces.service.ts');
          await withDeps(cliConfig(), async (deps) => {
            const bar = progress(`Storing ${kind} traces`, options.count);
            let stored = 0;
            let batch = [];
            for (const trace of traces) {
              batch.push(toTraceInput(trace));
              if (batch.length === MAX_TRACES_PER_BATCH || stored + batch.length === options.count) {
                await createTraces(deps, batch);
                stored += batch.length;
                batch = [];
                bar.update(stored);
              }
            }
            bar.stop();
            process.stderr.write(`Stored ${stored} ${kind} traces.\n`);
          });
          return 0;
        }
        const out = options.out ? createWriteStream(options.out) : process.stdout;
        for (const trace of traces) if (!out.write(`${JSON.stringify(trace)}\n`)) await once(out, 'drain');
        if (options.out) {
          out.end();
          await finished(out);
          process.stderr.write(`Wrote ${options.count} ${kind} traces to ${options.out}\n`);
        }
        return 0;
      }),
    );
}
