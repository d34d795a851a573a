import { rmSync } from 'node:fs';

// The servers' data folders are made fresh for every run; remove them so runs leave nothing behind.
export default function globalTeardown() {
  const dataDir = process.env.E2E_DATA_DIR;
  if (dataDir && !process.env.E2E_KEEP_DATA) rmSync(dataDir, { recursive: true, force: true });
}
