// Admission by event-loop delay: how many inbox rows the worker may hold right now. The webhook's
// 200 shares the event loop with the handling of events; when the loop lags, a 200 waits. So
// while the loop is late the worker takes on fewer rows (halving its limit, down to a quarter), and while it is on
// time it takes on more (one at a time, up to its concurrency): the inbox table is the buffer, and
// acknowledging keeps the CPU it needs. A cheap timer measures the lag: how late it fires.

export interface Admission {
  /** Rows the worker may hold now (at least a quarter of its concurrency, so the inbox always drains). */
  limit(): number;
  stop(): void;
}

export interface AdmissionOptions {
  /** The most rows ever held (the worker's concurrency). */
  max: number;
  /** Lag above which the limit is halved (default 20 ms). */
  lagMs?: number;
  /** How often the lag is measured (default 25 ms). */
  sampleMs?: number;
  /** Called when the limit rose, so the worker can claim more. */
  onRaise?: () => void;
}

export function createAdmission(options: AdmissionOptions): Admission {
  const lagMs = options.lagMs ?? 20;
  const sampleMs = options.sampleMs ?? 25;
  let limit = options.max;
  // Not below a quarter: on a machine shared with other processes the timer is also late when
  // the loop is not busy at all, and handling must not stop because of that.
  const floor = Math.max(1, Math.ceil(options.max / 4));
  let expected = performance.now() + sampleMs;
  const timer = setInterval(() => {
    const now = performance.now();
    const lag = now - expected;
    expected = now + sampleMs;
    if (lag > lagMs) limit = Math.max(floor, Math.floor(limit / 2));
    else if (limit < options.max) {
      limit++;
      options.onRaise?.();
    }
  }, sampleMs);
  timer.unref();
  return {
    limit: () => limit,
    stop: () => clearInterval(timer),
  };
}
