// POST /import/traces: JSON lines in (one trace per line, as createTraces takes them or as a TRACE
// export wrote them), NDJSON out as the import goes: `progress` lines per batch, an `error` line per
// problem (line number, field, message), and a last `result` line. `?invalid=reject` (the default)
// stores nothing when any line is bad; `?invalid=skip` stores the good lines. The door is the
// GraphQL one: a WRITE token when AUTH_REQUIRED, and a content type (application/x-ndjson) that a
// page of another site cannot send without a CORS preflight, which this route never grants.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Database, isTransientDatabaseError } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { openTraceRowSink } from '../modules/traces/trace-copy.ts';
import { type InvalidLines, importTraceLines } from '../modules/traces/trace-import.ts';
import { sendError, statusOfError } from './reply.ts';
import { requireWriter } from './write-access.ts';

export const IMPORT_TRACES_PATH = '/import/traces';

const MEDIA_TYPES = ['application/x-ndjson', 'application/jsonl'];
const MODES: InvalidLines[] = ['reject', 'skip'];

/** Handles POST /import/traces; returns false for every other request. */
export async function handleTraceImport(
  deps: Deps,
  db: Pick<Database, 'pool' | 'pglite'>,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  if (url.pathname !== IMPORT_TRACES_PATH) return false;
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    sendError(req, res, 405, 'BAD_USER_INPUT', `${IMPORT_TRACES_PATH} takes POST requests with JSON lines`);
    return true;
  }
  const mediaType = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!MEDIA_TYPES.includes(mediaType)) {
    // Form and text/plain bodies can be sent by any web page: they import nothing (as on /graphql).
    sendError(
      req,
      res,
      415,
      'BAD_USER_INPUT',
      `${IMPORT_TRACES_PATH} takes content-type: application/x-ndjson (one trace per line), not ${mediaType || 'a body without a content type'}`,
    );
    return true;
  }
  const invalid = (url.searchParams.get('invalid') ?? 'reject') as InvalidLines;
  if (!MODES.includes(invalid)) {
    sendError(req, res, 400, 'BAD_USER_INPUT', `invalid=${invalid}: expected reject (store nothing if a line is bad) or skip`);
    return true;
  }
  let sink: Awaited<ReturnType<typeof openTraceRowSink>>;
  try {
    await requireWriter(deps, req.headers.authorization, 'Importing traces', 'send Authorization: Bearer <token>');
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > deps.config.importMaxBytes) {
      throw new DomainError('PAYLOAD_TOO_LARGE', `The import is over ${deps.config.importMaxBytes} bytes (IMPORT_MAX_BYTES)`);
    }
    sink = await openTraceRowSink(db);
  } catch (error) {
    if (error instanceof DomainError) sendError(req, res, statusOfError(error), error.code, error.message);
    else if (isTransientDatabaseError(error))
      sendError(req, res, 503, 'UNAVAILABLE', 'The database is unreachable; try again shortly');
    else throw error;
    return true;
  }

  res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' });
  const send = (line: object) => res.write(`${JSON.stringify(line)}\n`);
  try {
    const result = await importTraceLines(deps, sink, req, {
      invalid,
      onProgress: (progress) => send({ type: 'progress', ...progress }),
      onError: (error) => send({ type: 'error', ...error }),
    });
    send({ type: 'result', ...result });
  } catch (error) {
    const failure =
      error instanceof DomainError
        ? { code: error.code, message: error.message }
        : isTransientDatabaseError(error)
          ? { code: 'UNAVAILABLE', message: 'The database became unreachable; nothing was imported: try again' }
          : { code: 'INTERNAL_SERVER_ERROR', message: 'Unexpected error; nothing was imported.' };
    // A client that went away mid-upload is no fault: its rows were dropped with the sink.
    if (req.destroyed) return true;
    if (failure.code === 'INTERNAL_SERVER_ERROR') deps.logger.error({ err: error }, 'unexpected error importing traces');
    send({ type: 'result', status: 'FAILED', imported: 0, ...failure });
    if (failure.code === 'PAYLOAD_TOO_LARGE') {
      // Reading on would only take more of what is refused.
      res.end(() => req.socket.destroy());
      return true;
    }
  }
  // What the import did not read (it stops after MAX_REPORTED_ERRORS) is drained, so the client's
  // upload ends normally and reads the answer.
  if (!req.readableEnded) {
    req.resume();
    await new Promise((resolve) => req.once('end', resolve).once('close', resolve));
  }
  res.end();
  return true;
}
