// The operator's trainers file (TRAINERS_FILE, YAML or JSON): every external trainer the COMMAND
// executor may start, by name. A client only names a trainer; its argv, working directory and
// environment come from this file, never from the request.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';

export interface Trainer {
  name: string;
  description: string;
  argv: string[];
  /** Absolute; a relative path in the file is resolved against the file's folder. */
  workingDirectory: string;
  /** Names of server environment variables passed through when set. */
  passEnv: string[];
  /** Fixed environment values. */
  env: Record<string, string>;
  /** Default time limit of its runs (config.timeoutSeconds overrides it). */
  timeoutSeconds: number | undefined;
  /** How long the process group gets between SIGTERM and SIGKILL. */
  killGraceSeconds: number;
}

export const DEFAULT_KILL_GRACE_SECONDS = 5;

/** The server's own secrets: no trainers file can pass them on, whatever it says. */
export const SERVER_SECRET_NAMES = ['ADMIN_TOKEN', 'DATABASE_URL', 'REDIS_URL', 'DOWNLOAD_SIGNING_SECRET', 'LLM_JUDGE_API_KEY'];

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SETTINGS = ['description', 'argv', 'workingDirectory', 'passEnv', 'env', 'timeoutSeconds', 'killGraceSeconds'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads and checks the trainers file; every problem is reported on its own line. The judges file
 * (JUDGES_FILE, section `judges`) declares external judge programs the same way.
 */
export function loadTrainersFile(
  file: string,
  section: 'trainers' | 'judges' = 'trainers',
): { trainers: Trainer[]; problems: string[] } {
  const variable = section === 'judges' ? 'JUDGES_FILE' : 'TRAINERS_FILE';
  const problems: string[] = [];
  const problem = (where: string, message: string) => problems.push(`${variable} ${file}: ${where}: ${message}`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    problems.push(`${variable}=${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return { trainers: [], problems };
  }
  // YAML 1.2 is a superset of JSON, so one parser reads both.
  const document = parseDocument(text);
  for (const error of document.errors) problem('syntax', error.message.split('\n')[0] ?? error.message);
  if (document.errors.length) return { trainers: [], problems };
  const root: unknown = document.toJS();
  const entries = isRecord(root) ? root[section] : undefined;
  const noun = section === 'judges' ? 'judge' : 'trainer';
  if (!isRecord(root) || !isRecord(entries)) {
    problem(section, `expected a map of ${noun} names to settings, e.g. "${section}: { tiny: { argv: [python3, run.py] } }"`);
    return { trainers: [], problems };
  }
  for (const key of Object.keys(root)) if (key !== section) problem(key, `unknown setting (the file holds "${section}")`);
  if (Object.keys(entries).length === 0) problem(section, `declares no ${noun}`);

  const trainers: Trainer[] = [];
  for (const [name, spec] of Object.entries(entries)) {
    const at = `${section}.${name}`;
    const before = problems.length;
    if (!NAME.test(name)) problem(at, 'a name is 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit');
    if (!isRecord(spec)) {
      problem(at, 'expected a map of settings (argv, workingDirectory, passEnv, env, timeoutSeconds, killGraceSeconds)');
      continue;
    }
    for (const key of Object.keys(spec)) {
      if (!SETTINGS.includes(key)) problem(`${at}.${key}`, `unknown setting (known: ${SETTINGS.join(', ')})`);
    }
    const { description = '', argv, workingDirectory = '.', passEnv = [], env = {}, timeoutSeconds } = spec;
    const killGraceSeconds = spec.killGraceSeconds ?? DEFAULT_KILL_GRACE_SECONDS;
    if (typeof description !== 'string') problem(`${at}.description`, 'expected text');
    if (!Array.isArray(argv) || argv.length === 0 || argv.some((arg) => typeof arg !== 'string' || arg.includes('\0'))) {
      problem(`${at}.argv`, 'expected a non-empty list of strings: the program and its arguments (no shell is involved)');
    } else if (argv[0] === '') problem(`${at}.argv.0`, 'the program must not be empty');
    let directory = '';
    if (typeof workingDirectory !== 'string' || workingDirectory === '') {
      problem(`${at}.workingDirectory`, 'expected a folder path');
    } else {
      directory = path.resolve(path.dirname(file), workingDirectory);
      if (!statSync(directory, { throwIfNoEntry: false })?.isDirectory()) {
        problem(`${at}.workingDirectory`, `${directory} is not an existing folder`);
      }
    }
    const checkName = (where: string, envName: string) => {
      if (!ENV_NAME.test(envName)) problem(where, `"${envName}" is not an environment variable name`);
      else if (envName.startsWith('TUNIX_')) problem(where, `${envName}: TUNIX_* variables are set by the server for each run`);
      else if (SERVER_SECRET_NAMES.includes(envName))
        problem(where, `${envName} is a secret of the server and never reaches a trainer`);
    };
    if (!Array.isArray(passEnv)) problem(`${at}.passEnv`, 'expected a list of environment variable names');
    else for (const [index, envName] of passEnv.entries()) checkName(`${at}.passEnv.${index}`, String(envName));
    if (!isRecord(env)) problem(`${at}.env`, 'expected a map of environment variable names to values');
    else {
      for (const [envName, value] of Object.entries(env)) {
        checkName(`${at}.env.${envName}`, envName);
        if (!['string', 'number', 'boolean'].includes(typeof value)) problem(`${at}.env.${envName}`, 'expected a text value');
      }
    }
    if (
      timeoutSeconds !== undefined &&
      !(Number.isInteger(timeoutSeconds) && (timeoutSeconds as number) >= 1 && (timeoutSeconds as number) <= 7 * 86_400)
    ) {
      problem(`${at}.timeoutSeconds`, 'expected a whole number of seconds from 1 to 604800');
    }
    if (typeof killGraceSeconds !== 'number' || !(killGraceSeconds > 0 && killGraceSeconds <= 600)) {
      problem(`${at}.killGraceSeconds`, 'expected a number of seconds above 0 and at most 600');
    }
    if (problems.length > before) continue;
    trainers.push({
      name,
      description: description as string,
      argv: argv as string[],
      workingDirectory: directory,
      passEnv: (passEnv as unknown[]).map(String),
      env: Object.fromEntries(Object.entries(env as Record<string, unknown>).map(([key, value]) => [key, String(value)])),
      timeoutSeconds: timeoutSeconds as number | undefined,
      killGraceSeconds: killGraceSeconds as number,
    });
  }
  return { trainers, problems };
}
