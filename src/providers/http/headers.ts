/**
 * @module providers/http/headers — a request's headers: the provider's own, then the model's
 * configured `headers` (Azure's `api-key`, OpenRouter's `HTTP-Referer`, a gateway's routing or
 * auth header). Names are compared case-insensitively and a configured header wins, so a
 * gateway can replace even `authorization`.
 */
export function requestHeaders(own: Record<string, string>, configured: Record<string, string> | undefined): Record<string, string> {
  if (configured === undefined) return own;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(own)) out[k.toLowerCase()] = v;
  for (const [k, v] of Object.entries(configured)) out[k.toLowerCase()] = v;
  return out;
}
