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
