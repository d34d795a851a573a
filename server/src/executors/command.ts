// COMMAND: runs an external trainer (a Tunix/JAX or PyTorch script) as a child process. Which
// program runs comes from the operator's trainers file (config.trainer names one), or, only when
// COMMAND_RAW_ARGV_ENABLED is set, from the run's own argv (config.command).
//
// The trainer gets a minimal environment: PATH, HOME (the run's scratch folder), LANG/LC_ALL/TZ,
// PYTHONUNBUFFERED, what its entry in the trainers file allows, and
//   TUNIX_DATASET_PATH  the dataset as JSONL in tunix_sft format
//   TUNIX_HELD_OUT_PATH the ids of the traces to hold out (one per line): train on the others,
//                       write predictions.jsonl for these (they are what an evaluation judges)
//   TUNIX_RUN_CONFIG    the run config as JSON (hyperparameters, params)
//   TUNIX_OUTPUT_DIR    where to leave files: each becomes a run artifact
//   TUNIX_RUN_ID, TUNIX_TRAINER
// Every stdout/stderr line is kept as a log chunk. A stdout line of the form
//   @@metric {"step": 10, "epoch": 0.5, "trainLoss": 1.23, "evalLoss": 1.4}
// also records one metric point per numeric key other than step and epoch.
// It runs in its own process group: cancel, timeout and shutdown stop the whole tree.
import type { Config } from '../config.ts';
import type { RunConfig } from '../modules/runs/run-config.ts';
import { HIGH_WATER, type MetricInput } from '../worker/run-output-writer.ts';
import { writeDatasetFile, writeHeldOutIds, writeRunConfig } from './dataset-files.ts';
import { spawnProcessGroup } from './process-group.ts';
import { DEFAULT_KILL_GRACE_SECONDS, SERVER_SECRET_NAMES, type Trainer } from './trainers.ts';
import { type RunExecutor, RunFailure } from './types.ts';

export const METRIC_PREFIX = '@@metric ';

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

/** What to start for a run: the named trainer, or the run's raw argv where the server allows it. */
function resolveLaunch(server: Config, config: RunConfig, workDir: string) {
  if (config.trainer !== undefined) {
    const trainer = server.trainers.find((candidate) => candidate.name === config.trainer);
    if (!trainer) throw new RunFailure(`Trainer "${config.trainer}" is not in this worker's trainers file (TRAINERS_FILE)`);
    return { trainer, argv: trainer.argv, cwd: trainer.workingDirectory, graceMs: trainer.killGraceSeconds * 1000 };
  }
  if (!server.commandRawArgvEnabled) throw new RunFailure('Raw argv is switched off on this worker (COMMAND_RAW_ARGV_ENABLED)');
  if (!config.command?.[0]) throw new RunFailure('config.command is empty: nothing to run');
  return { trainer: undefined, argv: config.command, cwd: workDir, graceMs: DEFAULT_KILL_GRACE_SECONDS * 1000 };
}

/**
 * The whole environment of a trainer: a minimal base, then what its trainers-file entry passes
 * through or sets, then the run's TUNIX_* variables. Nothing else of the server's reaches it.
 */
export function trainerEnvironment(
  serverEnv: NodeJS.ProcessEnv,
  trainer: Trainer | undefined,
  home: string,
  runVariables: Record<string, string>,
): Record<string, string> {
  const env: Record<string, string> = {
    PATH: serverEnv.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: home,
    TMPDIR: home,
    PYTHONUNBUFFERED: '1',
  };
  for (const name of ['LANG', 'LC_ALL', 'TZ', ...(trainer?.passEnv ?? [])]) {
    const value = serverEnv[name];
    if (value !== undefined) env[name] = value;
  }
  return { ...env, ...trainer?.env, ...runVariables };
}

const SECRET_NAME = /SECRET|TOKEN|PASSW|CREDENTIAL|PRIVATE|_KEY$|_URL$/i;

/** The argv as the run log shows it: a value of a secret-looking variable reads ***. */
export function loggedCommandLine(argv: string[], ...envs: Record<string, string | undefined>[]): string {
  const secrets = envs
    .flatMap((env) => Object.entries(env))
    .filter(([name, value]) => value && value.length >= 6 && (SECRET_NAME.test(name) || SERVER_SECRET_NAMES.includes(name)))
    .map(([, value]) => value as string)
    .sort((a, b) => b.length - a.length);
  return argv.map((arg) => secrets.reduce((text, secret) => text.replaceAll(secret, '***'), arg)).join(' ');
}

export const commandTrainer: RunExecutor = async (context) => {
  const { deps, run, config, output, signal, workDir, outputDir } = context;
  const { trainer, argv, cwd, graceMs } = resolveLaunch(deps.config, config, workDir);
  const [program = '', ...args] = argv;
  const dataset = await writeDatasetFile(context, 'TUNIX_SFT');
  const configFile = await writeRunConfig(context);
  const heldOutFile = await writeHeldOutIds(context);
  const env = trainerEnvironment(process.env, trainer, workDir, {
    TUNIX_DATASET_PATH: dataset.file,
    TUNIX_HELD_OUT_PATH: heldOutFile,
    TUNIX_RUN_CONFIG: configFile,
    TUNIX_OUTPUT_DIR: outputDir,
    TUNIX_RUN_ID: run.id,
    ...(trainer ? { TUNIX_TRAINER: trainer.name } : {}),
  });
  output.log(`$ ${loggedCommandLine(argv, process.env, env)}${trainer ? `   (trainer ${trainer.name})` : ''}`);
  if (signal.aborted) throw signal.reason;

  const group = spawnProcessGroup(program, args, { cwd, env, graceMs });
  const { child } = group;

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

  signal.addEventListener('abort', group.stop, { once: true });
  const exit = await group.finished
    .catch((error: Error) => {
      throw new RunFailure(`Could not start ${program}: ${error.message}`);
    })
    .finally(() => signal.removeEventListener('abort', group.stop));
  const exitCode = exit.code ?? (exit.signal ? 128 : 1);
  const lastPoints = parseMetricLine(pendingStdout);
  if (lastPoints?.length) output.metric(lastPoints);
  if (signal.aborted) throw signal.reason;
  if (exitCode !== 0) throw new RunFailure(`Trainer exited with code ${exitCode}; see the run's logs`, exitCode);
  return { exitCode };
};
