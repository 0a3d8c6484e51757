/** The provider registry. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { createProvider, providers } from '../../src/providers/index.js';
import { OllamaProvider } from '../../src/providers/ollama/index.js';
import { OpenAIProvider } from '../../src/providers/openai/index.js';
import type { ModelSpec } from '../../src/config/types.js';

const base: ModelSpec = { id: 'x', provider: 'openai', model: 'm', params: {}, concurrency: 1, timeout_s: 5, source: 'models.yaml:3' };

describe('createProvider', () => {
  it('builds the provider named by the spec', async () => {
    const a = await createProvider({ ...base, base_url: 'http://127.0.0.1:9/v1' });
    const b = await createProvider({ ...base, provider: 'ollama', base_url: 'http://127.0.0.1:9' });
    expect(a).toBeInstanceOf(OpenAIProvider);
    expect(b).toBeInstanceOf(OllamaProvider);
    expect(a.spec.id).toBe('x');
    await a.close?.();
    await b.close?.();
  });

  it('registers every provider name, gguf included', () => {
    expect(Object.keys(providers).sort()).toEqual(['anthropic', 'azure-openai', 'gguf', 'ollama', 'openai']);
  });

  it('refuses an unknown provider with an InputError naming where it came from', async () => {
    const err = await createProvider({ ...base, provider: 'nope' as ModelSpec['provider'] }).then(() => new Error('expected a failure'), (e: unknown) => e as Error);
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toMatch(/models\.yaml:3.*nope.*openai/);
  });
});
