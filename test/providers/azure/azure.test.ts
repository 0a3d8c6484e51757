/**
 * Azure OpenAI against a loopback resource: both URL forms, api-version kept as a query
 * parameter, the key in `api-key`, deployment names.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ModelSpec } from '../../../src/config/types.js';
import { AuthError, NotFoundError } from '../../../src/providers/errors.js';
import { createAzureOpenAIProvider } from '../../../src/providers/azure/index.js';
import type { Provider } from '../../../src/providers/types.js';
import { startAzureServer } from '../../fixtures/azure-server.js';
import type { FakeServer } from '../../fixtures/openai-server.js';
import { REQUEST } from '../contract.js';

const KEY = 'azure-key-VERY-SECRET-0123456789abcdef';
const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => Promise.all(open.splice(0).map((x) => x.close())));

async function setup(base: (root: string) => string, extra: Partial<ModelSpec> = {}): Promise<{ server: FakeServer; provider: Provider }> {
  const server = await startAzureServer({ apiKey: KEY, deployments: ['gpt4o-prod'], answer: () => 'The answer is C.' });
  const spec: ModelSpec = {
    id: 'azure', provider: 'azure-openai', model: 'gpt4o-prod', base_url: base(server.url), params: { max_tokens: 32 },
    concurrency: 1, timeout_s: 10, api_key_env: 'AZURE_OPENAI_API_KEY', api_key: KEY, ...extra,
  };
  const provider = createAzureOpenAIProvider(spec);
  open.push(server, { close: async () => provider.close?.() });
  return { server, provider };
}
const signal = () => new AbortController().signal;

describe('azure-openai provider', () => {
  it('posts to the classic deployment path with api-version kept as a query parameter and the key in api-key', async () => {
    const { server, provider } = await setup((root) => `${root}/openai/deployments/gpt4o-prod?api-version=2024-10-21`);
    const c = await provider.complete(REQUEST, signal());
    expect(c.text).toBe('The answer is C.');
    const r = server.requests[0]!;
    expect(r.url).toBe('/openai/deployments/gpt4o-prod/chat/completions?api-version=2024-10-21');
    expect(r.headers['api-key']).toBe(KEY);
    expect(r.headers.authorization).toBeUndefined();
  });

  it('takes the deployment from model when base_url is the resource root', async () => {
    const { server, provider } = await setup((root) => `${root}/?api-version=2024-10-21`);
    await provider.complete(REQUEST, signal());
    expect(server.requests[0]!.url).toBe('/openai/deployments/gpt4o-prod/chat/completions?api-version=2024-10-21');
  });

  it("speaks Azure's /openai/v1 form with the deployment as the body's model", async () => {
    const { server, provider } = await setup((root) => `${root}/openai/v1`);
    await provider.complete(REQUEST, signal());
    expect(server.requests[0]!.url).toBe('/openai/v1/chat/completions');
    expect(server.requests[0]!.body.model).toBe('gpt4o-prod');
  });

  it('names the key variable on a refused key and a missing deployment as not found', async () => {
    const { provider } = await setup((root) => `${root}/openai/v1`, { api_key: 'wrong-key-123456' });
    const e = await provider.complete(REQUEST, signal()).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AuthError);
    expect((e as Error).message).toContain('AZURE_OPENAI_API_KEY');
    expect((e as Error).message).toContain('azure-openai');
    const missing = await (await setup((root) => `${root}/openai/v1`, { model: 'nope' })).provider.complete(REQUEST, signal()).catch((x: unknown) => x);
    expect(missing).toBeInstanceOf(NotFoundError);
  });
});
