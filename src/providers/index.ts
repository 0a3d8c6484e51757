/**
 * @module providers/index — the provider registry: a model spec in, a ready Provider out.
 *
 * `gguf` is imported lazily so that `bench --help` never loads node-llama-cpp.
 */
import type { ModelSpec, ProviderName } from '../config/types.js';
import { InputError } from '../errors.js';
import type { Provider } from './types.js';
import type { ProviderOptions } from './options.js';
import { createOpenAIProvider } from './openai/index.js';
import { createOllamaProvider } from './ollama/index.js';
import { createAnthropicProvider } from './anthropic/index.js';
import { createAzureOpenAIProvider } from './azure/index.js';
import { createReplicatedProvider } from './replicas.js';
import { registerUrlSecrets } from '../secrets.js';

type Factory = (spec: ModelSpec, options: ProviderOptions) => Provider | Promise<Provider>;

export const providers = {
  openai: createOpenAIProvider,
  'azure-openai': createAzureOpenAIProvider,
  anthropic: createAnthropicProvider,
  ollama: createOllamaProvider,
  gguf: async (spec) => (await import('./gguf/index.js')).createGgufProvider(spec),
} satisfies Record<ProviderName, Factory>;

/** A Provider for `spec` (options apply to the HTTP providers: timeouts, repetition guard). */
export async function createProvider(spec: ModelSpec, options: ProviderOptions = {}): Promise<Provider> {
  const factory: Factory | undefined = (providers as Record<string, Factory>)[spec.provider];
  if (factory === undefined) {
    throw new InputError(`${spec.source ?? 'models.yaml'}: model ${spec.id}: unknown provider "${spec.provider}" (expected one of ${Object.keys(providers).join(', ')})`);
  }
  if (spec.replicas && spec.replicas.length > 1) {
    // [replicas] one provider per URL, behind one router; each URL's credentials are secrets too.
    for (const url of spec.replicas) registerUrlSecrets(url);
    const replicas = await Promise.all(spec.replicas.map(async (url) => {
      const { replicas: _all, ...one } = spec;
      return { url, provider: await factory({ ...one, base_url: url }, options) };
    }));
    return createReplicatedProvider(spec, replicas, options.replicas);
  }
  return factory(spec, options);
}

export type { ProviderOptions } from './options.js';
export { parseRetryAfter } from './http/retry-after.js';
