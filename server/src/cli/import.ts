// `tunix-rt import <file|->`: streams a JSON-lines file (or stdin) to a running server's
// POST /import/traces and follows the NDJSON the server answers with: a progress bar over the bytes
// the server has read, each bad line printed as `line N, field: message`, the outcome last.
// Exit codes: 0 imported, 1 refused (bad lines; nothing stored unless --skip-invalid), 2 the import
// could not be made (server unreachable, token refused, the database failed).
import { once } from 'node:events';
import { createReadStream, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { action, CliError, progress } from './common.ts';

export function register(program: Command) {
  program
    .command('import')
    .description('Import traces from a JSON-lines file into a running server (one trace per line, streamed)')
    .argument('<file>', 'The file, or - for stdin. Each line as createTrace takes it, or a TRACE export line')
    .option('--url <url>', 'The server (or TUNIX_URL)', process.env.TUNIX_URL ?? 'http://127.0.0.1:4000')
    .option('--token <token>', 'A WRITE or ADMIN API token, when the server requires one (or TUNIX_TOKEN)')
    .option('--skip-invalid', 'Store the good lines even when some are bad (default: a bad line stores nothing)')
    .addHelpText(
      'after',
      '\nBad lines are printed as "line N, field: message" on stderr.\n' +
        'Exit codes: 0 imported, 1 refused for bad lines, 2 the import could not be made.\n',
    )
    .action(
      action(async (file: string, options: ImportOptions) => {
        const outcome = await importFile(file, { ...options, token: options.token ?? process.env.TUNIX_TOKEN });
        return outcome.status === 'IMPORTED' ? 0 : 1;
      }),
    );
}

export interface ImportOptions {
  url: string;
  token?: string;
  skipInvalid?: boolean;
}

interface ServerLine {
  type: 'progress' | 'error' | 'result';
  line?: number;
  field?: string | null;
  message?: string;
  lines?: number;
  bytes?: number;
  written?: number;
  imported?: number;
  invalid?: number;
  status?: 'IMPORTED' | 'REJECTED' | 'FAILED';
  code?: string;
}

/** `line 4, steps.0.content: must not be empty` */
export const describeLineError = (error: ServerLine): string =>
  `line ${error.line}${error.field ? `, ${error.field}` : ''}: ${error.message}`;

function endpointOf(url: string, skipInvalid: boolean): URL {
  const base = URL.parse(url);
  if (!base || !/^https?:$/.test(base.protocol))
    throw new CliError(`--url ${url} is not an http(s) URL`, 'e.g. --url http://127.0.0.1:4000');
  const endpoint = new URL('/import/traces', base);
  if (skipInvalid) endpoint.searchParams.set('invalid', 'skip');
  return endpoint;
}

/** Streams the file to the server; resolves to the server's result line (IMPORTED or REJECTED). */
export async function importFile(file: string, options: ImportOptions): Promise<ServerLine> {
  const endpoint = endpointOf(options.url, options.skipInvalid ?? false);
  const fromStdin = file === '-';
  let size = 0;
  if (!fromStdin) {
    try {
      size = statSync(file).size;
    } catch (error) {
      throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  const source = fromStdin ? process.stdin : createReadStream(file);
  const request = (endpoint.protocol === 'https:' ? https : http).request(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-ndjson',
      ...(size ? { 'content-length': size } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
  });
  // The upload and the answer run side by side: the server answers progress while it reads.
  const upload = pipeline(source, request).catch((error: unknown) => error);
  let response: http.IncomingMessage;
  try {
    [response] = (await once(request, 'response')) as [http.IncomingMessage];
  } catch (error) {
    throw new CliError(
      `cannot reach tunix-rt at ${endpoint.origin} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      'is the server running? Point --url (or TUNIX_URL) at it.',
    );
  }
  if (response.statusCode !== 200) {
    let message = `HTTP ${response.statusCode}`;
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of response) chunks.push(chunk as Buffer);
      message = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { error: { message: string } }).error.message;
    } catch {}
    request.destroy();
    const auth = response.statusCode === 401 || response.statusCode === 403;
    throw new CliError(
      `the server refused the import: ${message}`,
      auth ? 'pass a WRITE token with --token or TUNIX_TOKEN' : undefined,
    );
  }

  const label = fromStdin ? 'Importing stdin' : `Importing ${file}`;
  const bar = fromStdin ? undefined : progress(label, size);
  let result: ServerLine | undefined;
  let reports = 0;
  for await (const text of createInterface({ input: response, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (!text) continue;
    const line = JSON.parse(text) as ServerLine;
    if (line.type === 'progress') {
      reports += 1;
      if (bar) bar.update(line.bytes ?? 0, `${line.written} traces`);
      else if (reports % 10 === 0) process.stderr.write(`${label}: ${line.lines} lines read\n`);
    } else if (line.type === 'error') {
      process.stderr.write(`${describeLineError(line)}\n`);
    } else result = line;
  }
  bar?.stop();
  await upload;
  if (!result) throw new CliError(`${endpoint.origin} ended the import without a result`, 'see the server log');
  if (result.status === 'FAILED')
    throw new CliError(`the import failed: ${result.message} (${result.code}); nothing was imported`);
  if (result.status === 'IMPORTED') {
    const skipped = result.invalid ? `, ${result.invalid} bad lines skipped` : '';
    process.stdout.write(`Imported ${result.imported} traces from ${result.lines} lines${skipped}.\n`);
  } else {
    process.stderr.write(
      `Nothing imported: ${result.invalid} bad line${result.invalid === 1 ? '' : 's'} (listed above). ` +
        'Fix them, or pass --skip-invalid to import the good lines.\n',
    );
  }
  return result;
}
