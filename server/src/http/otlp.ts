// POST /v1/traces: the OTLP/HTTP trace receiver (protobuf or JSON, optionally gzip). The same door
// rules as GraphQL: a token with the write role when AUTH_REQUIRED, REQUEST_MAX_BYTES on the body
// (also after gunzip), TRACE_MAX_BYTES per trace. Answers follow the OTLP/HTTP spec: 200 with an
// ExportTraceServiceResponse (partial_success when spans were not stored), else a google.rpc.Status
// in the request's encoding with 400 (not retryable), 401/403, 413, 415, or 503 (retry later).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { isTransientDatabaseError } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { ingestOtlpTraces } from '../modules/traces/otlp.ts';
import { decodeTraceRequest, encodeStatus, encodeTraceResponse, type OtlpEncoding } from '../modules/traces/otlp-wire.ts';
import { statusOfError } from './reply.ts';
import { requireWriter } from './write-access.ts';

export const OTLP_TRACES_PATH = '/v1/traces';

const gunzipAsync = promisify(gunzip);

const encodings: Record<string, OtlpEncoding> = { 'application/x-protobuf': 'protobuf', 'application/json': 'json' };

// google.rpc.Code values for the Status body.
const rpcCodes: Record<number, number> = { 400: 3, 401: 16, 403: 7, 413: 8, 415: 3, 503: 14 };

function reply(res: ServerResponse, encoding: OtlpEncoding, status: number, body: Buffer) {
  res.writeHead(status, {
    'content-type': encoding === 'json' ? 'application/json' : 'application/x-protobuf',
    'content-length': body.length,
    // What an exporter should wait before retrying (OTLP/HTTP: 503 may carry Retry-After).
    ...(status === 503 ? { 'retry-after': '5' } : {}),
  });
  res.end(body);
}

/** The body, refused once it grows past `limit` bytes (counted as it arrives, so chunked bodies too). */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new DomainError('PAYLOAD_TOO_LARGE', `The request body is over ${limit} bytes (REQUEST_MAX_BYTES)`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function decompress(body: Buffer, contentEncoding: string | undefined, limit: number): Promise<Buffer> {
  const coding = (contentEncoding ?? 'identity').trim().toLowerCase();
  if (coding === 'identity') return body;
  if (coding !== 'gzip')
    throw new DomainError('BAD_USER_INPUT', `Content-Encoding ${coding} is not supported: send gzip or none`);
  try {
    return await gunzipAsync(body, { maxOutputLength: limit });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new DomainError('PAYLOAD_TOO_LARGE', `The request body is over ${limit} bytes (REQUEST_MAX_BYTES) once decompressed`);
    }
    throw new DomainError('BAD_USER_INPUT', `The body is not valid gzip: ${(error as Error).message}`);
  }
}

/** Handles POST /v1/traces; returns false for every other request. */
export async function handleOtlpTraces(
  deps: Deps,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
): Promise<boolean> {
  if (pathname !== OTLP_TRACES_PATH) return false;
  const mediaType = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase() ?? '';
  const encoding = encodings[mediaType];
  const answerEncoding = encoding ?? 'json';
  try {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      reply(res, 'json', 405, encodeStatus('json', 12, `${OTLP_TRACES_PATH} takes POST requests from an OTLP exporter`));
      return true;
    }
    if (!encoding) {
      // Any web page can POST form or text/plain bodies, so those run nothing (as on /graphql).
      reply(
        res,
        'json',
        415,
        encodeStatus(
          'json',
          3,
          `${OTLP_TRACES_PATH} takes application/x-protobuf or application/json, not ${mediaType || 'a body without a content type'}`,
        ),
      );
      return true;
    }
    await requireWriter(
      deps,
      req.headers.authorization,
      'Storing traces',
      'set OTEL_EXPORTER_OTLP_HEADERS="Authorization=Bearer <token>"',
    );
    const limit = deps.config.requestMaxBytes;
    const body = await decompress(await readBody(req, limit), req.headers['content-encoding'], limit);
    const result = await ingestOtlpTraces(deps, decodeTraceRequest(body, encoding));
    reply(res, encoding, 200, encodeTraceResponse(encoding, result.partialSuccess));
  } catch (error) {
    let status = 500;
    let message = 'Unexpected error.';
    if (error instanceof DomainError) {
      status = statusOfError(error);
      message = error.message;
    } else if (isTransientDatabaseError(error)) {
      status = 503;
      message = 'The database is unreachable; the exporter should retry shortly';
    } else {
      deps.logger.error({ err: error }, 'unexpected error storing OTLP traces');
    }
    if (res.headersSent) res.destroy();
    else reply(res, answerEncoding, status, encodeStatus(answerEncoding, rpcCodes[status] ?? 13, message));
  }
  return true;
}
