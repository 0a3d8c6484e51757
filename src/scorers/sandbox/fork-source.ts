/**
 * @module scorers/sandbox/fork-source — the Python side of the candidate server (see
 * candidate-server.ts for the protocol). One interpreter per worker, started once inside a
 * bubblewrap sandbox, that never runs model code: per program it forks a keeper, which enters
 * new user, PID, network, IPC, UTS, cgroup and mount namespaces and forks the program's process
 * (PID 1 of its namespace). That process covers /proc with an empty tmpfs (nothing of the
 * server is readable), mounts a fresh /tmp and /dev/shm, brings up its own loopback, applies the
 * limits, drops every capability (bounding and ambient sets too), sets no_new_privs and a seccomp
 * filter refusing new user namespaces (bubblewrap's --disable-userns, which the server's own
 * sandbox cannot have since it makes them), closes every file descriptor but its channel, and
 * only then decodes and runs the program.
 *
 * The server reads nothing but bench's fd 0 (where the keeper, not the server, reads each job)
 * and its keepers' exit statuses; the keeper reads the program's raw pipes and relays them to
 * bench in frames, without interpreting them, and dies with the item.
 */
import { CODEC_PY } from './codec.js';
import { HOOK_PY, SERVE_PY } from './launcher.js';
import type { SandboxLimits } from './types.js';

const MB = 1024 * 1024;

/** Keeper exit code: bench closed the jobs stream (the server ends). */
export const KEEPER_NO_JOB = 10;

const indent = (text: string): string => text.split('\n').map((l) => (l ? `    ${l}` : l)).join('\n');

/** Python source of the server (`python3 -I -B -c`); `cpuS` is each program's CPU-seconds limit. */
export function forkServerSource(limits: SandboxLimits, cpuS: number): string {
  const cpu = Math.max(1, Math.ceil(cpuS));
  return String.raw`
import os, resource as r, sys, select as _sel, fcntl as _fc, struct as _stc, ctypes as _ct, _socket
os.closerange(4, 1 << 20)
${CODEC_PY}
${SERVE_PY}
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

def _frame(kind, data):
    data = kind + len(data).to_bytes(4, 'big') + data
    while data:
        data = data[os.write(1, data):]

def _lo_up():
    s = _socket.socket(_socket.AF_INET, _socket.SOCK_DGRAM)
    try:
        ifr = _stc.unpack('16sH14x', _fc.ioctl(s.fileno(), 0x8913, _stc.pack('16sH14x', b'lo', 0)))
        _fc.ioctl(s.fileno(), 0x8914, _stc.pack('16sH14x', b'lo', ifr[1] | 1))
    finally:
        s.close()

def _confine():
    """In the program's process, PID 1 of its new namespaces: everything before its code runs."""
    _ok(_libc.mount(b'none', b'/', None, _MS_REC | _MS_PRIVATE, None), 'mount --make-rprivate /')
    _ok(_libc.mount(b'none', b'/proc', b'tmpfs', _MS_RDONLY | _MS_NOSUID | _MS_NODEV | _MS_NOEXEC, b'size=4k,mode=555'), 'cover /proc')
    for d in (b'/tmp', b'/dev/shm'):
        _ok(_libc.mount(b'none', d, b'tmpfs', _MS_NOSUID | _MS_NODEV, b'size=${limits.tmpfsMb * MB},mode=1777'), 'tmpfs ' + d.decode())
    os.chdir('/tmp')
    _lo_up()
    os.setsid()
    _ok(_libc.prctl(1, 9, 0, 0, 0), 'PR_SET_PDEATHSIG')
    def lim(k, v): r.setrlimit(k, (v, v))
    lim(r.RLIMIT_NPROC, ${limits.maxProcs})
    lim(r.RLIMIT_AS, ${limits.memoryMb * MB})
    lim(r.RLIMIT_FSIZE, ${limits.tmpfsMb * MB})
    lim(r.RLIMIT_CORE, 0)
    r.setrlimit(r.RLIMIT_CPU, (${cpu}, ${cpu + 1}))
    for c in range(64):
        if _libc.prctl(24, c, 0, 0, 0) != 0:
            break
    _ok(_libc.prctl(47, 4, 0, 0, 0), 'PR_CAP_AMBIENT_CLEAR_ALL')
    _ok(_libc.capset(*_CAPS), 'capset')
    _ok(_libc.prctl(38, 1, 0, 0, 0), 'PR_SET_NO_NEW_PRIVS')
    _ok(_libc.prctl(22, 2, _ct.addressof(_SECCOMP[1]), 0, 0), 'PR_SET_SECCOMP')

def _program(job, fds):
    for i, fd in enumerate(fds):
        os.dup2(fd, i)
    os.closerange(len(fds), 1 << 20)
    _confine()
    if job is None:
        os._exit(0)
    job = _loads(job.decode('utf-8', 'replace'))
    src, entry = job['source'], job['entry']
    del job
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
        try: sys.stdout.flush(); sys.stderr.flush()
        except BaseException: pass
        os._exit(c if type(c) is int else (0 if c is None else 1))
    except BaseException:
        t, v, tb = sys.exc_info()
        hook(t, v, tb.tb_next or tb)
        try: sys.stdout.flush(); sys.stderr.flush()
        except BaseException: pass
        os._exit(1)
    _serve(m.__dict__, entry)

def _read_job():
    head = _read_exact(0, 4)
    job = None if head is None else _read_exact(0, int.from_bytes(head, 'big'))
    if job is None:
        os._exit(${KEEPER_NO_JOB})
    return job

def _keeper(probe):
    """Reads a job, enters the new namespaces (the process keeps its place in the server's PID
    namespace, so the program is PID 1 of a new one), forks the program and relays its streams."""
    job = None if probe else _read_job()
    uid, gid = os.getuid(), os.getgid()
    # RLIMIT_NPROC counts per user namespace and is checked at every level up: the new
    # namespace's cap one level up is this keeper's limit when it makes it, so that must leave
    # room for the server's own processes; the program's cap is its own RLIMIT_NPROC, which
    # counts the keeper and the program (as bubblewrap's init and the program count there).
    r.setrlimit(r.RLIMIT_NPROC, (${limits.maxProcs + 8}, ${limits.maxProcs + 8}))
    _ok(_libc.prctl(4, 1, 0, 0, 0), 'PR_SET_DUMPABLE')
    _ok(_libc.unshare(_NS), 'unshare')
    for name, text in (('setgroups', 'deny'), ('uid_map', '%d %d 1' % (uid, uid)), ('gid_map', '%d %d 1' % (gid, gid))):
        fd = os.open('/proc/self/' + name, os.O_WRONLY)
        try:
            os.write(fd, text.encode())
        finally:
            os.close(fd)
    _ok(_libc.prctl(4, 0, 0, 0, 0), 'PR_SET_DUMPABLE')
    null = os.open(os.devnull, os.O_RDONLY)
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    req_r, req_w = os.pipe()
    rep_r, rep_w = os.pipe()
    fds = [_fc.fcntl(fd, _fc.F_DUPFD_CLOEXEC, 64) for fd in (null, out_w, err_w, req_r, rep_w)]
    pid = os.fork()
    if pid == 0:
        try:
            _program(job, fds)
        except BaseException as e:
            try: os.write(2, ('bench: the sandbox could not be set up: %r\n' % (e,)).encode())
            except BaseException: pass
        os._exit(70)
    del job
    for fd in fds + [null, out_w, err_w, req_r, rep_w]:
        os.close(fd)
    pidfd = os.pidfd_open(pid)
    if probe:
        _, st = os.waitpid(pid, 0)
        os.set_blocking(err_r, False)
        try: os.write(2, os.read(err_r, 4096))
        except OSError: pass
        os._exit(0 if st == 0 else 1)
    _relay(pid, pidfd, {out_r: b'o', err_r: b'e', rep_r: b'r'}, req_w)

def _relay(pid, pidfd, streams, req_w):
    """Until bench's end-of-item chunk: the program's stdout, stderr and replies go to bench as
    frames; bench's chunks on fd 3 go to the program's fd 3. On the end chunk the program (PID 1,
    so its whole namespace) is killed; its exit status goes to bench once all its pipes are empty."""
    os.set_blocking(req_w, False)
    p = _sel.poll()
    for fd in streams:
        p.register(fd, _sel.POLLIN)
    p.register(3, _sel.POLLIN)
    p.register(pidfd, _sel.POLLIN)
    pending = []
    ended = False
    status = None
    reported = False
    while True:
        for fd, ev in p.poll():
            if fd in streams:
                b = os.read(fd, 1 << 16)
                if b:
                    _frame(streams[fd], b)
                else:
                    p.unregister(fd)
                    os.close(fd)
                    del streams[fd]
            elif fd == 3:
                head = _read_exact(3, 4)
                size = None if head is None else int.from_bytes(head, 'big')
                body = _read_exact(3, size) if size else b''
                if size is None or body is None:
                    os._exit(3)
                if size == 0:
                    ended = True
                    p.unregister(3)
                    if status is None:
                        os.kill(pid, 9)
                elif req_w is not None:
                    pending.append(memoryview(body))
            elif fd == pidfd:
                _, st = os.waitpid(pid, 0)
                status = os.waitstatus_to_exitcode(st)
                p.unregister(pidfd)
                os.close(pidfd)
            if req_w is not None and fd == req_w and ev & (_sel.POLLERR | _sel.POLLHUP):
                pending = []
        if req_w is not None and pending:
            while pending:
                try:
                    n = os.write(req_w, pending[0])
                except BlockingIOError:
                    break
                except OSError:
                    pending = []
                    break
                if n < len(pending[0]):
                    pending[0] = pending[0][n:]
                    break
                pending.pop(0)
            if pending:
                p.register(req_w, _sel.POLLOUT)
            else:
                try: p.unregister(req_w)
                except KeyError: pass
        if status is not None and req_w is not None:
            try: p.unregister(req_w)
            except KeyError: pass
            os.close(req_w)
            req_w = None
            pending = []
        if status is not None and not streams and not reported:
            reported = True
            code, sig = (status, -1) if status >= 0 else (-1, -status)
            _frame(b'x', _stc.pack('>ii', code, sig))
        if reported and ended:
            os._exit(0)

def _fork_keeper(probe):
    pid = os.fork()
    if pid == 0:
        try:
            _keeper(probe)
        except BaseException as e:
            try: os.write(2, ('bench: candidate keeper: %r\n' % (e,)).encode())
            except BaseException: pass
            os._exit(1)
    _, st = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(st)

def _main():
    _ok(_libc.prctl(4, 0, 0, 0, 0), 'PR_SET_DUMPABLE')
    if _SECCOMP is None or _fork_keeper(True) != 0:
        _frame(b'U', b'')
        os._exit(0)
    _frame(b'R', b'')
    while True:
        x = _fork_keeper(False)
        if x == ${KEEPER_NO_JOB}:
            os._exit(0)
        if x != 0:
            os._exit(1)
        _frame(b'z', b'')

_main()
`;
}
