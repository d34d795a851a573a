// POST /v1/traces end to end: the official OpenTelemetry JS SDK exports spans (protobuf and JSON) to
// a real server, and the reasoning traces they become are read back through GraphQL.
import { type Attributes, context, type Span, type SpanStatus, SpanStatusCode, type Tracer, trace } from '@opentelemetry/api';
import { ExportResultCode } from '@opentelemetry/core';
import { OTLPTraceExporter as JsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as ProtobufExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider, type ReadableSpan, type SpanExporter } from '@opentelemetry/sdk-trace-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../../test/harness.ts';
import { asAdmin, createToken, startServerWithAuth } from '../../../test/testkit/flow.ts';
import { decodeTraceResponse, encodeTraceRequest } from './otlp-wire.ts';

let server: TestServer;
let endpoint: string;
let writeToken: string;
let readToken: string;

const TRACES = /* GraphQL */ `
  query ($source: String!) {
    traces(filter: { source: $source }, first: 10) {
      edges { node { prompt finalAnswer source steps { i type content } meta } }
    }
  }
`;

interface StoredTrace {
  prompt: string;
  finalAnswer: string;
  source: string;
  steps: { i: number; type: string; content: string }[];
  meta: { otel: { traceId: string; spans: { name: string; attributes: Record<string, unknown> }[] }; model?: string };
}

async function tracesOf(source: string): Promise<StoredTrace[]> {
  const data = await server.ok<{ traces: { edges: { node: StoredTrace }[] } }>(TRACES, { source }, asAdmin);
  return data.traces.edges.map((edge) => edge.node);
}

/** A tracer of an app named `service` whose spans go to the server with the SDK's OTLP exporter. */
function instrumentedApp(service: string, encoding: 'protobuf' | 'json') {
  const Exporter = encoding === 'protobuf' ? ProtobufExporter : JsonExporter;
  const exporter = new Exporter({ url: endpoint, headers: { authorization: `Bearer ${writeToken}` } });
  const results: ExportResultCode[] = [];
  const recording: SpanExporter = {
    export: (spans: ReadableSpan[], done) =>
      exporter.export(spans, (result) => {
        results.push(result.code);
        done(result);
      }),
    shutdown: () => exporter.shutdown(),
  };
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': service }),
    spanProcessors: [new BatchSpanProcessor(recording)],
  });
  const tracer = provider.getTracer('otlp-test');
  /** A child span of `parent` that ends at once (with `status`, if given), a few ms before the next one. */
  const step = async (parent: Span, name: string, attributes: Attributes, status?: SpanStatus) => {
    const span = tracer.startSpan(name, { attributes }, trace.setSpan(context.active(), parent));
    if (status) span.setStatus(status);
    span.end();
    await later();
  };
  return { tracer: tracer as Tracer, step, results, flush: () => provider.forceFlush(), shutdown: () => provider.shutdown() };
}

// The JS SDK stamps span starts with Date.now() (whole milliseconds) and ends as start + elapsed
// time, so spans a few milliseconds apart are as far apart as a real app's model and tool calls.
const later = () => new Promise((resolve) => setTimeout(resolve, 5));

const post = (body: string | Uint8Array, headers: Record<string, string>) =>
  fetch(endpoint, { method: 'POST', body: typeof body === 'string' ? body : new Blob([new Uint8Array(body)]), headers });

beforeAll(async () => {
  server = await startServerWithAuth({ env: { TRACE_MAX_BYTES: '20000' } });
  endpoint = server.url.replace(/\/graphql$/, '/v1/traces');
  writeToken = (await createToken(server, { name: 'otel', role: 'WRITE' })).secret;
  readToken = (await createToken(server, { name: 'otel', role: 'READ' })).secret;
});
afterAll(() => server?.close());

describe('OTLP trace ingest', () => {
  it('turns a GenAI agent trace exported as protobuf into a reasoning trace, steps in order', async () => {
    const app = instrumentedApp('weather-agent', 'protobuf');
    const agent = app.tracer.startSpan('invoke_agent weather', {
      attributes: { 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.agent.name': 'weather', 'session.id': 's-1' },
    });
    const question = "What's the weather in Paris?";
    await app.step(agent, 'chat gpt-4o', {
      'gen_ai.operation.name': 'chat',
      'gen_ai.request.model': 'gpt-4o',
      'gen_ai.system_instructions': JSON.stringify([{ type: 'text', content: 'You are a weather bot.' }]),
      'gen_ai.input.messages': JSON.stringify([{ role: 'user', parts: [{ type: 'text', content: question }] }]),
      'gen_ai.output.messages': JSON.stringify([
        {
          role: 'assistant',
          parts: [
            { type: 'reasoning', content: 'I need the current weather for Paris.' },
            { type: 'tool_call', id: 'call_1', name: 'get_weather', arguments: { city: 'Paris' } },
          ],
        },
      ]),
      'gen_ai.usage.input_tokens': 20,
      'gen_ai.usage.output_tokens': 12,
    });
    await app.step(agent, 'execute_tool get_weather', {
      'gen_ai.operation.name': 'execute_tool',
      'gen_ai.tool.name': 'get_weather',
      'gen_ai.tool.call.id': 'call_1',
      'gen_ai.tool.call.arguments': '{"city":"Paris"}',
      'gen_ai.tool.call.result': '{"temperature":18,"sky":"sunny"}',
    });
    agent.addEvent('reasoning', { content: 'The tool answered; now summarise.' });
    await later();
    const answer = 'It is 18 °C and sunny in Paris.';
    await app.step(agent, 'chat gpt-4o', {
      'gen_ai.operation.name': 'chat',
      'gen_ai.response.model': 'gpt-4o-2024-08-06',
      'gen_ai.input.messages': JSON.stringify([
        { role: 'user', parts: [{ type: 'text', content: question }] },
        { role: 'tool', parts: [{ type: 'tool_call_response', id: 'call_1', response: '{"temperature":18}' }] },
      ]),
      'gen_ai.output.messages': JSON.stringify([{ role: 'assistant', parts: [{ type: 'text', content: answer }] }]),
    });
    agent.end();
    await app.flush();
    expect(app.results).toEqual([ExportResultCode.SUCCESS]);

    const [stored, ...others] = await tracesOf('weather-agent');
    expect(others).toEqual([]);
    expect(stored?.prompt).toBe(question);
    expect(stored?.finalAnswer).toBe(answer);
    expect(stored?.steps).toEqual([
      { i: 0, type: 'reasoning', content: 'I need the current weather for Paris.' },
      { i: 1, type: 'tool_call', content: 'get_weather({"city":"Paris"})' },
      { i: 2, type: 'tool_result', content: '{"temperature":18,"sky":"sunny"}' },
      { i: 3, type: 'reasoning', content: 'The tool answered; now summarise.' },
    ]);
    expect(stored?.meta).toMatchObject({
      source: 'weather-agent',
      model: 'gpt-4o-2024-08-06',
      usage: { inputTokens: 20, outputTokens: 12 },
      systemInstructions: expect.stringContaining('weather bot'),
      otel: { traceId: agent.spanContext().traceId, rootSpan: 'invoke_agent weather' },
    });
    // The texts are not repeated in meta; the other attributes are.
    const spans = stored?.meta.otel.spans ?? [];
    expect(spans.map((span) => span.name).sort()).toEqual([
      'chat gpt-4o',
      'chat gpt-4o',
      'execute_tool get_weather',
      'invoke_agent weather',
    ]);
    expect(spans[0]?.attributes).toEqual({
      'gen_ai.operation.name': 'invoke_agent',
      'gen_ai.agent.name': 'weather',
      'session.id': 's-1',
    });
    expect(JSON.stringify(spans)).not.toContain('gen_ai.input.messages');
    await app.shutdown();
  });

  it('reads OpenInference attributes exported as JSON', async () => {
    const app = instrumentedApp('rag-app', 'json');
    const chain = app.tracer.startSpan('RAG query', {
      attributes: { 'openinference.span.kind': 'CHAIN', 'input.value': 'Who wrote Dune?', 'output.value': 'Frank Herbert.' },
    });
    await app.step(chain, 'retrieve', {
      'openinference.span.kind': 'RETRIEVER',
      'output.value': 'Dune (1965) is a novel by Frank Herbert.',
    });
    await app.step(
      chain,
      'lookup',
      {
        'openinference.span.kind': 'TOOL',
        'tool.name': 'wiki',
        'tool.parameters': '{"q":"Dune"}',
        'output.value': 'no page',
      },
      { code: SpanStatusCode.ERROR, message: 'timeout' },
    );
    await later();
    await app.step(chain, 'llm', {
      'openinference.span.kind': 'LLM',
      'llm.model_name': 'llama-3',
      'llm.input_messages.0.message.role': 'system',
      'llm.input_messages.0.message.content': 'Answer from the context.',
      'llm.input_messages.1.message.role': 'user',
      'llm.input_messages.1.message.content': 'Who wrote Dune?',
      'llm.output_messages.0.message.role': 'assistant',
      'llm.output_messages.0.message.content': 'Frank Herbert.',
    });
    chain.end();
    await app.flush();
    expect(app.results).toEqual([ExportResultCode.SUCCESS]);

    const [stored] = await tracesOf('rag-app');
    expect(stored).toMatchObject({ prompt: 'Who wrote Dune?', finalAnswer: 'Frank Herbert.', source: 'rag-app' });
    expect(stored?.steps).toEqual([
      { i: 0, type: 'retriever', content: 'retrieve: Dune (1965) is a novel by Frank Herbert.' },
      { i: 1, type: 'tool_call', content: 'wiki({"q":"Dune"})' },
      { i: 2, type: 'tool_result', content: 'no page' },
    ]);
    await app.shutdown();
  });

  it('stores what maps and answers the rest as OTLP partial success', async () => {
    const span = (traceId: string, name: string, attributes: Record<string, string>) => ({
      traceId,
      spanId: traceId.slice(0, 16),
      name,
      startTimeUnixNano: '1700000000000000000',
      endTimeUnixNano: '1700000001000000000',
      attributes: Object.entries(attributes).map(([key, value]) => ({ key, value: { stringValue: value } })),
    });
    const request = {
      resourceSpans: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'mixed-app' } }] },
          scopeSpans: [
            {
              spans: [
                span('11111111111111111111111111111111', 'chat', { 'gen_ai.prompt': '2+2?', 'gen_ai.completion': '4' }),
                span('22222222222222222222222222222222', 'GET /health', { 'http.request.method': 'GET' }),
                span('33333333333333333333333333333333', 'chat', {
                  'gen_ai.prompt': 'x'.repeat(30_000),
                  'gen_ai.completion': 'y',
                }),
              ],
            },
          ],
        },
      ],
    };
    const auth = { authorization: `Bearer ${writeToken}` };
    const json = await post(JSON.stringify(request), { ...auth, 'content-type': 'application/json' });
    expect(json.status).toBe(200);
    const answer = (await json.json()) as { partialSuccess: { rejectedSpans: number; errorMessage: string } };
    expect(answer.partialSuccess.rejectedSpans).toBe(2);
    expect(answer.partialSuccess.errorMessage).toContain(
      'trace 22222222222222222222222222222222: none of its 1 span(s) carries a prompt',
    );
    expect(answer.partialSuccess.errorMessage).toContain('the limit is 20000 (TRACE_MAX_BYTES)');
    expect(await tracesOf('mixed-app')).toMatchObject([
      { prompt: '2+2?', finalAnswer: '4', steps: [{ i: 0, type: 'answer', content: '4' }] },
    ]);

    // The same answer in protobuf, for a protobuf request.
    const proto = await post(encodeTraceRequest(request), { ...auth, 'content-type': 'application/x-protobuf' });
    expect(proto.status).toBe(200);
    expect(proto.headers.get('content-type')).toBe('application/x-protobuf');
    expect(decodeTraceResponse(new Uint8Array(await proto.arrayBuffer())).partialSuccess?.rejectedSpans).toBe(2);
  });

  it('checks the token like GraphQL and refuses what is no OTLP request', async () => {
    const body = JSON.stringify({ resourceSpans: [] });
    const json = { 'content-type': 'application/json' };
    const anonymous = await post(body, json);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ code: 16, message: expect.stringContaining('OTEL_EXPORTER_OTLP_HEADERS') });
    expect((await post(body, { ...json, authorization: `Bearer ${readToken}` })).status).toBe(403);
    expect((await post(body, { ...json, authorization: 'Bearer trt_unknown' })).status).toBe(401);
    expect((await post(body, { ...json, authorization: `Bearer ${writeToken}` })).status).toBe(200);

    const auth = { authorization: `Bearer ${writeToken}` };
    const broken = await post('{"resourceSpans": 5}', { ...json, ...auth });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { message: string }).message).toContain('resourceSpans: array expected');
    expect((await post(new Uint8Array([0xff, 0xff, 0xff]), { ...auth, 'content-type': 'application/x-protobuf' })).status).toBe(
      400,
    );
    // A form post, which any web page can send, runs nothing.
    expect((await post('a=b', { ...auth, 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
  });
});
