/**
 * @module runner/batch-split — which requests go in which batch: in order, a new batch whenever
 * the next request would pass the provider's request count (OpenAI 50,000, Anthropic 100,000)
 * or its size in bytes as the provider counts it (OpenAI's input file, 200 MB; Anthropic's
 * request body, 256 MB). A request that alone passes the byte limit fits in no batch: it is
 * returned apart, for the runner to record as that item's error.
 */

/** What a provider allows in one batch, and the bytes a batch takes beyond its encoded requests. */
export interface BatchLimits {
  maxRequests: number;
  maxBytes: number;
  /** Bytes each request adds besides its encoding (a newline, a comma). */
  perRequest: number;
  /** Bytes a batch takes once (Anthropic's `{"requests":[…]}`). */
  fixed: number;
}

export interface BatchSplit {
  /** Indexes into the sizes, one array per batch, in order. */
  groups: number[][];
  /** Indexes of requests larger than a whole batch may be. */
  oversized: number[];
}

/** Splits requests of `sizes` bytes (their encodings) into batches within `limits`. */
export function splitBatches(sizes: readonly number[], limits: BatchLimits): BatchSplit {
  const groups: number[][] = [];
  const oversized: number[] = [];
  let current: number[] = [];
  let bytes = limits.fixed;
  sizes.forEach((size, i) => {
    const cost = size + limits.perRequest;
    if (limits.fixed + cost > limits.maxBytes) {
      oversized.push(i);
      return;
    }
    if (current.length > 0 && (current.length >= limits.maxRequests || bytes + cost > limits.maxBytes)) {
      groups.push(current);
      current = [];
      bytes = limits.fixed;
    }
    current.push(i);
    bytes += cost;
  });
  if (current.length > 0) groups.push(current);
  return { groups, oversized };
}

/** `bytes` for a message: `1.5 MB`, `820 kB`, `312 bytes` (decimal units, as the providers state their limits). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${+(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${+(bytes / 1e3).toFixed(1)} kB`;
  return `${bytes} bytes`;
}
