// Limits on what a request may be, applied before the work it asks for: the body size (raw bytes
// counted as they arrive, so a chunked upload without Content-Length is held to it too), and the
// operation's size and shape, checked before and while it is parsed.
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { type DocumentNode, type GraphQLError, Lexer, type ParseOptions, parse, Source, TokenKind } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { QUERY_LIMITS } from '../builder.ts';
import type { Context } from '../deps.ts';

/** Operation limits. Large inputs belong in variables, which these do not count. */
export const OPERATION_LIMITS = {
  tokens: 5_000,
  /** Brackets, braces and parentheses inside each other: graphql-js parses them recursively. */
  nesting: 64,
  depth: QUERY_LIMITS.depth,
  aliases: 30,
  directives: 50,
};

type Limit = keyof typeof OPERATION_LIMITS;

const limitError = (limit: Limit, message: string): GraphQLError =>
  createGraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', limit, max: OPERATION_LIMITS[limit], http: { status: 400 } },
  });

const OPENING = new Set<string>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSING = new Set<string>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/**
 * graphql-js's lexer is iterative and its parser recursive: a document of thousands of nested
 * brackets (a deep selection or list literal) overflows the stack while parsing. One pass of the
 * lexer counts tokens and nesting first, so the parser only sees documents it can finish.
 */
export function parseWithinLimits(source: string | Source, options?: ParseOptions): DocumentNode {
  const lexer = new Lexer(typeof source === 'string' ? new Source(source) : source);
  let tokens = 0;
  let nesting = 0;
  for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
    tokens += 1;
    if (tokens > OPERATION_LIMITS.tokens) {
      throw limitError('tokens', `The operation has more than ${OPERATION_LIMITS.tokens} tokens: send large inputs as variables`);
    }
    if (OPENING.has(token.kind)) nesting += 1;
    else if (CLOSING.has(token.kind)) nesting -= 1;
    if (nesting > OPERATION_LIMITS.nesting) {
      throw limitError('nesting', `The operation nests brackets more than ${OPERATION_LIMITS.nesting} deep`);
    }
  }
  return parse(source, options);
}

/** graphql-armor's validation rules, reporting like every other validation error instead of throwing. */
const reportAs =
  (limit: Limit) =>
  (context: { reportError(error: GraphQLError): void } | null, error: GraphQLError): void => {
    context?.reportError(limitError(limit, error.message.replace(/^Syntax Error: /, '')));
  };

export function useOperationLimits(): Plugin[] {
  const rejection = (limit: Limit) => ({
    n: OPERATION_LIMITS[limit],
    propagateOnRejection: false,
    onReject: [reportAs(limit)],
  });
  return [
    {
      onParse({ setParseFn }) {
        setParseFn(parseWithinLimits);
      },
    },
    // Fragments count by the fields they hold, as the complexity plugin counts them.
    maxDepthPlugin({ ...rejection('depth'), flattenFragments: true }),
    maxAliasesPlugin(rejection('aliases')),
    maxDirectivesPlugin(rejection('directives')),
  ];
}

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

/** A request whose `variables` or `extensions` parameter is no JSON (GET query string, form body). */
function malformedParameters(error: SyntaxError): Response {
  return Response.json(
    {
      errors: [
        {
          message: `variables and extensions must be JSON: ${error.message}`,
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    },
    { status: 400 },
  );
}

export function useRequestSizeLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser }) {
      if (!requestParser) return;
      const parseParameters =
        request.method === 'POST'
          ? async (incoming: Request) => {
              const body = await readLimited(incoming, limit);
              if (body === null) return payloadTooLarge(limit);
              return requestParser(
                new Request(incoming.url, { method: 'POST', headers: incoming.headers, body: new Uint8Array(body) }),
              );
            }
          : requestParser;
      setRequestParser(async (incoming) => {
        try {
          return await parseParameters(incoming);
        } catch (error) {
          if (error instanceof SyntaxError) return malformedParameters(error);
          throw error;
        }
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
