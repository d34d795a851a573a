// What an evaluation judges: the evaluation set (the run's held-out split, or a dataset given at
// evaluation time) and the run's predictions for it.
//
// The predictions contract: a run leaves `predictions.jsonl` in its output folder (an artifact),
// one {"traceId": "...", "prediction": "..."} per line. traceId is the trace id as the dataset
// export names it (`id` in the trace and tunix_sft formats); the Relay global id and the
// training_example id of a trace are accepted too.
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import type { Deps } from '../../deps.ts';
import { publicId } from '../../errors.ts';
import type { Run } from '../../generated/prisma/client.ts';
import { runOutputDir } from '../../worker/worker.ts';
import { trainingExampleId } from '../datasets/export-formats.ts';

export { type EvalSetItem, evaluationSet } from './evaluation-set.ts';

export const PREDICTIONS_FILE = 'predictions.jsonl';
/** A longer prediction is cut (and says so): a runaway generation must not fill the database. */
export const MAX_PREDICTION_CHARS = 65_536;
const PAGE = 1_000;

/**
 * The storage URI of the run's predictions.jsonl (an artifact, on the local disk or in the
 * bucket), or null when it left none. The top-level file wins over one in a subfolder.
 */
export async function locatePredictions(deps: Deps, runId: string): Promise<string | null> {
  const artifacts = await deps.prisma.runArtifact.findMany({
    where: { runId, OR: [{ name: PREDICTIONS_FILE }, { name: { endsWith: `/${PREDICTIONS_FILE}` } }] },
    select: { name: true, storageUri: true },
  });
  artifacts.sort((a, b) => a.name.length - b.name.length);
  // A file the worker has not registered (yet) is still found in the run's output folder.
  const candidates = [
    ...artifacts.map((artifact) => artifact.storageUri),
    pathToFileURL(path.join(runOutputDir(deps, runId), PREDICTIONS_FILE)).href,
  ];
  for (const uri of candidates) {
    const stored = await deps.storage.read(uri).catch(() => undefined);
    if (!stored) continue;
    stored.body.destroy();
    return uri;
  }
  return null;
}

export interface ParsedPredictions {
  /** Prediction by trace id, for the traces of the evaluation set only. */
  byTrace: Map<string, string>;
  /** Lines that could not be used, described (the first few). */
  problems: string[];
  problemCount: number;
}

/**
 * Reads predictions.jsonl line by line and keeps the predictions of `traceIds`: memory grows
 * with the evaluation set, not with the file.
 */
export async function readPredictions(deps: Deps, uri: string, traceIds: readonly string[]): Promise<ParsedPredictions | null> {
  const stored = await deps.storage.read(uri);
  if (!stored) return null;
  const alias = new Map<string, string>();
  for (const id of traceIds) {
    alias.set(id, id);
    alias.set(publicId('Trace', id), id);
    alias.set(trainingExampleId(id), id);
  }
  const byTrace = new Map<string, string>();
  const problems: string[] = [];
  let problemCount = 0;
  const problem = (line: number, message: string) => {
    problemCount += 1;
    if (problems.length < 10) problems.push(`line ${line}: ${message}`);
  };
  stored.body.setEncoding('utf8');
  const lines = createInterface({ input: stored.body, crlfDelay: Number.POSITIVE_INFINITY });
  let number = 0;
  for await (const line of lines) {
    number += 1;
    if (!line.trim()) continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      problem(number, 'not JSON');
      continue;
    }
    const { traceId, prediction } = (record ?? {}) as { traceId?: unknown; prediction?: unknown };
    if (typeof traceId !== 'string' || typeof prediction !== 'string') {
      problem(number, 'expected {"traceId": "<id>", "prediction": "<text>"}');
      continue;
    }
    const id = alias.get(traceId) ?? alias.get(traceId.toLowerCase());
    if (!id) continue; // a trace outside the evaluation set (e.g. a training trace)
    if (byTrace.has(id)) {
      problem(number, `a second prediction for trace ${traceId}; the first one counts`);
      continue;
    }
    byTrace.set(id, prediction.length > MAX_PREDICTION_CHARS ? prediction.slice(0, MAX_PREDICTION_CHARS) : prediction);
  }
  return { byTrace, problems, problemCount };
}
