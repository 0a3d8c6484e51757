/**
 * @module reports/notes — the one sentence every report opens with when its figures do not
 * cover the whole run: an interrupted run, or a merge of only some of its shards.
 */
import type { Summary } from '../store/types.js';

export interface CoverageNote {
  /** e.g. `This run did not finish:` */
  title: string;
  text: string;
}

export function coverageNote(summary: Summary): CoverageNote | null {
  const p = summary.partial;
  if (p) {
    const parts = [
      p.missing_shards.length ? `shard(s) ${p.missing_shards.join(', ')} missing` : '',
      p.incomplete_shards.length ? `shard(s) ${p.incomplete_shards.join(', ')} did not finish` : '',
    ].filter(Boolean);
    return { title: 'Partial merge (--allow-partial):', text: `${parts.join('; ')}; the figures cover the merged records only.` };
  }
  return summary.complete ? null : { title: 'This run did not finish:', text: 'the figures cover the finished records only.' };
}

export const noteText = (n: CoverageNote): string => `${n.title} ${n.text}`;
