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

/**
 * The text rule on every string and object key of a JSON value, without recursion (the value may
 * be deep): problems are added to `problems` under their path, until it holds `max` of them.
 */
export function textProblemsIn(value: unknown, path: string, problems: { path: string; message: string }[], max: number): void {
  const pending: [unknown, string][] = [[value, path]];
  for (let next = pending.pop(); next && problems.length < max; next = pending.pop()) {
    const [item, at] = next;
    if (typeof item === 'string') {
      const problem = textProblem(item);
      if (problem) problems.push({ path: at, message: problem });
    } else if (item !== null && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        const childPath = at ? `${at}.${key}` : key;
        const problem = textProblem(key);
        if (problem) problems.push({ path: childPath, message: `key ${problem}` });
        pending.push([child, childPath]);
      }
    }
  }
}

export const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** A finite double as the exact fraction it stores: numerator / 2^shift. */
function exactBinary(value: number): { numerator: bigint; shift: bigint } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const bits = view.getBigUint64(0);
  const exponentBits = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & 0xfffffffffffffn;
  // Subnormals have no implicit leading 1 and the smallest exponent.
  const mantissa = exponentBits === 0 ? fraction : fraction | (1n << 52n);
  const exponent = BigInt((exponentBits === 0 ? 1 : exponentBits) - 1075);
  const negative = bits >> 63n === 1n;
  const signed = negative ? -mantissa : mantissa;
  return exponent >= 0n ? { numerator: signed << exponent, shift: 0n } : { numerator: signed, shift: -exponent };
}

/**
 * Python's round(value, digits): half to even on the exact binary value, so 0.125 → 0.12 (a real
 * tie), but 21.575 → 21.57 and 2.675 → 2.67, because those doubles are really 21.57499… and
 * 2.67499…. The double nearest to 21.575 times 100 rounds to exactly 2157.5 in floating point,
 * which is why the arithmetic is done on the exact fraction (BigInt) instead.
 */
export function roundHalfEven(value: number, digits = 2): number {
  if (!Number.isFinite(value) || !Number.isInteger(digits) || digits < 0) return value;
  const { numerator, shift } = exactBinary(value);
  const negative = numerator < 0n;
  const scaled = (negative ? -numerator : numerator) * 10n ** BigInt(digits);
  const denominator = 1n << shift;
  let quotient = scaled / denominator;
  const twiceRemainder = 2n * (scaled % denominator);
  if (twiceRemainder > denominator || (twiceRemainder === denominator && quotient % 2n === 1n)) quotient += 1n;
  // The nearest double to the decimal result, as Python returns it.
  return Number(`${negative ? '-' : ''}${quotient}e-${digits}`);
}
