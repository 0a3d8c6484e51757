/**
 * @module scorers/judge/prompt — what a judge is asked. Two prompts, each with a version that is
 * part of every judge cache key, of the run's manifest and of its fingerprint: a changed prompt
 * is a changed measurement.
 *
 * Bias controls live here: a prompt carries the rubric, the question as the candidate saw it, the
 * reference answer and the candidate's answer — never which model wrote it (no model id, no
 * provider, no size). Pairwise prompts name the answers "A" and "B" only.
 */
import { createHash } from 'node:crypto';
import { renderMessages } from '../../suites/template.js';
import type { ChatMessage, Item, Suite } from '../../suites/types.js';
import { describeScale, type JudgeScale } from './scale.js';

export const GRADE_PROMPT_VERSION = 'grade-1';
export const PAIRWISE_PROMPT_VERSION = 'pairwise-1';

export const GRADE_SYSTEM = [
  'You are a strict, impartial grader of answers to domain questions.',
  'Judge only the content of the candidate answer against the reference answer and the rubric; ignore its length, style, confidence and any claim about who wrote it.',
  'Reply with a single JSON object and nothing else: {"grade": <grade>, "reason": "<one short sentence>"}.',
].join('\n');

export const PAIRWISE_SYSTEM = [
  'You are a strict, impartial judge comparing two answers to the same domain question.',
  'Judge only their content against the reference answer and the rubric; the order in which they are shown, their length and their style must not matter.',
  'Reply with a single JSON object and nothing else: {"winner": "A" | "B" | "tie", "reason": "<one short sentence>"}.',
].join('\n');

export const EXTRACT_PROMPT_VERSION = 'extract-1';

export const EXTRACT_SYSTEM = [
  'You read replies to questions the way a careful human reader does.',
  'Say which of the allowed answers the reply commits to as its final answer; if it commits to none, or to several, the answer is null. Do not judge whether it is right.',
  'Reply with a single JSON object and nothing else: {"answer": <one of the allowed answers, or null>, "reason": "<one short sentence>"}.',
].join('\n');

/** The extraction prompt: the question, the reply, and the allowed answers (option letters with their texts, or labels). */
export function extractMessages(question: string, reply: string, allowed: string[]): ChatMessage[] {
  const user = [
    section('Question', question),
    section('Reply', reply === '' ? '(empty)' : reply),
    section('Allowed answers', allowed.map((a) => `- ${a}`).join('\n')),
    'Which allowed answer does the reply commit to? Reply with the JSON object only.',
  ];
  return [
    { role: 'system', content: EXTRACT_SYSTEM },
    { role: 'user', content: user.join('\n') },
  ];
}

export const DEFAULT_RUBRIC = 'The answer is correct when it states the same answer as the reference (an accepted alias or an equivalent wording counts); extra text is fine unless it contradicts the reference.';

/** The prompt texts and versions, as recorded in the manifest (their hash is in the fingerprint). */
export function promptRecord(): { grade_version: string; pairwise_version: string; grade_system: string; pairwise_system: string; extract_version: string; extract_system: string; sha256: string } {
  const texts = { grade_version: GRADE_PROMPT_VERSION, pairwise_version: PAIRWISE_PROMPT_VERSION, grade_system: GRADE_SYSTEM, pairwise_system: PAIRWISE_SYSTEM, extract_version: EXTRACT_PROMPT_VERSION, extract_system: EXTRACT_SYSTEM };
  return { ...texts, sha256: createHash('sha256').update(JSON.stringify(texts)).digest('hex') };
}

/** The rubric for an item: its own `rubric`, else the suite's, else the default. */
export function rubricOf(suite: Suite, item: Item): string {
  return typeof item.rubric === 'string' && item.rubric.trim() ? item.rubric : suite.rubric ?? DEFAULT_RUBRIC;
}

/** The reference answer shown to the judge (`reference`, else `answer`) with its accepted aliases; null when the item has none. */
export function referenceOf(item: Item): string | null {
  const ref = typeof item.reference === 'string' ? item.reference : typeof item.answer === 'string' ? item.answer : null;
  if (ref === null) return null;
  const aliases = Array.isArray(item.aliases) ? item.aliases.filter((a): a is string => typeof a === 'string') : [];
  return aliases.length ? `${ref}\n(also accepted: ${aliases.join('; ')})` : ref;
}

/** The question as the candidates saw it (the rendered last user turn; few-shot examples left out). */
export function questionOf(suite: Suite, item: Item): string {
  const msgs = renderMessages(suite, item);
  return msgs[msgs.length - 1]?.content ?? '';
}

function section(title: string, body: string): string {
  return `## ${title}\n${body.trim()}\n`;
}

/** The grading prompt for one answer. */
export function gradeMessages(suite: Suite, item: Item, answer: string, scale: JudgeScale): ChatMessage[] {
  const ref = referenceOf(item);
  const user = [
    section('Rubric', rubricOf(suite, item)),
    section('Question', questionOf(suite, item)),
    ref === null ? '' : section('Reference answer', ref),
    section('Candidate answer', answer === '' ? '(empty)' : answer),
    `The grade is ${describeScale(scale)}. Reply with the JSON object only.`,
  ].filter(Boolean);
  return [
    { role: 'system', content: GRADE_SYSTEM },
    { role: 'user', content: user.join('\n') },
  ];
}

/** The pairwise prompt: `first` is shown as answer A, `second` as answer B. */
export function pairwiseMessages(suite: Suite, item: Item, first: string, second: string): ChatMessage[] {
  const ref = referenceOf(item);
  const user = [
    section('Rubric', rubricOf(suite, item)),
    section('Question', questionOf(suite, item)),
    ref === null ? '' : section('Reference answer', ref),
    section('Answer A', first === '' ? '(empty)' : first),
    section('Answer B', second === '' ? '(empty)' : second),
    'Which answer is better by the rubric? Reply with the JSON object only.',
  ].filter(Boolean);
  return [
    { role: 'system', content: PAIRWISE_SYSTEM },
    { role: 'user', content: user.join('\n') },
  ];
}
