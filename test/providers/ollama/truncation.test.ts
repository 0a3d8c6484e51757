/** Ollama's silent prompt truncation, read from prompt_eval_count. */
import { describe, expect, it } from 'vitest';
import { truncationReason } from '../../../src/providers/ollama/truncation.js';

describe('truncationReason', () => {
  it('flags a prompt that filled the whole window (older runners cut to num_ctx)', () => {
    expect(truncationReason({ promptChars: 9_000, promptEvalCount: 2048, numCtx: 2048 })).toMatch(/filled/);
  });

  it("flags newer runners' half-window signature num_ctx/2 + 2 (ollama/ollama#17427)", () => {
    expect(truncationReason({ promptChars: 31_000, promptEvalCount: 4098, numCtx: 8192 })).toMatch(/half-window/);
  });

  it('flags far fewer tokens than the text could hold, num_ctx unknown (default context)', () => {
    expect(truncationReason({ promptChars: 40_000, promptEvalCount: 2050, numCtx: undefined })).toMatch(/only 2050/);
  });

  it.each([
    ['a normal prompt', { promptChars: 1_200, promptEvalCount: 310, numCtx: 4096 }],
    ['a long prompt that fits', { promptChars: 30_000, promptEvalCount: 7_600, numCtx: 16_384 }],
    ['a short prompt with template overhead', { promptChars: 40, promptEvalCount: 30, numCtx: undefined }],
    ['a prompt of exactly num_ctx/2 + 2 honest tokens', { promptChars: 4_100, promptEvalCount: 1026, numCtx: 2048 }],
    ['no prompt_eval_count', { promptChars: 50_000, promptEvalCount: undefined, numCtx: 2048 }],
  ])('leaves %s alone', (_name, input) => {
    expect(truncationReason(input)).toBeUndefined();
  });
});
