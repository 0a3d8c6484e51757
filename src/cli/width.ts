/**
 * @module cli/width — how wide the terminal output may be: `COLUMNS` when set to a number,
 * else the terminal's own width, else 80 (output piped to a file or another program).
 * `--wide` lifts the limit (every column, sentences unwrapped).
 */
export const DEFAULT_COLUMNS = 80;
/** Narrower than this, no layout is readable; the model blocks are written for at least this. */
const MIN_COLUMNS = 20;

export function terminalWidth(env: NodeJS.ProcessEnv = process.env, stream: { isTTY?: boolean; columns?: number } = process.stdout): number {
  const fromEnv = Number(env.COLUMNS);
  if (env.COLUMNS !== undefined && env.COLUMNS.trim() !== '' && Number.isInteger(fromEnv) && fromEnv > 0) return Math.max(MIN_COLUMNS, fromEnv);
  if (stream.isTTY && typeof stream.columns === 'number' && stream.columns > 0) return Math.max(MIN_COLUMNS, stream.columns);
  return DEFAULT_COLUMNS;
}

/** The width the table must fit, or undefined with `--wide` (every column). */
export const outputWidth = (wide: boolean | undefined): number | undefined => (wide === true ? undefined : terminalWidth());
