/**
 * @module scorers/label — classification: which of the allowed labels the reply gave, against the item's `answer`.
 *
 * Labels come from the item's own `labels` array when it has one, else from the
 * suite's `scorer.labels`. Matching is on normalised text (lower-case, no
 * punctuation or markdown, `_`/`-` read as spaces), whole words only, and when
 * labels nest ("breach" / "material breach") the longest one at a place wins.
 * Order of reading: the whole reply is a label; the last "Label: x" / "Answer: x"
 * line; the last line; else the first label named anywhere (a label right after
 * "not" is skipped).
 */
import { InputError, InputErrors } from '../errors.js';
import type { Item, ScorerConfig, Suite } from '../suites/types.js';
import { cleanOutput, findWholeWords, normalizeText } from './normalize.js';
import { judged, noAnswer, type ScoreResult, type Scorer } from './types.js';

interface Label {
  /** As written in the suite (what `extracted` reports). */
  raw: string;
  norm: string;
}

/** Just before a label: "not x", "isn't x", "not x or y", "neither x nor y". */
const NEGATED = /(?:^|\s)(?:not|isn t|neither|nor)\s(?:(?:[\p{L}\p{N}]+\s){0,4}(?:or|nor)\s)?$/u;

const CUE = /^\s*(?:final\s+)?(?:label|answer|classification|category|class|verdict|prediction|output)\s*(?:is\s*)?[:=-]\s*(.+)$/i;

function toLabels(list: readonly string[]): Label[] {
  return list.map((raw) => ({ raw, norm: normalizeText(raw) })).sort((a, b) => b.norm.length - a.norm.length);
}

/** The label that `said` (normalised) opens with, longest first, or null. */
function labelAtStart(said: string, labels: Label[]): Label | null {
  return labels.find((l) => l.norm !== '' && (said === l.norm || said.startsWith(`${l.norm} `))) ?? null;
}

/** The earliest label named in `said` (normalised), longest at a tie, skipping ones negated by "not". */
function firstNamed(said: string, labels: Label[]): Label | null {
  let best: { label: Label; at: number } | null = null;
  for (const label of labels) {
    for (const at of findWholeWords(said, label.norm)) {
      if (NEGATED.test(said.slice(Math.max(0, at - 60), at))) continue;
      if (best === null || at < best.at) best = { label, at };
      break;
    }
  }
  return best?.label ?? null;
}

/** Which label the reply gave, or null. `labels` are the allowed ones. */
export function extractLabel(output: string, allowed: readonly string[]): string | null {
  const labels = toLabels(allowed);
  const text = cleanOutput(output);
  const whole = normalizeText(text);
  const exact = labels.find((l) => l.norm === whole);
  if (exact) return exact.raw;
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  for (const line of [...lines].reverse()) {
    const m = CUE.exec(line);
    if (m) {
      const hit = labelAtStart(normalizeText(m[1]!), labels);
      if (hit) return hit.raw;
    }
  }
  const last = lines[lines.length - 1];
  if (last !== undefined) {
    const hit = labelAtStart(normalizeText(last), labels);
    if (hit) return hit.raw;
  }
  return firstNamed(whole, labels)?.raw ?? null;
}

/** The labels that apply to `item`: its own `labels`, else the suite's. */
export function labelsFor(item: Item, config: ScorerConfig): string[] | null {
  const own = item.labels;
  if (Array.isArray(own) && own.length > 0 && own.every((l) => typeof l === 'string')) return own as string[];
  return config.labels && config.labels.length > 0 ? config.labels : null;
}

/** What is wrong with a label item, or null when it is usable. */
export function labelItemProblem(item: Item, config: ScorerConfig): string | null {
  if (item.labels !== undefined && (!Array.isArray(item.labels) || !item.labels.every((l) => typeof l === 'string' && l.trim() !== ''))) {
    return `item ${item.id}: field \`labels\`: expected a non-empty array of non-empty strings`;
  }
  const labels = labelsFor(item, config);
  if (labels === null) return `item ${item.id}: field \`labels\`: no labels; expected \`scorer.labels\` in suite.yaml or a \`labels\` array on the item`;
  if (typeof item.answer !== 'string') return `item ${item.id}: field \`answer\`: expected one of the labels (${labels.join(', ')}), got ${JSON.stringify(item.answer ?? null)}`;
  const gold = normalizeText(item.answer);
  if (!labels.some((l) => normalizeText(l) === gold)) {
    return `item ${item.id}: field \`answer\`: expected one of the labels (${labels.join(', ')}), got ${JSON.stringify(item.answer)}`;
  }
  return null;
}

/** Scores one reply against a label item. */
export function scoreLabel(item: Item, output: string, config: ScorerConfig): ScoreResult {
  const problem = labelItemProblem(item, config);
  if (problem !== null) throw new InputError(problem);
  const labels = labelsFor(item, config) as string[];
  const got = extractLabel(output, labels);
  if (got === null) {
    return noAnswer(`none of the labels (${labels.join(', ')}) found`);
  }
  const correct = normalizeText(got) === normalizeText(item.answer as string);
  return judged(got, correct, correct ? undefined : `read "${got}"; gold "${item.answer as string}"`);
}

export function createLabelScorer(config: ScorerConfig, suite: Suite): Scorer {
  if (config.labels !== undefined && (!Array.isArray(config.labels) || !config.labels.every((l) => typeof l === 'string'))) {
    throw new InputError(`suite ${suite.name} (${suite.dir}/suite.yaml): field \`scorer.labels\`: expected an array of strings`);
  }
  const problems = suite.items.map((i) => labelItemProblem(i, config)).filter((p): p is string => p !== null);
  if (problems.length > 0) {
    throw new InputErrors(`suite ${suite.name} (${suite.dir}): ${problems.length} item(s) unusable by the label scorer:`, problems);
  }
  return { type: 'label', score: (item, output) => scoreLabel(item, output, config) };
}
