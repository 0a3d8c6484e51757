/**
 * @module test/providers/contract — the cases every Provider must pass, run on each
 * implementation against its loopback server (hono's common.case pattern).
 *
 * A target says how to build a provider whose endpoint answers `answer` to every prompt,
 * optionally waiting `firstTokenMs` before its first token (for the abort case).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ProviderAbortError, ProviderError } from '../../src/providers/errors.js';
import type { CompletionRequest, Provider } from '../../src/providers/types.js';

export interface ContractSetup {
  provider: Provider;
  close(): Promise<void>;
}

export interface ContractTarget {
  name: string;
  make(answer: string, opts?: { firstTokenMs?: number }): Promise<ContractSetup>;
  /** Set to the reason when the target cannot run here. */
  skip?: string;
}

export const REQUEST: CompletionRequest = {
  messages: [
    { role: 'system', content: 'Answer with one letter.' },
    { role: 'user', content: 'Question q-1: which letter comes after B? A) A B) B C) C D) D' },
  ],
  params: { temperature: 0, max_tokens: 64 },
  sample: 0,
};

async function withSetup<T>(setup: ContractSetup, fn: (p: Provider) => Promise<T>): Promise<T> {
  try {
    return await fn(setup.provider);
  } finally {
    await setup.provider.close?.();
    await setup.close();
  }
}

export function providerContract(target: ContractTarget): void {
  describe.skipIf(target.skip !== undefined)(`provider contract: ${target.name}${target.skip ? ` (skipped: ${target.skip})` : ''}`, () => {
    const answer = 'The answer is C, because C follows B in the alphabet.';

    it('returns exactly the text the endpoint streamed, with a finish reason', async () => {
      const c = await withSetup(await target.make(answer), (p) => p.complete(REQUEST, new AbortController().signal));
      expect(c.text).toBe(answer);
      expect(c.finishReason).toBe('stop');
    });

    it('reports the token counts the endpoint counted', async () => {
      const c = await withSetup(await target.make(answer), (p) => p.complete(REQUEST, new AbortController().signal));
      expect(c.inputTokens).toBeGreaterThan(0);
      expect(c.outputTokens).toBe(Math.ceil(answer.length / 4));
    });

    it('measures time to first token no later than the end-to-end latency', async () => {
      const c = await withSetup(await target.make(answer, { firstTokenMs: 120 }), (p) => p.complete(REQUEST, new AbortController().signal));
      expect(c.ttftMs).not.toBeNull();
      expect(c.ttftMs!).toBeGreaterThanOrEqual(100);
      expect(c.ttftMs!).toBeLessThanOrEqual(c.latencyMs);
    });

    it('stops at once with ProviderAbortError when the caller aborts', async () => {
      const err = await withSetup(await target.make(answer, { firstTokenMs: 5_000 }), async (p) => {
        const ac = new AbortController();
        const t0 = performance.now();
        setTimeout(() => ac.abort(), 100);
        const e = await p.complete(REQUEST, ac.signal).catch((x: unknown) => x);
        return { e, ms: performance.now() - t0 };
      });
      expect(err.e).toBeInstanceOf(ProviderAbortError);
      expect(err.ms).toBeLessThan(2_000);
    });

    it('refuses at once a signal that is already aborted', async () => {
      const e = await withSetup(await target.make(answer), (p) => p.complete(REQUEST, AbortSignal.abort()).catch((x: unknown) => x));
      expect(e).toBeInstanceOf(ProviderAbortError);
    });
  });
}

/**
 * Per test file: `setup` starts a fake server and a provider on it (both closed after each
 * test); `failWith` expects one request under a scripted fault to throw a ProviderError.
 */
export function providerHarness<Opts extends { faults?: unknown }, Srv extends { url: string; close(): Promise<void> }, Spec, Options>(
  start: (opts: Opts) => Promise<Srv>,
  create: (url: string, specExtra: Spec, options: Options) => Provider,
) {
  const open: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((x) => x.close()));
  });
  async function setup(serverOpts: Opts, specExtra = {} as Spec, options = {} as Options) {
    const server = await start(serverOpts);
    const provider = create(server.url, specExtra, options);
    open.push(server, { close: async () => provider.close?.() });
    return { server, provider };
  }
  async function failWith(fault: NonNullable<Opts['faults']> extends (...a: never[]) => infer F ? NonNullable<F> : never, specExtra = {} as Spec, options = {} as Options): Promise<ProviderError> {
    const { provider } = await setup({ faults: () => fault } as Opts, specExtra, options);
    const err = await provider.complete(REQUEST, new AbortController().signal).then(
      (c) => new Error(`expected a failure, got ${JSON.stringify(c)}`),
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ProviderError);
    return err as ProviderError;
  }
  /** Closes `x` after the current test. */
  const closeLater = (x: { close(): Promise<void> }): void => void open.push(x);
  return { setup, failWith, closeLater };
}
