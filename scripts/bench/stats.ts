/** A series of timings: its median, and its spread. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function summarize(values: readonly number[]): Summary {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length };
}

/** Ratios of paired runs (a[i] / b[i]): their median is the ratio, min and max its spread. */
export function pairedRatios(a: readonly number[], b: readonly number[]): Summary {
  return summarize(a.map((value, i) => value / b[i]!));
}
