/**
 * models.yaml for hosted APIs: Anthropic's key variable and its required max_tokens.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadModels } from '../../src/config/load.js';
import { InputError } from '../../src/errors.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-hosted-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

function write(text: string): string {
  const file = path.join(dir, `models-${n++}.yaml`);
  writeFileSync(file, text);
  return file;
}

async function failure(text: string, env: NodeJS.ProcessEnv = {}): Promise<InputError> {
  const err = await loadModels(write(text), env).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(InputError);
  return err as InputError;
}

const claude = (params = '    params: { max_tokens: 1024 }\n') => `models:
  - id: claude
    provider: anthropic
    model: claude-sonnet-4-5
${params}`;

describe('models.yaml: provider anthropic', () => {
  it('reads the key from ANTHROPIC_API_KEY by default', async () => {
    const [m] = await loadModels(write(claude()), { ANTHROPIC_API_KEY: 'sk-ant-SECRET123' });
    expect(m).toMatchObject({ provider: 'anthropic', api_key_env: 'ANTHROPIC_API_KEY', api_key: 'sk-ant-SECRET123', params: { max_tokens: 1024 } });
    const err = await failure(claude());
    expect(err.message).toContain('the key variable ANTHROPIC_API_KEY is not set (hosted Anthropic needs a key');
  });

  it('refuses a model without params.max_tokens before any request, naming the field', async () => {
    const err = await failure(claude(''), { ANTHROPIC_API_KEY: 'sk-ant-SECRET123' });
    expect(err.message).toContain('models[0] (id: claude): the Messages API requires max_tokens: set params.max_tokens');
    const err2 = await failure(claude('    params: { temperature: 0 }\n'), { ANTHROPIC_API_KEY: 'sk-ant-SECRET123' });
    expect(err2.message).toContain('models[0] (id: claude) .params: the Messages API requires max_tokens');
  });
});

describe('models.yaml: headers', () => {
  const gw = (headers: string) => `models:
  - id: gw
    provider: openai
    model: m
    base_url: http://127.0.0.1:9/v1?route=eu
${headers}`;

  it('reads headers with ${VAR} values', async () => {
    const [m] = await loadModels(write(gw('    headers: { X-Gateway-Key: "${GW_KEY}", HTTP-Referer: http://127.0.0.1/bench }\n')), { GW_KEY: 'gw-SECRET-123' });
    expect(m?.headers).toEqual({ 'X-Gateway-Key': 'gw-SECRET-123', 'HTTP-Referer': 'http://127.0.0.1/bench' });
    expect(m?.base_url).toBe('http://127.0.0.1:9/v1?route=eu');
  });

  it('refuses a header name that is not one and a value that is not a string', async () => {
    const name = await failure(gw('    headers: { "bad name": x }\n'));
    expect(name.message).toContain('.headers.bad name: expected an HTTP header name (letters, digits, -), got "bad name"');
    const value = await failure(gw('    headers: { X-Count: 3 }\n'));
    expect(value.message).toContain('.headers.X-Count: expected a string (use ${VAR} for a secret)');
  });
});

describe('models.yaml: provider azure-openai', () => {
  const azure = (base: string) => `models:
  - id: az
    provider: azure-openai
    model: gpt4o-prod
${base}`;
  const env = { AZURE_OPENAI_API_KEY: 'az-SECRET-123456' };

  it('reads the key from AZURE_OPENAI_API_KEY and accepts both URL forms', async () => {
    const [v1] = await loadModels(write(azure('    base_url: http://127.0.0.1:9/openai/v1\n')), env);
    expect(v1).toMatchObject({ provider: 'azure-openai', api_key_env: 'AZURE_OPENAI_API_KEY', api_key: 'az-SECRET-123456' });
    await loadModels(write(azure('    base_url: http://127.0.0.1:9/openai/deployments/gpt4o-prod?api-version=2024-10-21\n')), env);
    await loadModels(write(azure('    base_url: http://127.0.0.1:9?api-version=2024-10-21\n')), env);
  });

  it('refuses a deployment URL without api-version, and a model without base_url, saying what to write', async () => {
    const noVersion = await failure(azure('    base_url: http://127.0.0.1:9/openai/deployments/gpt4o-prod\n'), env);
    expect(noVersion.message).toContain('.base_url: expected an api-version query parameter on a deployment URL (e.g. http://127.0.0.1:9/openai/deployments/gpt4o-prod?api-version=2024-10-21)');
    const noBase = await failure(azure(''), env);
    expect(noBase.message).toContain('models[0] (id: az): azure-openai needs base_url');
  });
});

describe('models.yaml: price.batch_discount', () => {
  const priced = (discount: string) => `models:
  - id: gpt
    provider: openai
    model: gpt-4o-mini
    price: { input_per_mtok: 0.15, output_per_mtok: 0.6${discount} }
`;

  it('is read as given, and absent means the default (half price, applied by the batch path)', async () => {
    const [m] = await loadModels(write(priced(', batch_discount: 0.25')), { OPENAI_API_KEY: 'sk-test-SECRET1' });
    expect(m!.price).toEqual({ input_per_mtok: 0.15, output_per_mtok: 0.6, batch_discount: 0.25 });
    const [d] = await loadModels(write(priced('')), { OPENAI_API_KEY: 'sk-test-SECRET1' });
    expect(d!.price!.batch_discount).toBeUndefined();
  });

  it('outside 0–1 is refused, naming the field and the range', async () => {
    const err = await failure(priced(', batch_discount: 1.5'), { OPENAI_API_KEY: 'sk-test-SECRET1' });
    expect(err.message).toContain('(id: gpt) .price.batch_discount: expected a number from 0 to 1, got 1.5');
  });
});
