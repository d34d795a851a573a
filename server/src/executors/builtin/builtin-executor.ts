// BUILTIN: trains the reference character model on the run's dataset, in this process.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportDatasetLines } from '../../modules/datasets/datasets.service.ts';
import type { BuiltinRunConfig } from '../../modules/runs/run-config.ts';
import { type Prediction, writePredictions } from '../predictions.ts';
import { type RunExecutor, RunFailure } from '../types.ts';
import { GreedyGenerator, splitExamples, type TrainExample, train } from './trainer.ts';

interface TraceLine {
  id: string;
  prompts: string;
  trace_steps: string[];
  final_answer: string;
}

/** One training text per trace: the prompt, its reasoning steps and the answer. */
export const traceText = (trace: TraceLine): string =>
  `${trace.prompts}\n${trace.trace_steps.map((step, i) => `${i + 1}. ${step}`).join('\n')}\nAnswer: ${trace.final_answer}\n`;

/** Bounds of one answer: reasoning until the model writes "Answer: ", then the answer line. */
export const PREDICTION_MAX_REASONING_CHARS = 512;
export const PREDICTION_MAX_ANSWER_CHARS = 128;
const ANSWER_MARK = 'Answer: ';

/**
 * The model's answer to a prompt, greedily, in the shape it was trained on: the prompt line, its
 * reasoning, then `Answer: …` up to the end of the line. When the reasoning runs out of room
 * without reaching "Answer: ", the mark is written for it, so every trace gets an answer.
 */
export function predictAnswer(generator: GreedyGenerator, prompt: string): string {
  let context = `${prompt}\n`;
  const reasoning = generator.continue(context, PREDICTION_MAX_REASONING_CHARS, (text) => text.endsWith(ANSWER_MARK));
  context += reasoning.endsWith(ANSWER_MARK) ? reasoning : `${reasoning}\n${ANSWER_MARK}`;
  return generator.continue(context, PREDICTION_MAX_ANSWER_CHARS, (text) => text.endsWith('\n')).trim();
}

type Example = TrainExample & { traceId: string; prompt: string };

export const builtinTrainer: RunExecutor = async ({ deps, run, config, output, signal, outputDir }) => {
  const examples: Example[] = [];
  for await (const line of exportDatasetLines(deps, run.datasetId, 'TRACE')) {
    const trace = JSON.parse(line) as TraceLine;
    examples.push({ text: traceText(trace), traceId: trace.id, prompt: trace.prompts });
  }
  if (examples.length === 0) throw new RunFailure('Dataset is empty: it has no traces to train on');
  output.log(`Training the builtin character model on ${examples.length} traces`);
  // Checked against the BUILTIN spec when the run was created, defaults filled in by the worker.
  const hyperparams = config as BuiltinRunConfig;
  const result = await train(
    { examples, hyperparams },
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
  // The held-out traces are the ones train() scored: the same split of the same examples.
  const { eval: heldOut } = splitExamples(examples, hyperparams.seed, hyperparams.evalFraction);
  const generator = new GreedyGenerator(result.weights);
  const predictions: Prediction[] = [];
  for (const example of heldOut) {
    predictions.push({ traceId: example.traceId, prediction: predictAnswer(generator, example.prompt) });
    if (predictions.length % 64 === 0) {
      await new Promise((resolve) => setImmediate(resolve));
      signal.throwIfAborted();
    }
  }
  await writePredictions(outputDir, predictions);
  output.log(`Wrote predictions.jsonl: answers to the ${predictions.length} held-out traces`);
  output.log(
    `Done: ${result.steps} steps, eval loss ${result.initialEvalLoss.toFixed(4)} → ${result.finalEvalLoss.toFixed(4)}, accuracy ${result.evalAccuracy.toFixed(4)}`,
  );
  return { exitCode: 0 };
};
