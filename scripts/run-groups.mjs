/**
 * @module scripts/run-groups — part of the build (scripts/build-bundle): from rolldown's default
 * chunks of the `bench` binary, the chunk groups that make `bench run` load a few large ES
 * modules instead of dozens of small ones before its first request.
 *
 * - `run`: the modules only the `run` command's static graph needs (beyond the entry's);
 * - `core`: the part of that graph the report thread loads as it starts (report-worker.js and
 *   the report phase it imports at once): one chunk for both, so the thread loads nothing the
 *   run path alone needs (the HTTP client, the providers, the executor);
 * - `shared`: the part the thread loads only if it needs it later (the suite loader and zod for
 *   the drill-down's prompts…), apart so the thread does not load it as it starts;
 * - the entry's own graph (errors, secrets, version, heap, help) stays as it is, so `bench --help`
 *   and `--version` load nothing more than before, and every other command keeps its chunk.
 * Only a module's chunk changes, never its code, and modules keep their import order within a
 * chunk. Each captured module's dependencies stay where they are (not pulled into a group): the
 * entry's modules must stay out of them.
 */

/**
 * `chunks`: rolldown's output of a first pass (OutputChunk objects). Returns the `codeSplitting`
 * groups for the second pass, or null when the `run` command's chunk is not there.
 */
export function runGroups(chunks) {
  const byFile = new Map(chunks.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
  const runCommand = [...byFile.values()].find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith('/cli/commands/run.js'));
  const main = byFile.get('main.js');
  const worker = byFile.get('report-worker.js');
  if (!runCommand || !main || !worker) return null;
  const reach = (file, dynamic, seen = new Set()) => {
    if (seen.has(file) || !byFile.has(file)) return seen;
    seen.add(file);
    const c = byFile.get(file);
    for (const f of dynamic ? [...c.imports, ...c.dynamicImports] : c.imports) reach(f, dynamic, seen);
    return seen;
  };
  const entry = reach(main.fileName, false);
  // What the thread loads as it starts (its entry and the report phase it imports at once), and
  // what it may load later (the drill-down's suite loader, DuckDB's store…).
  const threadAtStart = reach(worker.fileName, false);
  for (const file of worker.dynamicImports) reach(file, false, threadAtStart);
  const threadLater = reach(worker.fileName, true);
  const run = new Set();
  const core = new Set();
  const later = new Set();
  for (const file of reach(runCommand.fileName, false)) {
    if (entry.has(file)) continue;
    const group = threadAtStart.has(file) ? core : threadLater.has(file) ? later : run;
    for (const id of byFile.get(file).moduleIds) group.add(id);
  }
  return [
    { name: 'run', test: (id) => run.has(id), includeDependenciesRecursively: false },
    { name: 'core', test: (id) => core.has(id), includeDependenciesRecursively: false },
    { name: 'shared', test: (id) => later.has(id), includeDependenciesRecursively: false },
  ];
}
