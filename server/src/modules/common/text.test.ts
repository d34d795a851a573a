import { describe, expect, it } from 'vitest';
import { roundHalfEven } from './text.ts';

describe('roundHalfEven (Python round on binary floats)', () => {
  it('rounds as Python 3 does, values read from python3 -c "print(round(v, 2))"', () => {
    const python: [number, number][] = [
      [21.575, 21.57],
      [2.675, 2.67],
      [1.115, 1.11],
      [10.125, 10.12],
      [0.125, 0.12],
      [0.375, 0.38],
      [0.135, 0.14],
      [8.345, 8.35],
      [1.005, 1],
      [0.285, 0.28],
      [33.335, 33.34],
      [-21.575, -21.57],
      [-0.125, -0.12],
      [57.5, 57.5],
      [100, 100],
      [5e-324, 0],
    ];
    for (const [value, rounded] of python) expect([value, roundHalfEven(value, 2)]).toEqual([value, rounded]);
  });

  it('rounds to other digit counts, ties to even', () => {
    expect([0.5, 1.5, 2.5, 3.5].map((value) => roundHalfEven(value, 0))).toEqual([0, 2, 2, 4]);
    expect(roundHalfEven(0.0625, 3)).toBe(0.062);
    expect(roundHalfEven(123456.789, 1)).toBe(123456.8);
  });
});
