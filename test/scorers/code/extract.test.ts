import { describe, expect, it } from 'vitest';
import { assembleProgram, solutionSource } from '../../../src/scorers/code/assemble.js';
import { extractCode, fencedBlocks } from '../../../src/scorers/code/extract.js';

const FN = 'def add(a, b):\n    return a + b';

describe('extractCode', () => {
  it.each([
    ['```python', '```'], ['```py', '```'], ['```Python3', '```'], ['```', '```'], ['~~~', '~~~'], ['~~~python', '~~~'], ['````python', '````'],
  ])('reads a block fenced as %s', (open, close) => {
    const out = `Here you go:\n${open}\n${FN}\n${close}\nThis adds.`;
    expect(extractCode(out, 'add')).toEqual({ code: FN, style: 'fenced' });
  });

  it('picks the block that defines the entry point among several', () => {
    const out = `Usage:\n\`\`\`python\nprint(add(1, 2))\n\`\`\`\nImpl:\n\`\`\`python\n${FN}\n\`\`\`\n\`\`\`python\nassert add(1,1) == 2\n\`\`\``;
    expect(extractCode(out, 'add')?.code).toBe(FN);
  });

  it('prefers python blocks over other languages', () => {
    const out = `\`\`\`bash\npip install nothing-at-all-here-long\n\`\`\`\n\`\`\`python\n${FN}\n\`\`\``;
    expect(extractCode(out, 'add')?.code).toBe(FN);
  });

  it('takes an unterminated last block (output cut by max_tokens) to the end', () => {
    expect(extractCode(`\`\`\`python\n${FN}\n`, 'add')?.code).toBe(`${FN}\n`);
  });

  it('treats unfenced output as a bare completion, and skips prose before a top-level def', () => {
    expect(extractCode('    return a + b\n', 'add')).toEqual({ code: '    return a + b\n', style: 'bare' });
    expect(extractCode(`Sure! Here it is:\n\n${FN}\n`, 'add')?.code).toBe(`${FN}\n`);
  });

  it('returns null for empty or whitespace output', () => {
    expect(extractCode('', 'add')).toBeNull();
    expect(extractCode('  \n\t\n', 'add')).toBeNull();
  });

  it('handles CRLF line endings', () => {
    expect(fencedBlocks('```python\r\nx = 1\r\n```\r\n')).toEqual([{ lang: 'python', body: 'x = 1' }]);
  });
});

describe('assembleProgram', () => {
  const item = { id: 't', prompt: 'import math\n\ndef add(a, b):\n    """Add."""\n', test: 'def check(c):\n    assert c(1, 2) == 3', entry_point: 'add' };

  it('continues the prompt with a bare body (HumanEval style)', () => {
    expect(solutionSource(item, '    return a + b\n')).toBe(`${item.prompt}    return a + b\n`);
  });

  it('keeps the prompt (imports, helpers) before a full function definition', () => {
    const src = solutionSource(item, FN);
    expect(src.startsWith('import math')).toBe(true);
    expect(src.endsWith(FN)).toBe(true);
  });

  it('adds a pass body when the prompt ends with a bare def line', () => {
    const src = solutionSource({ ...item, prompt: 'def add(a, b):' }, FN);
    expect(src).toBe(`def add(a, b):\n    pass\n\n${FN}`);
  });

  it('leaves out a prompt that is prose, not code', () => {
    expect(solutionSource({ ...item, prompt: 'Write a function add(a, b).' }, FN)).toBe(FN);
  });

  it('ends with check(entry_point) and then the sentinel', () => {
    const prog = assembleProgram(item, FN, 'abc123');
    const lines = prog.trimEnd().split('\n');
    expect(lines.at(-2)).toBe('check(add)');
    expect(lines.at(-1)).toContain('__bench_harness_ok_abc123__');
  });
});
