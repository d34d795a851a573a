// What the GraphQL handler tells operators: a duration and error count per operation (Prometheus),
// yoga's own log lines through the process's logger, and a logger per request carrying its ids.
import { randomUUID } from 'node:crypto';
import { SpanStatusCode } from '@opentelemetry/api';
import { type DocumentNode, getOperationAST } from 'graphql';
import { isAsyncIterable, type Plugin, type YogaLogger } from 'graphql-yoga';
import { isTransientDatabaseError } from '../db/database.ts';
import { DomainError } from '../errors.ts';
import { type Logger, shortError } from '../logger.ts';
import type { Metrics } from '../telemetry/metrics.ts';
import { tracer } from '../telemetry/tracing.ts';
import { maskError } from './errors.ts';

/** Operation names are the client's choice: at most this many distinct ones get a label of their own. */
const MAX_OPERATION_NAMES = 200;

export function operationLabels(document: DocumentNode, operationName: string | null | undefined, seen: Set<string>) {
  const operation = getOperationAST(document, operationName);
  let name = operationName ?? operation?.name?.value ?? 'anonymous';
  if (!seen.has(name)) {
    if (seen.size < MAX_OPERATION_NAMES) seen.add(name);
    else name = 'other';
  }
  return { operation_name: name, operation_type: operation?.operation ?? 'unknown' };
}

/** The code the client will see: errors are masked after this point, with the same rules (errors.ts). */
const codeOf = (error: unknown): string =>
  String(
    (maskError(error, 'Unexpected error.') as { extensions?: Record<string, unknown> }).extensions?.code ??
      'INTERNAL_SERVER_ERROR',
  );

/** Times each execution and counts the operations answered with errors, by their first error's code. */
export function useOperationMetrics(metrics: Metrics): Plugin {
  const seen = new Set<string>();
  const observe = (args: { document: DocumentNode; operationName?: string | null }) => {
    const labels = operationLabels(args.document, args.operationName, seen);
    const end = metrics.graphqlDuration.startTimer(labels);
    return (result: unknown) => {
      end();
      metrics.graphqlOperations.inc(labels);
      if (isAsyncIterable(result)) return;
      const errors = (result as { errors?: readonly unknown[] }).errors;
      if (errors?.length) metrics.graphqlErrors.inc({ ...labels, code: codeOf(errors[0]) });
    };
  };
  return {
    onExecute({ args }) {
      const done = observe(args);
      return { onExecuteDone: ({ result }) => done(result) };
    },
    onSubscribe({ args }) {
      const done = observe(args);
      return { onSubscribeResult: ({ result }) => done(result) };
    },
  };
}

/**
 * A span per query and mutation, active while it executes, so the root fields' spans (the Pothos
 * tracing plugin) and Prisma's spans nest under it, and createRun stores it as the run's origin.
 */
export function useOperationTracing(): Plugin {
  const seen = new Set<string>();
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const { operation_name, operation_type } = operationLabels(args.document, args.operationName, seen);
      setExecuteFn((executeArgs) =>
        tracer.startActiveSpan(
          `${operation_type} ${operation_name}`,
          { attributes: { 'graphql.operation.name': operation_name, 'graphql.operation.type': operation_type } },
          async (span) => {
            try {
              const result = await executeFn(executeArgs);
              const errors = (result as { errors?: readonly { message: string }[] }).errors;
              if (errors?.length) span.setStatus({ code: SpanStatusCode.ERROR, message: errors[0]?.message });
              return result;
            } finally {
              span.end();
            }
          },
        ),
      );
    },
  };
}

/** Failures that are the client's or the environment's, not a bug: one warning line, no stack. */
const isExpected = (error: Error) =>
  error instanceof DomainError ||
  (error as { originalError?: unknown }).originalError instanceof DomainError ||
  isTransientDatabaseError(error) ||
  isTransientDatabaseError((error as { originalError?: unknown }).originalError);

/** yoga's logger interface over pino: errors keep their stack unless they are expected ones. */
export function yogaLogger(logger: Logger): YogaLogger {
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const error = args.find((arg): arg is Error => arg instanceof Error);
      const text = args
        .filter((arg) => !(arg instanceof Error))
        .map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg)))
        .join(' ');
      if (error && isExpected(error)) logger.warn(`${text ? `${text}: ` : ''}${shortError(error)}`);
      else if (error) logger[level]({ err: error }, text || error.message);
      else logger[level](text);
    };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

/** The caller's X-Request-Id when it is a sane token, else a new one: it ties log lines to a request. */
export function requestId(request: Request): string {
  const given = request.headers.get('x-request-id');
  return given && /^[A-Za-z0-9._:-]{1,128}$/.test(given) ? given : randomUUID();
}
