/**
 * The models.yaml examples of the README, as data: a ```yaml block preceded by an
 * `<!-- example: NAME -->` line, so tests run exactly what the README shows.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { ROOT } from './bench.js';

export interface ExampleModel {
  id: string;
  [field: string]: unknown;
}

/** The models of the README example `name`. */
export function readmeExample(name: string): ExampleModel[] {
  const text = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const m = text.match(new RegExp(`<!-- example: ${name} -->\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\``));
  if (!m) throw new Error(`README has no example "${name}"`);
  return (parse(m[1]!) as { models: ExampleModel[] }).models;
}

/** Writes `models` (after `edit`) as `dir/models.yaml`. */
export function writeModels(dir: string, models: ExampleModel[]): string {
  const file = path.join(dir, 'models.yaml');
  fs.writeFileSync(file, stringify({ models }));
  return file;
}
