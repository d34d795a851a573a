// Database ids: UUIDs, version 7 where the server makes them, so ids sort like creation times.
import { randomBytes } from 'node:crypto';

const formatUuid = (bytes: Buffer): string => {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/** A time-ordered UUID (version 7), so ids sort like creation times. */
export function uuidv7(now = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  return formatUuid(bytes);
}

export const isUuid = (value: string): boolean => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/**
 * Makes UUIDv7s in strictly increasing order (a 12-bit counter in `rand_a`, RFC 9562 §6.2), so
 * rows written in bulk keep the order they came in; random bits come from one pooled buffer.
 */
export function uuidv7Sequence(): () => string {
  const POOL = 4_096;
  let pool = randomBytes(16 * POOL);
  let used = 0;
  let lastMs = 0;
  let counter = 0;
  return () => {
    if (used === POOL) {
      pool = randomBytes(16 * POOL);
      used = 0;
    }
    const bytes = pool.subarray(used * 16, used * 16 + 16);
    used += 1;
    const now = Date.now();
    if (now > lastMs) {
      lastMs = now;
      counter = 0;
    } else if (++counter > 0xfff) {
      lastMs += 1;
      counter = 0;
    }
    bytes.writeUIntBE(lastMs, 0, 6);
    bytes[6] = 0x70 | (counter >> 8);
    bytes[7] = counter & 0xff;
    bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
    return formatUuid(bytes);
  };
}
