/**
 * @module runner/batch-preflight — what `--batch` cannot do, said before any request: a model
 * whose provider has no batch API (Ollama, in-process GGUF, a model with replicas), and
 * likelihood scoring (it needs prompt log-probabilities, which the batch path does not ask), and
 * `--max-cost` (it stops sending mid-run; a batch is sent whole).
 */
import type { Provider } from '../providers/types.js';

export function batchProblems(providers: Provider[], likelihood: boolean, maxCost?: number): string[] {
  const problems: string[] = [];
  for (const p of providers) {
    if (p.batch !== undefined) continue;
    const why = p.spec.replicas && p.spec.replicas.length > 1 ? 'a model with several replicas has no single batch API' : `provider ${p.spec.provider} has no batch API`;
    problems.push(`model ${p.spec.id} (${p.spec.source ?? 'models.yaml'}): ${why}; --batch works with openai (and OpenAI-compatible servers that implement /v1/batches), azure-openai and anthropic models — run this model without --batch (pick the others with --model)`);
  }
  if (maxCost !== undefined) problems.push('--max-cost stops sending requests once the spend reaches it, but a batch is submitted (and paid for) whole: see its cost first with --batch --dry-run, then run --batch without --max-cost');
  if (likelihood) problems.push('--scoring likelihood asks for prompt log-probabilities, which the batch path does not request: run it without --batch');
  return problems;
}
