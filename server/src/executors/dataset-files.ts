// Writes a run's inputs to its work folder: the dataset as JSONL, the run config as JSON and the
// ids of the traces the server holds out for evaluation.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportDatasetLines } from '../modules/datasets/datasets.service.ts';
import { evaluationSet } from '../modules/evaluation/evaluation-set.ts';
import type { ExecutionContext } from './types.ts';
import { RunFailure } from './types.ts';

export type ExportFormat = Parameters<typeof exportDatasetLines>[2];

/** Streams the run's dataset in `format` to `<workDir>/<name>`; returns the path and line count. */
export async function writeDatasetFile(context: ExecutionContext, format: ExportFormat, name = 'dataset.jsonl') {
  const file = path.join(context.workDir, name);
  const out = createWriteStream(file);
  let lines = 0;
  for await (const line of exportDatasetLines(context.deps, context.run.datasetId, format)) {
    if (context.signal.aborted) throw context.signal.reason;
    if (!out.write(line.endsWith('\n') ? line : `${line}\n`)) await once(out, 'drain');
    lines += 1;
  }
  out.end();
  await once(out, 'finish');
  if (lines === 0) throw new RunFailure('Dataset is empty: it has no traces to train on');
  return { file, lines };
}

export async function writeRunConfig(context: ExecutionContext): Promise<string> {
  const file = path.join(context.workDir, 'run-config.json');
  const { run, config } = context;
  await writeFile(
    file,
    `${JSON.stringify({ runId: run.id, baseModel: run.baseModel, executor: run.executor, ...config }, null, 2)}\n`,
  );
  return file;
}

/**
 * Writes `<workDir>/held-out.txt`: the ids (as the export names them) of the traces an evaluation
 * of this run judges by default, one per line. A trainer trains on the others and writes
 * predictions for these, so its held-out split is the server's, whatever language it is in.
 */
export async function writeHeldOutIds(context: ExecutionContext): Promise<string> {
  const file = path.join(context.workDir, 'held-out.txt');
  const heldOut = await evaluationSet(context.deps, context.run, null);
  await writeFile(file, heldOut.map((item) => `${item.traceId}\n`).join(''));
  return file;
}
