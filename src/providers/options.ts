/**
 * @module providers/options — knobs shared by the HTTP providers, and the parameter merge.
 */
import type { GenParams, ModelSpec } from '../config/types.js';
import type { RepetitionOptions } from './repetition.js';
import type { Timeouts } from './transport.js';

export interface ProviderOptions {
  /** Override the timeouts derived from `timeout_s` (see `timeoutsFor`). */
  timeouts?: Partial<Timeouts>;
  /** Loop detection thresholds; `false` turns the guard off. */
  repetition?: RepetitionOptions | false;
}

/** The model's params overlaid with the request's; undefined values dropped. */
export function mergedParams(spec: ModelSpec, request: GenParams): GenParams {
  const out: GenParams = {};
  for (const [k, v] of Object.entries({ ...spec.params, ...request })) if (v !== undefined) out[k] = v;
  return out;
}
