// BUILTIN: trains the reference character model on the run's dataset, in this process.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportDatasetLines } from '../../modules/datasets/datasets.service.ts';
import type { BuiltinRunConfig } from '../../modules/runs/run-config.ts';
import { type RunExecutor, RunFailure } from '../types.ts';
import { train } from './trainer.ts';

interface TraceLine {
  prompts: string;
  trace_steps: string[];
  final_answer: string;
}

/** One training text per trace: the prompt, its reasoning steps and the answer. */
export const traceText = (trace: TraceLine): string =>
  `${trace.prompts}\n${trace.trace_steps.map((step, i) => `${i + 1}. ${step}`).join('\n')}\nAnswer: ${trace.final_answer}\n`;

export const builtinTrainer: RunExecutor = async ({ deps, run, config, output, signal, outputDir }) => {
  const examples: { text: string }[] = [];
  for await (const line of exportDatasetLines(deps, run.datasetId, 'TRACE')) {
    examples.push({ text: traceText(JSON.parse(line) as TraceLine) });
  }
  if (examples.length === 0) throw new RunFailure('Dataset is empty: it has no traces to train on');
  output.log(`Training the builtin character model on ${examples.length} traces`);
  const result = await train(
    {
      examples,
      // Checked against the BUILTIN spec when the run was created, defaults filled in by the worker.
      hyperparams: config as BuiltinRunConfig,
    },
    {
      signal,
      onLog: (line) => output.log(line),
      // Stored before training goes on, so that an early-stopping decision lands on time.
      onMetric: async (points) => {
        output.metric(points);
        await output.flush();
      },
    },
  );
  await writeFile(path.join(outputDir, 'model.bin'), result.weights);
  await writeFile(
    path.join(outputDir, 'model.json'),
    `${JSON.stringify({ kind: 'char-ngram', vocab: result.vocab, steps: result.steps, trainExamples: result.trainExamples, evalExamples: result.evalExamples }, null, 2)}\n`,
  );
  output.log(
    `Done: ${result.steps} steps, eval loss ${result.initialEvalLoss.toFixed(4)} → ${result.finalEvalLoss.toFixed(4)}, accuracy ${result.evalAccuracy.toFixed(4)}`,
  );
  return { exitCode: 0 };
};
