/**
 * @module providers/endpoint-url — a request URL from a configured `base_url` and an API path.
 *
 * The path is joined to the base's path, before its query string and fragment, which stay in
 * place: `https://x.openai.azure.com/openai/deployments/d?api-version=2024-10-21` + `chat/completions`
 * → `…/openai/deployments/d/chat/completions?api-version=2024-10-21`. (Appending to the raw
 * string sent `/v1?x=1/chat/completions`.)
 */
export function endpointUrl(base: string, path: string): string {
  const u = new URL(base);
  u.pathname = `${u.pathname.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  return u.href;
}
