/**
 * @module errors — the one error family the CLI knows how to print.
 *
 * A `BenchError` is a problem the user can act on: the CLI prints its message
 * on one line (no stack) and exits with its `exitCode` (2 for bad input).
 * Anything that is not a BenchError is a bug: printed with its stack, exit 70.
 */
export class BenchError extends Error {
  /** Stable machine-readable code, e.g. `CONFIG_INVALID`. */
  readonly code: string;
  /** Exit code the CLI uses (CONTRACT.md): 2 bad input, 3 could not finish. */
  readonly exitCode: number;

  constructor(code: string, message: string, options: { exitCode?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BenchError';
    this.code = code;
    this.exitCode = options.exitCode ?? 2;
  }
}

/** Bad input: a config file, suite, item or flag is wrong. Exit 2. */
export class InputError extends BenchError {
  constructor(message: string, options: { code?: string; cause?: unknown } = {}) {
    super(options.code ?? 'BAD_INPUT', message, { exitCode: 2, cause: options.cause });
    this.name = 'InputError';
  }
}

/** Several input problems found at once (every issue reported, then stop). */
export class InputErrors extends InputError {
  readonly problems: string[];
  constructor(header: string, problems: string[]) {
    super([header, ...problems.map((p) => `  - ${p}`)].join('\n'), { code: 'BAD_INPUT' });
    this.name = 'InputErrors';
    this.problems = problems;
  }
}
