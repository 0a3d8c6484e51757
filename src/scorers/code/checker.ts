/**
 * @module scorers/code/checker — the trusted checker: runs an item's tests in a process of its
 * own, with `candidate` a proxy that forwards each call to the sandboxed candidate program.
 *
 * The checker runs only suite text (the item's prompt, for the helpers it defines, and its
 * `test`), never model text; what comes back from the candidate is plain data rebuilt by the
 * codec, so an answer cannot bring its own `__eq__`, patch the checker's builtins, or print the
 * verdict: the verdict is the checker's own lines on fd 5, which the candidate cannot reach.
 *
 * Test cases (partial credit): each top-level statement of `check`'s body that holds an `assert`
 * (other than `assert <constant>`) is one case, run on even when an earlier one failed; a test
 * may instead report its own cases through `_bench_total(n)` / `_bench_case(ok, message)` (the
 * MBPP+ check does, one case per input). A check with neither is one case.
 *
 * Lines on fd 5 (JSON): `{"total": n}`, `{"case": i, "ok": bool, "msg": str|null}`, and last
 * `{"done": true, "passed": bool, "gone": bool, "nonplain": str|null, "memory": bool,
 *   "error": str|null, "test_error": bool}`.
 */
import { CODEC_PY } from '../sandbox/codec.js';
import { PER_ITEM_MARK } from '../sandbox/server-source.js';

export interface CheckJob {
  /** The item's prompt (suite text): run first when it is Python, for the helpers it defines. */
  prompt: string;
  /** The item's test source, defining `check(candidate)`. */
  test: string;
  /** The entry point: in the test's globals it names the proxy too (HumanEval/33 calls it so). */
  entry: string;
}

const CHECKER_PY = String.raw`
import _ast, builtins as _builtins
# _ast (built in) rather than ast: the ast module pulls in enum, contextlib and more (~8 ms of
# start-up); the checker needs only parsing, a walk and source positions.

class _Gone(BaseException):
    pass

class _NonPlainResult(BaseException):
    pass

class CandidateError(Exception):
    pass

_st = {'gone': False, 'nonplain': None, 'memory': False, 'total': None, 'cases': 0, 'failed': 0}

def _emit(obj):
    data = (_dumps(obj) + '\n').encode('utf-8')
    while data:
        data = data[_os.write(5, data):]

def _short(s, n=300):
    s = str(s)
    return s if len(s) <= n else s[:n - 3] + '...'

def _raise_from(name, msg):
    if name == 'MemoryError':
        _st['memory'] = True
        raise MemoryError(msg)
    cls = getattr(_builtins, name, None) if type(name) is str else None
    if isinstance(cls, type) and issubclass(cls, Exception) and not issubclass(cls, (StopIteration, StopAsyncIteration)):
        raise cls(msg)
    raise CandidateError('%s: %s' % (_short(name, 80), msg))

def candidate(*args, **kwargs):
    return _call(None, args, kwargs)

def _bench_not_none(fn, *args, **kwargs):
    """fn(*args) if it is a bool, else whether it is not None, asked of the candidate as such
    (MBPP+ checks of functions that may return a re.Match compare only that)."""
    if fn is candidate:
        return _call('not_none', args, kwargs)
    v = fn(*args, **kwargs)
    return v if isinstance(v, bool) else v is not None

def _call(view, args, kwargs):
    if _st['gone']:
        raise _Gone()
    if _st['nonplain'] is not None:
        raise _NonPlainResult()
    try:
        req = {'args': _enc(list(args)), 'kwargs': _enc(dict(kwargs))}
        if view is not None:
            req['view'] = view
    except _NotPlain as e:
        raise TypeError('bench: the test passed a value that is not plain data (%s); this suite needs isolation: in_process' % e.args[0])
    try:
        _write_frame(3, req)
        reply = _read_frame(4)
    except (BrokenPipeError, ConnectionError):
        reply = None
    except Exception as e:
        _st['nonplain'] = 'unreadable reply (%s)' % _short(e, 120)
        raise _NonPlainResult()
    if reply is None:
        _st['gone'] = True
        raise _Gone()
    try:
        if type(reply) is dict and set(reply) == {'ok'}:
            return _dec(reply['ok'])
        if type(reply) is dict and set(reply) == {'raise', 'msg'} and type(reply['msg']) is str:
            kind = reply['raise']
        else:
            raise _NotPlain('malformed reply')
    except _NotPlain as e:
        _st['nonplain'] = _short(e.args[0], 120)
        raise _NonPlainResult()
    except Exception as e:
        _st['nonplain'] = 'unreadable reply (%s)' % _short(e, 120)
        raise _NonPlainResult()
    _raise_from(kind, _short(reply['msg'], 500))

def _bench_total(n):
    _st['total'] = int(n)
    _emit({'total': int(n)})

def _bench_case(ok, msg=None):
    i = _st['cases']
    _st['cases'] = i + 1
    if not ok:
        _st['failed'] += 1
    _emit({'case': i, 'ok': bool(ok), 'msg': None if ok else _short(msg)})

def _bench_fail(seg, e):
    _bench_case(False, '%s: %s\n    %s' % (type(e).__name__, _short(e, 200), seg))

def _walk(node):
    todo = [node]
    while todo:
        n = todo.pop()
        yield n
        for f in n._fields:
            v = getattr(n, f, None)
            if isinstance(v, _ast.AST):
                todo.append(v)
            elif isinstance(v, list):
                todo.extend(x for x in v if isinstance(x, _ast.AST))

def _has_assert(node):
    return any(isinstance(n, _ast.Assert) and not isinstance(n.test, _ast.Constant) for n in _walk(node))

def _first_line(src, node):
    """The first line of node's source (positions are UTF-8 byte offsets), at most 200 characters."""
    try:
        line = src.replace('\r\n', '\n').replace('\r', '\n').split('\n')[node.lineno - 1].encode('utf-8')
        end = node.end_col_offset if node.end_lineno == node.lineno else None
        return line[node.col_offset:end].decode('utf-8', 'replace')[:200]
    except Exception:
        return ''

def _locate(node, at):
    """Gives the nodes bench built (and only those missing a position) the position of at."""
    for n in _walk(node):
        if 'lineno' in n._attributes and not hasattr(n, 'lineno'):
            n.lineno, n.col_offset = at.lineno, at.col_offset
            n.end_lineno, n.end_col_offset = at.end_lineno, at.end_col_offset
    return node

def _split(tree, src):
    """Wrap each assert-holding statement of check's body; returns the number of cases."""
    checks = [n for n in tree.body if isinstance(n, _ast.FunctionDef) and n.name == 'check']
    if not checks:
        return 0
    fn = checks[-1]
    body, cases = [], 0
    for stmt in fn.body:
        if not _has_assert(stmt):
            body.append(stmt)
            continue
        seg = _first_line(src, stmt)
        fail = _ast.Expr(_ast.Call(_ast.Name('_bench_fail', _ast.Load()), [_ast.Constant(seg), _ast.Name('_bench_e', _ast.Load())], []))
        ok = _ast.Expr(_ast.Call(_ast.Name('_bench_case', _ast.Load()), [_ast.Constant(True)], []))
        handler = _ast.ExceptHandler(_ast.Name('_bench_Exception', _ast.Load()), '_bench_e', [fail])
        body.append(_locate(_ast.Try([stmt], [handler], [ok], []), stmt))
        cases += 1
    if cases:
        fn.body = body
    return cases

def _main(job):
    done = {'done': True, 'passed': False, 'gone': False, 'nonplain': None, 'memory': False, 'error': None, 'test_error': False}
    ns = {'__name__': '__bench_check__', '__builtins__': _builtins}
    try:
        exec(compile(job['prompt'], 'prompt.py', 'exec'), ns)
    except BaseException:
        pass
    ns[job['entry']] = candidate
    ns.update(_bench_case=_bench_case, _bench_total=_bench_total, _bench_fail=_bench_fail, _bench_Exception=Exception,
              _bench_not_none=_bench_not_none)
    try:
        tree = compile(job['test'], 'test.py', 'exec', _ast.PyCF_ONLY_AST)
        split = _split(tree, job['test'])
        code = compile(tree, 'test.py', 'exec')
    except BaseException as e:
        done.update(error='%s: %s' % (type(e).__name__, _short(e)), test_error=True)
        _emit(done)
        return
    if split:
        _bench_total(split)
    completed = False
    try:
        exec(code, ns)
        check = ns.get('check')
        if not callable(check):
            raise NameError('the test defines no check(candidate)')
        check(candidate)
        completed = True
    except _Gone:
        pass
    except _NonPlainResult:
        pass
    except BaseException as e:
        import traceback
        tb = ''.join(traceback.format_exception(type(e), e, e.__traceback__, limit=-3))
        done['error'] = _short(tb, 1200)
    if _st['total'] is None and _st['cases'] == 0:
        _bench_total(1)
        _bench_case(completed, done['error'])
    done.update(gone=_st['gone'], nonplain=_st['nonplain'], memory=_st['memory'])
    done['passed'] = (completed and _st['failed'] == 0 and not _st['gone'] and _st['nonplain'] is None
                      and not _st['memory'] and (_st['total'] is None or _st['cases'] == _st['total']))
    _emit(done)
`;

/** The whole checker program for one item (run by the sandbox's launcher in the `checker` role). */
export function checkerProgram(job: CheckJob): string {
  return `${CODEC_PY}\n${CHECKER_PY}${PER_ITEM_MARK}_main(_loads(${JSON.stringify(JSON.stringify(job))}))\n`;
}
