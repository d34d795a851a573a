// Text rules and measures shared by every domain module.

/** Length in Unicode code points (what the reference's limits count), not UTF-16 units. */
export const codePoints = (text: string): number => {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
};

/**
 * The one rule for text a client sends: PostgreSQL text and jsonb cannot hold NUL, and a lone UTF-16
 * surrogate is no character at all, so both are refused everywhere (names the problem, or undefined).
 */
export function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain NUL characters (U+0000)';
  if (/\p{Cs}/u.test(text)) return 'must not contain lone UTF-16 surrogates (invalid Unicode)';
  return undefined;
}

export const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/**
 * Round half to even at `digits` decimals, on the exact binary value (as Python's round() does):
 * 0.125 → 0.12, 0.135 → 0.14, and 2.675 → 2.67 because 2.675 is really 2.67499999….
 */
export function roundHalfEven(value: number, digits = 2): number {
  const factor = 10 ** digits;
  const scaled = value * factor;
  const floor = Math.floor(scaled);
  const isExactTie = scaled - floor === 0.5 && (floor + 0.5) / factor === value;
  if (isExactTie) return (floor % 2 === 0 ? floor : floor + 1) / factor;
  return Number(value.toFixed(digits));
}
