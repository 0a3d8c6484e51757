#!/usr/bin/env node
// Writes schemas/models.schema.json and schemas/suite.schema.json from the zod schemas in the build (run `npm run build` first).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { jsonSchemas, schemaText } = await import(path.join(root, 'dist/config/json-schema.js'));
const dir = path.join(root, 'schemas');
mkdirSync(dir, { recursive: true });
for (const [file, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(path.join(dir, file), schemaText(schema));
  console.log(`wrote schemas/${file}`);
}
