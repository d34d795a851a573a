// OTLP/HTTP trace export requests and answers, in both encodings, read with protobufjs from the
// official opentelemetry-proto definitions, vendored in server/vendor/opentelemetry-proto (no
// installed package ships them: @opentelemetry/otlp-transformer only encodes requests and decodes
// answers). Both encodings decode to the same plain objects: proto3 JSON field names, ids as
// lowercase hex, 64-bit numbers as strings.
import path from 'node:path';
import protobuf from 'protobufjs';
import { DomainError } from '../../errors.ts';

const protoDir = path.join(import.meta.dirname, '../../../vendor/opentelemetry-proto');
const root = new protobuf.Root();
root.resolvePath = (_origin, target) => path.join(protoDir, target);
root.loadSync('opentelemetry/proto/collector/trace/v1/trace_service.proto');
const ExportRequest = root.lookupType('opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest');
const ExportResponse = root.lookupType('opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse');
// google.rpc.Status, which OTLP/HTTP answers errors with (its `details` are left out).
const Status = new protobuf.Type('Status')
  .add(new protobuf.Field('code', 1, 'int32'))
  .add(new protobuf.Field('message', 2, 'string'));
new protobuf.Root().define('google.rpc').add(Status);

export type OtlpEncoding = 'protobuf' | 'json';

export interface OtlpAnyValue {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: string;
  doubleValue?: number;
  arrayValue?: { values?: OtlpAnyValue[] };
  kvlistValue?: { values?: OtlpKeyValue[] };
  bytesValue?: string;
}

export interface OtlpKeyValue {
  key: string;
  value?: OtlpAnyValue;
}

export interface OtlpEvent {
  timeUnixNano?: string;
  name?: string;
  attributes?: OtlpKeyValue[];
}

export interface OtlpSpan {
  traceId?: string;
  spanId?: string;
  parentSpanId?: string;
  name?: string;
  kind?: number;
  startTimeUnixNano?: string;
  endTimeUnixNano?: string;
  attributes?: OtlpKeyValue[];
  events?: OtlpEvent[];
  status?: { code?: number; message?: string };
}

export interface OtlpTraceRequest {
  resourceSpans?: {
    resource?: { attributes?: OtlpKeyValue[] };
    scopeSpans?: { scope?: { name?: string; version?: string }; spans?: OtlpSpan[] }[];
  }[];
}

const toObjectOptions: protobuf.IConversionOptions = { longs: String, enums: Number, bytes: String, defaults: false };

const base64ToHex = (text: unknown) => (typeof text === 'string' ? Buffer.from(text, 'base64').toString('hex') : undefined);
const hexToBytes = (text: unknown) => (typeof text === 'string' && /^[0-9a-f]*$/i.test(text) ? Buffer.from(text, 'hex') : text);

/** Applies `convert` to every span's ids (and link ids) in a request-shaped object. */
function mapIds(request: Record<string, unknown>, convert: (id: unknown) => unknown): void {
  const list = (value: unknown) => (Array.isArray(value) ? (value as Record<string, unknown>[]) : []);
  for (const resourceSpans of list(request.resourceSpans)) {
    for (const scopeSpans of list(resourceSpans?.scopeSpans)) {
      for (const span of list(scopeSpans?.spans)) {
        if (!span || typeof span !== 'object') continue;
        for (const key of ['traceId', 'spanId', 'parentSpanId']) if (key in span) span[key] = convert(span[key]);
        for (const link of list(span.links)) {
          if (!link || typeof link !== 'object') continue;
          for (const key of ['traceId', 'spanId']) if (key in link) link[key] = convert(link[key]);
        }
      }
    }
  }
}

const badRequest = (message: string) => new DomainError('BAD_USER_INPUT', message);

/** Decodes an ExportTraceServiceRequest; anything that is not one is BAD_USER_INPUT. */
export function decodeTraceRequest(body: Buffer, encoding: OtlpEncoding): OtlpTraceRequest {
  let message: protobuf.Message;
  if (encoding === 'protobuf') {
    try {
      message = ExportRequest.decode(body);
    } catch (error) {
      throw badRequest(`The body is not an OTLP ExportTraceServiceRequest in protobuf: ${(error as Error).message}`);
    }
  } else {
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch (error) {
      throw badRequest(`The body is not JSON: ${(error as Error).message}`);
    }
    if (!json || typeof json !== 'object' || Array.isArray(json)) throw badRequest('The body must be a JSON object');
    // OTLP/JSON writes ids as hex, where proto3 JSON (and so protobufjs) expects base64.
    mapIds(json as Record<string, unknown>, hexToBytes);
    try {
      message = ExportRequest.fromObject(json as Record<string, unknown>);
    } catch (error) {
      throw badRequest(`The body is not an OTLP ExportTraceServiceRequest in JSON: ${(error as Error).message}`);
    }
  }
  const request = ExportRequest.toObject(message, toObjectOptions);
  mapIds(request, base64ToHex);
  return request as OtlpTraceRequest;
}

export interface PartialSuccess {
  rejectedSpans: number;
  errorMessage: string;
}

/** The ExportTraceServiceResponse; partial_success only when something was rejected (as the spec asks). */
export function encodeTraceResponse(encoding: OtlpEncoding, partial?: PartialSuccess): Buffer {
  const partialSuccess = partial && { rejectedSpans: partial.rejectedSpans, errorMessage: partial.errorMessage };
  if (encoding === 'json') return Buffer.from(JSON.stringify(partialSuccess ? { partialSuccess } : {}));
  return Buffer.from(ExportResponse.encode(ExportResponse.fromObject(partialSuccess ? { partialSuccess } : {})).finish());
}

/** A google.rpc.Status, the body of every OTLP/HTTP error answer. */
export function encodeStatus(encoding: OtlpEncoding, code: number, message: string): Buffer {
  if (encoding === 'json') return Buffer.from(JSON.stringify({ code, message }));
  return Buffer.from(Status.encode(Status.fromObject({ code, message })).finish());
}

/** For tests and clients in this repository: a request as an exporter would encode it. */
export function encodeTraceRequest(request: OtlpTraceRequest): Buffer {
  const copy = structuredClone(request) as Record<string, unknown>;
  mapIds(copy, hexToBytes);
  return Buffer.from(ExportRequest.encode(ExportRequest.fromObject(copy)).finish());
}

/** Decodes an ExportTraceServiceResponse (protobuf), as an exporter reads the answer. */
export function decodeTraceResponse(body: Uint8Array): { partialSuccess?: PartialSuccess } {
  const object = ExportResponse.toObject(ExportResponse.decode(body), { longs: Number, defaults: false });
  return object as { partialSuccess?: PartialSuccess };
}
