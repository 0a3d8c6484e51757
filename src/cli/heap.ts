/**
 * @module cli/heap — V8's heap sizing for `bench run`: a large run keeps a small young
 * generation and collects its old generation sooner.
 *
 * A run holds little (≈ 30 MB of live heap at 100,000 items: the summary's columns, the packed
 * cache index) but allocates a lot that dies young (a request, a response, a record per job).
 * With V8's defaults the young generation grows to 2 × 16 MB and the old generation to several
 * times what survives a full collection, so at 100,000 items the resident set was mostly
 * garbage not yet collected: ≈ 260 MB, ≈ 130 MB of it Node and the modules.
 *
 * V8 fixes the young generation's ceiling when the process starts, but reads these two flags at
 * each collection, so a running process can set them (scripts/perf/README.md has the figures):
 * - `--semi-space-growth-factor`: how much the young generation grows when it grows. At 1 it
 *   keeps its size (1 MB a semi-space at start-up). A large run grows it once, to 4 MB a
 *   semi-space (factor 4), then holds it there.
 * - `--heap-growing-percent=20`: the next full collection starts when the old generation has
 *   grown 20 % past what survived the last one (V8 picks 10–400 %).
 * Both are set when `bench run` starts, so its modules and suites load into the small heap; once
 * the run's size is known a small run gets V8's defaults back (0 and 2), since a 1 MB young
 * generation and frequent full collections cost ≈ 0.2–0.4 ms of CPU an item (+25 % at 2,000).
 * Only the CLI sets them: a library caller's process keeps its own settings.
 */
import { createRequire } from 'node:module';

/** Runs of at least this many jobs (resumed ones included) get the small heap. */
export const LARGE_RUN_JOBS = 20_000;

/** The young generation of a large run: 2 semi-spaces of 4 MB (V8's `new_space` size). */
const LARGE_NEW_SPACE = 8 << 20;

let v8Module: typeof import('node:v8') | undefined;
// Loaded on use, not at the top: `bench --help` never needs it.
const v8 = (): typeof import('node:v8') => (v8Module ??= createRequire(import.meta.url)('node:v8') as typeof import('node:v8'));

/**
 * At the start of `bench run`, before its modules load: the small heap (a young generation that
 * keeps its start-up size, full collections at 20 % growth) until the run's size is known.
 */
export function holdHeapSmall(): void {
  v8().setFlagsFromString('--semi-space-growth-factor=1');
  v8().setFlagsFromString('--heap-growing-percent=20');
}

/** Whether this process's run (or report) was sized large: it collects its garbage between phases. */
let large = false;

/** Once the run's size is known (`jobs`): V8's defaults back for a small run; a large one keeps the small heap. */
export function sizeHeapForRun(jobs: number): void {
  large = jobs >= LARGE_RUN_JOBS;
  if (!large) {
    v8().setFlagsFromString('--semi-space-growth-factor=2');
    v8().setFlagsFromString('--heap-growing-percent=0');
    return;
  }
  // The items read to plan the run are garbage once it starts (runner/item-index reads them back
  // from the snapshot): ≈ 30–40 MB at 100,000 items that would stay resident, until a full
  // collection falls, while the report modules load — the run's peak. One collection now (≈ 30–60 ms).
  collectNow();
  // One growth step to 4 MB a semi-space (×4 from 1 MB), then hold: the next step would take
  // several collections' survivors, far longer than the 10 ms between checks.
  if (newSpaceSize() >= LARGE_NEW_SPACE) return;
  stopHeapSizing();
  v8().setFlagsFromString('--semi-space-growth-factor=4');
  growthCheck = setInterval(() => {
    if (newSpaceSize() >= LARGE_NEW_SPACE) stopHeapSizing();
  }, 10);
  growthCheck.unref();
}

/** The 10 ms check of a large run's one growth step, while it waits for it. */
let growthCheck: ReturnType<typeof setInterval> | undefined;

/**
 * Ends a large run's growth step: the young generation holds the size it has (factor 1) and the
 * 10 ms check stops. Called when it has grown, and when the run's jobs are done (or the run
 * failed): a run that ended before it grew would otherwise keep the check going until exit.
 */
export function stopHeapSizing(): void {
  if (growthCheck === undefined) return;
  clearInterval(growthCheck);
  growthCheck = undefined;
  v8().setFlagsFromString('--semi-space-growth-factor=1');
}

/**
 * `bench report` on a run of `jobs` jobs: the small heap for a large one (its summary pass over
 * the records and its report files allocate as a run's report phase does), V8's defaults otherwise.
 * Called before the report modules load.
 */
export function sizeHeapForReport(jobs: number): void {
  large = jobs >= LARGE_RUN_JOBS;
  if (large) holdHeapSmall();
}

/**
 * Between two phases of a large run or report (its jobs done; its summary built): one full
 * collection, so what the phase before held is given back before the next one allocates its own.
 * When the jobs are done, the run's cache and item indexes and its request buffers (≈ 10 MB at
 * 100,000 jobs) are garbage; when the summary is built, the pass's columns and its item-id table
 * (≈ 20 MB). Left to V8, the next full collection fell anywhere in the report phase, and when it
 * fell after DuckDB's history write and Vega's charts had started (≈ 30 MB resident of their own),
 * the garbage stacked on them: that decided the run's peak, ± 15 MB from run to run
 * (scripts/perf/README.md, round six). ≈ 10–40 ms a collection; nothing for a small run.
 */
export function collectBetweenPhases(): void {
  if (large) collectNow();
}

/** A full garbage collection, through V8's `gc` (exposed for a new context only, not to the process's own code). */
function collectNow(): void {
  v8().setFlagsFromString('--expose-gc');
  const vm = createRequire(import.meta.url)('node:vm') as typeof import('node:vm');
  (vm.runInNewContext('gc') as () => void)();
}

function newSpaceSize(): number {
  return v8().getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
}
