// Every number on screen goes through `formatted` (one Intl.NumberFormat per option set): the same
// grouping and decimals everywhere. Locale-independent on purpose ('en'): the same text in every
// browser, screenshot and test.

const formats = new Map<string, Intl.NumberFormat>();

/** The one way numbers become text: Intl.NumberFormat('en', options), cached per option set. */
export function formatted(value: number, options: Intl.NumberFormatOptions = {}): string {
  const key = JSON.stringify(options);
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en', options);
    formats.set(key, format);
  }
  return format.format(value);
}

/** A metric or parameter value: up to 5 significant digits, scientific for the very small or large. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && (Math.abs(value) >= 1e7 || Math.abs(value) < 1e-4)) {
    return formatted(value, { notation: 'scientific', maximumFractionDigits: 3 });
  }
  return formatted(value, { maximumSignificantDigits: 5 });
}

/** A count of things: exact, grouped ("10,000"). */
export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return formatted(value, { maximumFractionDigits: 0 });
}

/** "1 trace", "10,000 traces". */
export function countOf(value: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(value)} ${value === 1 ? singular : plural}`;
}

/** A change: always signed ("+2", "−0.5", "0"). */
export function formatDelta(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (value === 0) return '0';
  return formatted(value, { maximumSignificantDigits: 5, signDisplay: 'always' });
}

/** Any JSON value in one short line: numbers formatted, strings bare, the rest as JSON. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === 0) return `${formatCount(value)} B`;
  const digits = value < 10 ? 2 : 1;
  return `${formatted(value, { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${units[unit]}`;
}

export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${formatted(seconds, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`;
  return `${formatCount(Math.floor(seconds / 60))} min ${formatCount(Math.round(seconds % 60))} s`;
}

/** Entries of a JSON object in key order; anything else has none. */
export function objectEntries(value: unknown): Array<[string, unknown]> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
}
