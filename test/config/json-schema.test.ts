import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, schemaText } from '../../src/config/json-schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('JSON Schemas in schemas/', () => {
  for (const [file, schema] of Object.entries(jsonSchemas())) {
    it(`${file} matches the zod schemas (regenerate with \`npm run build && npm run schemas\`)`, () => {
      const committed = readFileSync(path.join(root, 'schemas', file), 'utf8');
      expect(committed).toBe(schemaText(schema));
    });
  }

  it('forbids unknown keys and lists the providers, so editors flag typos', () => {
    const models = jsonSchemas()['models.schema.json'] as {
      properties: { models: { items: { additionalProperties: boolean; required: string[]; properties: { provider: { enum: string[] } } } } };
    };
    const model = models.properties.models.items;
    expect(model.additionalProperties).toBe(false);
    expect(model.required).toEqual(['id', 'provider', 'model']);
    expect(model.properties.provider.enum).toEqual(['openai', 'azure-openai', 'anthropic', 'ollama', 'gguf']);
    const suite = jsonSchemas()['suite.schema.json'] as { additionalProperties: boolean; required: string[] };
    expect(suite.additionalProperties).toBe(false);
    expect(suite.required).toEqual(['name', 'domain', 'description', 'version', 'scorer', 'template']);
  });
});
