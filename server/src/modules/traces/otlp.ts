// OpenTelemetry spans to reasoning traces. The spans of one OTLP trace (one traceId) in an export
// become one trace: the prompt and final answer from the topmost spans that carry them, the steps
// from every span and span event in time order (reasoning, tool calls, tool results, …), `source`
// from the resource's service.name and everything else under `meta.otel`.
//
// What is read, by convention:
// - GenAI semantic conventions: gen_ai.input.messages / gen_ai.output.messages (JSON messages with
//   typed parts: text, reasoning, tool_call, tool_call_response), gen_ai.system_instructions,
//   gen_ai.operation.name (execute_tool), gen_ai.tool.name / .call.id / .call.arguments / .call.result,
//   the older gen_ai.prompt / gen_ai.completion (a string, or indexed gen_ai.prompt.0.role/content),
//   and their events (gen_ai.content.prompt / gen_ai.content.completion, gen_ai.user.message,
//   gen_ai.tool.message, gen_ai.choice, gen_ai.client.inference.operation.details);
// - OpenInference: openinference.span.kind, input.value / output.value, llm.input_messages.N.message.*
//   and llm.output_messages.N.message.* (role, content, contents, tool_calls), tool.name / tool.parameters;
// - any other event with a `content`, `message` or `text` attribute is a step named after the event
//   (`reasoning`, `thinking`, `plan` …), an `exception` event an `error` step.
import type { Deps } from '../../deps.ts';
import { codePoints, utf8Bytes } from '../common/text.ts';
import { InputChecker } from '../common/validation.ts';
import type { OtlpAnyValue, OtlpKeyValue, OtlpSpan, OtlpTraceRequest, PartialSuccess } from './otlp-wire.ts';
import { checkTrace, createTraces, MAX_TRACES_PER_BATCH, type TraceInput, type TraceStepInput } from './traces.service.ts';

// The trace rules' limits (checkTrace): longer texts are cut rather than the trace refused.
const MAX_TEXT = 50_000;
const MAX_STEP_CONTENT = 20_000;
const MAX_STEP_TYPE = 64;
const MAX_STEPS = 1_000;

type Attributes = Record<string, unknown>;

interface SpanRecord {
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  name: string;
  kind: number;
  start: bigint;
  end: bigint;
  attributes: Attributes;
  events: { time: bigint; name: string; attributes: Attributes }[];
  status: { code?: number; message?: string };
  resource: Attributes;
  scope: { name?: string; version?: string };
  depth: number;
}

interface Part {
  type: string;
  content?: string;
  name?: string;
  arguments?: string;
  id?: string;
}

interface Message {
  role: string;
  parts: Part[];
}

// ─────────────────────────── attribute values ───────────────────────────

function anyValue(value: OtlpAnyValue | undefined): unknown {
  if (!value) return null;
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.boolValue !== undefined) return value.boolValue;
  if (value.intValue !== undefined) {
    const number = Number(value.intValue);
    return Number.isSafeInteger(number) ? number : String(value.intValue);
  }
  if (value.doubleValue !== undefined) return value.doubleValue;
  if (value.arrayValue) return (value.arrayValue.values ?? []).map(anyValue);
  if (value.kvlistValue) return attributesOf(value.kvlistValue.values);
  if (value.bytesValue !== undefined) return value.bytesValue;
  return null;
}

function attributesOf(list: OtlpKeyValue[] | undefined): Attributes {
  const attributes: Attributes = {};
  for (const { key, value } of list ?? []) if (typeof key === 'string') attributes[key] = anyValue(value);
  return attributes;
}

const text = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value.trim() ? value : undefined;
  if (value === null || value === undefined) return undefined;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
};

/** A JSON attribute: an OTLP array/map value, or a string holding JSON. */
function json(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** `prefix.0.x`, `prefix.1.x` … (flattened lists, as OpenInference and OpenLLMetry write them). */
function indexed(attributes: Attributes, prefix: string): Attributes[] {
  const items: Attributes[] = [];
  for (const [key, value] of Object.entries(attributes)) {
    if (!key.startsWith(`${prefix}.`)) continue;
    const match = /^(\d+)\.(.+)$/.exec(key.slice(prefix.length + 1));
    if (!match) continue;
    const index = Number(match[1]);
    if (index >= MAX_STEPS) continue;
    items[index] ??= {};
    (items[index] as Attributes)[match[2] as string] = value;
  }
  return items.filter(Boolean);
}

// ─────────────────────────── messages ───────────────────────────

/** One GenAI-convention part ({type, content} / tool_call {name, arguments, id} / tool_call_response). */
function partOf(raw: unknown): Part | undefined {
  if (typeof raw === 'string') return { type: 'text', content: raw };
  if (!raw || typeof raw !== 'object') return undefined;
  const part = raw as Record<string, unknown>;
  const type = typeof part.type === 'string' ? part.type : 'text';
  return {
    type,
    content: text(part.content ?? part.text ?? part.response ?? part.result),
    name: text(part.name),
    arguments: text(part.arguments),
    id: text(part.id),
  };
}

/** gen_ai.input.messages / gen_ai.output.messages (also older {role, content} and OpenAI-style messages). */
function genAiMessages(value: unknown): Message[] {
  const list = json(value);
  if (!Array.isArray(list)) return [];
  return list.flatMap((raw): Message[] => {
    if (!raw || typeof raw !== 'object') return [];
    const message = raw as Record<string, unknown>;
    const role = typeof message.role === 'string' ? message.role : 'assistant';
    const parts = Array.isArray(message.parts) ? message.parts.map(partOf) : [partOf(message.content)];
    for (const call of Array.isArray(message.tool_calls) ? message.tool_calls : []) {
      const fn = (call as Record<string, unknown>)?.function as Record<string, unknown> | undefined;
      parts.push({
        type: 'tool_call',
        name: text(fn?.name ?? (call as Record<string, unknown>)?.name),
        arguments: text(fn?.arguments ?? (call as Record<string, unknown>)?.arguments),
        id: text((call as Record<string, unknown>)?.id),
      });
    }
    if (role === 'tool') {
      return [
        {
          role,
          parts: [{ type: 'tool_call_response', content: text(message.content), id: text(message.tool_call_id ?? message.id) }],
        },
      ];
    }
    return [{ role, parts: parts.filter((part): part is Part => part !== undefined) }];
  });
}

/** OpenInference's llm.input_messages.N.message.* (or OpenLLMetry's gen_ai.prompt.N.*). */
function flattenedMessages(attributes: Attributes, prefix: string, inner: string): Message[] {
  return indexed(attributes, prefix).map((item) => {
    const field = (name: string) => item[`${inner}${name}`];
    const role = text(field('role')) ?? 'assistant';
    const parts: Part[] = [];
    const content = text(field('content'));
    const contents = indexed(item, `${inner}contents`)
      .map((entry) => text(entry['message_content.text']))
      .filter((entry) => entry !== undefined);
    if (role === 'tool')
      parts.push({ type: 'tool_call_response', content: content ?? contents.join('\n'), id: text(field('tool_call_id')) });
    else {
      if (content) parts.push({ type: 'text', content });
      for (const entry of contents) parts.push({ type: 'text', content: entry });
    }
    for (const call of indexed(item, `${inner}tool_calls`)) {
      parts.push({
        type: 'tool_call',
        name: text(call['tool_call.function.name'] ?? call.name),
        arguments: text(call['tool_call.function.arguments'] ?? call.arguments),
        id: text(call['tool_call.id'] ?? call.id),
      });
    }
    return { role, parts };
  });
}

function eventMessages(span: SpanRecord, direction: 'input' | 'output'): Message[] {
  const messages: Message[] = [];
  for (const event of span.events) {
    const attrs = event.attributes;
    if (direction === 'input') {
      if (event.name === 'gen_ai.content.prompt') messages.push(...promptAsMessages(attrs['gen_ai.prompt']));
      else if (event.name === 'gen_ai.client.inference.operation.details')
        messages.push(...genAiMessages(attrs['gen_ai.input.messages']));
      else if (event.name === 'gen_ai.user.message')
        messages.push({ role: 'user', parts: [{ type: 'text', content: text(attrs.content) }] });
      else if (event.name === 'gen_ai.tool.message') {
        messages.push({
          role: 'tool',
          parts: [{ type: 'tool_call_response', content: text(attrs.content), id: text(attrs.id) }],
        });
      }
    } else if (event.name === 'gen_ai.content.completion') messages.push(...promptAsMessages(attrs['gen_ai.completion']));
    else if (event.name === 'gen_ai.client.inference.operation.details')
      messages.push(...genAiMessages(attrs['gen_ai.output.messages']));
    else if (event.name === 'gen_ai.choice') {
      const message = json(attrs.message) as Record<string, unknown> | undefined;
      messages.push(
        ...genAiMessages([
          message && typeof message === 'object' ? { role: 'assistant', ...message } : { content: attrs.message },
        ]),
      );
    }
  }
  return messages;
}

/** The older gen_ai.prompt / gen_ai.completion: JSON messages or plain text. */
function promptAsMessages(value: unknown): Message[] {
  const messages = genAiMessages(value);
  if (messages.length) return messages;
  const plain = text(value);
  return plain ? [{ role: 'user', parts: [{ type: 'text', content: plain }] }] : [];
}

/** Where each convention puts a span's input or output messages, in the order they are tried. */
const MESSAGE_ATTRIBUTES = {
  input: { genAi: 'gen_ai.input.messages', openInference: 'llm.input_messages', legacy: 'gen_ai.prompt' },
  output: { genAi: 'gen_ai.output.messages', openInference: 'llm.output_messages', legacy: 'gen_ai.completion' },
} as const;

/** The first convention that carries messages; `adapt` applies to those, not to a legacy plain text. */
function spanMessages(span: SpanRecord, direction: 'input' | 'output', adapt = (message: Message) => message): Message[] {
  const a = span.attributes;
  const keys = MESSAGE_ATTRIBUTES[direction];
  const found = [
    genAiMessages(a[keys.genAi]),
    flattenedMessages(a, keys.openInference, 'message.'),
    flattenedMessages(a, keys.legacy, ''),
    eventMessages(span, direction),
  ].find((messages) => messages.length);
  if (found) return found.map(adapt);
  const legacy = a[keys.legacy];
  return typeof legacy === 'string' ? promptAsMessages(legacy) : [];
}

const inputMessages = (span: SpanRecord) => spanMessages(span, 'input');
const outputMessages = (span: SpanRecord) =>
  spanMessages(span, 'output', (message) => ({ ...message, role: message.role === 'user' ? 'assistant' : message.role }));

const textOf = (message: Message | undefined) =>
  message?.parts
    .filter((part) => part.type === 'text' && part.content)
    .map((part) => part.content)
    .join('\n') || undefined;

// ─────────────────────────── spans ───────────────────────────

const isToolSpan = (span: SpanRecord) =>
  span.attributes['gen_ai.operation.name'] === 'execute_tool' ||
  String(span.attributes['openinference.span.kind'] ?? '').toUpperCase() === 'TOOL';

/** What a span was asked: the last user message, else input.value. */
function spanPrompt(span: SpanRecord): string | undefined {
  const users = inputMessages(span).filter((message) => message.role === 'user');
  return textOf(users.at(-1)) ?? text(span.attributes['input.value']);
}

/** What a span answered: the text of its last output message, else output.value. */
function spanAnswer(span: SpanRecord): string | undefined {
  return textOf(outputMessages(span).at(-1)) ?? text(span.attributes['output.value']);
}

const toolName = (span: SpanRecord) => text(span.attributes['gen_ai.tool.name'] ?? span.attributes['tool.name']) ?? span.name;

// Attributes that became the prompt, steps or answer: not repeated in meta.
const CONTENT_KEYS = [
  /^gen_ai\.(input|output)\.messages$/,
  /^gen_ai\.(prompt|completion)(\.|$)/,
  /^gen_ai\.system_instructions$/,
  /^gen_ai\.tool\.call\.(arguments|result)$/,
  /^(input|output)\.(value|mime_type)$/,
  /^llm\.(input|output)_messages\./,
  /^tool\.parameters$/,
];
const isContentKey = (key: string) => CONTENT_KEYS.some((pattern) => pattern.test(key));
const withoutContent = (attributes: Attributes) =>
  Object.fromEntries(Object.entries(attributes).filter(([key]) => !isContentKey(key)));

// ─────────────────────────── trace building ───────────────────────────

interface Step {
  type: string;
  content: string;
}

/** What one span tells by itself: steps when it starts, when it ends, and its events' steps. */
interface SpanSteps {
  atStart: Step[];
  atEnd: Step[];
  events: { time: bigint; step: Step }[];
}

// Span start times are often only as precise as Date.now() (the JS SDK's are), while end times and
// event times are precise: so siblings are ordered by (start, end), never a start against an end.
/** Spans in time order; of two that start together (clocks tick coarsely) the outer one comes first. */
const byStartThenEnd = (a: SpanRecord, b: SpanRecord) =>
  a.start < b.start ? -1 : a.start > b.start ? 1 : a.depth - b.depth || (a.end < b.end ? -1 : a.end > b.end ? 1 : 0);

function spanSteps(
  span: SpanRecord,
  answerSpan: SpanRecord | undefined,
  toolCallIds: Set<string>,
  answeredCalls: Set<string>,
): SpanSteps {
  const steps: SpanSteps = { atStart: [], atEnd: [], events: [] };
  const add = (list: Step[], type: string, content: string | undefined) => {
    if (content) list.push({ type, content });
  };
  if (isToolSpan(span)) {
    const args = text(
      span.attributes['gen_ai.tool.call.arguments'] ?? span.attributes['tool.parameters'] ?? span.attributes['input.value'],
    );
    add(steps.atStart, 'tool_call', args ? `${toolName(span)}(${args})` : toolName(span));
    const result = text(span.attributes['gen_ai.tool.call.result'] ?? span.attributes['output.value']);
    const failed = span.status.code === 2 ? `error: ${span.status.message || 'the tool failed'}` : undefined;
    add(steps.atEnd, 'tool_result', result ?? failed);
    const id = text(span.attributes['gen_ai.tool.call.id']);
    if (id) answeredCalls.add(id);
  } else {
    // Tool results the model was given, unless a tool span of this trace already told them.
    for (const message of inputMessages(span)) {
      for (const part of message.parts) {
        if (part.type !== 'tool_call_response' || (part.id && (toolCallIds.has(part.id) || answeredCalls.has(part.id)))) continue;
        if (part.id) answeredCalls.add(part.id);
        add(steps.atStart, 'tool_result', part.content);
      }
    }
    const output = outputMessages(span);
    const last = output.at(-1);
    for (const message of output) {
      for (const part of message.parts) {
        if (part.type === 'reasoning' || part.type === 'thinking') add(steps.atEnd, 'reasoning', part.content);
        else if (part.type === 'tool_call') {
          if (part.id && toolCallIds.has(part.id)) continue;
          add(steps.atEnd, 'tool_call', part.arguments ? `${part.name ?? 'tool'}(${part.arguments})` : part.name);
        } else if (part.type === 'text' && !(span === answerSpan && message === last)) add(steps.atEnd, 'message', part.content);
      }
    }
    // A chain, agent or retriever step (OpenInference) that neither asks nor answers the trace.
    if (!output.length && span !== answerSpan && span.depth > 0 && !inputMessages(span).length) {
      const kind = text(span.attributes['openinference.span.kind'] ?? span.attributes['gen_ai.operation.name']);
      const result = text(span.attributes['output.value']);
      if (kind && result) add(steps.atEnd, kind.toLowerCase(), `${span.name}: ${result}`);
    }
  }
  for (const event of span.events) {
    if (event.name.startsWith('gen_ai.')) continue;
    const content =
      event.name === 'exception'
        ? [text(event.attributes['exception.type']), text(event.attributes['exception.message'])].filter(Boolean).join(': ')
        : text(event.attributes.content ?? event.attributes.message ?? event.attributes.text);
    const type = event.name === 'exception' ? 'error' : event.name;
    if (content) steps.events.push({ time: event.time, step: { type, content } });
  }
  return steps;
}

/**
 * The steps of a trace in the order things happened: depth first, a span's own start steps, then
 * its children (by start) with its events between them (an event goes before the first child that
 * ends after it), then its end steps. `answerSpan`'s own text is the final answer, not a step.
 */
function collectSteps(spans: SpanRecord[], answerSpan: SpanRecord | undefined): Step[] {
  const toolCallIds = new Set(spans.filter(isToolSpan).flatMap((span) => text(span.attributes['gen_ai.tool.call.id']) ?? []));
  const answeredCalls = new Set<string>();
  const children = new Map<string, SpanRecord[]>();
  for (const span of spans) {
    if (span.depth === 0 || !span.parentSpanId) continue;
    children.set(span.parentSpanId, [...(children.get(span.parentSpanId) ?? []), span]);
  }
  const steps: Step[] = [];
  const visited = new Set<string>();
  const visit = (span: SpanRecord) => {
    if (visited.has(span.spanId)) return;
    visited.add(span.spanId);
    const own = spanSteps(span, answerSpan, toolCallIds, answeredCalls);
    steps.push(...own.atStart);
    const events = own.events.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
    for (const child of (children.get(span.spanId) ?? []).sort(byStartThenEnd)) {
      while (events.length && (events[0] as { time: bigint }).time < child.end)
        steps.push((events.shift() as { step: Step }).step);
      visit(child);
    }
    steps.push(...events.map((event) => event.step), ...own.atEnd);
  };
  for (const root of spans.filter((span) => span.depth === 0).sort(byStartThenEnd)) visit(root);
  return steps;
}

/** Replaces what PostgreSQL text cannot hold (NUL, lone surrogates) and cuts to `max` code points. */
function fitText(value: string, max: number): { value: string; cut: boolean } {
  const clean = value.replaceAll('\u0000', '\uFFFD').replace(/\p{Cs}/gu, '\uFFFD');
  if (codePoints(clean) <= max) return { value: clean, cut: false };
  const marker = ' … [cut by tunix-rt]';
  return {
    value: `${Array.from(clean)
      .slice(0, max - marker.length)
      .join('')}${marker}`,
    cut: true,
  };
}

const nanosToIso = (nanos: bigint) => (nanos > 0n ? new Date(Number(nanos / 1_000_000n)).toISOString() : null);

/** One OTLP trace's spans as a trace input, or why it cannot be one. */
function traceOf(spans: SpanRecord[]): TraceInput | string {
  const byId = new Map(spans.map((span) => [span.spanId, span]));
  const depth = (span: SpanRecord, seen = new Set<string>()): number => {
    const parent = span.parentSpanId ? byId.get(span.parentSpanId) : undefined;
    if (!parent || seen.has(span.spanId)) return 0;
    seen.add(span.spanId);
    return 1 + depth(parent, seen);
  };
  for (const span of spans) span.depth = depth(span);
  spans.sort(byStartThenEnd);
  const top = [...spans].sort((a, b) => a.depth - b.depth);
  const traceId = spans[0]?.traceId ?? '';
  const promptSpan = top.find((span) => !isToolSpan(span) && spanPrompt(span));
  // Among the spans nearest the root, the one that ended last has the last word.
  const answerSpan = [...spans]
    .filter((span) => !isToolSpan(span))
    .sort((a, b) => a.depth - b.depth || (a.end > b.end ? -1 : a.end < b.end ? 1 : 0))
    .find((span) => spanAnswer(span));
  const prompt = promptSpan && spanPrompt(promptSpan);
  const answer = answerSpan && spanAnswer(answerSpan);
  if (!prompt || !answer) {
    const missing = !prompt
      ? 'a prompt (gen_ai.input.messages, gen_ai.prompt, input.value …)'
      : 'an answer (gen_ai.output.messages, gen_ai.completion, output.value …)';
    return `trace ${traceId}: none of its ${spans.length} span(s) carries ${missing}`;
  }

  let cut = false;
  const fitted = (value: string, max: number) => {
    const result = fitText(value, max);
    cut ||= result.cut;
    return result.value;
  };
  // An agent's own answer repeats its last model call's: that call's text is not a step as well.
  const timed = collectSteps(spans, answerSpan).filter((step) => !(step.type === 'message' && step.content === answer));
  const steps: TraceStepInput[] = timed.slice(0, MAX_STEPS).map((step, i) => ({
    i,
    type: fitted(step.type, MAX_STEP_TYPE),
    content: fitted(step.content, MAX_STEP_CONTENT),
  }));
  // A model that answered at once: its answer is the one step.
  if (!steps.length) steps.push({ i: 0, type: 'answer', content: fitted(answer, MAX_STEP_CONTENT) });

  const root = top[0] as SpanRecord;
  const answerAttributes = answerSpan.attributes;
  const usage = { inputTokens: 0, outputTokens: 0 };
  for (const span of spans) {
    usage.inputTokens +=
      Number(span.attributes['gen_ai.usage.input_tokens'] ?? span.attributes['llm.token_count.prompt'] ?? 0) || 0;
    usage.outputTokens +=
      Number(span.attributes['gen_ai.usage.output_tokens'] ?? span.attributes['llm.token_count.completion'] ?? 0) || 0;
  }
  const serviceName = text(root.resource['service.name']);
  const systemInstructions = text(promptSpan.attributes['gen_ai.system_instructions']);
  const meta: Record<string, unknown> = {
    ...(serviceName ? { source: serviceName.slice(0, 256) } : {}),
    model: text(
      answerAttributes['gen_ai.response.model'] ?? answerAttributes['gen_ai.request.model'] ?? answerAttributes['llm.model_name'],
    ),
    provider: text(
      answerAttributes['gen_ai.provider.name'] ?? answerAttributes['gen_ai.system'] ?? answerAttributes['llm.provider'],
    ),
    ...(usage.inputTokens || usage.outputTokens ? { usage } : {}),
    ...(systemInstructions ? { systemInstructions: fitted(systemInstructions, MAX_STEP_CONTENT) } : {}),
    ...(timed.length > MAX_STEPS ? { droppedSteps: timed.length - MAX_STEPS } : {}),
    otel: {
      traceId,
      rootSpan: root.name,
      startedAt: nanosToIso(root.start),
      resource: root.resource,
      scope: root.scope,
      spans: spans.map((span) => ({
        spanId: span.spanId,
        ...(span.parentSpanId ? { parentSpanId: span.parentSpanId } : {}),
        name: span.name,
        kind: span.kind,
        durationMs: Number(span.end - span.start) / 1e6,
        ...(span.status.code ? { status: span.status } : {}),
        attributes: withoutContent(span.attributes),
      })),
    },
  };
  if (cut) meta.cut = 'texts over the trace limits were shortened';
  for (const key of Object.keys(meta)) if (meta[key] === undefined) delete meta[key];
  return { prompt: fitted(prompt, MAX_TEXT), finalAnswer: fitted(answer, MAX_TEXT), steps, meta };
}

function spanRecords(request: OtlpTraceRequest): SpanRecord[] {
  const records: SpanRecord[] = [];
  for (const resourceSpans of request.resourceSpans ?? []) {
    const resource = attributesOf(resourceSpans.resource?.attributes);
    for (const scopeSpans of resourceSpans.scopeSpans ?? []) {
      const scope = { name: scopeSpans.scope?.name, version: scopeSpans.scope?.version };
      for (const span of scopeSpans.spans ?? []) records.push(spanRecord(span, resource, scope));
    }
  }
  return records;
}

function spanRecord(span: OtlpSpan, resource: Attributes, scope: SpanRecord['scope']): SpanRecord {
  const nanos = (value: string | undefined) => {
    try {
      return BigInt(value ?? 0);
    } catch {
      return 0n;
    }
  };
  return {
    traceId: span.traceId ?? '',
    spanId: span.spanId ?? '',
    parentSpanId: span.parentSpanId || null,
    name: span.name ?? '',
    kind: span.kind ?? 0,
    start: nanos(span.startTimeUnixNano),
    end: nanos(span.endTimeUnixNano),
    attributes: attributesOf(span.attributes),
    events: (span.events ?? []).map((event) => ({
      time: nanos(event.timeUnixNano),
      name: event.name ?? '',
      attributes: attributesOf(event.attributes),
    })),
    status: span.status ?? {},
    resource,
    scope,
    depth: 0,
  };
}

export interface OtlpMapping {
  traces: { input: TraceInput; spanCount: number }[];
  rejected: { reason: string; spanCount: number }[];
}

/** Groups a request's spans by trace and maps each group; the limits of createTraces decide what fits. */
export function mapOtlpTraces(request: OtlpTraceRequest, traceMaxBytes: number): OtlpMapping {
  const groups = new Map<string, SpanRecord[]>();
  const mapping: OtlpMapping = { traces: [], rejected: [] };
  for (const span of spanRecords(request)) {
    if (!/^[0-9a-f]{32}$/.test(span.traceId) || !/^[0-9a-f]{16}$/.test(span.spanId)) {
      mapping.rejected.push({ reason: `span "${span.name}": trace_id must be 16 bytes and span_id 8 bytes`, spanCount: 1 });
      continue;
    }
    const group = groups.get(span.traceId) ?? [];
    group.push(span);
    groups.set(span.traceId, group);
  }
  for (const spans of groups.values()) {
    const trace = traceOf(spans);
    if (typeof trace === 'string') {
      mapping.rejected.push({ reason: trace, spanCount: spans.length });
      continue;
    }
    const check = new InputChecker();
    checkTrace(check, trace);
    const bytes = utf8Bytes(JSON.stringify(trace));
    const traceId = spans[0]?.traceId;
    if (check.errors.length) {
      const problems = check.errors.map((error) => `${error.path} ${error.message}`).join('; ');
      mapping.rejected.push({ reason: `trace ${traceId}: ${problems}`, spanCount: spans.length });
    } else if (bytes > traceMaxBytes) {
      mapping.rejected.push({
        reason: `trace ${traceId} is ${bytes} bytes as a reasoning trace; the limit is ${traceMaxBytes} (TRACE_MAX_BYTES)`,
        spanCount: spans.length,
      });
    } else mapping.traces.push({ input: trace, spanCount: spans.length });
  }
  return mapping;
}

export interface OtlpIngestResult {
  traceIds: string[];
  /** Set when some spans were not stored (OTLP partial success). */
  partialSuccess?: PartialSuccess;
}

/** Stores what maps; the rest is answered as rejected spans with the reasons (at most a few). */
export async function ingestOtlpTraces(deps: Deps, request: OtlpTraceRequest): Promise<OtlpIngestResult> {
  const mapping = mapOtlpTraces(request, deps.config.traceMaxBytes);
  const traceIds: string[] = [];
  for (let start = 0; start < mapping.traces.length; start += MAX_TRACES_PER_BATCH) {
    const batch = mapping.traces.slice(start, start + MAX_TRACES_PER_BATCH).map((trace) => trace.input);
    traceIds.push(...(await createTraces(deps, batch)));
  }
  if (!mapping.rejected.length) return { traceIds };
  const rejectedSpans = mapping.rejected.reduce((sum, rejected) => sum + rejected.spanCount, 0);
  const shown = mapping.rejected.slice(0, 5).map((rejected) => rejected.reason);
  const more = mapping.rejected.length - shown.length;
  const errorMessage = `${rejectedSpans} span(s) not stored as reasoning traces: ${shown.join('; ')}${more ? `; and ${more} more trace(s)` : ''}`;
  return { traceIds, partialSuccess: { rejectedSpans, errorMessage } };
}
