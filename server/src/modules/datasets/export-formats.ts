// The three export formats of a dataset (domain §3.4), one JSON object per line. Records have the
// reference's keys, order and text, and lines are serialized as Python's json.dumps() writes them
// (", " and ": " separators, non-ASCII escaped), so an export can be diffed against the reference's.
// One deliberate difference: training_example ids are derived from the trace id (UUIDv5), not
// random, so exporting the same dataset twice gives the same bytes.
import { createHash } from 'node:crypto';

/** The GraphQL enum's names; the download URL spells them in lower case, as the reference did. */
export const EXPORT_FORMATS = ['TRACE', 'TUNIX_SFT', 'TRAINING_EXAMPLE'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** A format as callers may spell it: the enum name or the reference's lower-case `?format=` value. */
export type ExportFormatName = ExportFormat | Lowercase<ExportFormat>;

/** What an export needs of a trace (a subset of the Trace row). */
export interface ExportableTrace {
  id: string;
  createdAt: Date;
  traceVersion: string;
  prompt: string;
  finalAnswer: string;
  /** In the order the client gave them; they are numbered from 1 in that order, not by `i`. */
  steps: readonly { content: string }[];
  meta: unknown;
}

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

const START_OF_TURN = '<start_of_turn>';
const END_OF_TURN = '<end_of_turn>';

/** `datetime.isoformat()` of a UTC time: microseconds only when non-zero, `+00:00` for the zone. */
export function pythonIsoformat(date: Date): string {
  const iso = date.toISOString(); // 2025-01-02T03:04:05.123Z
  const millis = date.getUTCMilliseconds();
  return `${iso.slice(0, 19)}${millis ? `.${String(millis).padStart(3, '0')}000` : ''}+00:00`;
}

/** "Reasoning:\n1. s1\n2. s2\n", or "" without steps. */
export function renderReasoningSteps(steps: readonly string[]): string {
  if (steps.length === 0) return '';
  return `Reasoning:\n${steps.map((step, index) => `${index + 1}. ${step}\n`).join('')}`;
}

/** The Gemma chat template of the reference's tunix_sft format: a user turn, then the model turn. */
export function renderTunixSftPrompt(
  prompt: string,
  steps: readonly string[],
  finalAnswer: string,
  systemInstruction?: string,
): string {
  const user = systemInstruction ? `${systemInstruction}\n\n${prompt}` : prompt;
  const model = `${renderReasoningSteps(steps)}Answer: ${finalAnswer}`;
  return `${START_OF_TURN}user\n${user}${END_OF_TURN}\n${START_OF_TURN}model\n${model}${END_OF_TURN}`;
}

/** RFC 4122 UUID version 5 (SHA-1 of namespace + name). */
export function uuidv5(name: string, namespace: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = 0x50 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/**
 * The id of a trace's training example: in Python,
 * `uuid.uuid5(uuid.NAMESPACE_URL, "tunix-rt:training_example:" + trace_id)`.
 */
export const trainingExampleId = (traceId: string): string => uuidv5(`tunix-rt:training_example:${traceId}`, NAMESPACE_URL);

const metaOf = (trace: ExportableTrace): Record<string, JsonValue> =>
  trace.meta && typeof trace.meta === 'object' && !Array.isArray(trace.meta) ? (trace.meta as Record<string, JsonValue>) : {};

/** The record of one trace in `format`; meta keys come last and may override the fixed ones. */
export function exportRecord(trace: ExportableTrace, format: ExportFormat): JsonValue {
  const steps = trace.steps.map((step) => step.content);
  const createdAt = pythonIsoformat(trace.createdAt);
  switch (format) {
    case 'TRACE':
      return {
        id: trace.id,
        prompts: trace.prompt,
        trace_steps: steps,
        final_answer: trace.finalAnswer,
        metadata: { created_at: createdAt, trace_version: trace.traceVersion, ...metaOf(trace) },
      };
    case 'TUNIX_SFT':
      return {
        id: trace.id,
        prompts: renderTunixSftPrompt(trace.prompt, steps, trace.finalAnswer),
        final_answer: trace.finalAnswer,
        metadata: { created_at: createdAt, trace_version: trace.traceVersion, format: 'tunix_sft', ...metaOf(trace) },
      };
    case 'TRAINING_EXAMPLE': {
      const response = [
        ...(steps.length ? ['Reasoning:', ...steps.map((step, index) => `${index + 1}. ${step}`)] : []),
        `Answer: ${trace.finalAnswer}`,
      ].join('\n');
      return {
        id: trainingExampleId(trace.id),
        prompt: `${trace.prompt}\n\nPlease show your reasoning steps.`,
        response,
        metadata: { source_trace_id: trace.id, created_at: createdAt, trace_version: trace.traceVersion, ...metaOf(trace) },
      };
    }
  }
}

/** One JSONL line (with its trailing newline) of a trace in `format`. */
export const exportLine = (trace: ExportableTrace, format: ExportFormat): string =>
  `${pythonJsonDumps(exportRecord(trace, format))}\n`;

/** Python's float repr: shortest round-trip digits, exponent notation below 1e-4 and from 1e16. */
function pythonNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`cannot export the number ${value} as JSON`);
  // A JSON number read back from the database does not say whether it was an int; integral ones print as ints.
  if (Number.isInteger(value)) return Math.abs(value) < 1e21 ? String(value) : BigInt(value).toString();
  const [mantissa = '', exponentText = '0'] = value.toExponential().split('e');
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) {
    return `${mantissa}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace('-', '').replace('.', '');
  const point = exponent + 1;
  const fixed =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? `${digits}${'0'.repeat(point - digits.length)}.0`
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${fixed}` : fixed;
}

/** `json.dumps(value)` with Python's defaults (ensure_ascii=True, separators ", " and ": "). */
export function pythonJsonDumps(value: JsonValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return pythonNumber(value);
  if (typeof value === 'string') {
    // JSON.stringify escapes quotes, backslashes and control characters as Python does; Python
    // also escapes DEL and everything beyond ASCII, as \uXXXX code units in lower-case hex.
    return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  }
  if (Array.isArray(value)) return `[${value.map(pythonJsonDumps).join(', ')}]`;
  return `{${Object.entries(value)
    .filter(([, item]) => item !== undefined)
    .map(([key, item]) => `${pythonJsonDumps(key)}: ${pythonJsonDumps(item)}`)
    .join(', ')}}`;
}
