/**
 * @module providers/http/refused-param — which request parameter a 400/422 says the endpoint
 * refuses, in the shapes the APIs use:
 * - OpenAI: `{"error": {"param": "temperature", "code": "unsupported_parameter" | "unsupported_value"}}`;
 * - pydantic-style (Mistral, vLLM…): `{"detail": [{"type": "extra_forbidden", "loc": ["body", "seed"]}]}`;
 * - Anthropic: `{"error": {"message": "top_k: Extra inputs are not permitted"}}`.
 */
const REFUSAL = /unsupported|not supported|not permitted|extra_forbidden|unrecognized|unknown (?:parameter|field)/i;

export function refusedParam(body: string): string | undefined {
  let j: unknown;
  try {
    j = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (j === null || typeof j !== 'object') return undefined;
  const o = j as { error?: { param?: unknown; code?: unknown; message?: unknown; type?: unknown }; detail?: unknown };
  const e = o.error;
  if (e && typeof e === 'object') {
    const said = `${String(e.code ?? '')} ${String(e.type ?? '')} ${String(e.message ?? '')}`;
    if (typeof e.param === 'string' && e.param !== '' && REFUSAL.test(said)) return e.param;
    const m = typeof e.message === 'string' ? e.message.match(/^([\w.]+): Extra inputs are not permitted/) : null;
    if (m) return m[1];
    const quoted = typeof e.message === 'string' ? e.message.match(/Unsupported (?:parameter|value): '([\w.]+)'/i) : null;
    if (quoted) return quoted[1];
  }
  if (Array.isArray(o.detail)) {
    for (const d of o.detail as Array<{ type?: unknown; loc?: unknown }>) {
      if (d && d.type === 'extra_forbidden' && Array.isArray(d.loc) && d.loc.length > 0) return String(d.loc[d.loc.length - 1]);
    }
  }
  return undefined;
}
