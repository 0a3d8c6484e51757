/** Error rates by class over a labelled corpus of replies: printed, and returned for the threshold check. */

export interface CorpusOutcome {
  cls: string;
  reply: string;
  want: string | null;
  got: string | null;
}

/** Prints one line per class (cases, errors, rate) and each disagreement; returns the overall error rate. */
export function reportErrors(name: string, outcomes: CorpusOutcome[]): number {
  const byClass = new Map<string, { n: number; wrong: number }>();
  const wrong: CorpusOutcome[] = [];
  for (const o of outcomes) {
    const c = byClass.get(o.cls) ?? { n: 0, wrong: 0 };
    c.n += 1;
    if (o.got !== o.want) {
      c.wrong += 1;
      wrong.push(o);
    }
    byClass.set(o.cls, c);
  }
  const lines = [...byClass].sort().map(([cls, c]) => `  ${cls.padEnd(18)} ${String(c.n).padStart(4)} cases ${String(c.wrong).padStart(3)} wrong ${((100 * c.wrong) / c.n).toFixed(1).padStart(5)}%`);
  const rate = wrong.length / outcomes.length;
  const detail = wrong.map((o) => `  [${o.cls}] want ${o.want} got ${o.got}: ${JSON.stringify(o.reply)}`);
  console.log([`${name}: ${outcomes.length} replies, ${wrong.length} read differently from a careful reader (${(100 * rate).toFixed(2)}%)`, ...lines, ...detail].join('\n'));
  return rate;
}
