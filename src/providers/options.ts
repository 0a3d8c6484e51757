/**
 * @module providers/options — knobs shared by the HTTP providers, and the parameter merge.
 */
import type { GenParams, ModelSpec } from '../config/types.js';
import type { RepetitionOptions } from './repetition.js';
import type { Timeouts } from './http/transport.js';
import type { ReplicaOptions } from './replicas.js';

export interface ProviderOptions {
  /** Override the timeouts derived from `timeout_s` (see `timeoutsFor`). */
  timeouts?: Partial<Timeouts>;
  /** Loop detection thresholds; `false` turns the guard off. */
  repetition?: RepetitionOptions | false;
  /** [replicas] Per-replica circuit settings (failures in a row, time out). */
  replicas?: ReplicaOptions;
  /**
   * Most connections per endpoint origin (default: one per request in flight, so a request never
   * waits for one). A request that does wait is timed from when it got its connection.
   */
  connections?: number;
}

/**
 * The model's params overlaid with the request's; undefined values dropped. With a `seed`,
 * sample i draws with seed + i (as the gguf provider does), so k samples are not k copies.
 */
export function mergedParams(spec: ModelSpec, request: GenParams, sample = 0): GenParams {
  const out: GenParams = {};
  for (const [k, v] of Object.entries({ ...spec.params, ...request })) if (v !== undefined) out[k] = v;
  if (typeof out.seed === 'number' && sample > 0) out.seed += sample;
  return out;
}
