/**
 * @module suites/importers/humaneval — HumanEval JSONL(.gz) (openai/human-eval) → a code suite
 * run as prompt + completion + test + check(entry_point).
 */
import { InputError } from '../../errors.js';
import type { Item } from '../types.js';
import { IdSet, jsonlLines, parseJson, requireObject, requireString } from './parse.js';
import { readSource, suiteSource, textOf } from './source.js';
import type { ImportedSuite, Importer, ImportOptions } from './types.js';

export const CODE_SYSTEM =
  'You are an expert Python programmer. Write correct, self-contained Python 3 using only the standard library. ' +
  'Reply with code only, in one ```python code block.';

export const HUMANEVAL_TEMPLATE = [
  'Complete the following Python function. Reply with the whole function (its signature included),',
  'plus any imports or helpers it needs, in one ```python code block. Do not include tests or example calls.',
  '',
  '```python',
  '{{prompt}}```',
].join('\n');

/** Parse one HumanEval JSONL text into code items (every row validated). */
export function parseHumanEval(text: string, file: string): Item[] {
  const ids = new IdSet();
  return jsonlLines(text).map(({ line, text: t }) => {
    const where = `${file}:${line}`;
    const row = requireObject(parseJson(t, file, line), where);
    const id = requireString(row, 'task_id', where);
    ids.add(id, where);
    const item: Item = {
      id,
      prompt: requireString(row, 'prompt', where),
      entry_point: requireString(row, 'entry_point', where),
      canonical_solution: requireString(row, 'canonical_solution', where),
      test: requireString(row, 'test', where),
      language: 'python',
    };
    if (!/\bdef\s+check\s*\(/.test(item.test ?? '')) {
      throw new InputError(`${where}: field "test" must define check(candidate); it does not (item ${id})`);
    }
    return item;
  });
}


export const humaneval = {
  format: 'humaneval',
  async import(input: string, options: ImportOptions): Promise<ImportedSuite> {
    const src = await readSource(input, { cacheDir: options.cacheDir });
    const items = parseHumanEval(textOf(src), src.name);
    return {
      suite: {
        name: options.name ?? 'humaneval',
        domain: 'code',
        description:
          'HumanEval (Chen et al., 2021, openai/human-eval): hand-written Python function-completion problems, ' +
          'each scored by running its unit tests. pass@k with the unbiased estimator.',
        version: '1',
        metric: 'pass_at_k',
        scorer: { type: 'code', harness: 'humaneval', language: 'python' },
        system: CODE_SYSTEM,
        template: HUMANEVAL_TEMPLATE,
        source: suiteSource(src, 'HumanEval', 'test'),
      },
      items,
    };
  },
} satisfies Importer;
