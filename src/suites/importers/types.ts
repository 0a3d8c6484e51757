/**
 * @module suites/importers/types — an importer turns a public benchmark release
 * file into a suite folder (suite.yaml + items.jsonl, CONTRACT.md).
 */
import type { Item, SuiteFile } from '../types.js';

export type ImportFormat = 'humaneval' | 'mbppplus' | 'medqa' | 'pubmedqa' | 'legalbench';

export interface ImportOptions {
  /** Suite name (default: the format's name, e.g. `medqa`). */
  name?: string;
  /** Keep the first n items. */
  limit?: number;
  /** Keep a seeded random sample of n items. */
  sample?: number;
  seed?: number;
  /** pubmedqa: a test_ground_truth.json whose keys select the official test split. */
  ids?: string;
  /** runImport: replace an existing suite folder of the same name. */
  force?: boolean;
  /** Where downloaded URLs are cached (default `$BENCH_CACHE_DIR/downloads` or `~/.cache/bench/downloads`). */
  cacheDir?: string;
}

export interface ImportedSuite {
  suite: SuiteFile;
  items: Item[];
}

export interface Importer {
  readonly format: ImportFormat;
  /** `input` is a file path, a folder (legalbench) or an http(s) URL. */
  import(input: string, options: ImportOptions): Promise<ImportedSuite>;
}
