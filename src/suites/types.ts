/**
 * @module suites/types — what is asked and what counts as right.
 *
 * A suite folder (CONTRACT.md) is `suite.yaml` + `items.jsonl`. This file is the
 * in-memory shape after loading and validation; importers write the same shape.
 */
import type { ItemSpans } from './item-spans.js';

export type Metric = 'accuracy' | 'balanced_accuracy' | 'macro_f1' | 'pass_at_k';
export type ScorerType = 'choice' | 'label' | 'exact' | 'code' | 'reference' | 'judge';

/** One item: a unique string `id` plus the fields its template and scorer read. */
export interface Item {
  id: string;
  /** Multiple choice: letter → option text. */
  choices?: Record<string, string>;
  /** Gold answer: a letter (choice), a label (label), a string (exact). Code items have none. */
  answer?: string;
  /** Why the gold answer is right (shipped suites carry one). */
  rationale?: string;
  /** Code items. */
  prompt?: string;
  test?: string;
  entry_point?: string;
  language?: string;
  canonical_solution?: string;
  [field: string]: unknown;
}

export interface ScorerConfig {
  type: ScorerType;
  /** label scorer: the allowed labels. */
  labels?: string[];
  /** label scorer: accepted synonyms per label (label → synonyms). */
  aliases?: Record<string, string[]>;
  /** code scorer: the program shape (`humaneval`: prompt + completion + test + check(entry_point)). */
  harness?: 'humaneval' | 'assertion';
  /** code scorer: where the tests run (`checker`, the default: a separate trusted process; `in_process`: inside the program). */
  isolation?: 'checker' | 'in_process';
  language?: string;
  /** code scorer: ks to report pass@k for (default [1] and 10 when samples ≥ 10). */
  k?: number[];
  /** code scorer: base time limit per program, seconds (CPU time, with a wall-clock backstop; scaled by calibration). */
  timeout_s?: number;
  /** code scorer: memory limit per program, MB. */
  memory_mb?: number;
  /** reference scorer: `exact` (default: normalised match with the reference or an alias) or `f1` (also token F1 ≥ f1_threshold). */
  match?: 'exact' | 'f1';
  /** reference scorer, `match: f1`: the token F1 that counts as correct (default 0.8). */
  f1_threshold?: number;
  /** reference scorer: absolute tolerance when the reference and the answer are numbers (default 0; an item may set its own). */
  numeric_tolerance?: number;
  /** Judging: the model id that grades answers (`judge` scorer, or any scorer to be judged as well). */
  judge?: string;
  /** Judging: several judges (the first decides a judge-scored suite's records). */
  judges?: string[];
  /** Judging: `grade` (default) or `pairwise`. */
  mode?: 'grade' | 'pairwise';
  /** Judging: the grade scale, best first, or a numeric one. */
  grades?: string[] | { min: number; max: number; pass: number };
  /** Judging with a list of grades: those that count as correct (default: the first). */
  pass?: string[];
  /** choice and label scorers: `judge` asks the judge to read replies the rules leave unread. */
  extract?: 'rules' | 'judge';
  [option: string]: unknown;
}

export interface FewShot {
  /** Template fields for the example's user turn. */
  fields: Record<string, unknown>;
  /** The assistant reply shown for it. */
  output: string;
}

export interface SuiteSource {
  dataset: string;
  file?: string;
  sha256?: string;
  license?: string;
  url?: string;
  split?: string;
}

export interface Suite {
  name: string;
  domain: string;
  description: string;
  version: string;
  metric: Metric;
  /** Further label metrics reported beside the main one (e.g. PubMedQA: macro_f1). */
  secondary_metrics?: Metric[];
  scorer: ScorerConfig;
  system?: string;
  template: string;
  fewshot: FewShot[];
  source?: SuiteSource;
  /** Item fields the reports slice by (`slices` in suite.yaml). */
  slices?: string[];
  /** `likelihood`: multiple-choice items are also scored by the log-likelihood of each option. */
  scoring?: 'generative' | 'likelihood';
  /** Free-text suites: what a fully correct answer must contain, for graders (an item's own `rubric` narrows it). */
  rubric?: string;
  items: Item[];
  /** The items file the items were read from (absolute), when loaded from a folder. */
  itemsFile?: string;
  /** Where each loaded item's line lies in `itemsFile` (suites/item-spans). */
  itemSpans?: ItemSpans;
  /** Folder the suite was loaded from. */
  dir: string;
  /** sha256 of suite.yaml + items.jsonl bytes: the suite's content hash. */
  hash: string;
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/**
 * The shape of `suite.yaml` on disk (importers write it; the loader validates it).
 *
 * Prompt rendering: `{{field}}` (spaces inside the braces allowed) is replaced by
 * the item's field: a string as is; a number or boolean via String(); an array of
 * strings joined by newlines; an object (e.g. `choices`) as one `KEY. value` line
 * per entry, in key order. A placeholder naming a field that an item lacks is a
 * load-time error naming the item id and the field — never an empty string.
 *
 * Messages sent: [system] + per few-shot example (user: template rendered with its
 * `fields`, assistant: its `output`) + user: template rendered with the item.
 */
export interface SuiteFile {
  name: string;
  domain: string;
  description: string;
  version: string;
  /** Default from the scorer: choice/label/exact → accuracy, code → pass_at_k. */
  metric?: Metric;
  /** Further label metrics reported beside the main one (label suites). */
  secondary_metrics?: Metric[];
  scorer: ScorerConfig;
  system?: string;
  template: string;
  fewshot?: FewShot[];
  source?: SuiteSource;
  /** Items file beside suite.yaml; default `items.jsonl`. */
  items?: string;
  /** Item fields (a string or a list of strings per item) the reports slice by, e.g. `[topic]`. */
  slices?: string[];
  /** `likelihood` (multiple-choice suites): also score each option by its log-likelihood. */
  scoring?: 'generative' | 'likelihood';
  /** Free-text suites: the grading rubric (what a fully correct answer must contain, what is partly right). */
  rubric?: string;
}
