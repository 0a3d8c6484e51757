/**
 * @module scorers/reference — short free-text answers against the item's `reference` and its `aliases`.
 *
 * The answer is read from the reply (scorers/reference-extract: a final-answer cue, else bold,
 * else the first short line, else the whole reply). It is correct when, SQuAD-style normalised
 * (scorers/reference-match), it equals the reference or one of the aliases (also without a
 * qualifier giving its cause or setting, "… secondary to menorrhagia", "… in a young patient", and
 * with a trailing parenthetical dropped, or the parenthetical alone: "myocardial infarction (MI)"); when the
 * reference is a number and the answer is one, within `numeric_tolerance` of it; and, with
 * `match: f1`, when its best token F1 reaches `f1_threshold`. The best token F1 over the
 * reference and aliases is the record's `partial` (partial credit; 1 for a numeric match, 0 for a
 * numeric miss). A reply that declines to answer is `refused`.
 *
 * Scorer options (suite.yaml `scorer:`): `match` (`exact`, default, or `f1`), `f1_threshold`
 * (0 < t ≤ 1, default 0.8; used by `match: f1`), `numeric_tolerance` (absolute, ≥ 0, default 0;
 * an item's own `numeric_tolerance` overrides it).
 */
import { InputError } from '../errors.js';
import { describeValue } from '../config/yaml.js';
import type { Item, ScorerConfig, Suite } from '../suites/types.js';
import { readReference } from './reference-extract.js';
import { answerTokens, normalizeAnswer, readNumber, tokensF1, withinTolerance } from './reference-match.js';
import { assertItems, noAnswer, type ItemCheck, type ScoreContext, type ScoreResult, type Scorer } from './types.js';

export interface ReferenceOptions {
  match: 'exact' | 'f1';
  f1Threshold: number;
  numericTolerance: number;
}

export const REFERENCE_DEFAULTS: ReferenceOptions = { match: 'exact', f1Threshold: 0.8, numericTolerance: 0 };

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The problems of a reference scorer's options, each naming its field (for configs not checked by the suite schema). */
export function referenceOptionProblems(config: ScorerConfig): string[] {
  const out: string[] = [];
  const { match, f1_threshold: t, numeric_tolerance: tol } = config;
  if (match !== undefined && match !== 'exact' && match !== 'f1') out.push(`field \`scorer.match\`: expected one of exact | f1, got ${describeValue(match)}`);
  if (t !== undefined && !(isNum(t) && t > 0 && t <= 1)) out.push(`field \`scorer.f1_threshold\`: expected a number above 0 and at most 1, got ${describeValue(t)}`);
  if (tol !== undefined && !(isNum(tol) && tol >= 0)) out.push(`field \`scorer.numeric_tolerance\`: expected a number ≥ 0, got ${describeValue(tol)}`);
  return out;
}

export function referenceOptions(config: ScorerConfig): ReferenceOptions {
  return {
    match: config.match === 'f1' ? 'f1' : 'exact',
    f1Threshold: isNum(config.f1_threshold) ? config.f1_threshold : REFERENCE_DEFAULTS.f1Threshold,
    numericTolerance: isNum(config.numeric_tolerance) ? config.numeric_tolerance : REFERENCE_DEFAULTS.numericTolerance,
  };
}

const usable = (v: unknown): v is string => typeof v === 'string' && normalizeAnswer(v) !== '';

/**
 * The reference rule: `reference` a string that stays non-empty once normalised; `aliases`, if
 * present, a list of such strings; `numeric_tolerance`, if present, a number ≥ 0.
 */
export const checkReferenceItem: ItemCheck = (item) => {
  const out: string[] = [];
  if (item.reference === undefined) out.push('field `reference`: missing; expected the reference answer (a non-empty string)');
  else if (!usable(item.reference)) out.push(`field \`reference\`: expected a non-empty string that is not only punctuation or articles, got ${describeValue(item.reference)}`);
  const aliases = item.aliases;
  if (aliases !== undefined && (!Array.isArray(aliases) || !aliases.every(usable))) {
    out.push(`field \`aliases\`: expected a list of accepted alternative answers (non-empty strings), got ${describeValue(aliases)}`);
  }
  const tol = item.numeric_tolerance;
  if (tol !== undefined && !(isNum(tol) && tol >= 0)) out.push(`field \`numeric_tolerance\`: expected a number ≥ 0, got ${describeValue(tol)}`);
  return out;
};

/** The accepted answers of an item: its reference, then its aliases. */
export function acceptedAnswers(item: Item): string[] {
  return [item.reference as string, ...(Array.isArray(item.aliases) ? (item.aliases as string[]) : [])];
}

/** What follows a diagnosis to give its cause or setting: "… secondary to menorrhagia", "… in a young patient with …". */
const QUALIFIER = /\s+(?:secondary\s+to|due\s+to|caused\s+by|induced\s+by|precipitated\s+by|in\s+(?:a|an|the|this)\s+(?:\d+-year-old\s+)?(?:young\s+|elderly\s+|older\s+)?(?:patient|man|woman|child|boy|girl|person|adult|setting|context))\b[\s\S]*$/i;

/**
 * The forms of an answer compared with the accepted ones: as given; without a qualifier naming its
 * cause or setting; and of each, without a trailing parenthetical and the parenthetical alone.
 */
function forms(answer: string): string[] {
  const heads = [answer];
  const head = answer.replace(QUALIFIER, '');
  if (head !== answer && head.trim() !== '') heads.push(head);
  const out: string[] = [];
  for (const h of heads) {
    out.push(h);
    const m = /^(.*?)\s*[([]([^()[\]]+)[)\]]\s*$/.exec(h);
    if (m && m[1]!.trim() !== '') out.push(m[1]!, m[2]!);
  }
  return out;
}

interface Golds {
  /** The accepted answers' comparison forms. */
  forms: Set<string>;
  tokens: string[][];
  numbers: number[];
}

/** Each item's accepted answers, normalised once (items are immutable once loaded). */
const goldCache = new WeakMap<Item, Golds>();

function goldsOf(item: Item): Golds {
  let g = goldCache.get(item);
  if (g === undefined) {
    const accepted = acceptedAnswers(item);
    const tokens = accepted.map(answerTokens);
    g = { forms: new Set(tokens.map((t) => t.join(' '))), tokens, numbers: accepted.map(readNumber).filter((v): v is number => v !== null) };
    goldCache.set(item, g);
  }
  return g;
}

/** Scores one reply against a reference item (see the module comment). */
export function scoreReference(item: Item, output: string, options: ReferenceOptions, ctx: Pick<ScoreContext, 'stop' | 'finishReason'> = {}): ScoreResult {
  const reading = readReference(output, ctx.stop ?? [], ctx.finishReason === 'length');
  if (reading.kind === 'empty') return { ...noAnswer('empty reply'), partial: 0 };
  if (reading.kind === 'truncated') return { ...noAnswer('the reply was cut by the token limit before a complete answer', 'truncated'), partial: 0 };
  if (reading.kind === 'refused') {
    return { correct: false, score: 0, extracted: null, extractedBy: 'refusal', reason: 'refused', explanation: 'the reply declines to answer', partial: 0 };
  }
  const golds = goldsOf(item);
  const tolerance = isNum(item.numeric_tolerance) ? item.numeric_tolerance : options.numericTolerance;
  const got = readNumber(reading.text);
  const wants = golds.numbers;
  if (got !== null && wants.length > 0) {
    const hit = wants.some((w) => withinTolerance(got, w, tolerance));
    return verdict(reading, hit, hit ? 1 : 0, hit ? undefined : `read ${got}; reference ${wants.join(' or ')} (tolerance ${tolerance})`, 'numeric');
  }
  const candidates = forms(reading.text).map(answerTokens);
  const exact = candidates.some((c) => golds.forms.has(c.join(' ')));
  const f1 = exact ? 1 : Math.max(...candidates.flatMap((c) => golds.tokens.map((g) => tokensF1(c, g))));
  const correct = exact || (options.match === 'f1' && f1 >= options.f1Threshold);
  const why = correct ? undefined : `read "${reading.text}"; reference "${item.reference as string}"; token F1 ${f1.toFixed(2)}`;
  return verdict(reading, correct, f1, why, exact ? 'exact' : 'f1');
}

function verdict(reading: { text: string; by: string }, correct: boolean, partial: number, explanation: string | undefined, how: string): ScoreResult {
  return {
    correct,
    score: correct ? 1 : 0,
    extracted: reading.text,
    extractedBy: reading.by,
    reason: correct ? null : 'wrong',
    explanation: explanation ?? `matched by ${how}`,
    partial: Math.round(partial * 1e6) / 1e6,
  };
}

export function createReferenceScorer(config: ScorerConfig, suite: Suite): Scorer {
  const problems = referenceOptionProblems(config);
  if (problems.length > 0) throw new InputError(`suite ${suite.name} (${suite.dir}/suite.yaml): ${problems.join('; ')}`);
  assertItems(suite, checkReferenceItem, config);
  const options = referenceOptions(config);
  return { type: 'reference', score: (item, output, ctx) => scoreReference(item, output, options, ctx) };
}
