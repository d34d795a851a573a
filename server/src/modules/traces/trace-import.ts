// Bulk import of traces from JSON lines (POST /import/traces, `tunix-rt import`): the body is read
// line by line as it arrives, each line checked by createTraces' own rules (checkTrace, the text
// rule, TRACE_MAX_BYTES) and turned into a row of COPY text; rows go to the database in batches
// through a TraceRowSink (COPY on PostgreSQL, staged COPY on PGlite), so memory stays flat.
import type { Deps } from '../../deps.ts';
import { DomainError, type FieldError } from '../../errors.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { uuidv7Sequence } from '../common/ids.ts';
import { textProblemsIn } from '../common/text.ts';
import { InputChecker } from '../common/validation.ts';
import { checkSize, checkTrace, type TraceInput, toRow } from './traces.service.ts';

/** `reject`: one bad line and nothing is stored (the default); `skip`: the good lines are stored. */
export type InvalidLines = 'reject' | 'skip';

export interface LineError {
  /** 1-based, as an editor numbers lines. */
  line: number;
  /** The field's path in the line's object (`steps.0.content`), or null for the line as a whole. */
  field: string | null;
  message: string;
}

export interface ImportProgress {
  lines: number;
  bytes: number;
  /** Rows handed to the database so far (they become visible only when the import commits). */
  written: number;
  invalid: number;
}

export interface ImportResult extends ImportProgress {
  status: 'IMPORTED' | 'REJECTED';
  /** Traces stored: `written` when IMPORTED, 0 when REJECTED. */
  imported: number;
}

/** Where checked rows go. Nothing written is visible to anyone until `commit`; `abort` drops it all. */
export interface TraceRowSink {
  /** COPY text (one row a line, the columns of COPY_COLUMNS) of `rows` rows. */
  write(copyText: string, rows: number): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/** Columns of a COPY row, in order; `createdAt` takes the database's default. */
export const COPY_COLUMNS = 'id, "traceVersion", prompt, "finalAnswer", steps, "stepCount", "totalChars", meta, source, tags';

/** Line errors reported one by one; past this, bad lines are only counted. */
export const MAX_REPORTED_ERRORS = 100;
/** Rows per sink write, and per progress report. */
export const IMPORT_BATCH_ROWS = 1_000;

// ───────────────────────────── lines ─────────────────────────────

interface RawLine {
  number: number;
  bytes: number;
  /** The line's text; undefined when it was longer than the limit (its bytes were not kept). */
  text?: string;
  problem?: string;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The body's lines as they arrive (LF or CRLF), never keeping more than `maxLineBytes` of one:
 * a longer line is reported by its size and skipped. `maxBodyBytes` caps the whole body.
 */
export async function* readLines(body: AsyncIterable<Uint8Array>, maxLineBytes: number, maxBodyBytes: number) {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let lineBytes = 0;
  let number = 0;
  let total = 0;
  const finish = (): RawLine => {
    number += 1;
    const line: RawLine = { number, bytes: lineBytes };
    if (lineBytes <= maxLineBytes) {
      const bytes = pending.length === 1 ? (pending[0] as Uint8Array) : Buffer.concat(pending);
      try {
        line.text = decoder.decode(bytes).replace(/\r$/, '');
        if (number === 1) line.text = line.text.replace(/^\uFEFF/, '');
      } catch {
        line.problem = 'is not valid UTF-8';
      }
    }
    pending = [];
    pendingBytes = 0;
    lineBytes = 0;
    return line;
  };
  const keep = (part: Uint8Array) => {
    lineBytes += part.length;
    if (lineBytes <= maxLineBytes) {
      pending.push(part);
      pendingBytes += part.length;
    } else if (pendingBytes) {
      pending = [];
      pendingBytes = 0;
    }
  };
  for await (const chunk of body) {
    total += chunk.length;
    if (total > maxBodyBytes) {
      throw new DomainError('PAYLOAD_TOO_LARGE', `The import is over ${maxBodyBytes} bytes (IMPORT_MAX_BYTES)`);
    }
    let start = 0;
    for (let end = chunk.indexOf(10, start); end !== -1; end = chunk.indexOf(10, start)) {
      keep(chunk.subarray(start, end));
      yield { line: finish(), bytes: total - chunk.length + end + 1 };
      start = end + 1;
    }
    if (start < chunk.length) keep(chunk.subarray(start));
  }
  if (lineBytes > 0) yield { line: finish(), bytes: total };
}

// ───────────────────────────── shape ─────────────────────────────

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const TRACE_FIELDS = new Set(['traceVersion', 'prompt', 'finalAnswer', 'steps', 'meta', 'tags']);
const EXPORT_FIELDS = new Set(['id', 'prompts', 'trace_steps', 'final_answer', 'metadata']);

/**
 * What GraphQL's input types check for createTraces (field names and JSON types); the values'
 * rules are checkTrace's. A TRACE export line (`{id, prompts, trace_steps, final_answer,
 * metadata}`) is read as the trace it was exported from, so an export imports back as is.
 */
export function traceInputOfJson(value: unknown, errors: FieldError[]): TraceInput | undefined {
  if (!isObject(value)) {
    errors.push({ path: '', message: 'must be a JSON object (one trace per line)' });
    return undefined;
  }
  const exported = 'prompts' in value || 'trace_steps' in value;
  for (const key of Object.keys(value)) {
    if (!(exported ? EXPORT_FIELDS : TRACE_FIELDS).has(key)) {
      const expected = [...(exported ? EXPORT_FIELDS : TRACE_FIELDS)].join(', ');
      errors.push({ path: key, message: `is not a field of a ${exported ? 'TRACE export line' : 'trace'} (${expected})` });
    }
  }
  const string = (path: string, item: unknown, required: boolean): string => {
    if (typeof item === 'string') return item;
    if (item != null || required) errors.push({ path, message: item == null ? 'is required' : 'must be a string' });
    return '';
  };
  const list = (path: string, item: unknown, required: boolean): unknown[] => {
    if (Array.isArray(item)) return item;
    if (item != null || required) errors.push({ path, message: item == null ? 'is required' : 'must be a list' });
    return [];
  };
  if (exported) {
    const metadata = isObject(value.metadata) ? value.metadata : {};
    if (value.metadata != null && !isObject(value.metadata)) errors.push({ path: 'metadata', message: 'must be a JSON object' });
    const { created_at: _created, trace_version: traceVersion, ...meta } = metadata;
    return {
      prompt: string('prompts', value.prompts, true),
      finalAnswer: string('final_answer', value.final_answer, true),
      steps: list('trace_steps', value.trace_steps, true).map((content, i) => ({
        i,
        type: 'step',
        content: string(`trace_steps.${i}`, content, true),
      })),
      traceVersion: traceVersion == null ? undefined : string('metadata.trace_version', traceVersion, true),
      meta,
    };
  }
  return {
    traceVersion: value.traceVersion == null ? undefined : string('traceVersion', value.traceVersion, true),
    prompt: string('prompt', value.prompt, true),
    finalAnswer: string('finalAnswer', value.finalAnswer, true),
    steps: list('steps', value.steps, true).map((step, index) => {
      const at = `steps.${index}`;
      if (!isObject(step)) {
        errors.push({ path: at, message: 'must be an object {i, type, content}' });
        return { i: index, type: '', content: '' };
      }
      if (typeof step.i !== 'number' || !Number.isInteger(step.i)) {
        errors.push({ path: `${at}.i`, message: step.i == null ? 'is required' : 'must be a whole number' });
      }
      return {
        i: Number(step.i),
        type: string(`${at}.type`, step.type, true),
        content: string(`${at}.content`, step.content, true),
      };
    }),
    meta: value.meta,
    tags: list('tags', value.tags, false).map((tag, index) => string(`tags.${index}`, tag, true)),
  };
}

// ───────────────────────────── COPY text ─────────────────────────────

const SPECIAL = /[\\\n\r\t]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A value in COPY's text format: backslash, newline, carriage return and tab escaped. */
const copyText = (text: string): string => (SPECIAL.test(text) ? text.replace(/[\\\n\r\t]/g, (c) => ESCAPES[c] ?? c) : text);

/** A text[] literal: every element quoted, `"` and `\` escaped inside the quotes. */
const arrayLiteral = (items: readonly string[]): string =>
  `{${items.map((item) => `"${item.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;

/** One row of COPY text, the columns of COPY_COLUMNS, ending in a newline. */
export function copyRow(row: Prisma.TraceCreateManyInput): string {
  const tags = (row.tags ?? []) as string[];
  return `${[
    row.id as string,
    copyText(row.traceVersion ?? '1.0'),
    copyText(row.prompt),
    copyText(row.finalAnswer),
    copyText(JSON.stringify(row.steps)),
    String(row.stepCount),
    String(row.totalChars),
    row.meta === undefined || row.meta === null ? '\\N' : copyText(JSON.stringify(row.meta)),
    row.source == null ? '\\N' : copyText(row.source),
    copyText(arrayLiteral(tags)),
  ].join('\t')}\n`;
}

// ───────────────────────────── import ─────────────────────────────

export interface ImportOptions {
  invalid: InvalidLines;
  onProgress?(progress: ImportProgress): void;
  /** Each bad line's problems, as found (at most MAX_REPORTED_ERRORS in all). */
  onError?(error: LineError): void;
}

/** The problems of one line, or its row. */
function checkLine(deps: Deps, line: RawLine, nextId: () => string): { row?: Prisma.TraceCreateManyInput; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (line.problem) return { errors: [{ path: '', message: line.problem }] };
  try {
    checkSize(deps, undefined, 'line', line.bytes);
  } catch (error) {
    return { errors: [{ path: '', message: (error as Error).message }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(line.text as string);
  } catch (error) {
    return { errors: [{ path: '', message: `not JSON (${(error as Error).message})` }] };
  }
  const input = traceInputOfJson(value, errors);
  if (!input || errors.length) return { errors };
  const check = new InputChecker();
  checkTrace(check, input);
  textProblemsIn(input, '', check.errors, 20);
  if (check.errors.length) return { errors: check.errors };
  return { row: toRow(input, nextId()), errors };
}

/**
 * Reads JSON lines from `body` and writes the good ones to `sink`, committing at the end. With
 * `invalid: 'reject'` a bad line stops the writes (the sink is aborted, nothing is stored) while
 * the rest is still read to report its problems; reading stops once MAX_REPORTED_ERRORS are
 * reported. Any failure (the database, the body's size) aborts the sink and is thrown.
 */
export async function importTraceLines(
  deps: Deps,
  sink: TraceRowSink,
  body: AsyncIterable<Uint8Array>,
  options: ImportOptions,
): Promise<ImportResult> {
  const nextId = uuidv7Sequence();
  const progress: ImportProgress = { lines: 0, bytes: 0, written: 0, invalid: 0 };
  let reported = 0;
  let batch = '';
  let batchRows = 0;
  let aborted = false;
  const flush = async () => {
    if (batchRows > 0 && !aborted) await sink.write(batch, batchRows);
    progress.written += aborted ? 0 : batchRows;
    batch = '';
    batchRows = 0;
    options.onProgress?.({ ...progress });
  };
  try {
    for await (const { line, bytes } of readLines(body, deps.config.traceMaxBytes, deps.config.importMaxBytes)) {
      progress.lines = line.number;
      progress.bytes = bytes;
      if (line.text !== undefined && line.text.trim() === '') continue;
      const { row, errors } = checkLine(deps, line, nextId);
      if (row) {
        if (aborted) continue;
        batch += copyRow(row);
        batchRows += 1;
        if (batchRows >= IMPORT_BATCH_ROWS) await flush();
        continue;
      }
      progress.invalid += 1;
      if (options.invalid === 'reject' && !aborted) {
        aborted = true;
        batch = '';
        batchRows = 0;
        await sink.abort();
      }
      for (const error of errors) {
        if (reported >= MAX_REPORTED_ERRORS) break;
        reported += 1;
        options.onError?.({ line: line.number, field: error.path || null, message: error.message });
      }
      if (reported >= MAX_REPORTED_ERRORS && aborted) break;
    }
    await flush();
    if (aborted) return { ...progress, written: 0, status: 'REJECTED', imported: 0 };
    await sink.commit();
    return { ...progress, status: 'IMPORTED', imported: progress.written };
  } catch (error) {
    if (!aborted) await sink.abort().catch(() => {});
    throw error;
  }
}
