/**
 * @module scorers/sandbox/confine-source — the Python that runs inside a program's new
 * namespaces, in the candidate server's forks (fork-source.ts): the sandbox's init (PID 1, as
 * bubblewrap's own init) confines itself, then forks the program and reaps.
 *
 * Before the program's code runs: a fresh /proc for the new PID namespace (only the program's own
 * processes; where the kernel refuses the mount, an empty tmpfs covers /proc, so nothing of the
 * server is readable either way), a fresh /tmp and /dev/shm, its own loopback, the limits, no
 * capability left (bounding and ambient sets too), no_new_privs, and a seccomp filter refusing
 * new user namespaces (bubblewrap's --disable-userns, which the server's sandbox cannot have
 * since it makes one per program); every file descriptor but the program's 0-4 closed.
 */
import { HOOK_PY } from './launcher.js';
import { cpuRlimitPy } from './deadline.js';
import type { SandboxLimits } from './types.js';

const MB = 1024 * 1024;

const indent = (text: string, by = '    '): string => text.split('\n').map((l) => (l ? by + l : l)).join('\n');

/** Defines `_ok`, `_libc`, `_NS`, `_SECCOMP` and `_sandbox(fds)` (needs os, r, sys, _ct, _fc, _stc, _socket, _loads, _serve). */
export function confineSource(limits: SandboxLimits, cpuS: number): string {
  return String.raw`
_libc = _ct.CDLL(None, use_errno=True)
_libc.mount.argtypes = [_ct.c_char_p, _ct.c_char_p, _ct.c_char_p, _ct.c_ulong, _ct.c_char_p]
_libc.prctl.argtypes = [_ct.c_int, _ct.c_ulong, _ct.c_ulong, _ct.c_ulong, _ct.c_ulong]
_libc.unshare.argtypes = [_ct.c_int]
_NS = 0x00020000 | 0x04000000 | 0x08000000 | 0x10000000 | 0x20000000 | 0x40000000 | 0x02000000
_NEWUSER = 0x10000000
_MS_RDONLY, _MS_NOSUID, _MS_NODEV, _MS_NOEXEC, _MS_REC, _MS_PRIVATE = 1, 2, 4, 8, 0x4000, 1 << 18
# arch -> (AUDIT_ARCH, clone, unshare, clone3, refuse syscall numbers >= 0x40000000 (x32))
_ARCHES = {'x86_64': (0xC000003E, 56, 272, 435, True), 'aarch64': (0xC00000B7, 220, 97, 435, False)}

def _ok(rc, what):
    if rc != 0:
        e = _ct.get_errno()
        raise OSError(e, '%s: %s' % (what, os.strerror(e)))

def _filter():
    """seccomp: another architecture's calls kill; clone3 says ENOSYS (so clone is used, whose
    flags can be read); unshare or clone with CLONE_NEWUSER says EPERM; the rest is allowed."""
    arch = _ARCHES.get(os.uname().machine)
    if arch is None:
        return None
    audit, clone, unshare, clone3, x32 = arch
    def op(code, jt, jf, k):
        return _stc.pack('=HBBI', code, jt, jf, k)
    LD, JEQ, JGE, JSET, RET = 0x20, 0x15, 0x35, 0x45, 0x06
    ALLOW, ERRNO, KILL = 0x7fff0000, 0x00050000, 0x80000000
    prog = [
        op(LD, 0, 0, 4), op(JEQ, 1, 0, audit), op(RET, 0, 0, KILL),
        op(LD, 0, 0, 0),
        op(JGE, 0, 1, 0x40000000 if x32 else 0xffffffff), op(RET, 0, 0, ERRNO | 38),
        op(JEQ, 0, 1, clone3), op(RET, 0, 0, ERRNO | 38),
        op(JEQ, 1, 0, unshare), op(JEQ, 0, 3, clone),
        op(LD, 0, 0, 16), op(JSET, 0, 1, _NEWUSER), op(RET, 0, 0, ERRNO | 1),
        op(RET, 0, 0, ALLOW),
    ]
    buf = _ct.create_string_buffer(b''.join(prog))
    class Prog(_ct.Structure):
        _fields_ = [('len', _ct.c_ushort), ('filter', _ct.c_void_p)]
    return buf, Prog(len(prog), _ct.addressof(buf))

_SECCOMP = _filter()
_CAPS = ((_ct.c_uint32 * 2)(0x20080522, 0), (_ct.c_uint32 * 6)())

def _lo_up():
    s = _socket.socket(_socket.AF_INET, _socket.SOCK_DGRAM)
    try:
        ifr = _stc.unpack('16sH14x', _fc.ioctl(s.fileno(), 0x8913, _stc.pack('16sH14x', b'lo', 0)))
        _fc.ioctl(s.fileno(), 0x8914, _stc.pack('16sH14x', b'lo', ifr[1] | 1))
    finally:
        s.close()

def _confine():
    _ok(_libc.mount(b'none', b'/', None, _MS_REC | _MS_PRIVATE, None), 'mount --make-rprivate /')
    if _libc.mount(b'proc', b'/proc', b'proc', _MS_NOSUID | _MS_NODEV | _MS_NOEXEC, None) != 0:
        _ok(_libc.mount(b'none', b'/proc', b'tmpfs', _MS_RDONLY | _MS_NOSUID | _MS_NODEV | _MS_NOEXEC, b'size=4k,mode=555'), 'cover /proc')
    for d in (b'/tmp', b'/dev/shm'):
        _ok(_libc.mount(b'none', d, b'tmpfs', _MS_NOSUID | _MS_NODEV, b'size=${limits.tmpfsMb * MB},mode=1777'), 'tmpfs ' + d.decode())
    os.chdir('/tmp')
    _lo_up()
    os.setsid()
    _ok(_libc.prctl(1, 9, 0, 0, 0), 'PR_SET_PDEATHSIG')
    def lim(k, v): r.setrlimit(k, (v, v))
    # One more than the program's cap: the keeper counts in this user namespace too (as
    # bubblewrap's init and the program count in a sandbox of its own).
    lim(r.RLIMIT_NPROC, ${limits.maxProcs + 1})
    lim(r.RLIMIT_AS, ${limits.memoryMb * MB})
    lim(r.RLIMIT_FSIZE, ${limits.tmpfsMb * MB})
    lim(r.RLIMIT_CORE, 0)
    ${cpuRlimitPy(cpuS)}
    for c in range(64):
        if _libc.prctl(24, c, 0, 0, 0) != 0:
            break
    _ok(_libc.prctl(47, 4, 0, 0, 0), 'PR_CAP_AMBIENT_CLEAR_ALL')
    _ok(_libc.capset(*_CAPS), 'capset')
    _ok(_libc.prctl(38, 1, 0, 0, 0), 'PR_SET_NO_NEW_PRIVS')
    _ok(_libc.prctl(22, 2, _ct.addressof(_SECCOMP[1]), 0, 0), 'PR_SET_SECCOMP')
    # Like bubblewrap's init: its environ readable to the program in the new /proc. It holds
    # nothing but the status pipe, and it is as confined as the program.
    _ok(_libc.prctl(4, 1, 0, 0, 0), 'PR_SET_DUMPABLE')

def _sandbox(fds):
    """PID 1 of the new namespaces. fds become 0 (the job, then /dev/null), 1-4 (the program's)
    and 5 (the program's exit status to the keeper, '>ii' code, signal). When the program ends,
    so does this init, and the kernel kills whatever else is left in the namespace."""
    for i, fd in enumerate(fds):
        os.dup2(fd, i)
    os.closerange(len(fds), 1 << 20)
    _confine()
    pid = os.fork()
    if pid == 0:
        os.close(5)
        job = _take_job()
        if job is None:
            os._exit(0)
        _program(job)
    for fd in range(5):
        os.close(fd)
    while True:
        p, st = os.wait()
        if p == pid:
            x = os.waitstatus_to_exitcode(st)
            os.write(5, _stc.pack('>ii', *((x, -1) if x >= 0 else (-1, -x))))
            os._exit(0)

def _take_job():
    """The job, read to its end from stdin (None when there is none); stdin is then /dev/null."""
    parts = []
    while True:
        b = os.read(0, 1 << 16)
        if not b:
            break
        parts.append(b)
    fd = os.open(os.devnull, os.O_RDONLY)
    os.dup2(fd, 0)
    os.close(fd)
    return b''.join(parts) or None

def _finish(code):
    """The end of a whole program, as the interpreter's own: threads joined, atexit, flush."""
    try:
        t = sys.modules.get('threading')
        if t is not None:
            t._shutdown()
        a = sys.modules.get('atexit')
        if a is not None:
            a._run_exitfuncs()
    except BaseException:
        pass
    try: sys.stdout.flush(); sys.stderr.flush()
    except BaseException: pass
    os._exit(code)

def _program(job):
    """The program: a candidate (a source that then serves calls of its entry on fds 3/4) or
    a whole program (fds 3/4 closed)."""
    job = _loads(job.decode('utf-8', 'replace'))
    whole = 'program' in job
    src, entry = (job['program'], None) if whole else (job['source'], job['entry'])
    del job
    if whole:
        os.close(3); os.close(4)
${indent(HOOK_PY)}
    sys.excepthook = hook
    m = type(sys)('__main__'); m.__file__ = 'prog.py'; m.__builtins__ = __builtins__
    sys.modules['__main__'] = m; sys.argv = ['prog.py']
    try:
        code = compile(src, 'prog.py', 'exec')
        del src
        exec(code, m.__dict__)
    except SystemExit as e:
        c = e.code
        if c is not None and type(c) is not int:
            try: print(c, file=sys.stderr)
            except BaseException: pass
        _finish(c if type(c) is int else (0 if c is None else 1))
    except BaseException:
        t, v, tb = sys.exc_info()
        hook(t, v, tb.tb_next or tb)
        _finish(1)
    if whole:
        _finish(0)
    _serve(m.__dict__, entry)
`;
}
