/**
 * @module scorers/sandbox/server-source — the Python side of the checker server (see
 * checker-server.ts for the protocol): compiles the constant part of checker programs once,
 * forks a child per item, reports its exit, and drops the item's unread chunks.
 */
import { CODEC_PY } from './codec.js';
import { cpuRlimitPy } from './deadline.js';
import type { SandboxLimits } from './types.js';

/** Splits a checker program into the part the server compiles once and the per-item rest. */
export const PER_ITEM_MARK = '\n# bench: per item\n';
/** Marks the end of an item on fd 3 (a frame never has this length). */
export const END_MARK = 0xffffffff;

const MB = 1024 * 1024;

/** Python source of the server (`python3 -I -B -c`); `cpuS` is each child's CPU-seconds limit. */
export function serverSource(limits: SandboxLimits, cpuS: number): string {
  return String.raw`
import os, resource as r, sys
os.closerange(6, 1 << 20)
def lim(k, v): r.setrlimit(k, (v, v))
lim(r.RLIMIT_NPROC, ${limits.maxProcs})
lim(r.RLIMIT_AS, ${limits.memoryMb * MB})
lim(r.RLIMIT_FSIZE, ${limits.tmpfsMb * MB})
lim(r.RLIMIT_CORE, 0)
import _ast
${CODEC_PY}
_MARK = ${JSON.stringify(PER_ITEM_MARK)}
_cache = {}

# The codec's _read_exact reads raw bytes here: its fd 4 hook is None in the server (it is set
# in each child, for the checker's own copy of the codec).

def _chunks(gone_w):
    """Reads n bytes of the candidate's stream from bench's chunks on fd 4 (None at its end),
    whole chunks at a time, so the pipe is at a chunk boundary whenever this process ends."""
    buf = bytearray()
    state = {'end': False}
    def read(n):
        while len(buf) < n and not state['end']:
            head = _read_exact(4, 4)
            size = None if head is None else int.from_bytes(head, 'big')
            body = _read_exact(4, size) if size else None
            if body is None:
                state['end'] = True
                if size == 0:
                    os.write(gone_w, b'E')
                break
            buf.extend(body)
        if len(buf) < n:
            return None
        out = bytes(buf[:n])
        del buf[:n]
        return out
    return read

def _child(src, gone_w):
    os.setpgid(0, 0)
    fd = os.open(os.devnull, os.O_RDONLY); os.dup2(fd, 0); os.close(fd)
    ${cpuRlimitPy(cpuS)}
    sys._bench_fd4 = _chunks(gone_w)
    code = 0
    try:
        head, sep, tail = src.partition(_MARK)
        parts = [_cache.get(head) or compile(head, 'checker.py', 'exec'), compile(tail, 'checker.py', 'exec')] if sep else [compile(src, 'checker.py', 'exec')]
        m = type(sys)('__main__'); m.__builtins__ = __builtins__
        sys.modules['__main__'] = m
        for c in parts:
            exec(c, m.__dict__)
    except SystemExit as e:
        code = e.code if type(e.code) is int else (0 if e.code is None else 1)
    except MemoryError:
        os.write(2, b'MemoryError: the checker ran out of memory\n'); code = 1
    except BaseException:
        import traceback
        traceback.print_exc(); code = 1
    try:
        sys.stdout.flush(); sys.stderr.flush()
    except BaseException:
        pass
    os._exit(code)

def _serve():
    while True:
        head = _read_exact(0, 4)
        src = None if head is None else _read_exact(0, int.from_bytes(head, 'big'))
        if src is None:
            os._exit(0)
        src = src.decode('utf-8', 'replace')
        top, sep, _ = src.partition(_MARK)
        if sep and top not in _cache:
            try:
                code = compile(top, 'checker.py', 'exec')
                _cache.clear(); _cache[top] = code
            except BaseException:
                pass
        gone_r, gone_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(gone_r)
            _child(src, gone_w)
        os.close(gone_w)
        _, st = os.waitpid(pid, 0)
        try:
            os.killpg(pid, 9)
        except OSError:
            pass
        os.set_blocking(gone_r, False)
        try:
            gone = os.read(gone_r, 1) == b'E'
        except BlockingIOError:
            gone = False
        os.close(gone_r)
        x = os.waitstatus_to_exitcode(st)
        _write_all(5, ('\n' + _dumps({'exit': True, 'code': x if x >= 0 else None, 'signal': -x if x < 0 else None}) + '\n').encode())
        while not gone:
            h = _read_exact(4, 4)
            n = None if h is None else int.from_bytes(h, 'big')
            if n is None or (n and _read_exact(4, n) is None):
                os._exit(0)
            gone = n == 0
        _write_all(3, (${END_MARK}).to_bytes(4, 'big'))

_serve()
`;
}
