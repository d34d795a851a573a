// Artifacts on this machine's disk: a file is kept where the trainer left it (file:// URIs).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ArtifactStorage, StoredBody } from './storage.ts';

export class LocalArtifactStorage implements ArtifactStorage {
  readonly kind = 'local';
  readonly copiesFiles = false;

  async keep(file: string): Promise<string> {
    return pathToFileURL(file).href;
  }

  async read(uri: string): Promise<StoredBody | undefined> {
    if (!uri.startsWith('file:')) return undefined;
    const file = fileURLToPath(uri);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return undefined;
    return { body: createReadStream(file), sizeBytes: info.size };
  }

  async presignedUrl(): Promise<undefined> {
    return undefined;
  }

  close(): void {}
}
