// The dashboard's files as a browser gets them: the precompressed copy it accepts, hashed assets
// cached for good, and no source maps unless the operator asks for them.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.ts';

const SCRIPT = `console.log(${JSON.stringify('x'.repeat(2000))});\n`;
let server: TestServer;
let dist: string;

beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'tunix-dist-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><script src="/assets/app-abc123.js"></script>');
  await writeFile(path.join(dist, 'assets/app-abc123.js'), SCRIPT);
  await writeFile(path.join(dist, 'assets/app-abc123.js.br'), brotliCompressSync(SCRIPT));
  await writeFile(path.join(dist, 'assets/app-abc123.js.gz'), gzipSync(SCRIPT));
  await writeFile(path.join(dist, 'assets/app-abc123.js.map'), '{"version":3}');
  server = await startTestServer({ env: { WEB_DIST_DIR: dist } });
});
afterAll(async () => {
  await server?.close();
  await rm(dist, { recursive: true, force: true });
});

/** A GET without fetch's automatic decompression: the headers and bytes as sent. */
function fetchRaw(pathname: string, acceptEncoding?: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    const url = new URL(pathname, server.url);
    get(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('dashboard assets', () => {
  it('sends the brotli or gzip copy the browser accepts, and hashed files as immutable', async () => {
    const brotli = await fetchRaw('/assets/app-abc123.js', 'gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotli.headers.vary).toBe('accept-encoding');
    expect(brotli.body.length).toBeLessThan(SCRIPT.length / 10);
    const gzip = await fetchRaw('/assets/app-abc123.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await fetchRaw('/assets/app-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
    const page = await fetchRaw('/runs/some-id', 'br');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body.toString()).toContain('app-abc123.js');
  });

  it('does not serve source maps unless SERVE_SOURCE_MAPS=true', async () => {
    const map = await fetchRaw('/assets/app-abc123.js.map');
    expect(map.status).toBe(404);
    expect(map.body.toString()).not.toContain('version');
  });
});
