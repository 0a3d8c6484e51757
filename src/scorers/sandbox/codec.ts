/**
 * @module scorers/sandbox/codec — the Python side of the call channel between a checker and a
 * candidate: length-prefixed JSON frames carrying plain data only.
 *
 * Plain data is None, bool, int, float, complex, str, bytes, list, tuple, dict, set and
 * frozenset, nested; exact types only (`type(v) is int`, never `isinstance`), so a subclass of
 * int/str/list with its own `__eq__` is not plain. JSON has lists, strings and numbers; the
 * others travel as one-key objects: `{"$t": [...]}` tuple, `{"$s": [...]}` set, `{"$fs": [...]}`
 * frozenset, `{"$d": [[k, v], ...]}` dict (any plain hashable key, order kept), `{"$b": base64}`
 * bytes, `{"$c": [re, im]}` complex, and `{"$np": "TypeName"}` for "the value was not plain".
 * The standard library's Counter, OrderedDict and defaultdict travel as dicts (their equality is
 * dict equality). A reply too large for a frame travels as `{"$h": sha256}` of its JSON form
 * (tuples as lists, sets sorted) and the checker compares it by digest, so only equality holds.
 * Decoding builds fresh built-in objects and never calls anything the peer chose.
 */

/** Largest frame either side accepts (a bigger reply fails the item as not plain). */
export const MAX_FRAME_BYTES = 16 * 1024 * 1024;

/** Python source defining `_enc`, `_dec`, `_NotPlain`, `_read_frame`, `_write_frame`, `_write_all`. */
export const CODEC_PY = String.raw`
import _json as _cj, binascii as _ba, os as _os, sys as _sys
if hasattr(_sys, 'set_int_max_str_digits'):
    _sys.set_int_max_str_digits(0)
_MAX_FRAME = ${MAX_FRAME_BYTES}
_MAX_DEPTH = 100

# JSON through the C accelerator directly: the json package pulls in re (~10 ms of start-up
# per interpreter); the accelerator is what json.loads/json.dumps run anyway.
class _JsonSyntax:
    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}.__getitem__

_scan = _cj.make_scanner(_JsonSyntax())

def _loads(s):
    try:
        v, end = _scan(s, 0)
    except StopIteration:
        raise ValueError('not JSON') from None
    if end != len(s):
        raise ValueError('extra data after the JSON value')
    return v

def _no_default(v):
    raise TypeError('Object of type %s is not JSON serializable' % type(v).__name__)

def _dumps(v, default=_no_default):
    return ''.join(_cj.make_encoder({}, default, _cj.encode_basestring_ascii, None, ':', ',', False, False, True)(v, 0))

def _b64enc(b):
    return _ba.b2a_base64(b, newline=False).decode('ascii')

def _b64dec(s):
    try:
        return _ba.a2b_base64(s, strict_mode=True)
    except TypeError:
        import base64
        return base64.b64decode(s, validate=True)

def _is_dict(t):
    """dict, or the standard library's dict subclasses (they keep dict equality and travel as
    dicts); collections is looked up, not imported: a value of its types means it is loaded."""
    if t is dict:
        return True
    c = _sys.modules.get('collections')
    return c is not None and (t is c.Counter or t is c.OrderedDict or t is c.defaultdict)

def _json_default(v):
    t = type(v)
    if t is set or t is frozenset:
        return sorted((_dumps(x, _json_default) for x in v))
    if t is bytes:
        return {'$b': _b64enc(v)}
    if t is complex:
        return {'$c': [v.real, v.imag]}
    raise TypeError(t.__name__)

def _json_form(v):
    """A value's JSON form (tuples as lists, sets sorted); raises TypeError for what JSON cannot hold."""
    return _dumps(v, _json_default)

def _sha256_hex(s):
    try:
        from _sha256 import sha256
    except ImportError:
        from hashlib import sha256
    return sha256(s.encode('ascii')).hexdigest()

def _digest(v):
    """SHA-256 of a value's JSON form and its length: how a value too large for a frame is
    compared. Raises TypeError for what JSON cannot hold."""
    s = _json_form(v)
    return _sha256_hex(s), len(s)

class _Digest:
    """Stands in the checker for a value too large for a frame: equal to what has the same digest."""
    __slots__ = ('hex',)
    __hash__ = None
    def __init__(self, h):
        self.hex = h
    def __eq__(self, other):
        if type(other) is _Digest:
            return self.hex == other.hex
        try:
            return _digest(other)[0] == self.hex
        except Exception:
            return False
    def __ne__(self, other):
        return not self.__eq__(other)
    def __repr__(self):
        return '<a value over %d MB, sha256 %s>' % (_MAX_FRAME >> 20, self.hex[:12])

class _NotPlain(Exception):
    pass

def _enc(v, d=0):
    t = type(v)
    if v is None or t is bool or t is int or t is float or t is str:
        return v
    if d > _MAX_DEPTH:
        raise _NotPlain('nested deeper than %d' % _MAX_DEPTH)
    if t is list:
        return [_enc(x, d + 1) for x in v]
    if t is tuple:
        return {'$t': [_enc(x, d + 1) for x in v]}
    if _is_dict(t):
        return {'$d': [[_enc(k, d + 1), _enc(x, d + 1)] for k, x in dict.items(v)]}
    if t is set:
        return {'$s': [_enc(x, d + 1) for x in v]}
    if t is frozenset:
        return {'$fs': [_enc(x, d + 1) for x in v]}
    if t is bytes:
        return {'$b': _b64enc(v)}
    if t is complex:
        return {'$c': [v.real, v.imag]}
    raise _NotPlain(t.__name__)

def _dec(v, d=0):
    t = type(v)
    if v is None or t is bool or t is int or t is float or t is str:
        return v
    if d > _MAX_DEPTH + 1:
        raise _NotPlain('nested deeper than %d' % _MAX_DEPTH)
    if t is list:
        return [_dec(x, d + 1) for x in v]
    if t is not dict or len(v) != 1:
        raise _NotPlain('malformed value')
    (k, x), = v.items()
    if k == '$np':
        raise _NotPlain(str(x)[:80])
    if k == '$b' and type(x) is str:
        return _b64dec(x.encode('ascii'))
    if k == '$h' and type(x) is str and len(x) == 64:
        return _Digest(x)
    if type(x) is not list:
        raise _NotPlain('malformed value')
    if k == '$t':
        return tuple(_dec(y, d + 1) for y in x)
    if k == '$s':
        return set(_dec(y, d + 1) for y in x)
    if k == '$fs':
        return frozenset(_dec(y, d + 1) for y in x)
    if k == '$c' and len(x) == 2 and all(type(y) in (int, float) for y in x):
        return complex(x[0], x[1])
    if k == '$d':
        out = {}
        for p in x:
            if type(p) is not list or len(p) != 2:
                raise _NotPlain('malformed dict')
            out[_dec(p[0], d + 1)] = _dec(p[1], d + 1)
        return out
    raise _NotPlain('malformed value')

# In a child of the checker server (checker-server.ts) fd 4 carries bench's chunks; this reads them.
_fd4 = getattr(_sys, '_bench_fd4', None)

def _read_exact(fd, n):
    if fd == 4 and _fd4 is not None:
        return _fd4(n)
    parts = []
    while n > 0:
        b = _os.read(fd, min(n, 1 << 20))
        if not b:
            return None
        parts.append(b)
        n -= len(b)
    return b''.join(parts)

def _read_frame(fd):
    """The next frame's JSON, decoded as JSON only (not _dec); None at end of stream."""
    head = _read_exact(fd, 4)
    if head is None:
        return None
    n = int.from_bytes(head, 'big')
    if n > _MAX_FRAME:
        raise _NotPlain('a frame of %d bytes (limit %d)' % (n, _MAX_FRAME))
    body = _read_exact(fd, n)
    if body is None:
        return None
    return _loads(body.decode('utf-8'))

def _write_all(fd, data):
    while data:
        data = data[_os.write(fd, data):]

def _write_frame(fd, obj):
    body = _dumps(obj).encode('utf-8')
    _write_all(fd, len(body).to_bytes(4, 'big') + body)
`;
