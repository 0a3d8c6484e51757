/**
 * @module scorers/code/item — the code scorer's rule for its items (`prompt`, `test`,
 * `entry_point`, each a non-empty string), apart from the sandbox so the suite loader can ask it
 * without loading the sandbox.
 */
import { describeValue } from '../../config/yaml.js';
import type { ItemCheck } from '../types.js';

export const CODE_FIELDS = ['prompt', 'test', 'entry_point'] as const;

export const checkCodeItem: ItemCheck = (item) =>
  CODE_FIELDS.filter((f) => typeof item[f] !== 'string' || (item[f] as string).trim() === '').map(
    (f) => `field \`${f}\`: expected a non-empty string, got ${describeValue(item[f])}`,
  );
