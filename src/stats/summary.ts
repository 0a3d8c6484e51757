/**
 * @module stats/summary — records → summary.json (rows, pairwise comparisons, verdicts).
 *
 * One streaming pass (stats/aggregate), then per (suite, model):
 * - `n` items with a scored record; records with `error` are not scored, only counted in
 *   `errors` / `errors_by_kind` (an endpoint failure is never a wrong answer).
 * - `accuracy`: the suite's metric. One sample per item: the fraction correct with a
 *   continuity-corrected Wilson 95% interval (coverage holds at the boundary). Several samples
 *   (pass@1 for code, or sampled accuracy): the mean per-item pass rate with an item-clustered
 *   bootstrap interval. Balanced accuracy and macro-F1 (first scored sample per item) use an item
 *   bootstrap. Every bootstrap interval is widened to the boundary-safe floor of stats/floor. Bootstraps are seeded from `seed`, suite and model,
 *   so the same records always give the same summary, whatever the record order.
 * - `pass_at_k` (code suites): the unbiased estimator per item, averaged over items that have
 *   at least k scored samples.
 * - Latency, TTFT and tokens/s percentiles (type 7) cover scored records that were NOT served
 *   from the cache: a cached record was not measured in this run. tokens/s is the decode rate
 *   (`decodeRate`), over the records where it is defined; null ("—") where none is.
 * - `slices` (when asked for): per slice field of a suite, the same figures per slice value and
 *   Holm-corrected paired tests per slice (stats/slices), and one verdict sentence per field.
 * - `partial_credit` (code suites: the mean share of an item's test cases passed; reference
 *   suites: the mean best token F1), with a conservative Wilson-score interval, and per pair a
 *   paired sign-flip test (stats/partial).
 * - `cost_usd` sums every record's cost (cached ones included: it is the model's price of the
 *   answer); `cost_per_correct_usd` = cost / correct samples, null when nothing is correct.
 */
import type { ManifestSuite, RunRecord, Summary, SummaryRow } from '../store/types.js';
import { SCHEMA_VERSION } from '../store/types.js';
import type { PublicModelSpec } from '../config/types.js';
import { accumulate, CACHED, orNull, WITHHELD, type ModelSamples, type Planned } from './aggregate.js';
import { passRates, reduceItems, scoredCounts, type ItemStats } from './item-stats.js';
import { bootstrapMeanCI, DEFAULT_SEED } from './bootstrap.js';
import { labelMetricCI } from './metrics.js';
import { costPerCorrectInterval } from './cost.js';
import { addPartialComparisons, PARTIAL_SCORERS, partialRowFields } from './partial-summary.js';
import { REFERENCE_PARTIAL } from './partial-verdict.js';

const ciOf = (i: { low: number; high: number } | null): [number, number] | null => (i ? [i.low, i.high] : null);
import { passAtK, defaultKs } from './pass-at-k.js';
import { percentiles } from './percentile.js';
import { wilsonCC } from './proportion.js';
import { withFloor } from './floor.js';
import { comparePairs } from './comparisons.js';
import { suiteVerdict } from './verdict.js';
import { SUMMARY_REPS } from './constants.js';
import { sliceSuite, type SliceField } from './slices.js';
import { sliceSentence } from './slice-verdict.js';
import { mainRecords, VariantCollector } from './variants.js';
import { buildSuiteRobustness } from './robustness-suite.js';
import { answerFormatNote, unreadCounts } from './answer-format.js';
import { orderedCounts } from './id-order.js';

export interface SummaryInput {
  run_id: string;
  complete: boolean;
  suites: ManifestSuite[];
  models: PublicModelSpec[];
  records: Iterable<RunRecord>;
  /** Non-inferiority margin in accuracy points. @default 2 */
  margin_points?: number;
  seed?: number;
  /** suite name → the item fields to slice it by, with each item's values (stats/slices). */
  slices?: ReadonlyMap<string, readonly SliceField[]>;
  /** The records expected per model of a suite (its run items × samples), when known: a size hint for the pass's columns (stats/aggregate), never a figure. */
  planned?: (suite: string) => Planned | undefined;
}

/** A stable 32-bit seed per (seed, parts): FNV-1a over the parts. */
export function seedFor(seed: number, ...parts: string[]): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (const ch of parts.join('\u0000')) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

const LABEL_METRICS = new Set(['balanced_accuracy', 'macro_f1']);
const isLabelMetric = (s: ManifestSuite | undefined): boolean =>
  LABEL_METRICS.has(s?.metric ?? '') || (s?.secondary_metrics ?? []).some((m) => LABEL_METRICS.has(m));

/** Gold and prediction of each scored item's first scored sample, for the label metrics. */
function labelled(m: ModelSamples | undefined, st: ItemStats): Array<{ gold: string; pred: string | null }> {
  const out: Array<{ gold: string; pred: string | null }> = [];
  for (let k = 0; k < st.size; k++) {
    if (st.n[k] === 0) continue;
    const f = st.first[k]!;
    out.push({ gold: m!.str(m!.gold?.[f] ?? 0) ?? '', pred: m!.str(m!.extracted?.[f] ?? 0) });
  }
  return out;
}

/** The suite's secondary label metrics (e.g. macro-F1 for PubMedQA), each with a bootstrap interval. */
function secondaryOf(suite: ManifestSuite, m: ModelSamples | undefined, items: ItemStats, seed: number): SummaryRow['secondary'] {
  const metrics = (suite.secondary_metrics ?? []).filter((x) => LABEL_METRICS.has(x)) as Array<'balanced_accuracy' | 'macro_f1'>;
  if (!metrics.length) return undefined;
  const lab = labelled(m, items);
  const out: NonNullable<SummaryRow['secondary']> = {};
  for (const x of metrics) {
    const ci = lab.length ? labelMetricCI(lab, x, suite.labels, { seed, reps: SUMMARY_REPS }) : null;
    out[x] = { value: ci?.estimate ?? null, ci95: ci ? [ci.low, ci.high] : null };
  }
  return out;
}

function accuracyOf(suite: ManifestSuite, m: ModelSamples | undefined, items: ItemStats, seed: number): Pick<SummaryRow, 'accuracy' | 'ci95' | 'correct'> {
  const { scored, correct, single } = scoredCounts(m, items);
  if (scored === 0) return { accuracy: null, ci95: null, correct };
  if (suite.metric === 'balanced_accuracy' || suite.metric === 'macro_f1') {
    const ci = labelMetricCI(labelled(m, items), suite.metric, suite.labels, { seed, reps: SUMMARY_REPS });
    return { accuracy: ci?.estimate ?? null, ci95: ci ? [ci.low, ci.high] : null, correct };
  }
  if (single) {
    const w = wilsonCC(correct, scored)!;
    return { accuracy: w.estimate, ci95: [w.low, w.high], correct };
  }
  const ci = withFloor(bootstrapMeanCI(passRates(items), { seed, reps: SUMMARY_REPS })!, scored);
  return { accuracy: ci.estimate, ci95: [ci.low, ci.high], correct };
}

function passAtKOf(suite: ManifestSuite, items: ItemStats): Record<string, number> | null {
  if (suite.metric !== 'pass_at_k' && suite.scorer !== 'code') return null;
  let maxN = 0;
  let scored = 0;
  for (let k = 0; k < items.size; k++) if (items.n[k]! > 0) { scored++; maxN = Math.max(maxN, items.n[k]!); }
  if (scored === 0) return null;
  const out: Record<string, number> = {};
  for (const k of defaultKs(maxN, suite.k)) {
    let sum = 0;
    let eligible = 0;
    for (let j = 0; j < items.size; j++) {
      if (items.n[j]! === 0 || items.n[j]! < k) continue;
      sum += passAtK(items.n[j]!, items.c[j]!, k);
      eligible++;
    }
    if (eligible > 0) out[String(k)] = sum / eligible;
  }
  return out;
}

/**
 * Decode rate in tokens/s: (output tokens − 1) / (last token time − first token time): the
 * first token's arrival is TTFT, so n tokens span n − 1 inter-token gaps. Only where at least
 * two tokens arrived at distinct times; otherwise null (an answer of one or two tokens in one
 * chunk would divide by ≈ 0 ms and report tens of thousands of tokens/s).
 */
export function decodeRate(s: { outTok: number | null; decode: number | null }): number | null {
  if (s.outTok === null || s.outTok < 2 || s.decode === null || s.decode <= 0) return null;
  return (s.outTok - 1) / (s.decode / 1000);
}

type Timings = Pick<SummaryRow, 'ttft_ms_p50' | 'ttft_ms_p95' | 'latency_ms_p50' | 'latency_ms_p95' | 'output_tokens_per_s_p50'>;

/** Row totals over every sample of (suite, model), items in first-record order, samples ascending (the cost is summed in id order by buildRow). */
function totals(m: ModelSamples | undefined): Pick<SummaryRow, 'errors_by_kind' | 'refused' | 'input_tokens' | 'output_tokens' | 'reasoning_tokens'> & Timings {
  const errorsByKind: Record<string, number> = {};
  let refused = 0;
  let inTok = 0;
  let outTok = 0;
  let reasoningTok: number | null = null;
  // Latency, TTFT and decode rate of the scored, non-cached samples (NaN: none).
  const ttft: number[] = [];
  const latency: number[] = [];
  const rate: number[] = [];
  for (const item of m?.items() ?? []) {
    for (let s = m!.first(item); s !== -1; s = m!.next[s]!) {
      const kind = m!.correct[s]! < 0 ? m!.errorKind(s) : null;
      if (kind) errorsByKind[kind] = (errorsByKind[kind] ?? 0) + 1;
      if (m!.flags[s]! & WITHHELD) refused++;
      inTok += orNull(m!.inTok[s]!) ?? 0;
      outTok += orNull(m!.outTok[s]!) ?? 0;
      const r = orNull(m!.reasoningTok[s]!);
      if (r !== null) reasoningTok = (reasoningTok ?? 0) + r;
      if (m!.correct[s]! >= 0 && !(m!.flags[s]! & CACHED)) {
        ttft.push(m!.ttft[s]!);
        latency.push(m!.latency[s]!);
        rate.push(decodeRate({ outTok: orNull(m!.outTok[s]!), decode: orNull(m!.decode[s]!) }) ?? NaN);
      }
    }
  }
  const [t50, t95] = percentiles(ttft, [0.5, 0.95]);
  const [l50, l95] = percentiles(latency, [0.5, 0.95]);
  const [tps50] = percentiles(rate, [0.5]);
  return {
    errors_by_kind: orderedCounts(errorsByKind), refused, input_tokens: inTok, output_tokens: outTok, reasoning_tokens: reasoningTok,
    ttft_ms_p50: t50 ?? null, ttft_ms_p95: t95 ?? null, latency_ms_p50: l50 ?? null, latency_ms_p95: l95 ?? null, output_tokens_per_s_p50: tps50 ?? null,
  };
}

function buildRow(suite: ManifestSuite, model: PublicModelSpec, m: ModelSamples | undefined, seed: number): SummaryRow {
  const items = reduceItems(m);
  const t = totals(m);
  const acc = accuracyOf(suite, m, items, seedFor(seed, suite.name, model.id));
  let correctSamples = 0;
  let n = 0;
  const costs: Array<{ cost: number; correct: number }> = [];
  // Cost summed item by item in ascending id order (as every figure here): a sum in record order
  // differs in its last bits between a run, its warm rerun and a merge of its shards.
  let cost = items.costKnown ? 0 : null;
  for (let k = 0; k < items.size; k++) {
    if (cost !== null) cost += items.cost[k]!;
    correctSamples += items.c[k]!;
    if (items.n[k]! > 0) { n++; if (cost !== null) costs.push({ cost: items.cost[k]!, correct: items.c[k]! }); }
  }
  return {
    suite: suite.name, model: model.id, params_b: model.params_b ?? null, tuned: model.tuned ?? null, metric: suite.metric,
    n, ...acc, pass_at_k: passAtKOf(suite, items),
    ...(suite.secondary_metrics?.length ? { secondary: secondaryOf(suite, m, items, seedFor(seed, suite.name, model.id, 'secondary')) } : {}),
    errors: Object.values(t.errors_by_kind).reduce((a, b) => a + b, 0), errors_by_kind: t.errors_by_kind, refused: t.refused,
    ttft_ms_p50: t.ttft_ms_p50, ttft_ms_p95: t.ttft_ms_p95, latency_ms_p50: t.latency_ms_p50, latency_ms_p95: t.latency_ms_p95, output_tokens_per_s_p50: t.output_tokens_per_s_p50,
    input_tokens: t.input_tokens, output_tokens: t.output_tokens, reasoning_tokens: t.reasoning_tokens, cost_usd: cost,
    cost_per_correct_usd: cost !== null && correctSamples > 0 ? cost / correctSamples : null,
    cost_per_correct_ci95: cost === null ? null : ciOf(costPerCorrectInterval(costs)),
    ...unreadCounts(m),
    ...(PARTIAL_SCORERS.has(suite.scorer) ? partialRowFields(suite, items) : {}),
  };
}

function placeholderSuite(name: string): ManifestSuite {
  return { name, version: '', domain: '', metric: 'accuracy', hash: '', items: 0, path: '', scorer: 'exact' };
}

/** model → item → sample 0 right or not (scored items only), for the probes that re-compare on a subset. */
function mainOutcomes(bySuite: Map<string, ModelSamples>): Map<string, Map<string, boolean>> {
  return new Map([...bySuite].map(([model, m]) => {
    const st = reduceItems(m);
    const out = new Map<string, boolean>();
    for (let k = 0; k < st.size; k++) if (st.s0[k]! >= 0) out.set(m.suite.ids[st.item[k]!]!, st.s0[k] === 1);
    return [model, out];
  }));
}

/** Builds summary.json from a run's records (one pass; `output` is never retained). */
export function buildSummary(input: SummaryInput): Summary {
  const suiteByName = new Map(input.suites.map((s) => [s.name, s]));
  // Variant records (probes) never reach the main figures; they feed the robustness section.
  const variants = new VariantCollector();
  const acc = accumulate(mainRecords(input.records, variants), (name) => isLabelMetric(suiteByName.get(name)), input.planned);
  const seed = input.seed ?? DEFAULT_SEED;
  const suites = [...input.suites, ...[...acc.keys()].filter((n) => !suiteByName.has(n)).map(placeholderSuite)];
  const known = new Set(input.models.map((m) => m.id));
  const extraModels = new Set<string>();
  for (const bySuite of acc.values()) for (const id of bySuite.keys()) if (!known.has(id)) extraModels.add(id);
  const models: PublicModelSpec[] = [
    ...input.models,
    ...[...extraModels].map((id) => ({ id, provider: 'openai' as const, model: id, params: {}, concurrency: 1, timeout_s: 0 })),
  ];
  const summary: Summary = { schema_version: SCHEMA_VERSION, run_id: input.run_id, complete: input.complete, rows: [], comparisons: [], verdicts: [], slices: [], robustness: [] };
  for (const suite of suites) {
    const bySuite = acc.get(suite.name) ?? new Map<string, ModelSamples>();
    const rows = models.map((m) => buildRow(suite, m, bySuite.get(m.id), seed));
    const pairs = comparePairs(suite.name, models.map((m) => m.id), bySuite, seedFor(seed, suite.name, 'pairs'));
    summary.rows.push(...rows);
    const format = answerFormatNote(suite.name, models.map((m) => m.id), bySuite);
    if (format) (summary.answer_format ??= []).push(format);
    if (PARTIAL_SCORERS.has(suite.scorer)) addPartialComparisons(pairs.map((p) => p.comparison), bySuite, seedFor(seed, suite.name, 'partial'));
    summary.comparisons.push(...pairs.map((p) => p.comparison));
    const verdict = suiteVerdict({ suite: suite.name, rows, pairs, models, marginPoints: input.margin_points ?? 2 });
    const fields = input.slices?.get(suite.name) ?? [];
    if (fields.length) {
      const sliced = sliceSuite(suite.name, fields, models.map((m) => m.id), bySuite, seedFor(seed, suite.name, 'slices'));
      for (const s of sliced) s.sentence = sliceSentence(s, pairs.map((p) => p.comparison), models);
      summary.slices!.push(...sliced);
      verdict.slice_sentences = sliced.map((s) => s.sentence);
    }
    summary.verdicts.push(verdict);
    summary.robustness!.push(buildSuiteRobustness({
      suite: suite.name, models: models.map((m) => m.id), rows, comparisons: pairs.map((p) => p.comparison), variants, seed: seedFor(seed, suite.name, 'robustness'),
      main: () => mainOutcomes(bySuite),
      ...(suite.scorer === 'reference' && { partialKind: REFERENCE_PARTIAL }),
      probes: suite.scorer !== 'code' && suite.scorer !== 'reference',
    }));
  }
  return summary;
}
