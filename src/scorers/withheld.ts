/**
 * @module scorers/withheld — answers the model withheld, told apart from wrong answers.
 *
 * A content filter or a refusal (`finish_reason: content_filter`; OpenAI's `refusal`, Anthropic's
 * `stop_reason: refusal`) and a reply made only of tool calls are not correct — the model failed
 * the user — but they are not a wrong answer to the question either: each is its own visible
 * outcome, `refused` or `no_text`, counted apart (`refused` in summary.json, results.csv and the
 * reports). These replies never reach a scorer.
 */
import type { ScoreResult } from './types.js';

/** Finish reasons that mean the model or its provider's filter declined to answer. */
const REFUSED = new Set(['content_filter', 'refusal']);
/** Finish reasons of a reply that went to tools instead of text. */
const TOOLS = new Set(['tool_calls', 'function_call']);

/** The reasons a record gets here, also counted together as `refused` in the summary. */
export const WITHHELD_REASONS: ReadonlySet<string> = new Set(['refused', 'no_text']);

/** `refused` / `no_text` for a withheld reply; null for a reply to be scored. */
export function withheld(reply: { text: string; finishReason: string | null }): ScoreResult | null {
  const reason = reply.finishReason !== null && REFUSED.has(reply.finishReason)
    ? 'refused'
    : reply.finishReason !== null && TOOLS.has(reply.finishReason) && reply.text.trim() === '' ? 'no_text' : null;
  if (reason === null) return null;
  return { correct: false, score: 0, extracted: null, reason, explanation: `finish_reason ${reply.finishReason}` };
}
