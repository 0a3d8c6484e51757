/** A minimal in-memory Suite for scorer tests. */
import type { Item, ScorerConfig, Suite } from '../../src/suites/types.js';

export function makeSuite(scorer: ScorerConfig, items: Item[]): Suite {
  return {
    name: 'fixture',
    domain: 'test',
    description: 'scorer test fixture',
    version: '0.0.0',
    metric: 'accuracy',
    scorer,
    template: '{{question}}',
    fewshot: [],
    items,
    dir: '/nonexistent/fixture',
    hash: '0'.repeat(64),
  };
}
