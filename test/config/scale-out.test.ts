import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadModels } from '../../src/config/load.js';
import { InputError } from '../../src/errors.js';
import { fingerprintParts } from '../../src/store/fingerprint.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-config-scale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const load = (body: string) => {
  const file = path.join(dir, `m-${n++}.yaml`);
  writeFileSync(file, `models:\n  - id: m\n    model: x\n${body}`);
  return loadModels(file, {});
};
const fails = async (body: string): Promise<string> => {
  const err = await load(body).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(InputError);
  return (err as Error).message;
};

describe('models.yaml: replicas and adaptive concurrency', () => {
  it('base_url as a list: replicas of one model, the first as base_url', async () => {
    const [m] = await load('    provider: openai\n    base_url: [http://127.0.0.1:8001/v1, http://127.0.0.1:8002/v1]\n');
    expect(m!.base_url).toBe('http://127.0.0.1:8001/v1');
    expect(m!.replicas).toEqual(['http://127.0.0.1:8001/v1', 'http://127.0.0.1:8002/v1']);
    const [one] = await load('    provider: openai\n    base_url: [http://127.0.0.1:8001/v1]\n');
    expect(one!.replicas).toBeUndefined();
  });

  it('a bad replica URL names its place in the list', async () => {
    expect(await fails('    provider: openai\n    base_url: [http://127.0.0.1:9104/v1, not-a-url]\n')).toMatch(/m-\d+\.yaml:\d+:\d+.*base_url/);
  });

  it('concurrency: auto adapts from min(4, max) up to max_concurrency (default 64)', async () => {
    const [auto] = await load('    provider: openai\n    base_url: http://127.0.0.1:9101/v1\n    concurrency: auto\n');
    expect(auto).toMatchObject({ concurrency: 4, adaptive: { max: 64 } });
    const [capped] = await load('    provider: openai\n    base_url: http://127.0.0.1:9101/v1\n    concurrency: 8\n    max_concurrency: 32\n');
    expect(capped).toMatchObject({ concurrency: 8, adaptive: { max: 32 } });
    const [small] = await load('    provider: openai\n    base_url: http://127.0.0.1:9101/v1\n    concurrency: auto\n    max_concurrency: 2\n');
    expect(small).toMatchObject({ concurrency: 2, adaptive: { max: 2 } });
    const [fixed] = await load('    provider: openai\n    base_url: http://127.0.0.1:9101/v1\n    concurrency: 8\n');
    expect(fixed!.adaptive).toBeUndefined();
  });

  it('refuses a maximum below the start, a wrong concurrency word, and adaptive or replicas on gguf', async () => {
    expect(await fails('    provider: openai\n    base_url: http://127.0.0.1:9101/v1\n    concurrency: 8\n    max_concurrency: 4\n')).toContain('expected max_concurrency ≥ concurrency (8)');
    expect(await fails('    provider: openai\n    base_url: http://127.0.0.1:9101/v1\n    concurrency: automatic\n')).toContain('or auto (adaptive)');
    expect(await fails('    provider: gguf\n    concurrency: auto\n')).toContain('adaptive concurrency applies to servers only');
    expect(await fails('    provider: gguf\n    base_url: [http://127.0.0.1:9105/v1, http://127.0.0.1:9106/v1]\n')).toContain('remove base_url');
  });

  it('the replica list is part of the fingerprint; the adaptive ceiling (a throughput knob) is not', async () => {
    const parts = async (body: string) => fingerprintParts({ benchVersion: '1', suites: [], models: await load(body), samples: 1, limit: null, seed: 1 })['model:m'];
    const one = await parts('    provider: openai\n    base_url: http://127.0.0.1:8001/v1\n');
    const two = await parts('    provider: openai\n    base_url: [http://127.0.0.1:8001/v1, http://127.0.0.1:8002/v1]\n');
    const auto = await parts('    provider: openai\n    base_url: [http://127.0.0.1:8001/v1, http://127.0.0.1:8002/v1]\n    concurrency: auto\n');
    expect(two).not.toBe(one);
    expect(auto).toBe(two);
  });
});
