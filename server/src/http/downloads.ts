// Plain HTTP downloads for what is too big for a GraphQL response: a dataset exported as JSONL
// (streamed in batches) and a run's artifact files.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { isUuid } from '../modules/common/text.ts';
import { exportDatasetLines, parseExportFormat } from '../modules/datasets/datasets.service.ts';

function sendError(res: ServerResponse, status: number, code: string, message: string) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: { code, message } }));
}

async function exportDataset(deps: Deps, datasetId: string, url: URL, res: ServerResponse) {
  const format = url.searchParams.get('format') ?? 'trace';
  const lines = exportDatasetLines(deps, datasetId, parseExportFormat(format));
  // The first line is read before the headers go out, so a bad id or format still gets a clean error.
  const first = await lines.next();
  res.writeHead(200, {
    'content-type': 'application/x-ndjson; charset=utf-8',
    'content-disposition': `attachment; filename="${datasetId}.${format.toLowerCase()}.jsonl"`,
  });
  if (!first.done) res.write(first.value);
  for await (const line of lines) {
    if (!res.write(line)) await new Promise((resolve) => res.once('drain', resolve));
  }
  res.end();
}

async function downloadArtifact(deps: Deps, runId: string, name: string, res: ServerResponse) {
  const artifact = await deps.prisma.runArtifact.findUnique({ where: { runId_name: { runId, name } } });
  if (!artifact) return sendError(res, 404, 'NOT_FOUND', `Run ${runId} has no artifact named ${name}`);
  const file = fileURLToPath(artifact.storageUri);
  const info = await stat(file).catch(() => null);
  if (!info) return sendError(res, 410, 'NOT_FOUND', `The file of artifact ${name} is missing from storage`);
  res.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-length': info.size,
    'content-disposition': `attachment; filename="${path.basename(name)}"`,
    etag: `"${artifact.sha256}"`,
  });
  createReadStream(file).pipe(res);
}

/** Handles the download routes; returns false when the path is not one of them. */
export async function handleDownload(deps: Deps, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (req.method !== 'GET') return false;
  const url = new URL(req.url ?? '/', 'http://local');
  const dataset = /^\/datasets\/([^/]+)\/export\.jsonl$/.exec(url.pathname);
  const artifact = /^\/runs\/([^/]+)\/artifacts\/(.+)$/.exec(url.pathname);
  if (!dataset && !artifact) return false;
  const id = decodeURIComponent((dataset ?? artifact)?.[1] ?? '');
  if (!isUuid(id)) {
    sendError(res, 400, 'BAD_USER_INPUT', `"${id}" is not an id: use the UUID part, as in the URLs the API returns`);
    return true;
  }
  try {
    if (dataset) await exportDataset(deps, id, url, res);
    else await downloadArtifact(deps, id, decodeURIComponent(artifact?.[2] ?? ''), res);
  } catch (error) {
    if (res.headersSent) res.destroy(error as Error);
    else if (error instanceof DomainError) sendError(res, error.code === 'NOT_FOUND' ? 404 : 400, error.code, error.message);
    else sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Unexpected error');
  }
  return true;
}
