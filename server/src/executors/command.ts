// COMMAND: runs an external trainer (a Tunix/JAX or PyTorch script) as a child process.
//
// The trainer gets, in its environment:
//   TUNIX_DATASET_PATH  the dataset as JSONL in tunix_sft format
//   TUNIX_RUN_CONFIG    the run config as JSON (hyperparameters, params)
//   TUNIX_OUTPUT_DIR    where to leave files: each becomes a run artifact
//   TUNIX_RUN_ID
// Every stdout/stderr line is kept as a log chunk. A stdout line of the form
//   @@metric {"step": 10, "epoch": 0.5, "trainLoss": 1.23, "evalLoss": 1.4}
// also records one metric point per numeric key other than step and epoch.
import { spawn } from 'node:child_process';
import { HIGH_WATER, type MetricInput } from '../worker/run-output.ts';
import { writeDatasetFile, writeRunConfig } from './dataset-files.ts';
import { type RunExecutor, RunFailure } from './types.ts';

export const METRIC_PREFIX = '@@metric ';
const KILL_GRACE_MS = 5_000;

/** Metric points of one `@@metric {...}` line, or null when the line is not one. */
export function parseMetricLine(line: string): MetricInput[] | null {
  if (!line.startsWith(METRIC_PREFIX)) return null;
  try {
    const record = JSON.parse(line.slice(METRIC_PREFIX.length)) as Record<string, unknown>;
    const step = record.step;
    if (typeof step !== 'number' || !Number.isInteger(step)) return null;
    const epoch = typeof record.epoch === 'number' ? record.epoch : undefined;
    return Object.entries(record)
      .filter(([key, value]) => key !== 'step' && key !== 'epoch' && typeof value === 'number')
      .map(([name, value]) => ({ name: name.slice(0, 64), step, value: value as number, epoch }));
  } catch {
    return null;
  }
}

export const commandTrainer: RunExecutor = async (context) => {
  const { run, config, output, signal, workDir, outputDir } = context;
  const [program, ...args] = config.command ?? [];
  if (!program) throw new RunFailure('config.command is empty: nothing to run');
  const dataset = await writeDatasetFile(context, 'TUNIX_SFT');
  const configFile = await writeRunConfig(context);
  output.log(`$ ${[program, ...args].join(' ')}`);

  const child = spawn(program, args, {
    cwd: workDir,
    env: {
      ...process.env,
      PYTHONUNBUFFERED: '1',
      TUNIX_DATASET_PATH: dataset.file,
      TUNIX_RUN_CONFIG: configFile,
      TUNIX_OUTPUT_DIR: outputDir,
      TUNIX_RUN_ID: run.id,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  // Metric lines are recognised on whole lines only, so stdout is split here as well.
  let pendingStdout = '';
  // Backpressure: a trainer that prints faster than the database stores waits (its pipe fills).
  const throttle = (stream: NodeJS.ReadableStream) => {
    if (output.backlog < HIGH_WATER || stream.isPaused()) return;
    stream.pause();
    void output.waitForRoom().then(() => stream.resume());
  };
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    output.write('STDOUT', text);
    throttle(child.stdout);
    const lines = (pendingStdout + text).split('\n');
    pendingStdout = lines.pop() ?? '';
    for (const line of lines) {
      const points = parseMetricLine(line);
      if (points?.length) output.metric(points);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    output.write('STDERR', text);
    throttle(child.stderr);
  });

  let killTimer: NodeJS.Timeout | undefined;
  const stop = () => {
    child.kill('SIGTERM');
    killTimer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
  };
  signal.addEventListener('abort', stop, { once: true });

  const exitCode = await new Promise<number>((resolve, reject) => {
    child.once('error', (error) => reject(new RunFailure(`Could not start ${program}: ${error.message}`)));
    child.once('close', (code, signalName) => resolve(code ?? (signalName ? 128 : 1)));
  }).finally(() => {
    clearTimeout(killTimer);
    signal.removeEventListener('abort', stop);
  });
  const lastPoints = parseMetricLine(pendingStdout);
  if (lastPoints?.length) output.metric(lastPoints);
  if (signal.aborted) throw signal.reason;
  if (exitCode !== 0) throw new RunFailure(`Trainer exited with code ${exitCode}; see the run's logs`, exitCode);
  return { exitCode };
};
