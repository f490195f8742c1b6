/** The figures the bench prints: a median and the range around it. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function spread(values: readonly number[]): [min: number, max: number] {
  return [Math.min(...values), Math.max(...values)];
}

/** "median [min–max]", or a dash for no values. */
export function cell(values: number[]): string {
  if (values.length === 0) return '—';
  const [min, max] = spread(values);
  return `${median(values).toFixed(0)} [${min.toFixed(0)}–${max.toFixed(0)}]`;
}
