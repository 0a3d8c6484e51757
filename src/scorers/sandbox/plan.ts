/**
 * @module scorers/sandbox/plan — the command line that starts one program: bubblewrap or bare.
 *
 * bubblewrap gives the program new user, PID, network, IPC, UTS and cgroup namespaces,
 * a read-only view of /usr (and the /lib, /bin links python needs) and nothing else of the
 * host, a size-limited writable /tmp and /dev/shm, and a read-only root and /dev.
 * When bench runs as root, bubblewrap itself is started as `nobody`: the kernel does not
 * enforce RLIMIT_NPROC for root, so only an unprivileged uid makes the process cap real.
 */
import { existsSync, lstatSync, readlinkSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { forkServerSource } from './fork-source.js';
import { launcherSource, type LauncherRole } from './launcher.js';
import type { LaunchPlan, SandboxLimits } from './types.js';

/** The unprivileged uid/gid programs run as (outside and inside the sandbox). */
export const NOBODY = 65534;
const MB = 1024 * 1024;

/** The environment every sandboxed program (and bubblewrap itself) gets: nothing of bench's. */
export const SANDBOX_ENV: Readonly<Record<string, string>> = Object.freeze({
  PATH: '/usr/local/bin:/usr/bin:/bin',
  HOME: '/tmp',
  LANG: 'C.UTF-8',
});

/** uid/gid to spawn with: `nobody` when bench is root, else bench's own (already unprivileged). */
export function dropUid(): { uid?: number; gid?: number } {
  return process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};
}

/** The host paths bound read-only: /usr, the top-level links into it, and python's prefix. */
function fsArgs(pythonPath: string): string[] {
  const args = ['--ro-bind', '/usr', '/usr'];
  for (const dir of ['/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32']) {
    if (!existsSync(dir)) continue;
    const st = lstatSync(dir);
    if (st.isSymbolicLink()) args.push('--symlink', readlinkSync(dir), dir);
    else if (st.isDirectory()) args.push('--ro-bind', dir, dir);
  }
  let real = pythonPath;
  try {
    real = realpathSync(pythonPath);
  } catch {
    // a missing interpreter shows up as the probe's failure
  }
  const prefix = path.dirname(path.dirname(real));
  if (!real.startsWith('/usr/') && prefix !== '/') args.push('--ro-bind', prefix, prefix);
  return args;
}

/** bubblewrap arguments for one program, ending with the python command line. */
export function bwrapPlan(bwrapPath: string, pythonPath: string, limits: SandboxLimits, cpuS: number, role: LauncherRole = 'program'): LaunchPlan {
  return bwrapLaunch(bwrapPath, pythonPath, limits, true, launcherSource(limits, cpuS, role));
}

/**
 * bubblewrap arguments for the worker's candidate server (fork-source.ts). Its sandbox is the
 * same as a program's but may create user namespaces: it makes one per program, and each
 * program's own seccomp filter refuses them from there on.
 */
export function forkServerPlan(bwrapPath: string, pythonPath: string, limits: SandboxLimits, cpuS: number): LaunchPlan {
  return bwrapLaunch(bwrapPath, pythonPath, limits, false, forkServerSource(limits, cpuS));
}

function bwrapLaunch(bwrapPath: string, pythonPath: string, limits: SandboxLimits, disableUserns: boolean, source: string): LaunchPlan {
  const tmpfs = String(limits.tmpfsMb * MB);
  const env = Object.entries(SANDBOX_ENV).flatMap(([k, v]) => ['--setenv', k, v]);
  const args = [
    '--unshare-all', '--unshare-user', ...(disableUserns ? ['--disable-userns'] : []),
    '--die-with-parent', '--new-session', '--hostname', 'sandbox',
    '--clearenv', ...env,
    ...fsArgs(pythonPath),
    '--proc', '/proc', '--dev', '/dev',
    '--size', tmpfs, '--perms', '1777', '--tmpfs', '/tmp',
    '--size', tmpfs, '--perms', '1777', '--tmpfs', '/dev/shm',
    '--remount-ro', '/dev', '--remount-ro', '/',
    '--chdir', '/tmp', '--uid', String(NOBODY), '--gid', String(NOBODY),
    '--', pythonPath, '-I', '-B', '-c', source,
  ];
  return { command: bwrapPath, args, interpreterDepth: 2, ...dropUid() };
}

/** The unisolated fallback (explicit opt-in only): same limits, no namespaces. */
export function barePlan(pythonPath: string, limits: SandboxLimits, cpuS: number, role: LauncherRole = 'program'): LaunchPlan {
  return { command: pythonPath, args: ['-I', '-B', '-c', launcherSource(limits, cpuS, role)], interpreterDepth: 0, ...dropUid() };
}
