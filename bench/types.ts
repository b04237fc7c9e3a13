// What each benchmark section returns to bench/run.ts, which prints one table and writes bench/results.json.

/** One budget from an issue, checked against what was measured in this run. */
export interface Budget {
  /** What is measured, e.g. "compare, 1,000-word pair, median". */
  name: string;
  /** The measured value. */
  measured: number;
  /** The limit from the issue. */
  limit: number;
  /** Unit of both numbers: "ms", "KB", … */
  unit: string;
  /** True when the limit is a floor (a quality figure that must reach it), not a ceiling. */
  atLeast?: boolean;
}

/** Whether a budget is met. */
export function met(b: Budget): boolean {
  return b.atLeast ? b.measured >= b.limit : b.measured <= b.limit;
}

/** One row of a section's table: column name to value. */
export type Row = Record<string, string | number>;

/** A section of the benchmark report (compare, extract, match, extension, quality). */
export interface BenchSection {
  /** Section title. */
  name: string;
  /** Rows printed as a table; the first column names the row. */
  rows: Row[];
  /** Budgets checked in this section. */
  budgets: Budget[];
  /** Anything else worth keeping in results.json. */
  details?: unknown;
}

/** Median and 95th percentile of a list of timings. */
export function summarize(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95) };
}

/** Times `fn` `runs` times after `warmup` untimed runs; returns milliseconds per run. */
export function time(fn: () => unknown, runs: number, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples;
}
