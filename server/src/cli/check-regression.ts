// `tunix-rt check-regression`: a CI step. Asks a running server to check a run against a named
// regression baseline (the checkRegression mutation, which stores the check) and turns the verdict
// into the exit code: 0 PASS, 1 FAIL, 2 anything else (bad arguments, server unreachable, unknown
// run or baseline, a run not evaluated yet). It never opens the database itself.
import { Command, CommanderError } from 'commander';
import { isUuid } from '../modules/common/ids.ts';
import { action } from './common.ts';

/**
 * Commander ends usage errors (an unknown option) with exit code 1, which for this command means
 * FAIL; they become 2. The program installs its exit override on every command after they are
 * registered, so the mapping wraps whatever override is installed.
 */
class GateCommand extends Command {
  override exitOverride(handle?: Parameters<Command['exitOverride']>[0]): this {
    return super.exitOverride((error) => {
      const mapped = error.exitCode === 1 ? new CommanderError(2, error.code, error.message) : error;
      if (handle) handle(mapped);
      else if (mapped.code !== 'commander.executeSubCommandAsync') throw mapped;
    });
  }
}

export function register(program: Command) {
  program.addCommand(
    new GateCommand('check-regression')
      .description('Check a run against a regression baseline on a running server (exit 0 pass, 1 fail, 2 error)')
      .option('--run <id>', 'The run: its global id (as the API shows it) or its UUID')
      .option('--baseline <name>', "The baseline's name (createRegressionBaseline)")
      .option('--json', 'Print the check as JSON instead of one line')
      .option('--url <url>', 'The server (default: $TUNIX_URL, else http://127.0.0.1:4000); /graphql is added')
      .addHelpText(
        'after',
        '\nEnvironment:\n  TUNIX_URL    the server, as --url\n  TUNIX_TOKEN  an API token (WRITE: the check is stored), sent as Authorization: Bearer <token>\n\nExit codes: 0 the run passes, 1 it fails, 2 the check could not be made.\n',
      )
      .action(
        action(async (options: Partial<CheckRegressionOptions>) => {
          const missing = (['run', 'baseline'] as const).filter((name) => !options[name]);
          if (missing.length) {
            process.stderr.write(`check-regression: missing ${missing.map((name) => `--${name}`).join(' and ')} (see --help)\n`);
            return 2;
          }
          return checkRegression(options as CheckRegressionOptions);
        }),
      ),
  );
}

const CHECK = `mutation CheckRegression($input: CheckRegressionInput!) {
  checkRegression(input: $input) {
    check {
      id verdict metric judgeName direction tolerancePercent baselineValue currentValue delta deltaPercent details createdAt
      baselineName run { id name } baselineRun { id name }
    }
  }
}`;

interface Check {
  verdict: 'PASS' | 'FAIL';
  metric: string;
  baselineName: string;
  baselineValue: number;
  currentValue: number;
  details: string;
  run: { id: string };
}

export interface CommandIo {
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const defaultIo: CommandIo = {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** The GraphQL endpoint of a server URL: `/graphql` is added unless the path already ends with it. */
export function graphqlEndpoint(url: string): URL {
  const endpoint = new URL(url);
  if (!endpoint.pathname.replace(/\/+$/, '').endsWith('/graphql')) {
    endpoint.pathname = `${endpoint.pathname.replace(/\/+$/, '')}/graphql`;
  }
  return endpoint;
}

/** A run id as the API takes it: a UUID becomes the Run's global id, anything else is sent as given. */
export const runGlobalId = (id: string): string => (isUuid(id) ? Buffer.from(`Run:${id}`).toString('base64') : id);

export interface CheckRegressionOptions {
  run: string;
  baseline: string;
  json?: boolean;
  url?: string;
}

/** Asks the server for the check and prints it; resolves to the exit code (0 pass, 1 fail, 2 error). */
export async function checkRegression(options: CheckRegressionOptions, io: CommandIo = defaultIo): Promise<number> {
  const fail = (message: string) => {
    io.stderr(`check-regression: ${message}\n`);
    return 2;
  };
  let endpoint: URL;
  try {
    endpoint = graphqlEndpoint(options.url ?? io.env.TUNIX_URL ?? 'http://127.0.0.1:4000');
  } catch {
    return fail(`not a URL: ${options.url ?? io.env.TUNIX_URL}`);
  }
  const token = io.env.TUNIX_TOKEN;
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({
        query: CHECK,
        variables: { input: { runId: runGlobalId(options.run), baselineName: options.baseline } },
      }),
      signal: AbortSignal.timeout(60_000),
    });
  } catch (error) {
    const cause = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message;
    return fail(`could not reach ${endpoint.origin}: ${cause}`);
  }
  let body: {
    data?: { checkRegression?: { check: Check } } | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    return fail(`${endpoint.origin} answered HTTP ${response.status} without a GraphQL response`);
  }
  const error = body.errors?.[0];
  if (error) return fail(`${error.message}${error.extensions?.code ? ` (${error.extensions.code})` : ''}`);
  const check = body.data?.checkRegression?.check;
  if (!check) return fail(`${endpoint.origin} answered HTTP ${response.status} without a check`);

  if (options.json) io.stdout(`${JSON.stringify(check, null, 2)}\n`);
  else {
    io.stdout(
      `${check.verdict}: run ${check.run.id} ${check.metric} ${check.currentValue} against baseline '${check.baselineName}' ${check.baselineValue}. ${check.details}\n`,
    );
  }
  return check.verdict === 'PASS' ? 0 : 1;
}
