import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadModels } from '../../src/config/load.js';
import { InputError, InputErrors } from '../../src/errors.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

function write(text: string | Buffer): string {
  const file = path.join(dir, `models-${n++}.yaml`);
  writeFileSync(file, text);
  return file;
}

/** The error loadModels throws for this file content. */
async function failure(text: string | Buffer, env: NodeJS.ProcessEnv = {}): Promise<InputError> {
  const err = await loadModels(write(text), env).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  return err as InputError;
}

const local = (extra = '') => `models:
  - id: small
    provider: openai
    model: qwen2.5:1.5b
    base_url: http://127.0.0.1:11434/v1
${extra}`;

describe('loadModels', () => {
  it('loads a valid file with defaults and the line each model starts on', async () => {
    const file = write(`models:
  - id: small
    provider: ollama
    model: qwen2.5:1.5b
    params: { temperature: 0, max_tokens: 512, stop: "###", extra: { mirostat: 1 } }
    params_b: 1.5
    tuned: domain
    price: { per_hour: 1.2 }
  - id: gpt
    provider: openai
    model: gpt-4o-mini
    price: { input_per_mtok: 0.15, output_per_mtok: 0.6 }
    concurrency: 8
    rpm: 600
    timeout_s: 30
  - id: local-gguf
    provider: gguf
    model: weights/tiny.gguf
`);
    const models = await loadModels(file, { OPENAI_API_KEY: 'sk-test-SECRET123' });
    expect(models.map((m) => m.id)).toEqual(['small', 'gpt', 'local-gguf']);
    const [small, gpt, gguf] = models;
    expect(small).toMatchObject({ concurrency: 4, timeout_s: 120, params: { temperature: 0, max_tokens: 512, stop: ['###'], mirostat: 1 } });
    expect(small?.params).not.toHaveProperty('extra');
    expect(small?.api_key).toBeUndefined();
    expect(small?.source).toMatch(/models-\d+\.yaml:2$/);
    expect(gpt).toMatchObject({ api_key_env: 'OPENAI_API_KEY', api_key: 'sk-test-SECRET123', concurrency: 8, rpm: 600, timeout_s: 30, params: {} });
    expect(gpt?.source).toMatch(/:9$/);
    expect(gguf).toMatchObject({ concurrency: 1, model: path.join(dir, 'weights/tiny.gguf') });
  });

  it('reports malformed YAML with file:line:column', async () => {
    const err = await failure('models:\n  - id: a\n    params: { temperature: 0\n');
    expect(err.message).toMatch(/models-\d+\.yaml is not valid YAML/);
    expect(err.message).toMatch(/models-\d+\.yaml:\d+:\d+ /);
  });

  it('reports a duplicate key at the second occurrence', async () => {
    const err = await failure(local('    timeout_s: 10\n    timeout_s: 20\n'));
    expect(err.message).toMatch(/\.yaml:7:5 duplicate key "timeout_s"/);
  });

  it('rejects an unknown key and suggests the nearest valid one', async () => {
    const err = await failure(local('    params: { temprature: 0.2 }\n    timeout: 10\n'));
    expect(err).toBeInstanceOf(InputErrors);
    expect(err.message).toContain(':6:15 models[0] (id: small) .params.temprature: unknown key `temprature`; did you mean `temperature`?');
    expect(err.message).toContain(':7:5 models[0] (id: small) .timeout: unknown key `timeout`; did you mean `timeout_s`?');
  });

  it('lists the valid keys when an unknown key is not near any', async () => {
    const err = await failure(local('    params: { mirostat_eta: 1 }\n'));
    expect(err.message).toMatch(/unknown key `mirostat_eta`; valid keys: temperature, .*params\.extra/);
  });

  it('tells a user who wrote a key into the file to use api_key_env instead, without echoing it', async () => {
    const err = await failure(local('    api_key: sk-test-SECRET123\n'));
    expect(err.message).toContain('unknown key `api_key`; keys never go in models.yaml');
    expect(err.message).not.toContain('SECRET123');
  });

  it('rejects an unknown provider, listing the valid ones', async () => {
    const err = await failure('models:\n  - id: x\n    provider: vllm\n    model: m\n  - id: y\n    provider: olama\n    model: m\n');
    expect(err.message).toContain(':3:15 models[0] (id: x) .provider: expected one of openai | azure-openai | anthropic | ollama | gguf, got "vllm"\n');
    expect(err.message).toContain('models[1] (id: y) .provider: expected one of openai | azure-openai | anthropic | ollama | gguf, got "olama" (did you mean `ollama`?)');
  });

  it('reports every wrong type at once, naming model id and field', async () => {
    const err = (await failure(`models:
  - id: a
    provider: ollama
    model: m
    params: { max_tokens: -1, temperature: 3 }
  - id: coder-1.5b
    provider: ollama
    model: m
    params_b: 0
    tuned: special
    price:
      input_per_mtok: cheap
      output_per_mtok: 1
    concurrency: 2.5
`)) as InputErrors;
    expect(err.problems).toHaveLength(6);
    expect(err.message).toContain('models[0] (id: a) .params.max_tokens: expected a whole number ≥ 1 (the most tokens to generate), got -1');
    expect(err.message).toContain('models[0] (id: a) .params.temperature: expected a number from 0 to 2, got 3');
    expect(err.message).toContain('models[1] (id: coder-1.5b) .params_b: expected a number > 0 (parameters, in billions), got 0');
    expect(err.message).toContain('.tuned: expected one of domain | generic, got "special"');
    expect(err.message).toContain(':12:23 models[1] (id: coder-1.5b) .price.input_per_mtok: expected a number ≥ 0, got "cheap"');
    expect(err.message).toContain('.concurrency: expected a whole number ≥ 1 or auto (adaptive), got 2.5');
  });

  it('names a missing required field', async () => {
    const err = await failure('models:\n  - id: x\n    provider: ollama\n');
    expect(err.message).toContain(':2:5 models[0] (id: x) .model: missing; expected a non-empty string');
  });

  it('rejects both per-token and per-hour prices', async () => {
    const err = await failure(local('    price: { per_hour: 1, input_per_mtok: 1, output_per_mtok: 2 }\n'));
    expect(err.message).toContain('.price: expected either input_per_mtok + output_per_mtok (hosted) or per_hour (local), not both');
  });

  it('reports duplicate ids with both lines', async () => {
    const err = await failure(`${local()}  - id: small\n    provider: ollama\n    model: m\n`);
    expect(err.message).toMatch(/:6:9 models\[1\] \(id: small\) \.id: duplicate id "small" \(first defined at .*\.yaml:2:9\)/);
  });

  it('interpolates ${VAR} in every string, typing plain numbers', async () => {
    const file = write(`models:
  - id: m-\${SIZE}
    provider: openai
    model: "\${MODEL}"
    base_url: http://\${HOST:-127.0.0.1}:8000/v1
    timeout_s: \${TIMEOUT}
    params: { stop: ["$\${literal}"] }
`);
    const [m] = await loadModels(file, { SIZE: '7b', MODEL: 'qwen', TIMEOUT: '300' });
    expect(m).toMatchObject({ id: 'm-7b', model: 'qwen', base_url: 'http://127.0.0.1:8000/v1', timeout_s: 300, params: { stop: ['${literal}'] } });
  });

  it('names an unset variable, the model and the line', async () => {
    const err = await failure(local('    params: { stop: ["${STOP_WORD}"] }\n'));
    expect(err.message).toContain(':6:22 models[0] (id: small) .params.stop[0]: environment variable STOP_WORD is not set');
  });

  it('never echoes an interpolated value in a type error', async () => {
    const err = await failure(local('    timeout_s: ${T}\n'), { T: 'sk-test-SECRET123' });
    expect(err.message).toContain('.timeout_s: expected a number of seconds > 0, got the value of ${T}');
    expect(err.message).not.toContain('SECRET123');
  });

  it('reads the key from api_key_env and requires it for hosted OpenAI', async () => {
    const [m] = await loadModels(write(local('    api_key_env: MY_KEY\n')), { MY_KEY: 'sk-test-SECRET123' });
    expect(m).toMatchObject({ api_key_env: 'MY_KEY', api_key: 'sk-test-SECRET123' });
    const [localModel] = await loadModels(write(local()), {});
    expect(localModel?.api_key).toBeUndefined();
    const err = await failure('models:\n  - id: gpt\n    provider: openai\n    model: gpt-4o\n');
    expect(err.message).toContain('models[0] (id: gpt): the key variable OPENAI_API_KEY is not set (hosted OpenAI needs a key');
  });

  it('reports a missing or empty key variable by name, never the key', async () => {
    const missing = await failure(local('    api_key_env: MY_KEY\n'), { OTHER: 'sk-test-SECRET123' });
    expect(missing.message).toContain(':6:18 models[0] (id: small) .api_key_env: the key variable MY_KEY is not set');
    const empty = await failure(local('    api_key_env: MY_KEY\n'), { MY_KEY: '' });
    expect(empty.message).toContain('the key variable MY_KEY is empty');
  });

  it('never puts a key value in any message', async () => {
    const env = { OPENAI_API_KEY: 'sk-test-SECRET123', K: 'sk-test-SECRET123' };
    const cases = [
      local('    api_key_env: sk-test-SECRET123\n'),
      local('    api_key_env: K\n    params: { max_tokens: -1 }\n'),
      local('    base_url: ${K}\n'),
      local('    api_key: sk-test-SECRET123\n'),
      'models:\n  - id: gpt\n    provider: openai\n    model: gpt\n    timeout_s: ${K}\n',
      'models:\n  - id: gpt\n    provider: openai\n    model: ${K}\n    model: x\n',
    ];
    for (const text of cases) {
      const err = await failure(text, env);
      expect(err.message).not.toContain('SECRET123');
      expect(JSON.stringify(err)).not.toContain('SECRET123');
    }
  });

  it('says which file is missing and that --models picks another', async () => {
    const err = await loadModels(path.join(dir, 'nope.yaml')).catch((e: unknown) => e as InputError);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(/nope\.yaml: file not found; pass --models <file>/);
  });

  it('names the line of bytes that are not UTF-8', async () => {
    const err = await failure(Buffer.concat([Buffer.from('models:\n  - id: a\n    model: caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    expect(err.message).toMatch(/\.yaml:3: not valid UTF-8/);
  });

  it('rejects an empty file and an empty list', async () => {
    expect((await failure('')).message).toContain('models: missing; expected a list of models');
    expect((await failure('models: []\n')).message).toContain('models: expected at least one model');
  });
});
