/**
 * @module providers/gguf — the in-process `gguf` provider: a GGUF file run by node-llama-cpp, no server.
 *
 * - The model (file path, `hf:` ref or https URL, see ./source.ts) is checked in JS, loaded once per process
 *   and shared by every provider naming the same file; its chat wrapper is resolved once (./runtime.ts).
 * - In-process generation is serialized across the process (one request on one model at a time, whatever
 *   `concurrency` says; see ./runtime.ts); timings start when the request gets the model, so latency is the
 *   model's own work time and cost = price.per_hour × latency stays honest when requests queue.
 * - Context: `params.num_ctx` when given; otherwise sized to what the requests need (prompt tokens +
 *   max_tokens, rounded up to 256, at most the model's trained context), created on the first request and
 *   re-created (at least twice as large) only when a later request needs more. `prepare()` lets the runner
 *   size it up front from the suite's longest prompt.
 * - Defaults when `params` say nothing: temperature 0 (greedy), no repetition penalty, max_tokens 1024
 *   (capped by the context), threads = CPU cores − 1, at least 1 (`threads:` in models.yaml overrides).
 *   With a `seed`, sample i of an item draws with seed + i, so pass@k samples are not k copies.
 * - `timeout_s` bounds the model's work on one request (from when it gets the model): past it, TimeoutError.
 */
import type { LlamaChat, LlamaContext } from 'node-llama-cpp';
import type { ModelSpec } from '../../config/types.js';
import { InputError } from '../../errors.js';
import type { Completion, CompletionRequest, LikelihoodRequest, LikelihoodResult, Provider } from '../types.js';
import { continuationLogprob, encodePair } from './likelihood.js';
import { BadRequestError, ProviderAbortError } from '../errors.js';
import type { RepetitionOptions } from '../repetition.js';
import { countPromptTokens, DEFAULT_MAX_TOKENS, generate, planTokens, toHistory } from './generate.js';
import { acquireModel, defaultThreads, loadLibrary, releaseModel, type LoadedModel } from './runtime.js';
import { resolveModelFile, type ResolveOptions } from './source.js';

export { readGgufInfo, type GgufInfo } from './header.js';
export { loadCounts, defaultThreads } from './runtime.js';
export { resolveModelFile, modelCacheDir, pickGgufFile, type ResolveOptions } from './source.js';

export interface ContextHint {
  /** Longest prompt of the suite in tokens, if the runner counted them… */
  maxPromptTokens?: number;
  /** …or in characters (estimated at one token per 3 characters, a safe side for most tokenizers). */
  maxPromptChars?: number;
  /** max_tokens the run asks for; default the model's `params.max_tokens`. */
  maxTokens?: number;
}

export interface GgufProvider extends Provider {
  /** The local model file. */
  readonly file: string;
  /** llama.cpp's load time of the shared model, ms (0 ms extra when another provider had loaded it). */
  readonly loadMs: number;
  readonly threads: number;
  /** The context size in tokens now (0 before the first request or prepare). */
  readonly contextSize: number;
  /** Creates the context now, large enough for the hint, so the first request does not pay for it. */
  prepare(hint: ContextHint): Promise<void>;
  /** Tokens of `text` by this model's tokenizer (no special tokens added). */
  countTokens(text: string): number;
  /** Frees this provider's context; the last provider of a file unloads the weights. */
  close(): Promise<void>;
}

const roundUp = (n: number, to: number): number => Math.ceil(n / to) * to;

class Gguf implements GgufProvider {
  private context: LlamaContext | undefined;
  private chat: LlamaChat | undefined;
  private closed = false;

  constructor(
    readonly spec: ModelSpec,
    readonly file: string,
    private readonly loaded: LoadedModel,
    readonly threads: number,
    private readonly repetition: RepetitionOptions | false | undefined,
  ) {}

  get loadMs(): number { return this.loaded.loadMs; }
  get contextSize(): number { return this.context?.contextSize ?? 0; }

  countTokens(text: string): number {
    return this.loaded.model.tokenize(text, false).length;
  }

  async prepare(hint: ContextHint): Promise<void> {
    const prompt = hint.maxPromptTokens ?? Math.ceil((hint.maxPromptChars ?? 0) / 3) + 32;
    const max = hint.maxTokens ?? this.spec.params.max_tokens ?? DEFAULT_MAX_TOKENS;
    await this.loaded.exclusive(() => this.ensureContext(prompt + max));
  }

  /** (Re)creates the context when it is smaller than `needed` tokens; call only inside `exclusive`. */
  private async ensureContext(needed: number): Promise<LlamaChat> {
    if (this.chat && this.context && this.context.contextSize >= needed) return this.chat;
    const trained = this.loaded.info.contextLength || needed;
    // grow at least 2× so a suite of ever longer prompts re-creates the context only a few times
    const grown = Math.max(roundUp(needed, 256), 2 * (this.context?.contextSize ?? 128));
    const size = this.spec.params.num_ctx ?? Math.min(trained, grown);
    if (size < needed) {
      throw new BadRequestError(`gguf model ${this.spec.id}: needs ${needed} tokens of context, the model has ${size}`);
    }
    this.chat?.dispose();
    await this.context?.dispose();
    this.chat = undefined;
    this.context = undefined;
    const lib = await loadLibrary();
    try {
      this.context = await this.loaded.model.createContext({ contextSize: size, threads: this.threads, sequences: 1 });
    } catch (err) {
      throw new BadRequestError(`gguf model ${this.spec.id}: cannot create a context of ${size} tokens: ${(err as Error).message}`, { cause: err });
    }
    this.chat = new lib.LlamaChat({ contextSequence: this.context.getSequence(), chatWrapper: this.loaded.chatWrapper });
    return this.chat;
  }

  complete(request: CompletionRequest, signal: AbortSignal): Promise<Completion> {
    if (this.closed) return Promise.reject(new ProviderAbortError(`gguf model ${this.spec.id}: provider is closed`));
    const params = { ...this.spec.params, ...request.params };
    // k samples with one fixed seed would be k copies of one answer: sample i draws with seed + i
    if (typeof params.seed === 'number' && request.sample > 0) params.seed += request.sample;
    const work = async (): Promise<Completion> => {
      const started = performance.now();
      const history = toHistory(request.messages);
      const promptTokens = countPromptTokens(this.loaded, history);
      const maxTokens = planTokens(this.loaded, this.spec.id, promptTokens, params);
      const chat = await this.ensureContext(promptTokens + maxTokens);
      const repetition = this.repetition;
      const timeoutMs = this.spec.timeout_s * 1000;
      return generate({ id: this.spec.id, chat, history, promptTokens, maxTokens, params, signal, started, timeoutMs, ...(repetition !== undefined ? { repetition } : {}) });
    };
    return this.loaded.exclusive(work, signal).catch((err: unknown) => {
      if (signal.aborted && !(err instanceof ProviderAbortError)) {
        throw new ProviderAbortError(`gguf model ${this.spec.id}: request aborted`, { cause: err });
      }
      throw err;
    });
  }

  /** Each continuation's log-likelihood after the context (./likelihood.ts), under the same process-wide gate as generation. */
  loglikelihood(request: LikelihoodRequest, signal: AbortSignal): Promise<LikelihoodResult> {
    if (this.closed) return Promise.reject(new ProviderAbortError(`gguf model ${this.spec.id}: provider is closed`));
    const work = async (): Promise<LikelihoodResult> => {
      const started = performance.now();
      const pairs = request.continuations.map((c) => {
        try {
          return encodePair(this.loaded.model, request.context, c);
        } catch (err) {
          throw new BadRequestError(`gguf model ${this.spec.id}: ${(err as Error).message}`, { cause: err });
        }
      });
      const chat = await this.ensureContext(Math.max(...pairs.map((p) => p.input.length)));
      const options: LikelihoodResult['options'] = [];
      let evaluated = 0;
      for (const pair of pairs) {
        if (signal.aborted) throw new ProviderAbortError(`gguf model ${this.spec.id}: request aborted`);
        options.push({ logprob: await continuationLogprob(chat.sequence, pair), tokens: pair.input.length - pair.first });
        evaluated += pair.input.length;
      }
      return { options, inputTokens: evaluated, latencyMs: performance.now() - started };
    };
    return this.loaded.exclusive(work, signal).catch((err: unknown) => {
      if (signal.aborted && !(err instanceof ProviderAbortError)) throw new ProviderAbortError(`gguf model ${this.spec.id}: request aborted`, { cause: err });
      throw err;
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.loaded.exclusive(async () => {
      this.chat?.dispose();
      await this.context?.dispose();
    });
    await releaseModel(this.loaded);
  }
}

function checkThreads(spec: ModelSpec): number {
  if (spec.threads === undefined) return defaultThreads();
  if (!Number.isInteger(spec.threads) || spec.threads < 1) {
    throw new InputError(`${spec.source ?? 'models.yaml'} model ${spec.id}: threads must be a whole number from 1 up, got ${String(spec.threads)}`);
  }
  return spec.threads;
}

export interface GgufOptions extends ResolveOptions {
  /** Loop detection thresholds (as ProviderOptions.repetition); `false` turns the guard off. */
  repetition?: RepetitionOptions | false;
}

/** Resolves (downloading if needed), checks and loads the model; the registry lazy-imports this. */
export async function createGgufProvider(spec: ModelSpec, options: GgufOptions = {}): Promise<GgufProvider> {
  const where = `${spec.source ?? 'models.yaml'} (model ${spec.id})`;
  const threads = checkThreads(spec);
  const { repetition, ...resolve } = options;
  const file = await resolveModelFile(spec.model, { where, ...resolve });
  const loaded = await acquireModel(file, `${where}: `);
  return new Gguf(spec, loaded.file, loaded, threads, repetition);
}
