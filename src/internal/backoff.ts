/**
 * How long polling waits after failures in a row: the interval doubled for each, capped, with jitter so
 * that screens which failed together (a server restart) do not all come back in the same second. The
 * wait is never shorter than the interval, and the first success brings the interval back.
 */
export const BACKOFF_CAP_MS = 5 * 60_000;

export class Backoff {
  private failures = 0;
  private readonly random: () => number;

  /** `random` in [0, 1): a test passes its own to see the exact waits. */
  constructor(random: () => number = Math.random) {
    this.random = random;
  }

  failed(): void {
    this.failures += 1;
  }

  succeeded(): void {
    this.failures = 0;
  }

  /** Milliseconds until the next poll for a poll interval of `intervalMs`. */
  delay(intervalMs: number): number {
    if (this.failures === 0) return intervalMs;
    // Doubling stops at the cap (2 ** 30 keeps the product finite however long the failures last).
    const ceiling = Math.max(intervalMs, Math.min(BACKOFF_CAP_MS, intervalMs * 2 ** Math.min(this.failures, 30)));
    // "Equal jitter": half the ceiling for certain, the other half at random.
    return Math.max(intervalMs, ceiling / 2 + (this.random() * ceiling) / 2);
  }
}
