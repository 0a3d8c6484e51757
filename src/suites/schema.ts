/**
 * @module suites/schema — the zod schema of suite.yaml (SuiteFile in suites/types.ts); schemas/suite.schema.json is generated from it.
 */
import { z } from 'zod';
import { above0, atLeast0, oneOf, text, wholeAtLeast1 } from '../config/fields.js';

export const METRICS = ['accuracy', 'balanced_accuracy', 'macro_f1', 'pass_at_k'] as const;
export const SCORER_TYPES = ['choice', 'label', 'exact', 'code', 'reference', 'judge'] as const;

const labelList = z
  .array(text('a non-empty label'), { error: 'expected a list of labels' })
  .min(2, { error: 'expected at least two labels' })
  .refine((l) => new Set(l).size === l.length, { error: 'expected each label once (a label is repeated)' });

const JudgeGradesSchema = z.union(
  [
    z.array(text('a grade'), { error: 'expected a list of grades' }).min(2, { error: 'expected at least two grades' }).refine((l) => new Set(l).size === l.length, { error: 'expected each grade once' }),
    z.strictObject({ min: z.number().int(), max: z.number().int(), pass: z.number() }).refine((g) => g.min < g.max && g.pass >= g.min && g.pass <= g.max, { error: 'expected min < max and min ≤ pass ≤ max' }),
  ],
  { error: 'expected a list of grades (best first) or {min, max, pass}' },
);

export const ScorerSchema = z
  .strictObject({
    type: oneOf(SCORER_TYPES).describe('choice: a letter; label: one of `labels`; exact: normalised string match; code: run the tests; reference: a short free-text answer against the item\'s `reference` and `aliases` (exact, token F1, numbers).'),
    labels: labelList.optional().describe('label scorer: the allowed labels (an item may carry its own `labels`).'),
    aliases: z
      .record(z.string(), z.array(text('a non-empty synonym'), { error: 'expected a list of synonyms' }), { error: 'expected a mapping of label → list of synonyms' })
      .optional()
      .describe('label scorer: synonyms a reader accepts for each label (e.g. `governing law: [choice of law]`).'),
    harness: oneOf(['humaneval', 'assertion']).optional().describe('code scorer: the program shape.'),
    isolation: oneOf(['checker', 'in_process'])
      .optional()
      .describe('code scorer: checker (default) runs the tests in a separate trusted process that gets only plain data back from the code; in_process runs them inside the program (needed when tests assert on objects; forgeable by hostile code, and reports say so).'),
    language: text().optional().describe('code scorer: the language (e.g. python).'),
    k: z.array(wholeAtLeast1(), { error: 'expected a list of whole numbers ≥ 1' }).min(1).optional().describe('code scorer: ks to report pass@k for.'),
    timeout_s: above0('a number of seconds > 0').optional().describe('code scorer: base wall-clock limit per program.'),
    memory_mb: wholeAtLeast1().optional().describe('code scorer: memory limit per program, MB.'),
    match: oneOf(['exact', 'f1'] as const)
      .optional()
      .describe('reference scorer: exact (default) counts a normalised match with the reference or an alias; f1 also counts a token F1 of at least f1_threshold.'),
    f1_threshold: z
      .number({ error: 'expected a number above 0 and at most 1' })
      .gt(0, { error: 'expected a number above 0 and at most 1' })
      .max(1, { error: 'expected a number above 0 and at most 1' })
      .optional()
      .describe('reference scorer, match: f1: the token F1 that counts as correct (default 0.8).'),
    numeric_tolerance: atLeast0()
      .optional()
      .describe('reference scorer: absolute tolerance when the reference and the answer are both numbers (default 0; an item may set its own numeric_tolerance).'),
    judge: text('a model id from models.yaml').optional().describe('judge scorer (or any scorer, to be judged as well): the model id (from models.yaml) that grades the answers.'),
    judges: z
      .array(text('a model id from models.yaml'), { error: 'expected a list of model ids from models.yaml' })
      .min(1, { error: 'expected at least one judge' })
      .refine((l) => new Set(l).size === l.length, { error: 'expected each judge once (a judge is repeated)' })
      .optional()
      .describe('Several judges: each grades every answer; agreement (Cohen\'s / Fleiss\' kappa) and the verdict under each are reported. The first decides the records of a judge-scored suite.'),
    mode: oneOf(['grade', 'pairwise'] as const).optional().describe('Judging: grade (default) grades each answer against the reference and rubric; pairwise shows the judge two models\' answers, in both orders.'),
    grades: JudgeGradesSchema.optional().describe('Judging: the grade scale, a list of grades best first (default [correct, partially_correct, incorrect]) or {min, max, pass} for a numeric scale.'),
    extract: oneOf(['rules', 'judge'] as const).optional().describe('choice and label scorers: judge = when the reading rules find no answer (no_answer, ambiguous), ask the suite\'s judge (scorer.judge, or --judge) which option or label the reply commits to; cached, and counted apart.'),
    pass: z.array(text('a grade'), { error: 'expected a list of grades' }).min(1).optional().describe('Judging with a list of grades: the grades that count as correct (default: the first).'),
    options: z.record(z.string(), z.unknown(), { error: 'expected a mapping' }).optional().describe('Other scorer options, passed through.'),
  })
  .describe('How an answer is scored.');

export const FewShotSchema = z.strictObject({
  fields: z.record(z.string(), z.unknown(), { error: 'expected a mapping of template fields' }).describe("Template fields for the example's user turn."),
  output: z.string({ error: 'expected a string' }).describe('The assistant reply shown for it.'),
});

export const SourceSchema = z.strictObject({
  dataset: text(),
  file: z.string().optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'expected 64 lower-case hex digits' }).optional(),
  license: z.string().optional(),
  url: z.string().optional(),
  split: z.string().optional(),
});

export const SuiteFileSchema = z
  .strictObject({
    name: z
      .string({ error: 'expected a name of letters, digits, ".", "_" or "-"' })
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, { error: 'expected a name of letters, digits, ".", "_" or "-"' }),
    domain: text(),
    description: text(),
    version: z.union([z.string(), z.number()], { error: 'expected a version string such as "1.0.0"' }),
    metric: oneOf(METRICS).optional().describe('Default from the scorer: choice/label/exact → accuracy, code → pass_at_k.'),
    secondary_metrics: z
      .array(oneOf(['accuracy', 'balanced_accuracy', 'macro_f1'] as const), { error: 'expected a list of metrics' })
      .optional()
      .describe('Label metrics reported beside the main one (e.g. macro_f1 for PubMedQA).'),
    scorer: ScorerSchema,
    system: z.string({ error: 'expected a string' }).optional().describe('System prompt, sent first as is.'),
    template: text('a non-empty prompt template with {{field}} placeholders').describe('The user turn: {{field}} is replaced by the item field.'),
    fewshot: z.array(FewShotSchema, { error: 'expected a list of examples' }).optional(),
    source: SourceSchema.optional().describe('Where the items came from.'),
    items: text('a file name').optional().describe('Items file beside suite.yaml (default items.jsonl).'),
    scoring: oneOf(['generative', 'likelihood'] as const)
      .optional()
      .describe('likelihood (multiple-choice suites): also score each option by its log-likelihood (acc, acc_norm) beside the generative answer. Default generative.'),
    slices: z
      .array(text('an item field name'), { error: 'expected a list of item field names, e.g. [topic]' })
      .refine((l) => new Set(l).size === l.length, { error: 'expected each field once (a field is repeated)' })
      .optional()
      .describe('Item fields (a string or a list of strings per item) to report accuracy and paired tests by, e.g. [topic].'),
    rubric: text('a non-empty rubric text')
      .optional()
      .describe('Free-text suites: the grading rubric (what a fully correct answer must contain, what is partly right); an item may carry its own `rubric`.'),
  })
  .meta({ title: 'bench suite.yaml', description: 'A bench suite: what is asked and how it is scored (see CONTRACT.md).' });

export type SuiteFileParsed = z.infer<typeof SuiteFileSchema>;
