// Turns a JSONL file into createTraces inputs, line by line: either our own CreateTraceInput
// shape ({prompt, steps, finalAnswer, meta, tags}) or the TRACE export format
// ({prompts, trace_steps, final_answer, metadata}), so an exported dataset imports back as is.
// Only the shape is read here; the server checks every value.
import type { CreateTraceInput } from '../../graphql/generated/graphql';

export type ParsedLine = { line: number; input: CreateTraceInput } | { line: number; problem: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function toInput(value: Record<string, unknown>): CreateTraceInput | string {
  if ('prompts' in value || 'trace_steps' in value) {
    const steps = Array.isArray(value.trace_steps) ? value.trace_steps : [];
    const { created_at: _created, trace_version: traceVersion, ...meta } = isObject(value.metadata) ? value.metadata : {};
    return {
      prompt: String(value.prompts ?? ''),
      finalAnswer: String(value.final_answer ?? ''),
      steps: steps.map((content, i) => ({ i, type: 'step', content: String(content) })),
      traceVersion: typeof traceVersion === 'string' ? traceVersion : undefined,
      meta,
    };
  }
  if (!Array.isArray(value.steps)) return 'expected "steps" (a list) or "trace_steps"';
  return value as unknown as CreateTraceInput;
}

/** Every non-blank line, numbered from 1 as an editor shows them. */
export function parseTraceLines(text: string): ParsedLine[] {
  const parsed: ParsedLine[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      parsed.push({ line, problem: `not JSON (${(error as Error).message})` });
      return;
    }
    if (!isObject(value)) {
      parsed.push({ line, problem: 'expected a JSON object' });
      return;
    }
    const input = toInput(value);
    parsed.push(typeof input === 'string' ? { line, problem: input } : { line, input });
  });
  return parsed;
}
