// Judges: each has a name, a version and a config, all three recorded on the evaluation so that a
// score can be reproduced. Built in: `mock` (the reference's deterministic formula), `answer_correctness`
// (normalised exact match) and `llm` (an OpenAI-compatible chat-completions endpoint the operator
// configures). Operators add external judge programs in JUDGES_FILE, declared like trainers: a
// client names one, its argv comes from the file, and no shell is involved.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Config, LlmJudgeSettings } from '../../config.ts';
import { DomainError } from '../../errors.ts';
import { trainerEnvironment } from '../../executors/command.ts';
import { spawnProcessGroup } from '../../executors/process-group.ts';
import type { Trainer } from '../../executors/trainers.ts';
import { answerCorrectnessVerdict, answersMatch, meanScoreVerdict, mockVerdict, type RunVerdict } from './scoring.ts';

export interface JudgeItem {
  traceId: string;
  prompt: string;
  reference: string;
  /** null: the run left no prediction for this trace. */
  prediction: string | null;
}

export interface ItemJudgement {
  /** 0–1; null when the judge could not score the item (then `error` says why). */
  score: number | null;
  correct: boolean | null;
  reasoning: string | null;
  error: string | null;
}

/** What a judge may read of the run for its run-level verdict. */
export interface JudgedRun {
  id: string;
  durationSeconds: number | null;
  /** Characters the run printed to stdout (the mock judge's output_length). */
  stdoutLength(): Promise<number>;
}

export interface Judge {
  name: string;
  version: string;
  /** What is recorded on the evaluation: everything that decides a score, never a secret. */
  config: Record<string, unknown>;
  /** Whether it reads the run's predictions.jsonl (the mock judge scores the run itself). */
  needsPredictions: boolean;
  /** Items per judgeItems call: progress is stored after each call. */
  batchSize: number;
  judgeItems(items: readonly JudgeItem[], signal: AbortSignal): Promise<ItemJudgement[]>;
  /** The run-level verdict, computed from the judged items. */
  verdict(run: JudgedRun, items: readonly Pick<ItemJudgement, 'score' | 'correct'>[]): Promise<RunVerdict>;
}

/** The evaluation fails as a whole (the program crashed, the endpoint is not configured). */
export class JudgeFailure extends Error {
  override name = 'JudgeFailure';
}

export interface JudgeDescription {
  name: string;
  version: string;
  kind: 'BUILTIN' | 'LLM' | 'PROGRAM';
  description: string;
  /** Whether this server can run it now (the LLM judge needs LLM_JUDGE_BASE_URL and LLM_JUDGE_MODEL). */
  available: boolean;
}

export const DEFAULT_LLM_JUDGE_PROMPT = `You grade a model's answer against a reference answer.

Question:
{{prompt}}

Reference answer:
{{reference}}

Model's answer:
{{prediction}}

Reply with a JSON object only: {"score": <a number from 0 to 1>, "correct": <true or false>, "reasoning": "<one sentence>"}`;

const missingPrediction = (): ItemJudgement => ({
  score: 0,
  correct: false,
  reasoning: null,
  error: 'the run left no prediction for this trace',
});

const mockJudge: Judge = {
  name: 'mock',
  version: 'v1',
  config: {},
  needsPredictions: false,
  batchSize: 500,
  judgeItems: async (items) =>
    items.map(() => ({ score: null, correct: null, reasoning: 'the mock judge scores the run, not its items', error: null })),
  verdict: async (run) => mockVerdict(run.id, run.durationSeconds, await run.stdoutLength()),
};

const answerCorrectnessJudge: Judge = {
  name: 'answer_correctness',
  version: 'v1',
  config: { normalize: 'strip+lower' },
  needsPredictions: true,
  batchSize: 500,
  judgeItems: async (items) =>
    items.map((item) => {
      if (item.prediction === null) return missingPrediction();
      const correct = answersMatch(item.prediction, item.reference);
      return { score: correct ? 1 : 0, correct, reasoning: null, error: null };
    }),
  verdict: async (_run, items) => answerCorrectnessVerdict(items.filter((item) => item.correct === true).length, items.length),
};

const meanVerdict = async (_run: JudgedRun, items: readonly Pick<ItemJudgement, 'score' | 'correct'>[]) =>
  meanScoreVerdict(
    items.map((item) => item.score),
    items.filter((item) => item.correct === true).length,
  );

/** Runs `work` over `items` with at most `limit` at a time, keeping their order. */
async function mapPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  });
  await Promise.all(lanes);
  return results;
}

const fill = (template: string, item: JudgeItem) =>
  // One pass, so a prediction containing "{{reference}}" is not expanded again.
  template.replace(/\{\{(prompt|reference|prediction)\}\}/g, (_, key: 'prompt' | 'reference' | 'prediction') => item[key] ?? '');

/** The judge's JSON reply, with the fences models like to add (```json … ```) removed. */
export function parseJudgeReply(content: string): ItemJudgement {
  const text = content
    .trim()
    .replace(/^```(?:json)?\s*/i, '')
    .replace(/\s*```$/, '');
  const shown = content.length > 200 ? `${content.slice(0, 200)}…` : content;
  let reply: unknown;
  try {
    reply = JSON.parse(text);
  } catch {
    return { score: null, correct: null, reasoning: null, error: `the judge's reply is not JSON: ${JSON.stringify(shown)}` };
  }
  const record = reply as Record<string, unknown>;
  const score = record?.score;
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 1) {
    return {
      score: null,
      correct: null,
      reasoning: null,
      error: `the judge's reply needs "score" as a number from 0 to 1: ${JSON.stringify(shown)}`,
    };
  }
  const correct = typeof record.correct === 'boolean' ? record.correct : score >= 0.5;
  const reasoning = typeof record.reasoning === 'string' ? record.reasoning.slice(0, 4_000) : null;
  return { score, correct, reasoning, error: null };
}

/** Words for a failed call that never include the key, the URL's credentials or a stack. */
function describeCallError(error: unknown, timeoutSeconds: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `the judge endpoint did not answer within ${timeoutSeconds} s (LLM_JUDGE_TIMEOUT_SECONDS)`;
  }
  const cause = (error as { cause?: { code?: string } })?.cause?.code;
  return `could not reach the judge endpoint${cause ? ` (${cause})` : ''}`;
}

/** The URL as recorded and shown: no user name or password. */
const displayUrl = (url: string) => {
  const parsed = new URL(url);
  parsed.username = '';
  parsed.password = '';
  return parsed.toString().replace(/\/$/, '');
};

function llmJudge(settings: LlmJudgeSettings, overrides: { model?: string; temperature?: number; maxTokens?: number }): Judge {
  const model = overrides.model ?? settings.model;
  const temperature = overrides.temperature ?? 0;
  const maxTokens = overrides.maxTokens ?? settings.maxTokens;
  const promptTemplate = settings.promptTemplate ?? DEFAULT_LLM_JUDGE_PROMPT;
  const endpoint = `${settings.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const scrub = (text: string) => (settings.apiKey ? text.replaceAll(settings.apiKey, '***') : text);

  const judgeOne = async (item: JudgeItem, signal: AbortSignal): Promise<ItemJudgement> => {
    if (item.prediction === null) return missingPrediction();
    const failed = (error: string): ItemJudgement => ({ score: null, correct: null, reasoning: null, error: scrub(error) });
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {}),
        },
        body: JSON.stringify({
          model,
          temperature,
          max_tokens: maxTokens,
          messages: [{ role: 'user', content: fill(promptTemplate, item) }],
        }),
        signal: AbortSignal.any([signal, AbortSignal.timeout(settings.timeoutSeconds * 1000)]),
      });
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      return failed(describeCallError(error, settings.timeoutSeconds));
    }
    let body: string;
    try {
      body = await response.text();
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      return failed(describeCallError(error, settings.timeoutSeconds));
    }
    if (!response.ok) return failed(`the judge endpoint answered HTTP ${response.status}: ${body.slice(0, 200)}`);
    let content: unknown;
    try {
      content = (JSON.parse(body) as { choices?: { message?: { content?: unknown } }[] }).choices?.[0]?.message?.content;
    } catch {
      content = undefined;
    }
    if (typeof content !== 'string') {
      return failed(`the judge endpoint's answer has no choices[0].message.content: ${body.slice(0, 200)}`);
    }
    const judged = parseJudgeReply(content);
    return judged.error ? failed(judged.error) : judged;
  };

  return {
    name: 'llm',
    version: 'v1',
    config: {
      baseUrl: displayUrl(settings.baseUrl),
      model,
      temperature,
      maxTokens,
      promptSha256: createHash('sha256').update(promptTemplate).digest('hex'),
      timeoutSeconds: settings.timeoutSeconds,
    },
    needsPredictions: true,
    batchSize: Math.max(8, settings.concurrency * 2),
    judgeItems: (items, signal) => mapPool(items, settings.concurrency, (item) => judgeOne(item, signal)),
    verdict: meanVerdict,
  };
}

/** The version of an operator's judge: a digest of its entry, so a changed program reads as a new version. */
const programVersion = (program: Trainer) =>
  `def-${createHash('sha256')
    .update(JSON.stringify([program.argv, program.workingDirectory, program.env]))
    .digest('hex')
    .slice(0, 12)}`;

const DEFAULT_PROGRAM_TIMEOUT_SECONDS = 600;

/**
 * An operator's judge program. Per batch it gets, in its environment:
 *   TUNIX_JUDGE_INPUT   JSONL, one {"traceId", "prompt", "reference", "prediction"} per line
 *   TUNIX_JUDGE_OUTPUT  where to write JSONL, one {"traceId", "score" (0–1), "correct"?, "reasoning"?, "error"?} per line
 *   TUNIX_JUDGE_CONFIG  the evaluation's judgeConfig as JSON
 * A non-zero exit fails the evaluation; a trace missing from the output gets a per-item error.
 */
function programJudge(program: Trainer, judgeConfig: Record<string, unknown>): Judge {
  const timeoutSeconds = program.timeoutSeconds ?? DEFAULT_PROGRAM_TIMEOUT_SECONDS;
  const judgeItems = async (items: readonly JudgeItem[], signal: AbortSignal): Promise<ItemJudgement[]> => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tunix-judge-'));
    try {
      const input = path.join(dir, 'items.jsonl');
      const output = path.join(dir, 'scores.jsonl');
      const configFile = path.join(dir, 'judge-config.json');
      await writeFile(input, items.map((item) => `${JSON.stringify(item)}\n`).join(''));
      await writeFile(configFile, `${JSON.stringify(judgeConfig)}\n`);
      const env = trainerEnvironment(process.env, program, dir, {
        TUNIX_JUDGE_INPUT: input,
        TUNIX_JUDGE_OUTPUT: output,
        TUNIX_JUDGE_CONFIG: configFile,
        TUNIX_JUDGE_NAME: program.name,
      });
      const [command = '', ...args] = program.argv;
      const group = spawnProcessGroup(command, args, {
        cwd: program.workingDirectory,
        env,
        graceMs: program.killGraceSeconds * 1000,
      });
      let stderr = '';
      group.child.stdout.resume();
      group.child.stderr.setEncoding('utf8').on('data', (text: string) => {
        stderr = (stderr + text).slice(-2_000);
      });
      const timeout = AbortSignal.timeout(timeoutSeconds * 1000);
      const stop = AbortSignal.any([signal, timeout]);
      stop.addEventListener('abort', group.stop, { once: true });
      const exit = await group.finished
        .catch((error: Error) => {
          throw new JudgeFailure(`could not start judge program ${program.name}: ${error.message}`);
        })
        .finally(() => stop.removeEventListener('abort', group.stop));
      if (signal.aborted) throw signal.reason;
      if (timeout.aborted) throw new JudgeFailure(`judge program ${program.name} ran longer than ${timeoutSeconds} s`);
      if (exit.code !== 0) {
        const last = stderr.trim().split('\n').at(-1);
        throw new JudgeFailure(
          `judge program ${program.name} exited with ${exit.code === null ? `signal ${exit.signal}` : `code ${exit.code}`}${last ? `: ${last}` : ''}`,
        );
      }
      const byTrace = new Map<string, ItemJudgement>();
      const text = await readFile(output, 'utf8').catch(() => {
        throw new JudgeFailure(`judge program ${program.name} wrote no TUNIX_JUDGE_OUTPUT file`);
      });
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        let record: Record<string, unknown>;
        try {
          record = JSON.parse(line) as Record<string, unknown>;
        } catch {
          continue;
        }
        if (typeof record?.traceId !== 'string') continue;
        const error = typeof record.error === 'string' ? record.error : null;
        const judged = error
          ? { score: null, correct: null, reasoning: null, error }
          : parseJudgeReply(JSON.stringify({ score: record.score, correct: record.correct, reasoning: record.reasoning }));
        byTrace.set(record.traceId, judged);
      }
      return items.map((item) =>
        item.prediction === null
          ? missingPrediction()
          : (byTrace.get(item.traceId) ?? {
              score: null,
              correct: null,
              reasoning: null,
              error: `judge program ${program.name} gave no valid score for this trace`,
            }),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };
  return {
    name: program.name,
    version: programVersion(program),
    config: judgeConfig,
    needsPredictions: true,
    batchSize: 100,
    judgeItems,
    verdict: meanVerdict,
  };
}

export const BUILTIN_JUDGES = ['mock', 'answer_correctness', 'llm'] as const;

export function describeJudges(config: Pick<Config, 'llmJudge' | 'judges'>): JudgeDescription[] {
  return [
    {
      name: 'mock',
      version: 'v1',
      kind: 'BUILTIN',
      description: "The reference's deterministic judge: 50 + sha256(run id) mod 50, minus 10 for runs under a second.",
      available: true,
    },
    {
      name: 'answer_correctness',
      version: 'v1',
      kind: 'BUILTIN',
      description:
        'Per item: the prediction equals the reference answer after trimming and lower-casing. Score = correct / items × 100.',
      available: true,
    },
    {
      name: 'llm',
      version: 'v1',
      kind: 'LLM',
      description:
        'Asks an OpenAI-compatible chat-completions endpoint (LLM_JUDGE_BASE_URL, LLM_JUDGE_MODEL) to score each prediction 0–1.',
      available: config.llmJudge !== undefined,
    },
    ...config.judges.map((program) => ({
      name: program.name,
      version: programVersion(program),
      kind: 'PROGRAM' as const,
      description: program.description || 'A judge program from the operator’s judges file (JUDGES_FILE).',
      available: true,
    })),
  ];
}

const badConfig = (message: string) =>
  new DomainError('BAD_USER_INPUT', `judgeConfig: ${message}`, { fieldErrors: [{ path: 'judgeConfig', message }] });

/** Only the keys a judge takes; anything else is refused, so a typo is not silently ignored. */
function pickConfig(name: string, given: Record<string, unknown>, allowed: Record<string, 'string' | 'number'>) {
  for (const [key, value] of Object.entries(given)) {
    const type = allowed[key];
    if (!type) {
      const known = Object.keys(allowed);
      throw badConfig(`the ${name} judge takes ${known.length ? known.join(', ') : 'no settings'}; "${key}" is not one`);
    }
    if (typeof value !== type || (type === 'number' && !Number.isFinite(value))) throw badConfig(`${key} must be a ${type}`);
  }
  return given;
}

/**
 * The judge `name` with `judgeConfig` applied, as this server runs it. Unknown names and
 * settings are refused (the reference fell back to the mock judge for any unknown name).
 */
export function resolveJudge(config: Pick<Config, 'llmJudge' | 'judges'>, name: string, judgeConfig: unknown = {}): Judge {
  const given = (judgeConfig ?? {}) as Record<string, unknown>;
  if (typeof given !== 'object' || Array.isArray(given)) throw badConfig('must be a JSON object');
  switch (name) {
    case 'mock':
      pickConfig(name, given, {});
      return mockJudge;
    case 'answer_correctness':
      // Its only setting is fixed; accepting it back lets a recorded config be replayed.
      if (given.normalize !== undefined && given.normalize !== 'strip+lower')
        throw badConfig('normalize is always "strip+lower"');
      pickConfig(name, Object.fromEntries(Object.entries(given).filter(([key]) => key !== 'normalize')), {});
      return answerCorrectnessJudge;
    case 'llm': {
      if (!config.llmJudge) {
        throw new DomainError(
          'BAD_USER_INPUT',
          'The llm judge is not configured on this server: the operator sets LLM_JUDGE_BASE_URL and LLM_JUDGE_MODEL',
          { fieldErrors: [{ path: 'judge', message: 'not configured on this server (LLM_JUDGE_BASE_URL, LLM_JUDGE_MODEL)' }] },
        );
      }
      // Recorded settings (baseUrl, promptSha256, timeoutSeconds) come from the server and are ignored here.
      const { baseUrl: _u, promptSha256: _p, timeoutSeconds: _t, ...overrides } = given;
      pickConfig(name, overrides, { model: 'string', temperature: 'number', maxTokens: 'number' });
      const { temperature, maxTokens, model } = overrides as { model?: string; temperature?: number; maxTokens?: number };
      if (temperature !== undefined && (temperature < 0 || temperature > 2)) throw badConfig('temperature must be from 0 to 2');
      if (maxTokens !== undefined && (!Number.isInteger(maxTokens) || maxTokens < 1 || maxTokens > 32_768)) {
        throw badConfig('maxTokens must be a whole number from 1 to 32768');
      }
      if (model !== undefined && (model.length === 0 || model.length > 256)) throw badConfig('model must be 1–256 characters');
      return llmJudge(config.llmJudge, { model, temperature, maxTokens });
    }
    default: {
      const program = config.judges.find((candidate) => candidate.name === name);
      if (!program) {
        const known = describeJudges(config).map((judge) => judge.name);
        throw new DomainError('BAD_USER_INPUT', `Unknown judge "${name}": this server has ${known.join(', ')}`, {
          fieldErrors: [{ path: 'judge', message: `unknown judge; this server has ${known.join(', ')}` }],
        });
      }
      return programJudge(program, given);
    }
  }
}
