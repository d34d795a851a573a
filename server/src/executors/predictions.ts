// A trained run's answers to its evaluation traces: `predictions.jsonl` in the run's output folder
// (so a run artifact like any other file), one `{"traceId": "...", "prediction": "..."}` per line.
// `traceId` is the trace's id as the trainer's dataset export wrote it (the `id` of a TRACE or
// TUNIX_SFT record). BUILTIN writes it itself, COMMAND trainers write it into TUNIX_OUTPUT_DIR,
// DRY_RUN writes none. Judges read it.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import path from 'node:path';

export const PREDICTIONS_FILE = 'predictions.jsonl';

export interface Prediction {
  traceId: string;
  prediction: string;
}

/** One line of predictions.jsonl, or null when it is not a prediction (blank, not JSON, wrong fields). */
export function parsePredictionLine(line: string): Prediction | null {
  if (!line.trim()) return null;
  try {
    const record = JSON.parse(line) as Record<string, unknown>;
    if (typeof record?.traceId !== 'string' || typeof record.prediction !== 'string') return null;
    return { traceId: record.traceId, prediction: record.prediction };
  } catch {
    return null;
  }
}

/** Writes the predictions to `<outputDir>/predictions.jsonl`; returns how many were written. */
export async function writePredictions(outputDir: string, predictions: Iterable<Prediction>): Promise<number> {
  const out = createWriteStream(path.join(outputDir, PREDICTIONS_FILE));
  let count = 0;
  for (const { traceId, prediction } of predictions) {
    if (!out.write(`${JSON.stringify({ traceId, prediction })}\n`)) await once(out, 'drain');
    count += 1;
  }
  out.end();
  await once(out, 'finish');
  return count;
}
