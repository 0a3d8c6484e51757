/**
 * @module scorers/code/extract — finds the code in a model's output.
 *
 * Chat models answer with a fenced block (```python, ```py, ```Python3, a bare ```, or ~~~);
 * completion models continue the prompt with a bare function body (HumanEval style).
 * Both are handled; among several blocks the one defining the entry point wins.
 */

export interface Extracted {
  code: string;
  /** `fenced`: from a ``` / ~~~ block; `bare`: the output as is. */
  style: 'fenced' | 'bare';
}

interface Block {
  lang: string;
  body: string;
}

const PY_LANGS = new Set(['', 'python', 'py', 'python3', 'py3', 'python2', 'pycon', 'ipython', 'sage']);

/** Every fenced block, in order; an unterminated last fence runs to the end (output cut by max_tokens). */
export function fencedBlocks(text: string): Block[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let open: { fence: string; lang: string; body: string[] } | null = null;
  for (const line of lines) {
    if (open === null) {
      const m = /^\s*(`{3,}|~{3,})\s*([\w+.-]*)[^`]*$/.exec(line);
      if (m) open = { fence: m[1]!, lang: (m[2] ?? '').toLowerCase(), body: [] };
      continue;
    }
    const close = new RegExp(`^\\s*${open.fence[0] === '`' ? '`' : '~'}{${open.fence.length},}\\s*$`);
    if (close.test(line)) {
      blocks.push({ lang: open.lang, body: open.body.join('\n') });
      open = null;
    } else open.body.push(line);
  }
  if (open !== null && open.body.some((l) => l.trim() !== '')) blocks.push({ lang: open.lang, body: open.body.join('\n') });
  return blocks;
}

/** True when `code` defines `name` as a top-level function. */
export function definesFunction(code: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^(?:async\\s+)?def\\s+${escaped}\\s*\\(`, 'm').test(code);
}

/**
 * The code in `output`, or null when there is none. `entryPoint` picks among several
 * fenced blocks: the last python block defining it, else the longest python block.
 */
export function extractCode(output: string, entryPoint: string): Extracted | null {
  const blocks = fencedBlocks(output).filter((b) => b.body.trim() !== '');
  if (blocks.length > 0) {
    const python = blocks.filter((b) => PY_LANGS.has(b.lang));
    const pool = python.length > 0 ? python : blocks;
    const defining = pool.filter((b) => definesFunction(b.body, entryPoint));
    const pick = defining.length > 0
      ? defining[defining.length - 1]!
      : pool.reduce((a, b) => (b.body.length > a.body.length ? b : a));
    return { code: dedentIfAllIndented(pick.body), style: 'fenced' };
  }
  const bare = output.replace(/\r\n?/g, '\n');
  if (bare.trim() === '') return null;
  return { code: skipProse(bare), style: 'bare' };
}

const CODE_START = /^(?:import |from |def |async def |class |@)/;

/** Unfenced output that opens with prose ("Here is the function:") starts at its first
 * top-level `def`/`import`; an indented first line is a body continuing the prompt. */
function skipProse(text: string): string {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  const head = lines[first] ?? '';
  if (/^\s|^#/.test(head) || CODE_START.test(head)) return text;
  const start = lines.findIndex((l) => CODE_START.test(l));
  return start < 0 ? text : lines.slice(start).join('\n');
}

/** A block whose every line is indented (a pasted function body) keeps its indentation; a
 * block indented as a whole but starting with `def`/`import` (quoted inside a list) is dedented. */
function dedentIfAllIndented(code: string): string {
  const lines = code.split('\n');
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  const indent = Math.min(...nonEmpty.map((l) => /^[ \t]*/.exec(l)![0].length));
  if (indent === 0 || !Number.isFinite(indent)) return code;
  const first = nonEmpty[0]!.trim();
  if (!/^(def |async def |import |from |class |@)/.test(first)) return code;
  return lines.map((l) => l.slice(indent)).join('\n');
}
