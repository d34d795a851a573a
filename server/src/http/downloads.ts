// Plain HTTP downloads for what is too big for a GraphQL response: a dataset exported as JSONL
// (streamed in batches), a run's artifact files and a model version's weights (from the artifact
// storage: local disk or S3). With AUTH_REQUIRED they take the same bearer token as GraphQL, or a
// signed link from the API (exportUrl, downloadUrl) for plain <a href>s.
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import contentDisposition from 'content-disposition';
import type { Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { authenticate, checkDownloadLink, isSignedLink } from '../modules/auth/auth.service.ts';
import { isUuid } from '../modules/common/ids.ts';
import { exportDatasetLines, parseExportFormat } from '../modules/datasets/datasets.service.ts';
import { decodePathPart, sendError, statusOfError } from './reply.ts';

/** With AUTH_REQUIRED: a valid token (any role may read) or an unexpired signed link. */
async function authorize(deps: Deps, req: IncomingMessage, url: URL) {
  if (!deps.config.authRequired) return;
  const authorization = req.headers.authorization;
  if (authorization) {
    await authenticate(deps, authorization);
    return;
  }
  if (isSignedLink(url)) return checkDownloadLink(deps.config, url);
  throw new DomainError(
    'UNAUTHENTICATED',
    'Downloads need an API token: send "Authorization: Bearer <token>", or use the signed link the API returns (exportUrl, downloadUrl)',
  );
}

async function exportDataset(deps: Deps, datasetId: string, url: URL, res: ServerResponse) {
  const format = url.searchParams.get('format') ?? 'trace';
  const lines = exportDatasetLines(deps, datasetId, parseExportFormat(format));
  // The first line is read before the headers go out, so a bad id or format still gets a clean error.
  const first = await lines.next();
  res.writeHead(200, {
    'content-type': 'application/x-ndjson; charset=utf-8',
    'content-disposition': contentDisposition(`${datasetId}.${format.toLowerCase()}.jsonl`),
  });
  if (!first.done) res.write(first.value);
  for await (const line of lines) {
    if (!res.write(line)) await new Promise((resolve) => res.once('drain', resolve));
  }
  res.end();
}

/**
 * A stored file as an attachment named `name`: streamed from the artifact storage, or with
 * ARTIFACTS_S3_PRESIGNED_DOWNLOADS a redirect to a presigned URL of the bucket (the caller was
 * authorized already); 410 when storage lost it.
 */
async function sendStoredFile(
  deps: Deps,
  req: IncomingMessage,
  res: ServerResponse,
  file: { storageUri: string; sha256: string; name: string; what: string },
) {
  // Trainers name their files: any character, sent as RFC 6266 filename* with an ASCII fallback.
  const fileName = path.basename(file.name);
  if (deps.config.artifactsS3?.presignedDownloads) {
    const expiresInSeconds = Math.min(deps.config.downloadLinkTtlSeconds, 3_600);
    const location = await deps.storage.presignedUrl(file.storageUri, { fileName, expiresInSeconds });
    if (location) {
      res.writeHead(302, { location, 'cache-control': 'no-store' });
      res.end();
      return;
    }
  }
  const stored = await deps.storage.read(file.storageUri);
  if (!stored) return sendError(req, res, 410, 'NOT_FOUND', `The file of ${file.what} is missing from storage`);
  res.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-length': stored.sizeBytes,
    'content-disposition': contentDisposition(fileName),
    etag: `"${file.sha256}"`,
  });
  await pipeline(stored.body, res);
}

async function downloadArtifact(deps: Deps, runId: string, name: string, req: IncomingMessage, res: ServerResponse) {
  const artifact = await deps.prisma.runArtifact.findUnique({ where: { runId_name: { runId, name } } });
  if (!artifact) return sendError(req, res, 404, 'NOT_FOUND', `Run ${runId} has no artifact named ${name}`);
  await sendStoredFile(deps, req, res, { ...artifact, what: `artifact ${name}` });
}

async function downloadModelWeights(deps: Deps, versionId: string, req: IncomingMessage, res: ServerResponse) {
  const version = await deps.prisma.modelVersion.findUnique({
    where: { id: versionId },
    select: { version: true, storageUri: true, sha256: true, artifact: { select: { name: true } } },
  });
  if (!version) return sendError(req, res, 404, 'NOT_FOUND', `No model version ${versionId}`);
  const name = `${version.artifact.name}-v${version.version}${path.extname(new URL(version.storageUri).pathname)}`;
  await sendStoredFile(deps, req, res, { ...version, name, what: `version ${version.version} of ${version.artifact.name}` });
}

/** Handles the download routes; returns false when the path is not one of them. */
export async function handleDownload(deps: Deps, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  if (req.method !== 'GET') return false;
  const dataset = /^\/datasets\/([^/]+)\/export\.jsonl$/.exec(url.pathname);
  const artifact = /^\/runs\/([^/]+)\/artifacts\/(.+)$/.exec(url.pathname);
  const weights = /^\/model-versions\/([^/]+)\/weights$/.exec(url.pathname);
  if (!dataset && !artifact && !weights) return false;
  try {
    await authorize(deps, req, url);
    const id = decodePathPart((dataset ?? artifact ?? weights)?.[1] ?? '');
    if (!isUuid(id)) {
      throw new DomainError('BAD_USER_INPUT', `"${id}" is not an id: use the UUID part, as in the URLs the API returns`);
    }
    if (dataset) await exportDataset(deps, id, url, res);
    else if (weights) await downloadModelWeights(deps, id, req, res);
    else await downloadArtifact(deps, id, decodePathPart(artifact?.[2] ?? ''), req, res);
  } catch (error) {
    if (res.headersSent) res.destroy(error as Error);
    else if (error instanceof DomainError) sendError(req, res, statusOfError(error), error.code, error.message);
    else throw error;
  }
  return true;
}
