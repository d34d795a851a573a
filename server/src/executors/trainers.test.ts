// The trainers file is checked at start-up: every problem on its own line, naming where it is.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_TRAINERS_FILE, writeTrainersFile } from '../../test/trainers.ts';
import { ConfigError, configWarnings, loadConfig } from '../config.ts';
import { loggedCommandLine, trainerEnvironment } from './command.ts';
import { loadTrainersFile } from './trainers.ts';

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('the trainers file', () => {
  it('loads the example trainers file (YAML) with its folder resolved', () => {
    const config = loadConfig({ TRAINERS_FILE: EXAMPLE_TRAINERS_FILE });
    expect(config.trainers).toEqual([
      expect.objectContaining({
        name: 'tiny',
        argv: ['python3', 'tiny_trainer.py'],
        workingDirectory: path.dirname(EXAMPLE_TRAINERS_FILE),
        passEnv: ['OMP_NUM_THREADS'],
        env: { PYTHONDONTWRITEBYTECODE: '1' },
        timeoutSeconds: 600,
        killGraceSeconds: 5,
      }),
      expect.objectContaining({ name: 'torch', argv: ['/usr/bin/python3', 'torch_trainer.py'], timeoutSeconds: 1800 }),
    ]);
    expect(config.commandRawArgvEnabled).toBe(false);
  });

  it('reads JSON too, with defaults for what it leaves out', () => {
    const { trainers, problems } = loadTrainersFile(writeTrainersFile({ a: { argv: ['echo', 'hi'] } }));
    expect(problems).toEqual([]);
    expect(trainers[0]).toMatchObject({ name: 'a', description: '', passEnv: [], env: {}, killGraceSeconds: 5 });
    expect(trainers[0]?.timeoutSeconds).toBeUndefined();
  });

  it('refuses to start when TRAINERS_FILE is set but missing or unreadable', () => {
    const missing = path.join(tmpdir(), 'no-such-trainers-file.yaml');
    expect(problemsOf({ TRAINERS_FILE: missing })).toEqual([`TRAINERS_FILE=${missing}: cannot read it (ENOENT)`]);
  });

  it('reports a YAML syntax error and a file that is no map of trainers', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tunix-trainers-'));
    const broken = path.join(dir, 'broken.yaml');
    writeFileSync(broken, 'trainers:\n  a: [unclosed\n');
    expect(problemsOf({ TRAINERS_FILE: broken })[0]).toMatch(/syntax/);
    const list = path.join(dir, 'list.yaml');
    writeFileSync(list, '- argv: [echo]\n');
    expect(problemsOf({ TRAINERS_FILE: list })[0]).toContain('trainers: expected a map of trainer names');
  });

  it('lists every bad setting at once, each with where it is', () => {
    const file = writeTrainersFile(
      {
        'bad name!': { argv: ['echo'] },
        noArgv: { description: 'x' },
        shell: { argv: 'python train.py' },
        nowhere: { argv: ['echo'], workingDirectory: 'no/such/folder' },
        leaky: {
          argv: ['echo'],
          passEnv: ['ADMIN_TOKEN', 'DATABASE_URL', 'TUNIX_RUN_ID', 'not a name'],
          env: { REDIS_URL: 'x', N: {} },
        },
        limits: { argv: ['echo'], timeoutSeconds: 0.5, killGraceSeconds: 0, argVee: [] },
        fine: { argv: ['echo'] },
      },
      { extra: true },
    );
    const problems = problemsOf({ TRAINERS_FILE: file });
    const where = problems.map((problem) => problem.replace(`TRAINERS_FILE ${file}: `, '').split(':')[0]);
    expect(where).toEqual([
      'extra',
      'trainers.bad name!',
      'trainers.noArgv.argv',
      'trainers.shell.argv',
      'trainers.nowhere.workingDirectory',
      'trainers.leaky.passEnv.0',
      'trainers.leaky.passEnv.1',
      'trainers.leaky.passEnv.2',
      'trainers.leaky.passEnv.3',
      'trainers.leaky.env.REDIS_URL',
      'trainers.leaky.env.N',
      'trainers.limits.argVee',
      'trainers.limits.timeoutSeconds',
      'trainers.limits.killGraceSeconds',
    ]);
    expect(problems.join('\n')).toContain('ADMIN_TOKEN is a secret of the server and never reaches a trainer');
    expect(problems.join('\n')).toContain('no shell is involved');
  });

  it('warns at start-up when raw client argv is switched on', () => {
    expect(configWarnings(loadConfig({}))).toEqual([]);
    const warnings = configWarnings(loadConfig({ COMMAND_RAW_ARGV_ENABLED: 'true' }));
    expect(warnings).toEqual([expect.stringContaining('COMMAND_RAW_ARGV_ENABLED=true: COMMAND runs may execute any argv')]);
    expect(configWarnings(loadConfig({ COMMAND_RAW_ARGV_ENABLED: 'true', COMMAND_EXECUTOR_ENABLED: 'false' }))).toEqual([]);
  });
});

describe('what a trainer process is given', () => {
  const serverEnv = {
    PATH: '/usr/bin:/bin',
    HOME: '/root',
    LANG: 'C.UTF-8',
    ADMIN_TOKEN: 'admin-token-0123456789',
    DATABASE_URL: 'postgresql://u:p@db/app',
    AWS_SECRET_ACCESS_KEY: 'aws-secret',
    CUDA_VISIBLE_DEVICES: '0',
  };
  const trainer = { ...loadConfig({ TRAINERS_FILE: EXAMPLE_TRAINERS_FILE }).trainers[0], passEnv: ['CUDA_VISIBLE_DEVICES'] };

  it('a minimal environment: the base, its allowlist and fixed values, then the run variables', () => {
    const env = trainerEnvironment(serverEnv, trainer as never, '/tmp/run', { TUNIX_RUN_ID: 'r1' });
    expect(env).toEqual({
      PATH: '/usr/bin:/bin',
      HOME: '/tmp/run',
      TMPDIR: '/tmp/run',
      LANG: 'C.UTF-8',
      PYTHONUNBUFFERED: '1',
      CUDA_VISIBLE_DEVICES: '0',
      PYTHONDONTWRITEBYTECODE: '1',
      TUNIX_RUN_ID: 'r1',
    });
  });

  it('logs the command line with secret values masked', () => {
    expect(loggedCommandLine(['train', '--token=admin-token-0123456789', serverEnv.DATABASE_URL], serverEnv)).toBe(
      'train --token=*** ***',
    );
  });
});
