// Files a run left behind, as the worker registers them and the registry verifies them.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** The hex sha256 of a file's bytes, read as a stream. */
export function sha256File(path: string): Promise<string> {
  return sha256Stream(createReadStream(path));
}

/** The hex sha256 of a stream's bytes (a file, an object in the artifact storage). */
export async function sha256Stream(stream: AsyncIterable<unknown>): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
