/**
 * @module suites/key-order — the order a prompt lists an object's keys in (options A, B, …; 10
 * after 9): an English collator with numeric ordering.
 *
 * The collator is built on first use, not when a module loads: the first one a process builds
 * loads ICU's collation data (≈ 6 ms of CPU), which every `bench run` paid before its first
 * request, three times over (the template, the rotation probe and likelihood scoring each built
 * one at load). Keys that are all single capital letters A–Z (every multiple-choice suite's
 * options) are sorted without it: the collator orders them alphabetically, as a plain sort does.
 */

let collator: Intl.Collator | undefined;

/** Compares two keys as the prompt orders them. */
export function compareKeys(a: string, b: string): number {
  return (collator ??= new Intl.Collator('en', { numeric: true })).compare(a, b);
}

/** Sorts `keys` in place into the order the prompt lists them, and returns it. */
export function sortKeys(keys: string[]): string[] {
  for (const k of keys) {
    if (k.length !== 1 || k < 'A' || k > 'Z') return keys.sort(compareKeys);
  }
  return keys.sort();
}
