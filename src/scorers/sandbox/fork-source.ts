/**
 * @module scorers/sandbox/fork-source — the Python side of the candidate server (see
 * candidate-server.ts for the protocol). One interpreter per worker, started once inside a
 * bubblewrap sandbox, that never runs model code: per program it forks a keeper, which enters
 * new user, PID, network, IPC, UTS, cgroup and mount namespaces and forks the sandbox's init
 * (PID 1 there), which confines itself and forks the program (confine-source.ts). All that is
 * done before the program's job arrives: the next program's keeper is forked as soon as the
 * current one has read its job, so building the next sandbox overlaps the current program (the
 * two are in namespaces of their own each, as two workers' programs are). The program then reads
 * its job on its stdin, from its keeper.
 *
 * The server reads nothing but bench's fd 0 (where the keeper, not the server, reads each job)
 * and its keepers' exit statuses; the keeper reads the program's raw pipes and relays them to
 * bench in frames, without interpreting them, and dies with the item. The server and keepers are
 * non-dumpable and have no PID in the program's namespace.
 */
import { CODEC_PY } from './codec.js';
import { confineSource } from './confine-source.js';
import { SERVE_PY } from './launcher.js';
import type { SandboxLimits } from './types.js';

/** Keeper exit code: bench closed the jobs stream (the server ends). */
export const KEEPER_NO_JOB = 10;

/** Python source of the server (`python3 -I -B -c`); `cpuS` is each program's CPU-seconds limit. */
export function forkServerSource(limits: SandboxLimits, cpuS: number): string {
  return String.raw`
import os, resource as r, sys, select as _sel, fcntl as _fc, struct as _stc, ctypes as _ct, _socket
os.closerange(4, 1 << 20)
${CODEC_PY}
${SERVE_PY}
${confineSource(limits, cpuS)}
def _frame(kind, data):
    _write_all(1, kind + len(data).to_bytes(4, 'big') + data)

def _read_job():
    head = _read_exact(0, 4)
    job = None if head is None else _read_exact(0, int.from_bytes(head, 'big'))
    if job is None:
        os._exit(${KEEPER_NO_JOB})
    return job

def _keeper(probe, go_w):
    """Builds the next program's sandbox before its job arrives, while the previous program
    runs: enters the new namespaces (the keeper keeps its place in the server's PID namespace, so
    the sandbox's init is PID 1 of a new one) and forks the init, which confines itself and forks
    the program, which waits for its job on its stdin. Then reads the job, tells the server (which
    starts the next keeper), hands the job to the program and relays its streams."""
    uid, gid = os.getuid(), os.getgid()
    # RLIMIT_NPROC counts per user namespace and is checked at every level up: the new
    # namespace's cap one level up is this keeper's limit when it makes it, so that leaves room
    # for the server's own processes and the next program's sandbox, built while this one runs;
    # the program's cap is its own RLIMIT_NPROC (_confine).
    r.setrlimit(r.RLIMIT_NPROC, (${limits.maxProcs + 10}, ${limits.maxProcs + 10}))
    _ok(_libc.prctl(4, 1, 0, 0, 0), 'PR_SET_DUMPABLE')
    _ok(_libc.unshare(_NS), 'unshare')
    for name, text in (('setgroups', 'deny'), ('uid_map', '%d %d 1' % (uid, uid)), ('gid_map', '%d %d 1' % (gid, gid))):
        fd = os.open('/proc/self/' + name, os.O_WRONLY)
        try:
            os.write(fd, text.encode())
        finally:
            os.close(fd)
    _ok(_libc.prctl(4, 0, 0, 0, 0), 'PR_SET_DUMPABLE')
    job_r, job_w = os.pipe()
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    req_r, req_w = os.pipe()
    rep_r, rep_w = os.pipe()
    st_r, st_w = os.pipe()
    ends = [job_r, out_w, err_w, req_r, rep_w, st_w]
    fds = [_fc.fcntl(fd, _fc.F_DUPFD_CLOEXEC, 64) for fd in ends]
    pid = os.fork()
    if pid == 0:
        try:
            _sandbox(fds)
        except BaseException as e:
            try: os.write(2, ('bench: the sandbox could not be set up: %r\n' % (e,)).encode())
            except BaseException: pass
        os._exit(70)
    for fd in fds + ends:
        os.close(fd)
    pidfd = os.pidfd_open(pid)
    job = None if probe else _read_job()
    if job is not None:
        os.write(go_w, b'j')
    os.close(go_w)
    if job is not None:
        try:
            _write_all(job_w, job)
        except OSError:
            pass
    os.close(job_w)
    del job
    if probe:
        _, st = os.waitpid(pid, 0)
        os.set_blocking(err_r, False)
        try: os.write(2, os.read(err_r, 4096))
        except OSError: pass
        os._exit(0 if st == 0 and _status(st, st_r) == 0 else 1)
    _relay(pid, pidfd, {out_r: b'o', err_r: b'e', rep_r: b'r'}, req_w, st_r)

def _status(st, st_r):
    """The program's exit status as its init reported it ('>ii' code, signal), or the init's own."""
    os.set_blocking(st_r, False)
    try:
        b = os.read(st_r, 8)
    except OSError:
        b = b''
    if len(b) == 8:
        code, sig = _stc.unpack('>ii', b)
        return code if code >= 0 else -sig
    return os.waitstatus_to_exitcode(st)

def _relay(pid, pidfd, streams, req_w, st_r):
    """Until bench's end-of-item chunk: the program's stdout, stderr and replies go to bench as
    frames; bench's chunks on fd 3 go to the program's fd 3. On the end chunk the sandbox's init
    (PID 1, so its whole namespace) is killed; the program's exit status goes to bench once all
    its pipes are empty."""
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
                status = _status(st, st_r)
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
    """A keeper building its sandbox; returns its pid and a pipe on which it says once it has
    read its job (EOF without a word: no job, or it is gone), so that only one keeper at a time
    reads bench's jobs."""
    go_r, go_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(go_r)
            _keeper(probe, go_w)
        except BaseException as e:
            try: os.write(2, ('bench: candidate keeper: %r\n' % (e,)).encode())
            except BaseException: pass
            os._exit(1)
    os.close(go_w)
    return pid, go_r

def _wait(pid):
    _, st = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(st)

def _main():
    _ok(_libc.prctl(4, 0, 0, 0, 0), 'PR_SET_DUMPABLE')
    if _SECCOMP is None:
        _frame(b'U', b'')
        os._exit(0)
    pid, go = _fork_keeper(True)
    os.close(go)
    if _wait(pid) != 0:
        _frame(b'U', b'')
        os._exit(0)
    _frame(b'R', b'')
    pid, go = _fork_keeper(False)
    while True:
        # Once this keeper has its job, the next one builds its sandbox while this program runs.
        got = os.read(go, 1)
        os.close(go)
        nxt, go = _fork_keeper(False) if got else (None, None)
        x = _wait(pid)
        if x == ${KEEPER_NO_JOB}:
            os._exit(0)
        if x != 0 or nxt is None:
            os._exit(1)
        _frame(b'z', b'')
        pid = nxt

_main()
`;
}
