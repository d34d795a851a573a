// Artifacts in an S3-compatible bucket (AWS S3, MinIO, Ceph, R2 …) through the AWS SDK v3: uploads
// with @aws-sdk/lib-storage (multipart above 8 MiB), reads as streams, presigned GETs for
// downloads. URIs are s3://<bucket>/<key>; the sha256 is also kept as object metadata.
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { GetObjectCommand, NoSuchKey, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import contentDisposition from 'content-disposition';
import type { ArtifactsS3Config } from '../config.ts';
import { LocalArtifactStorage } from './local.ts';
import type { ArtifactStorage, StoredBody } from './storage.ts';

const PART_SIZE = 8 * 1_048_576;

export class S3ArtifactStorage implements ArtifactStorage {
  readonly kind = 's3';
  readonly copiesFiles = true;
  private readonly client: S3Client;
  // Rows written before the switch to S3 still name files on this machine.
  private readonly local = new LocalArtifactStorage();

  constructor(private readonly config: ArtifactsS3Config) {
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials: config.credentials,
      requestChecksumCalculation: config.requestChecksumCalculation,
      responseChecksumValidation: config.requestChecksumCalculation,
    });
  }

  private parse(uri: string): { bucket: string; key: string } | undefined {
    const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
    return match ? { bucket: match[1] as string, key: match[2] as string } : undefined;
  }

  async keep(file: string, key: string, info: { sha256: string }): Promise<string> {
    const fullKey = `${this.config.prefix}${key}`;
    const upload = new Upload({
      client: this.client,
      partSize: PART_SIZE,
      params: {
        Bucket: this.config.bucket,
        Key: fullKey,
        Body: createReadStream(file),
        ContentType: 'application/octet-stream',
        Metadata: { sha256: info.sha256 },
      },
    });
    await upload.done();
    return `s3://${this.config.bucket}/${fullKey}`;
  }

  async read(uri: string): Promise<StoredBody | undefined> {
    const location = this.parse(uri);
    if (!location) return this.local.read(uri);
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: location.bucket, Key: location.key }));
      return { body: object.Body as Readable, sizeBytes: Number(object.ContentLength ?? 0) };
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return undefined;
      throw error;
    }
  }

  async presignedUrl(uri: string, options: { fileName: string; expiresInSeconds: number }): Promise<string | undefined> {
    const location = this.parse(uri);
    if (!location) return undefined;
    const command = new GetObjectCommand({
      Bucket: location.bucket,
      Key: location.key,
      ResponseContentDisposition: contentDisposition(options.fileName),
    });
    return getSignedUrl(this.client, command, { expiresIn: options.expiresInSeconds });
  }

  close(): void {
    this.client.destroy();
  }
}
