/**
 * @module providers/ollama/truncation — did Ollama silently cut the prompt?
 *
 * Ollama answers 200 when a prompt exceeds `num_ctx` and quietly drops tokens: older
 * messages first (server: "truncating input messages which exceed context length"), then
 * the runner keeps only part of the rest ("truncating input prompt" limit=… new=…). The
 * only trace in the response is `prompt_eval_count`:
 * - it fills the window: `prompt_eval_count >= num_ctx` (older runners cut to exactly num_ctx);
 * - it is the half-window signature `num_ctx/2 + 2` of newer runners (ollama/ollama#17427,
 *   #17889), while the text is clearly longer than that;
 * - or it is smaller than any tokenizer could make of the text sent: fewer than one token
 *   per `MAX_CHARS_PER_TOKEN` characters (English runs ~4 chars/token; 8 leaves room for
 *   whitespace-heavy text, and catches dropped messages whatever num_ctx was).
 */

/** No real tokenizer packs more characters than this into one token on prose or code. */
export const MAX_CHARS_PER_TOKEN = 8;
/** Below this many characters the character-ratio rule stays quiet (templates add tokens). */
const MIN_CHARS_FOR_RATIO = 2000;

export interface TruncationInput {
  /** Characters of all message contents sent. */
  promptChars: number;
  /** `prompt_eval_count` from the final line (undefined when Ollama omitted it). */
  promptEvalCount: number | undefined;
  /** `num_ctx` requested, when bench set it. */
  numCtx: number | undefined;
}

/** Why the prompt looks truncated, or undefined when it does not. */
export function truncationReason(x: TruncationInput): string | undefined {
  const n = x.promptEvalCount;
  if (n === undefined || n <= 0) return undefined;
  const ratio = x.promptChars / n;
  if (x.numCtx !== undefined) {
    if (n >= x.numCtx) return `the prompt filled the whole context (prompt_eval_count ${n} >= num_ctx ${x.numCtx})`;
    if (n === Math.floor(x.numCtx / 2) + 2 && ratio > 5) {
      return `prompt_eval_count ${n} is Ollama's half-window truncation (num_ctx ${x.numCtx}/2 + 2) for ${x.promptChars} characters`;
    }
  }
  if (x.promptChars >= MIN_CHARS_FOR_RATIO && ratio > MAX_CHARS_PER_TOKEN) {
    return `only ${n} prompt tokens were evaluated for ${x.promptChars} characters of prompt`;
  }
  return undefined;
}
