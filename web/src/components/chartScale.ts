// Scales and ticks shared by the SVG charts: plain arithmetic, no charting library.

export interface Extent {
  min: number;
  max: number;
}

/** The smallest and largest of the values, widened when they are equal so the scale has a size. */
export function extentOf(values: Iterable<number>): Extent | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (min > max) return null;
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    return { min: min - pad, max: max + pad };
  }
  return { min, max };
}

/** A step of 1, 2 or 5 × 10^n that cuts the extent into about `count` parts. */
function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** Round tick values covering the extent (the first ≤ min, the last ≥ max). */
export function niceTicks(extent: Extent, count = 5, integer = false): number[] {
  let step = niceStep(extent.max - extent.min, count);
  if (integer) step = Math.max(1, Math.round(step));
  const first = Math.floor(extent.min / step) * step;
  const last = Math.ceil(extent.max / step) * step;
  const ticks: number[] = [];
  // Multiplying (not adding) keeps 0.1 + 0.2 style errors out of the labels.
  for (let i = 0; first + i * step <= last + step / 1e6; i++) ticks.push(Number((first + i * step).toPrecision(12)));
  return ticks;
}

/** Maps [domain.min, domain.max] onto [from, to] (to may be smaller than from: SVG's y grows downwards). */
export function linearScale(domain: Extent, from: number, to: number): (value: number) => number {
  const span = domain.max - domain.min || 1;
  return (value) => from + ((value - domain.min) / span) * (to - from);
}

const plain = new Intl.NumberFormat('en', { maximumSignificantDigits: 4 });
const short = new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 3 });

/** A tick label: short (20K, 1.5M) and locale-independent, so tests and screenshots read the same everywhere. */
export function formatTick(value: number): string {
  if (value !== 0 && Math.abs(value) < 1e-3) return value.toExponential(1);
  return Math.abs(value) >= 1e4 ? short.format(value) : plain.format(value);
}

/** SVG coordinates with at most one decimal. */
export const px = (value: number) => String(Math.round(value * 10) / 10);

/** Colours for series, in order; chosen to stay apart for the common kinds of colour blindness. */
export const palette = ['#0969da', '#cf222e', '#1a7f37', '#8250df', '#bc4c00', '#1b7c83', '#bf3989', '#6e7781'];
