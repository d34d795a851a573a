// Trainers files for tests. Every test trainer is a real process that the test, as the operator,
// declared in a trainers file: clients still only name it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const EXAMPLE_TRAINERS_FILE = path.resolve(import.meta.dirname, '../../examples/trainers/trainers.yaml');

/**
 * Runs the JavaScript in its run's `params.script` (with `require` at hand): lets each test say
 * what its trainer does. Only a test's trainers file would declare such a trainer.
 */
export const scriptTrainer = (settings: Record<string, unknown> = {}) => ({
  description: 'test trainer: runs params.script',
  argv: [
    process.execPath,
    '-e',
    "eval(JSON.parse(require('fs').readFileSync(process.env.TUNIX_RUN_CONFIG, 'utf8')).params.script)",
  ],
  killGraceSeconds: 1,
  ...settings,
});

/** Writes a trainers file (JSON) into a fresh temporary folder; returns its path. */
export function writeTrainersFile(trainers: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  return writeDeclarations('trainers', { trainers, ...extra });
}

/** Writes a judges file (JUDGES_FILE: judge programs, declared like trainers); returns its path. */
export function writeJudgesFile(judges: Record<string, unknown>): string {
  return writeDeclarations('judges', { judges });
}

function writeDeclarations(kind: string, content: Record<string, unknown>): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), `tunix-${kind}-`)), `${kind}.json`);
  writeFileSync(file, JSON.stringify(content, null, 2));
  return file;
}

/** A COMMAND run of the script trainer named `trainer`. */
export const scriptRun = (script: string, trainer = 'script') => ({
  executor: 'COMMAND' as const,
  config: { trainer, params: { script } },
});

/**
 * Whether a process still runs. A killed process whose parent is gone stays a zombie until PID 1
 * reaps it, which on some machines takes seconds; a zombie runs nothing, so it counts as gone.
 */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
}
