/**
 * @module runner/likelihood-preflight — before any request: every model of a likelihood-scored run
 * must be able to give the log-probabilities of a prompt. One line per model that cannot, naming
 * its endpoint and what is missing.
 */
import type { Provider } from '../providers/types.js';

const WHY: Record<string, string> = {
  ollama: "Ollama's API returns no log-probabilities of the prompt",
  anthropic: "Anthropic's Messages API returns no log-probabilities",
};

function endpointOf(p: Provider): string {
  const url = p.spec.base_url;
  if (!url) return p.spec.provider;
  try {
    const u = new URL(url);
    return `${p.spec.provider}, ${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return p.spec.provider;
  }
}

export function likelihoodProblems(providers: readonly Provider[]): string[] {
  const out: string[] = [];
  for (const p of providers) {
    if (!p.loglikelihood) {
      const why = WHY[p.spec.provider] ?? `the ${p.spec.provider} provider gives no log-probabilities of a prompt`;
      out.push(`model ${p.spec.id} (${endpointOf(p)}): likelihood scoring needs the log-probabilities of the prompt (an OpenAI-compatible /v1/completions endpoint with echo and logprobs, or an in-process gguf model); ${why}`);
      continue;
    }
    const problem = p.likelihoodProblem?.() ?? null;
    if (problem) out.push(problem);
  }
  return out;
}
