/**
 * @module providers/repetition — notices a generation stuck in a loop, so a provider can stop
 * it early (finishReason `repetition`) instead of paying for the tail up to `max_tokens`.
 *
 * A loop shows as an exactly periodic suffix: the last `span` characters equal themselves
 * shifted by a period `p` (a repeated token, phrase, line or paragraph). It is flagged when
 * the periodic suffix is at least `minChars` long and holds the unit at least `minRepeats`
 * times. Checked every `checkEvery` new characters; each check costs about `maxPeriod`
 * comparisons on ordinary text, since a mismatch shows at once.
 */

export interface RepetitionOptions {
  /** Shortest looping tail to flag, in characters. @default 500 */
  minChars?: number;
  /** Fewest repeats of the unit. @default 5 */
  minRepeats?: number;
  /** Longest unit considered, in characters. @default 1000 */
  maxPeriod?: number;
  /** Check after this many new characters. @default 32 */
  checkEvery?: number;
}

const DEFAULTS: Required<RepetitionOptions> = { minChars: 500, minRepeats: 5, maxPeriod: 1000, checkEvery: 32 };

/** Length of the `p`-periodic suffix of `s`, counted up to `need`. */
function periodicSuffix(s: string, p: number, need: number): number {
  const last = s.length - 1;
  let k = 0;
  while (k + p < need && last - k - p >= 0 && s.charCodeAt(last - k) === s.charCodeAt(last - k - p)) k++;
  return k + p;
}

/** The period of a looping tail of `text`, or undefined when it does not loop. */
export function findLoop(text: string, options: RepetitionOptions = {}): number | undefined {
  const o = { ...DEFAULTS, ...options };
  const n = text.length;
  for (let p = 1; p <= o.maxPeriod; p++) {
    const need = Math.max(o.minChars, p * o.minRepeats);
    if (need > n) break;
    if (periodicSuffix(text, p, need) >= need) return p;
  }
  return undefined;
}

/** Feed it each text delta; `push` returns true once the text loops. */
export class RepetitionGuard {
  private readonly o: Required<RepetitionOptions>;
  private tail = '';
  private sinceCheck = 0;
  private readonly keep: number;
  looping = false;

  constructor(options: RepetitionOptions = {}) {
    this.o = { ...DEFAULTS, ...options };
    this.keep = Math.max(this.o.minChars, this.o.maxPeriod * this.o.minRepeats) + this.o.checkEvery;
  }

  push(delta: string): boolean {
    if (this.looping) return true;
    this.tail += delta;
    if (this.tail.length > 2 * this.keep) this.tail = this.tail.slice(-this.keep);
    this.sinceCheck += delta.length;
    if (this.sinceCheck < this.o.checkEvery) return false;
    this.sinceCheck = 0;
    this.looping = findLoop(this.tail, this.o) !== undefined;
    return this.looping;
  }
}
