export type Figures = {
  scenario: string;
  throughput: number; // requests (or operations) per second
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  count: number;
  /** Extra figure for scenarios measured as one duration (lock, exports, bulk). */
  note?: string;
};

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function summarize(scenario: string, latencies: number[], seconds: number, errors: number): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    scenario,
    throughput: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    errors,
    count: latencies.length,
  };
}
