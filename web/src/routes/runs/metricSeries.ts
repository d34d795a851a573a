export interface SeriesInput {
  name: string;
  points: ReadonlyArray<{ step: number; value: number; recordedAt?: string }>;
}

export interface PointInput {
  name: string;
  step: number;
  value: number;
  recordedAt?: string;
}

/** The last step any series has (-1 when there is none): live points are asked for after it. */
export const lastStep = (series: readonly SeriesInput[]) =>
  Math.max(-1, ...series.flatMap((item) => item.points.map((point) => point.step)));

/**
 * The queried series (downsampled by the server) with the points received live appended: only
 * those after a series' last queried step, so a refetch and the stream never draw a step twice.
 */
export function mergeSeries(base: readonly SeriesInput[], appended: readonly PointInput[]): SeriesInput[] {
  const byName = new Map<string, Array<{ step: number; value: number; recordedAt?: string }>>();
  const lastByName = new Map<string, number>();
  for (const item of base) {
    byName.set(item.name, [...item.points]);
    lastByName.set(item.name, Math.max(-1, ...item.points.map((point) => point.step)));
  }
  for (const point of appended) {
    const points = byName.get(point.name) ?? [];
    if (!byName.has(point.name)) byName.set(point.name, points);
    const last = lastByName.get(point.name) ?? -1;
    if (point.step > last) {
      points.push({ step: point.step, value: point.value, recordedAt: point.recordedAt });
      lastByName.set(point.name, point.step);
    }
  }
  return [...byName.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, points]) => ({ name, points }));
}

/** Losses share a scale; accuracies (0–1) would flatten them, so they start hidden when both exist. */
export function defaultHidden(names: readonly string[]): string[] {
  const losses = names.filter((name) => /loss/i.test(name));
  return losses.length > 0 && losses.length < names.length ? names.filter((name) => !losses.includes(name)) : [];
}
