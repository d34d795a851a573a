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
