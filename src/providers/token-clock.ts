/**
 * @module providers/token-clock — when the first and the last generated token arrived.
 *
 * Every provider marks each piece of generated output (text or reasoning) as it comes off the
 * stream; `decodeMs` is the span between the first and the last, the denominator of the decode
 * rate (output tokens − 1) / decodeMs. Pieces that arrive in one network chunk share a time, so
 * an answer delivered all at once has a span of 0 and no decode rate (never a division by ≈ 0).
 */
export class TokenClock {
  private first: number | null = null;
  private last: number | null = null;

  /** A piece of output arrived at `at` (ms, any fixed origin). */
  mark(at: number): void {
    this.first ??= at;
    this.last = at;
  }

  /** ms from the first to the last piece; null when nothing was generated. */
  get decodeMs(): number | null {
    return this.first === null || this.last === null ? null : this.last - this.first;
  }
}
