/**
 * @module config/types — a model as bench sees it, after models.yaml is validated
 * and `${VAR}`s are interpolated. Field names follow CONTRACT.md's models.yaml.
 */
export type ProviderName = 'openai' | 'azure-openai' | 'anthropic' | 'ollama' | 'gguf';
export type Tuned = 'domain' | 'generic';

export interface GenParams {
  temperature?: number;
  top_p?: number;
  max_tokens?: number;
  seed?: number;
  stop?: string[];
  /** Ollama: context window to request (`num_ctx`). */
  num_ctx?: number;
  /** Anything else is passed through to the endpoint untouched. */
  [key: string]: unknown;
}

export interface Price {
  input_per_mtok?: number;
  output_per_mtok?: number;
  per_hour?: number;
  /** [batch] Fraction taken off the token prices for batch requests (default 0.5). */
  batch_discount?: number;
}

export interface ModelSpec {
  id: string;
  provider: ProviderName;
  /** The name the endpoint knows; gguf: a file path, `hf:` ref or URL. */
  model: string;
  base_url?: string;
  /** Extra HTTP headers (values interpolated; all treated as secrets, never written). */
  headers?: Record<string, string>;
  /** [replicas] Every replica's URL when `base_url` lists several (base_url is then the first). */
  replicas?: string[];
  /** Name of the environment variable holding the key (never the key). */
  api_key_env?: string;
  /** The key's value, resolved from the environment at load time. Never written anywhere. */
  api_key?: string;
  params: GenParams;
  params_b?: number;
  tuned?: Tuned;
  price?: Price;
  concurrency: number;
  /** [adaptive] Set when concurrency adapts (AIMD): `concurrency` is where the limit starts, `max` its ceiling. */
  adaptive?: { max: number };
  rpm?: number;
  timeout_s: number;
  /** gguf only: CPU threads for generation. */
  threads?: number;
  /** Where it was defined, for error messages: `models.yaml:14`. */
  source?: string;
}

/** What of a ModelSpec may be written to disk (manifest, summary): no key value. */
export type PublicModelSpec = Omit<ModelSpec, 'api_key'>;

/** A spec as it may be written: no key, header values masked (their names kept). */
export function publicModelSpec(m: ModelSpec): PublicModelSpec {
  const { api_key: _key, ...rest } = m;
  if (rest.headers === undefined) return rest;
  return { ...rest, headers: Object.fromEntries(Object.keys(rest.headers).map((k) => [k, '[REDACTED]'])) };
}
