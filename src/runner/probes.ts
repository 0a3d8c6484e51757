/**
 * @module runner/probes — `--probe NAME[=ARG]`: each probe asks some items again in another form
 * (a variant) to test whether a win is real. A variant job records `variant` and the original
 * item id, has its own cache key, and never enters the main figures (stats/variants).
 *
 * Probes here: `rotate[=k]` (suites/rotate): options rotated, k rotations counting the item as
 * written (default: as many as options, at most 5); `choices-only` (suites/choices-only): each
 * multiple-choice item with its question withheld. Variants are asked for sample 0 only.
 */
import { InputError } from '../errors.js';
import { rotateItem, rotationCount, rotationRecord } from '../suites/rotate.js';
import { choicesOnlyApplies, choicesOnlySuite, CHOICES_ONLY, optionCount, withholdQuestion } from '../suites/choices-only.js';
import type { Item, Suite } from '../suites/types.js';
import { likelihoodPrompt, type LikelihoodPrompt } from '../suites/likelihood.js';
import type { RunRecord } from '../store/types.js';

/** Fields a job adds to its record once the answer is read. */
export type Annotate = (extracted: string | null) => Partial<RunRecord>;

export interface VariantSpec {
  /** The variant's name, e.g. `rot2`. */
  variant: string;
  item: Item;
  /** The suite the variant is rendered with, when the probe changes it too (e.g. its few-shot examples). */
  suite?: Suite;
  annotate?: Annotate;
  /** Set: the job asks for the options' log-likelihoods instead of a generated answer. */
  likelihood?: LikelihoodPrompt;
}

export interface Probe {
  /** As given on the command line, e.g. `rotate=3`: part of the run's fingerprint. */
  readonly spec: string;
  /** Extra fields for the main record of an item (e.g. its rotation 0), or undefined. */
  annotateMain?(suite: Suite, item: Item): Annotate | undefined;
  /** The variants of an item (none when the probe does not apply to it). */
  variants(suite: Suite, item: Item): VariantSpec[];
  /** The probe asks for log-likelihoods: every model must be able to give them. */
  readonly likelihood?: boolean;
}

function rotateProbe(spec: string, k: number | null): Probe {
  return {
    spec,
    annotateMain(suite, item) {
      const of = rotationCount(suite, item, k);
      const r = of >= 2 ? rotateItem(suite, item, 0) : null;
      return r ? (extracted) => ({ rotation: rotationRecord(r.rotation, of, extracted) }) : undefined;
    },
    variants(suite, item) {
      const of = rotationCount(suite, item, k);
      const out: VariantSpec[] = [];
      for (let i = 1; i < of; i++) {
        const r = rotateItem(suite, item, i);
        if (r) out.push({ variant: `rot${i}`, item: r.item, annotate: (extracted) => ({ rotation: rotationRecord(r.rotation, of, extracted) }) });
      }
      return out;
    },
  };
}

/** `choices-only` (suites/choices-only): each multiple-choice item once more with its question withheld. */
function choicesOnlyProbe(spec: string): Probe {
  return {
    spec,
    variants(suite, item) {
      if (!choicesOnlyApplies(suite, item)) return [];
      const options = optionCount(item);
      return [{ variant: CHOICES_ONLY, item: withholdQuestion(suite, item), suite: choicesOnlySuite(suite), annotate: () => ({ choices_only: { options } }) }];
    },
  };
}

/**
 * Likelihood scoring (`--scoring likelihood`, or `scoring: likelihood` in a suite): each
 * multiple-choice item is also asked for the log-likelihood of each option (variant `likelihood`).
 */
export function likelihoodScoring(all: boolean): Probe {
  return {
    spec: all ? 'scoring=likelihood' : 'scoring=suite',
    likelihood: true,
    variants(suite, item) {
      if (suite.scorer.type !== 'choice' || !(all || suite.scoring === 'likelihood')) return [];
      const prompt = likelihoodPrompt(item);
      return prompt && typeof item.answer === 'string' && prompt.keys.includes(item.answer) ? [{ variant: 'likelihood', item, likelihood: prompt }] : [];
    },
  };
}

/** Whether a run asks any suite for likelihood scoring. */
export function wantsLikelihood(suites: readonly Suite[], all: boolean): boolean {
  return suites.some((s) => s.scorer.type === 'choice' && (all || s.scoring === 'likelihood'));
}

const PROBES: Record<string, (spec: string, arg: string | undefined) => Probe> = {
  'choices-only'(spec, arg) {
    if (arg !== undefined) throw new InputError(`--probe ${spec}: choices-only takes no argument`);
    return choicesOnlyProbe(spec);
  },
  rotate(spec, arg) {
    if (arg === undefined) return rotateProbe(spec, null);
    const k = Number(arg);
    if (!Number.isInteger(k) || k < 2) throw new InputError(`--probe ${spec}: expected rotate=<k> with k a whole number ≥ 2 (rotations, the item as written included), got "${arg}"`);
    return rotateProbe(spec, k);
  },
};

/** Parses `--probe` values; unknown names are bad input listing the known ones. */
export function parseProbes(values: readonly string[]): Probe[] {
  const out: Probe[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    const [name = '', arg] = v.split('=', 2) as [string, string | undefined];
    const make = PROBES[name];
    if (!make) throw new InputError(`--probe: unknown probe "${name}"; known: ${Object.keys(PROBES).join(', ')}`);
    if (seen.has(name)) throw new InputError(`--probe: "${name}" given twice`);
    seen.add(name);
    out.push(make(v, arg));
  }
  return out;
}

/** The registered probe names (for --help and errors). */
export const probeNames = (): string[] => Object.keys(PROBES);
