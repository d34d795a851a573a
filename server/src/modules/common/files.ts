// Files a run left behind, as the worker registers them and the registry verifies them.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** The hex sha256 of a file's bytes, read as a stream. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
