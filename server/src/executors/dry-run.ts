// DRY_RUN: checks that the run could train (config valid, dataset non-empty and exportable),
// writes the training manifest and data it would use, and trains nothing.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeDatasetFile } from './dataset-files.ts';
import type { RunExecutor } from './types.ts';

/** The reference system's Tunix training manifest (YAML), keys in its order. */
export function trainingManifestYaml(input: {
  baseModel: string;
  datasetPath: string;
  outputDir: string;
  learningRate: number;
  weightDecay: number;
  epochs: number;
  batchSize: number;
  maxSeqLength: number;
  device: string;
}): string {
  const quote = (value: string) => JSON.stringify(value);
  return [
    'version: "1.0"',
    'runner: tunix',
    'mode: sft',
    'model:',
    `  model_id: ${quote(input.baseModel)}`,
    'dataset:',
    '  format: tunix_sft',
    `  path: ${quote(input.datasetPath)}`,
    'training:',
    `  learning_rate: ${input.learningRate}`,
    `  weight_decay: ${input.weightDecay}`,
    `  num_epochs: ${input.epochs}`,
    `  batch_size: ${input.batchSize}`,
    `  max_seq_length: ${input.maxSeqLength}`,
    `  device: ${input.device}`,
    'output:',
    `  output_dir: ${quote(input.outputDir)}`,
    '',
  ].join('\n');
}

export const dryRun: RunExecutor = async (context) => {
  const { run, config, output } = context;
  output.log(`Dry run of ${run.baseModel} on dataset ${run.datasetId}`);
  const dataset = await writeDatasetFile(context, 'TUNIX_SFT', 'dataset.tunix_sft.jsonl');
  output.log(`✓ dataset exported in tunix_sft format: ${dataset.lines} traces`);
  const manifest = trainingManifestYaml({
    baseModel: run.baseModel,
    datasetPath: 'dataset.tunix_sft.jsonl',
    outputDir: context.outputDir,
    ...config,
  });
  await writeFile(path.join(context.outputDir, 'manifest.yaml'), manifest);
  output.log('✓ training manifest written: manifest.yaml');
  output.log(
    `Hyperparameters: learningRate=${config.learningRate} epochs=${config.epochs} batchSize=${config.batchSize} maxSeqLength=${config.maxSeqLength} device=${config.device}`,
  );
  output.log('Dry run passed. Create the run with executor BUILTIN or COMMAND to train.');
  return { exitCode: 0 };
};
