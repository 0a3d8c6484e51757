/**
 * @module store/duckdb — DuckDB's Node API, loaded on first use with `require`.
 *
 * `@duckdb/node-api` is CommonJS whose entry re-exports some forty files. Imported from an ES
 * module, Node scans each of them for its export names before linking (≈ 0.5 s of CPU, more than
 * loading the package itself); `require` loads the same module without that pass. Loaded only
 * when a history store is opened (or preloaded while a run's requests are in flight), so
 * `bench --help` never pays for it.
 */
import { createRequire } from 'node:module';

type DuckDB = typeof import('@duckdb/node-api');

let loaded: DuckDB | undefined;

/** The `@duckdb/node-api` module (loaded once; throws what `require` throws when it is missing). */
export function duckdb(): DuckDB {
  return (loaded ??= createRequire(import.meta.url)('@duckdb/node-api') as DuckDB);
}
