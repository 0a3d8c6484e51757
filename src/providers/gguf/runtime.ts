/**
 * @module providers/gguf/runtime — the process-wide node-llama-cpp instance and the loaded-model cache:
 * each GGUF file is checked in JS, loaded once, and shared (by real path) by every provider that names it,
 * with its chat wrapper resolved once; and the one gate that serializes in-process generation.
 *
 * The gate is process-wide, not per model: two GGUF models generating at once would share the same cores
 * (oversubscribing them, which collapses llama.cpp's throughput) and inflate each other's latency, so
 * a model's latency would no longer be its own work time, which cost = price.per_hour × time relies on.
 *
 * node-llama-cpp is imported only here, lazily, so `bench --help` never pays for it.
 */
import { realpathSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { ChatWrapper, Llama, LlamaModel } from 'node-llama-cpp';
import { InputError } from '../../errors.js';
import { readGgufInfo, type GgufInfo } from './header.js';

type NodeLlamaCpp = typeof import('node-llama-cpp');

export interface LoadedModel {
  file: string;
  info: GgufInfo;
  model: LlamaModel;
  chatWrapper: ChatWrapper;
  /** Wall time of llama.cpp's load (not counting the JS header check). */
  loadMs: number;
  /** Runs `work` after every earlier in-process job (on any model) has finished. */
  exclusive<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** How many providers hold it. */
  refs: number;
}

let libPromise: Promise<NodeLlamaCpp> | undefined;
let llamaPromise: Promise<Llama> | undefined;
const models = new Map<string, Promise<LoadedModel>>();
/** Loads per real path since the process started (tests read it to prove load-once). */
export const loadCounts = new Map<string, number>();
const recentLogs: string[] = [];

export function loadLibrary(): Promise<NodeLlamaCpp> {
  libPromise ??= import('node-llama-cpp').catch((err: unknown) => {
    libPromise = undefined;
    throw new InputError(
      'the gguf provider needs node-llama-cpp, an optional dependency that is not installed here: ' +
        'run `npm install node-llama-cpp@3.21.1` (or use an ollama/openai model)',
      { code: 'GGUF_UNAVAILABLE', cause: err },
    );
  });
  return libPromise;
}

/** `BENCH_GGUF_GPU`: `auto` (default: CUDA/Vulkan/Metal when present), `false`/`cpu`, or a backend name. */
function gpuOption(): 'auto' | false | 'cuda' | 'vulkan' | 'metal' {
  const v = (process.env.BENCH_GGUF_GPU ?? 'auto').toLowerCase();
  if (v === 'false' || v === 'cpu' || v === '0' || v === 'off') return false;
  if (v === 'cuda' || v === 'vulkan' || v === 'metal') return v;
  return 'auto';
}

export function getSharedLlama(): Promise<Llama> {
  llamaPromise ??= (async () => {
    const lib = await loadLibrary();
    try {
      return await lib.getLlama({
        gpu: gpuOption(),
        build: 'never', // never compile llama.cpp behind the user's back
        logLevel: lib.LlamaLogLevel.warn,
        logger: (level, message) => {
          recentLogs.push(`[${level}] ${message.trim()}`);
          if (recentLogs.length > 20) recentLogs.shift();
        },
      });
    } catch (err) {
      llamaPromise = undefined;
      throw new InputError(
        `node-llama-cpp has no prebuilt llama.cpp binary for this machine (${(err as Error).message}); ` +
          'build one with `npx --no node-llama-cpp source download`, or use an ollama/openai model',
        { code: 'GGUF_UNAVAILABLE', cause: err },
      );
    }
  })();
  return llamaPromise;
}

/**
 * Threads for generation when the spec gives none: one per core but one, at least 1. llama.cpp's threads
 * spin-wait on each other every token, so one descheduled thread stalls them all: on a busy 2-core box the
 * tiny model ran ~1,400 tok/s on 1 thread, 17–65 on 2 and 2 on 4 (node-llama-cpp's own default is ≥ 4).
 * Leaving a core to bench itself (event loop, code sandboxes) costs little on larger machines.
 */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** A promise chain; a caller whose signal aborts is rejected at once, and its work is skipped when its turn comes. */
function gate(): LoadedModel['exclusive'] {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> => {
    const run = tail.then(() => {
      signal?.throwIfAborted();
      return work();
    });
    tail = run.catch(() => undefined);
    if (!signal) return run;
    return new Promise<T>((resolve, reject) => {
      const onAbort = (): void => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      run.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  };
}

const processGate = gate();

async function load(file: string, where: string): Promise<LoadedModel> {
  let info: GgufInfo;
  try {
    info = readGgufInfo(file); // before the native library sees a bad file
  } catch (err) {
    if (err instanceof InputError) throw new InputError(`${where}${err.message}`, { code: err.code, cause: err });
    throw err;
  }
  const [lib, llama] = await Promise.all([loadLibrary(), getSharedLlama()]);
  const started = performance.now();
  let model: LlamaModel;
  try {
    model = await llama.loadModel({ modelPath: file });
  } catch (err) {
    const log = recentLogs.slice(-3).join(' | ');
    throw new InputError(`${where}cannot load GGUF model ${file}: ${(err as Error).message}${log ? ` (llama.cpp: ${log})` : ''}`, {
      code: 'MODEL_INVALID',
      cause: err,
    });
  }
  const loadMs = performance.now() - started;
  loadCounts.set(file, (loadCounts.get(file) ?? 0) + 1);
  const chatWrapper = lib.resolveChatWrapper(model);
  return { file, info, model, chatWrapper, loadMs, exclusive: processGate, refs: 0 };
}

/** The loaded model for `file`, loading it on first use; each call takes a reference (see releaseModel). */
export async function acquireModel(file: string, where = ''): Promise<LoadedModel> {
  const key = realpathSync(file);
  let p = models.get(key);
  if (!p) {
    p = load(key, where);
    models.set(key, p);
    p.catch(() => models.delete(key));
  }
  const loaded = await p;
  if (loaded.model.disposed) return acquireModel(file, where); // released while we waited: load afresh
  loaded.refs += 1;
  return loaded;
}

/** Drops a reference; the last one unloads the weights. */
export async function releaseModel(loaded: LoadedModel): Promise<void> {
  loaded.refs -= 1;
  if (loaded.refs > 0) return;
  models.delete(loaded.file);
  await loaded.exclusive(() => loaded.model.dispose());
}
