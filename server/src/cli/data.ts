// `export`: a dataset's export, streamed to stdout or a file. (`import` lives in its own file.)

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { action, cliConfig, databaseId, progress, withDeps } from './common.ts';

export function register(program: Command) {
  program
    .command('export')
    .description("Write a dataset's traces as JSON lines, in dataset order")
    .argument('<dataset>', 'Dataset id (as the API gives it) or key (name@version)')
    .option('-f, --format <format>', 'trace | tunix_sft | training_example', 'trace')
    .option('-o, --out <file>', 'Write to this file (default: stdout)')
    .action(
      action(async (dataset: string, options: { format: string; out?: string }) => {
        const { exportDatasetLines, parseExportFormat } = await import('../modules/datasets/datasets.service.ts');
        const format = parseExportFormat(options.format);
        return withDeps(cliConfig(), async (deps) => {
          const found = dataset.includes('@')
            ? await deps.prisma.dataset.findUnique({ where: { key: dataset }, select: { id: true, traceCount: true } })
            : await deps.prisma.dataset.findUnique({
                where: { id: databaseId('Dataset', dataset) },
                select: { id: true, traceCount: true },
              });
          const id = found?.id ?? databaseId('Dataset', dataset);
          const out = options.out ? createWriteStream(options.out) : process.stdout;
          const bar = options.out ? progress(`Exporting to ${options.out}`, found?.traceCount ?? 0) : undefined;
          let lines = 0;
          for await (const line of exportDatasetLines(deps, id, format)) {
            if (!out.write(line)) await once(out, 'drain');
            lines += 1;
            if (lines % 100 === 0) bar?.update(lines);
          }
          bar?.update(lines);
          bar?.stop();
          if (options.out) {
            out.end();
            await finished(out);
            process.stderr.write(`Wrote ${lines} lines to ${options.out}\n`);
          }
          return 0;
        });
      }),
    );
}
