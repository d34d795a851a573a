// OpenTelemetry tracing, switched on by the standard variables: an OTLP endpoint
// (OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) and not OTEL_TRACES_EXPORTER=none
// or OTEL_SDK_DISABLED=true. The exporter, batching (OTEL_BSP_*), headers, sampler and resource
// (OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES) are read by the SDK itself. Spans: one per GraphQL
// operation (http/tracing.ts) and per root field (the Pothos tracing plugin), Prisma's operation and
// SQL spans (@prisma/instrumentation), and the worker's run spans, linked to the createRun that
// queued them through the trace context stored with the run.
import { readFileSync } from 'node:fs';
import { context, propagation, ROOT_CONTEXT, type SpanContext, trace } from '@opentelemetry/api';
import { ConfigError } from '../config.ts';

export interface Tracing {
  enabled: boolean;
  endpoint?: string;
  /** Sends what is still buffered, then stops. */
  shutdown(): Promise<void>;
}

const disabled: Tracing = { enabled: false, shutdown: async () => {} };

type Env = Record<string, string | undefined>;

/** The traces endpoint the OTLP/HTTP exporter will use, or undefined when tracing is off. */
export function tracesEndpoint(env: Env = process.env): string | undefined {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return undefined;
  const exporters = (env.OTEL_TRACES_EXPORTER ?? 'otlp').split(',').map((name) => name.trim());
  if (exporters.includes('none') || !exporters.includes('otlp')) return undefined;
  if (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  if (env.OTEL_EXPORTER_OTLP_ENDPOINT) return `${env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/$/, '')}/v1/traces`;
  return undefined;
}

/** Starts the SDK when the environment asks for it; call before the app is imported. */
export async function startTracing(serviceName: string, env: Env = process.env): Promise<Tracing> {
  const endpoint = tracesEndpoint(env);
  if (!endpoint) return disabled;
  const protocol = env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? env.OTEL_EXPORTER_OTLP_PROTOCOL ?? 'http/protobuf';
  if (protocol !== 'http/protobuf' && protocol !== 'http/json') {
    throw new ConfigError([
      `OTEL_EXPORTER_OTLP_PROTOCOL=${protocol}: expected http/protobuf or http/json (gRPC is not built in)`,
    ]);
  }
  const [{ NodeTracerProvider, BatchSpanProcessor }, resources, { registerInstrumentations }, { PrismaInstrumentation }] =
    await Promise.all([
      import('@opentelemetry/sdk-trace-node'),
      import('@opentelemetry/resources'),
      import('@opentelemetry/instrumentation'),
      import('@prisma/instrumentation'),
    ]);
  const exporter =
    protocol === 'http/json'
      ? new (await import('@opentelemetry/exporter-trace-otlp-http')).OTLPTraceExporter()
      : new (await import('@opentelemetry/exporter-trace-otlp-proto')).OTLPTraceExporter();
  const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string })
    .version;
  // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES (envDetector) win over these defaults.
  const resource = resources
    .resourceFromAttributes({ 'service.name': serviceName, 'service.version': version })
    .merge(resources.detectResources({ detectors: [resources.processDetector, resources.hostDetector, resources.envDetector] }));
  const provider = new NodeTracerProvider({ resource, spanProcessors: [new BatchSpanProcessor(exporter)] });
  // Global tracer provider, AsyncLocalStorage context and the W3C trace-context propagator.
  provider.register();
  const unregister = registerInstrumentations({ tracerProvider: provider, instrumentations: [new PrismaInstrumentation()] });
  return {
    enabled: true,
    endpoint,
    async shutdown() {
      unregister();
      await provider.shutdown();
    },
  };
}

/** The W3C traceparent of the active span, when tracing is on and a span is active (else null). */
export function currentTraceParent(): string | null {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent ?? null;
}

/** The span context a stored traceparent names, for a link from a span started later elsewhere. */
export function spanContextOf(traceParent: string | null | undefined): SpanContext | undefined {
  if (!traceParent) return undefined;
  return trace.getSpanContext(propagation.extract(ROOT_CONTEXT, { traceparent: traceParent }));
}

export const tracer = trace.getTracer('tunix-rt');
