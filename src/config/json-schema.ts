/**
 * @module config/json-schema — JSON Schemas of models.yaml and suite.yaml, generated from the zod schemas
 * (scripts/gen-schemas.mjs writes them to schemas/; a test fails when the committed files are stale).
 */
import { z } from 'zod';
import { ModelsFileSchema } from './schema.js';
import { SuiteFileSchema } from '../suites/schema.js';

/** File name under schemas/ → its JSON Schema (draft-07, which YAML editors understand). */
export function jsonSchemas(): Record<string, Record<string, unknown>> {
  const gen = (schema: z.ZodType, id: string): Record<string, unknown> => ({
    ...z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'throw' }),
    $id: id,
  });
  return {
    'models.schema.json': gen(ModelsFileSchema, 'https://bench.local/schemas/models.schema.json'),
    'suite.schema.json': gen(SuiteFileSchema, 'https://bench.local/schemas/suite.schema.json'),
  };
}

/** How a schema file is written: stable, two-space JSON with a final newline. */
export function schemaText(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
