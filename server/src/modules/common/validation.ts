// Collects every problem in an input before failing, so that a client fixes them all in one go.
import { type FieldError, invalidInput } from '../../errors.ts';
import { codePoints } from './text.ts';

export class InputChecker {
  readonly errors: FieldError[] = [];

  fail(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  /** A string whose length in code points lies in [min, max]. */
  text(path: string, value: string | null | undefined, { min = 1, max }: { min?: number; max: number }): void {
    if (value == null) {
      if (min > 0) this.fail(path, 'is required');
      return;
    }
    const length = codePoints(value);
    if (length < min) this.fail(path, min === 1 ? 'must not be empty' : `must be at least ${min} characters`);
    else if (length > max) this.fail(path, `must be at most ${max} characters (got ${length})`);
  }

  number(
    path: string,
    value: number | null | undefined,
    {
      min,
      max,
      integer = false,
      exclusiveMin = false,
    }: { min?: number; max?: number; integer?: boolean; exclusiveMin?: boolean },
  ): void {
    if (value == null) return;
    if (!Number.isFinite(value)) {
      this.fail(path, 'must be a finite number');
      return;
    }
    if (integer && !Number.isInteger(value)) {
      this.fail(path, 'must be a whole number');
      return;
    }
    const tooLow = min !== undefined && (exclusiveMin ? value <= min : value < min);
    if (tooLow || (max !== undefined && value > max)) {
      const lower = min === undefined ? '' : exclusiveMin ? `> ${min}` : `≥ ${min}`;
      const upper = max === undefined ? '' : `≤ ${max}`;
      this.fail(path, `must be ${[lower, upper].filter(Boolean).join(' and ')} (got ${value})`);
    }
  }

  count(path: string, items: readonly unknown[], { min = 0, max }: { min?: number; max: number }): void {
    if (items.length < min) this.fail(path, min === 1 ? 'must not be empty' : `must have at least ${min} items`);
    else if (items.length > max) this.fail(path, `must have at most ${max} items (got ${items.length})`);
  }

  /** Throws one BAD_USER_INPUT error carrying every problem found. */
  done(): void {
    if (this.errors.length) throw invalidInput(this.errors);
  }
}

/** A substring search scans text: its pattern is kept short. */
export const MAX_SEARCH_LENGTH = 200;
/** Exact-match filter strings and list items: no stored column is longer. */
export const MAX_FILTER_TEXT_LENGTH = 256;
export const MAX_FILTER_LIST_LENGTH = 100;

/** Bounds every string and list of a filter input (`search` tighter), reported under `path`. */
export function checkFilter(filter: object | null | undefined, path = 'filter'): void {
  if (!filter) return;
  const check = new InputChecker();
  for (const [key, value] of Object.entries(filter)) {
    const at = `${path}.${key}`;
    if (typeof value === 'string') {
      check.text(at, value, { min: 0, max: key === 'search' ? MAX_SEARCH_LENGTH : MAX_FILTER_TEXT_LENGTH });
    } else if (Array.isArray(value)) {
      check.count(at, value, { max: MAX_FILTER_LIST_LENGTH });
      value.forEach((item, index) => {
        if (typeof item === 'string') check.text(`${at}.${index}`, item, { min: 0, max: MAX_FILTER_TEXT_LENGTH });
      });
    }
  }
  check.done();
}
