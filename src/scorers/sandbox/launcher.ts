/**
 * @module scorers/sandbox/launcher — the Python stub that applies the limits, then runs the program.
 *
 * The program arrives on stdin (so no host file has to be shared with the sandbox);
 * stdin is then pointed at /dev/null. Every inherited file descriptor above the ones the role
 * uses is closed first, so nothing bench's own parent leaked reaches the program. Limits are set
 * hard and soft alike, so the program cannot raise them. RLIMIT_NPROC counts per user namespace
 * here: the sandbox is a fresh user namespace run by an unprivileged uid, so the cap is per program.
 *
 * Roles: `program` runs a whole program (fds 0-2). `candidate` reads `{"source", "entry"}` as JSON,
 * runs the source as `__main__`, then serves calls of `entry` on fd 3 (requests) / fd 4 (replies),
 * answering only plain data (see codec.ts), until fd 3 closes. `checker` runs a trusted program
 * that also uses fds 3, 4 (the channel to a candidate) and 5 (its results). `checker-server` runs
 * checker programs one after another, each in a forked child (see checker-server.ts).
 */
import { serverSource } from './server-source.js';
import { CODEC_PY } from './codec.js';
import { cpuRlimitPy } from './deadline.js';
import type { SandboxLimits } from './types.js';

const MB = 1024 * 1024;

export type LauncherRole = 'program' | 'candidate' | 'checker' | 'checker-server';

/** File descriptors each role keeps open (0..n-1). */
export const ROLE_FDS: Readonly<Record<LauncherRole, number>> = { program: 3, candidate: 5, checker: 6, 'checker-server': 6 };

/**
 * The candidate's call loop: a request is `{"args": [...], "kwargs": {...}}` in codec form, with
 * `"view": "not_none"` when the test only asks whether the result is None (a bool passes as is).
 */
export const SERVE_PY = String.raw`
def _serve(g, entry):
    while True:
        try:
            req = _read_frame(3)
        except BaseException:
            _os._exit(3)
        if req is None:
            _os._exit(0)
        try:
            args = _dec(req['args'])
            kwargs = _dec(req['kwargs'])
            fn = g.get(entry)
            if fn is None:
                raise NameError('name %r is not defined' % entry)
            val = fn(*args, **kwargs)
            if req.get('view') == 'not_none':
                val = val if type(val) is bool else val is not None
            try:
                form = _json_form(val)
            except Exception:
                form = None
            try:
                out = {'ok': {'$h': _sha256_hex(form)}} if form is not None and len(form) > _MAX_FRAME // 2 else {'ok': _enc(val)}
            except _NotPlain as e:
                out = {'ok': {'$np': str(e.args[0])}}
        except MemoryError:
            out = {'raise': 'MemoryError', 'msg': ''}
        except BaseException as e:
            try:
                out = {'raise': type(e).__name__, 'msg': str(e)[:500]}
            except BaseException:
                out = {'raise': 'Exception', 'msg': ''}
        try:
            _write_frame(4, out)
        except BaseException:
            _os._exit(3)
`;

/**
 * `hook(t, v, tb)` for sys.excepthook, given the program text in `src` (needs os and sys).
 * The default hook reads source lines from disk; this one puts prog.py in linecache first.
 * linecache and traceback load only when a program fails (importing them costs ~5 ms a run).
 * Out of memory, importing them fails too: say MemoryError in one line and leave at once,
 * without tearing down the heap that filled the address space (freeing 1 GB costs ~0.3 s).
 */
export const HOOK_PY = [
  'def hook(t, v, tb, _s=src):',
  '    if issubclass(t, MemoryError):',
  '        while tb is not None and tb.tb_next is not None: tb = tb.tb_next',
  "        at = f' at line {tb.tb_lineno}' if tb is not None else ''",
  '        tb = v = None',
  '        try: sys.stdout.flush()',
  '        except BaseException: pass',
  "        os.write(2, f'MemoryError: the program ran out of memory{at}\\n'.encode()); os._exit(1)",
  '    import linecache, traceback',
  "    linecache.cache['prog.py'] = (len(_s), None, _s.splitlines(True), 'prog.py')",
  '    traceback.print_exception(t, v, tb)',
].join('\n');

/** Python source passed to `python3 -I -B -c`. `cpuS` is the CPU-seconds limit. */
export function launcherSource(limits: SandboxLimits, cpuS: number, role: LauncherRole = 'program'): string {
  if (role === 'checker-server') return serverSource(limits, cpuS);
  const candidate = role === 'candidate';
  return [
    'import os, resource as r, sys',
    `os.closerange(${ROLE_FDS[role]}, 1 << 20)`,
    ...(candidate
      ? [CODEC_PY, "job = _loads(sys.stdin.buffer.read().decode('utf-8', 'replace'))", "src, entry = job['source'], job['entry']", SERVE_PY]
      : ["src = sys.stdin.buffer.read().decode('utf-8', 'replace')"]),
    'fd = os.open(os.devnull, os.O_RDONLY); os.dup2(fd, 0); os.close(fd)',
    'def lim(k, v): r.setrlimit(k, (v, v))',
    `lim(r.RLIMIT_NPROC, ${limits.maxProcs})`,
    `lim(r.RLIMIT_AS, ${limits.memoryMb * MB})`,
    `lim(r.RLIMIT_FSIZE, ${limits.tmpfsMb * MB})`,
    'lim(r.RLIMIT_CORE, 0)',
    cpuRlimitPy(cpuS),
    HOOK_PY,
    'sys.excepthook = hook',
    "m = type(sys)('__main__'); m.__file__ = 'prog.py'; m.__builtins__ = __builtins__",
    "sys.modules['__main__'] = m; sys.argv = ['prog.py']",
    "code = compile(src, 'prog.py', 'exec')",
    'del src, fd, lim, r, hook',
    'exec(code, m.__dict__)',
    ...(candidate ? ['_serve(m.__dict__, entry)'] : []),
  ].join('\n');
}
