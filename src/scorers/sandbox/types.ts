/**
 * @module scorers/sandbox/types — what a sandboxed run takes and what it reports.
 */

/** How one program ended. `passed` only when the harness printed the run's sentinel. */
export type Verdict =
  | 'passed'
  /** The tests ran and raised (an AssertionError or any other exception). */
  | 'failed'
  | 'syntax_error'
  /** ModuleNotFoundError / ImportError: the program needs something not installed. */
  | 'missing_module'
  /** Wall-clock or CPU limit reached. */
  | 'timeout'
  /** MemoryError, or killed by SIGKILL that bench did not send (the OOM killer). */
  | 'memory'
  /** Died from a signal or exited non-zero without a Python traceback. */
  | 'crashed'
  /** Wrote more than the output limit; killed. */
  | 'output_limit'
  /** Exited (even with status 0) before the harness printed its sentinel / answered the checker. */
  | 'harness_not_reached'
  /** Returned something other than plain data (an object with its own `__eq__`, a subclass…). */
  | 'non_plain_result'
  /** The suite's own test code could not run (it does not compile, or defines no check). */
  | 'test_error';

export interface SandboxLimits {
  /**
   * Time limit per program before calibration scaling, seconds: the CPU time of all its processes
   * together, and the time it spends neither running nor waiting for a CPU (a wall-clock backstop
   * that a machine's load does not eat into; see deadline.ts). @default 10
   */
  timeoutS: number;
  /** Address-space limit per process, MB. @default 1024 */
  memoryMb: number;
  /** Processes (and threads) the program may have at once. @default 32 */
  maxProcs: number;
  /** Size of the writable /tmp (and /dev/shm) tmpfs, and of any one file, MB. @default 64 */
  tmpfsMb: number;
  /** Bytes of stdout/stderr kept (the rest is read and discarded). @default 65536 */
  outputCapBytes: number;
  /** Total bytes written (stdout + stderr) at which the program is killed. @default 8 MiB */
  outputLimitBytes: number;
}

export interface SandboxOptions extends Partial<SandboxLimits> {
  /** Programs run in parallel. @default os.availableParallelism() */
  workers?: number;
  /** Path of the bubblewrap binary. @default '/usr/bin/bwrap' (then `bwrap` on PATH) */
  bwrapPath?: string;
  /** Python interpreter used inside the sandbox. @default '/usr/bin/python3' */
  pythonPath?: string;
  /** Run without isolation when bubblewrap is unusable (a loud warning is printed once). */
  unsafeNoSandbox?: boolean;
  /** Skip the calibration run and use this time scale. */
  timeScale?: number;
  /** Where the one-per-run warnings go. @default process.stderr.write */
  warn?: (message: string) => void;
}

export interface RunRequest {
  /** Python source of the whole program. */
  source: string;
  /** A string whose appearance on stdout proves the harness ran to the end. */
  sentinel?: string;
  signal?: AbortSignal;
}

export interface RunResult {
  verdict: Verdict;
  /** Exit code, or null when killed by a signal. */
  exitCode: number | null;
  /** Signal name when the program died from one. */
  signal: string | null;
  /** Stored stdout (at most outputCapBytes). */
  stdout: string;
  /** Stored stderr: the last outputCapBytes. */
  stderr: string;
  /** True when stdout or stderr was cut. */
  truncated: boolean;
  /** Wall-clock time of the sandboxed process, ms. */
  execMs: number;
  /** The last lines of stderr (e.g. the failing assertion), or a note from bench. */
  explanation: string;
  /** The time limit applied, ms (after calibration scaling): of CPU time, and of idle time (see SandboxLimits.timeoutS). */
  timeoutMs: number;
  /**
   * With verdict `timeout`: `cpu` when the CPU time of the program's processes reached the limit,
   * `wall` when the wall-clock backstop ended it (it slept, blocked or waited that long, or ran far
   * past the limit on this machine's load); null otherwise.
   */
  timeLimit: 'cpu' | 'wall' | null;
}

/** How a program is launched: inside bubblewrap, or (opted in) bare. */
export interface LaunchPlan {
  command: string;
  args: string[];
  /**
   * Levels of its process tree above the interpreter: 2 under bubblewrap (bwrap, then its init),
   * 0 bare. A server's processes down to here are its own, not an item's (tree-cpu.ts).
   */
  interpreterDepth: number;
  uid?: number;
  gid?: number;
}

/** What the checker reported: its test cases and how it ended (see scorers/code/checker). */
export interface CheckReport {
  total: number | null;
  cases: Array<{ ok: boolean; msg: string | null }>;
  done: {
    passed: boolean;
    gone: boolean;
    nonplain: string | null;
    memory: boolean;
    error: string | null;
    test_error: boolean;
  } | null;
}

export interface CheckRequest {
  /** The candidate program (model text): run in its own sandbox, serving calls of `entry`. */
  source: string;
  entry: string;
  /** The trusted checker program (suite text only): run in a second sandbox. */
  checker: string;
  signal?: AbortSignal;
}

export interface CheckResult extends RunResult {
  /** Test cases that passed, and how many there were (partial credit). */
  testsPassed: number;
  testsTotal: number;
}
