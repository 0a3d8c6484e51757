/**
 * @module cli/tasks-dir — where suite names are looked up: `--tasks` (default
 * `./tasks`), falling back to the suites shipped with bench when the default
 * folder does not exist in the current directory.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../version.js';

export function resolveTasksDir(flag: string): string {
  const local = path.resolve(flag);
  if (fs.existsSync(local) || flag !== 'tasks') return local;
  return path.join(PACKAGE_ROOT, 'tasks');
}
