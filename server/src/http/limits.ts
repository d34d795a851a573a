// Request-size limit at the body-parser level: the raw bytes are counted as they arrive, so a
// chunked upload without Content-Length is held to the same limit as any other.
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { Context } from '../deps.ts';

export function payloadTooLarge(limit: number): Response {
  return Response.json(
    {
      errors: [
        {
          message: `Request body exceeds ${limit} bytes (REQUEST_MAX_BYTES). Send fewer traces per createTraces call.`,
          extensions: { code: 'PAYLOAD_TOO_LARGE', limit },
        },
      ],
    },
    { status: 413 },
  );
}

async function readLimited(request: Request, limit: number): Promise<Buffer | null> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) return null;
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export function useRequestSizeLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser }) {
      if (request.method !== 'POST' || !requestParser) return;
      setRequestParser(async (incoming) => {
        const body = await readLimited(incoming, limit);
        if (body === null) return payloadTooLarge(limit);
        return requestParser(
          new Request(incoming.url, { method: 'POST', headers: incoming.headers, body: new Uint8Array(body) }),
        );
      });
    },
  };
}

/**
 * Field-level auth scopes guard resolvers, but a subscription's source is opened before any
 * resolver runs; with AUTH_REQUIRED this refuses anonymous subscriptions before that happens.
 */
export function useSubscriptionAuth(): Plugin<Context> {
  return {
    onSubscribe({ args, setResultAndStopExecution }) {
      const { config, viewer } = args.contextValue as Context;
      if (config.authRequired && viewer.role === null) {
        setResultAndStopExecution({
          errors: [
            createGraphQLError(
              'Not authorized to subscribe: send an API token (connectionParams.authorization = "Bearer <token>")',
              {
                extensions: { code: 'UNAUTHENTICATED' },
              },
            ),
          ],
        });
      }
    },
  };
}
