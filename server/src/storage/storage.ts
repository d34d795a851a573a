// Where run artifacts live: the local disk (default: the files stay in DATA_DIR/artifacts, as the
// trainer left them) or an S3-compatible bucket (ARTIFACTS_S3_BUCKET), so workers on other
// machines need no shared volume. A stored object is named by its URI (file:// or s3://), which
// RunArtifact and ModelVersion rows keep; an object is written once and never replaced.
import type { Readable } from 'node:stream';
import type { Config } from '../config.ts';
import { LocalArtifactStorage } from './local.ts';
import { S3ArtifactStorage } from './s3.ts';

export interface StoredBody {
  body: Readable;
  sizeBytes: number;
}

export interface ArtifactStorage {
  readonly kind: 'local' | 's3';
  /**
   * Keeps a file a run left under `key` (`runs/<runId>/<attempt>/<name>`) and returns its URI.
   * The local disk keeps the file where it is; S3 uploads it (multipart when large).
   */
  keep(file: string, key: string, info: { sha256: string; sizeBytes: number }): Promise<string>;
  /** True when `keep` copied the file elsewhere, so the run's local folder may be removed. */
  readonly copiesFiles: boolean;
  /** The object's bytes; undefined when it is gone. */
  read(uri: string): Promise<StoredBody | undefined>;
  /** A short-lived URL to fetch the object from the store itself (S3 presigned GET); undefined if there is none. */
  presignedUrl(uri: string, options: { fileName: string; expiresInSeconds: number }): Promise<string | undefined>;
  close(): void;
}

export function openArtifactStorage(config: Config): ArtifactStorage {
  return config.artifactsS3 ? new S3ArtifactStorage(config.artifactsS3) : new LocalArtifactStorage();
}
