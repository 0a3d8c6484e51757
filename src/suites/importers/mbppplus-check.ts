/**
 * @module suites/importers/mbppplus-check — writes an MBPP+ item's Python `check(candidate)`:
 * the candidate runs on every base and plus input and must match the reference solution's
 * output, compared as EvalPlus compares (special oracles, float tolerance).
 *
 * The reference outputs are computed when the check runs (the canonical solution is embedded
 * under a private namespace), so importing needs no Python. Rules follow EvalPlus
 * (evalplus/data/mbpp.py `mbpp_deserialize_inputs`, evalplus/evaluate.py, eval/_special_oracle.py).
 */
import { deflateSync } from 'node:zlib';

/** Inputs above this many characters of JSON are stored zlib-compressed and base64-encoded. */
export const COMPRESS_ABOVE = 8_000;

/** How EvalPlus turns each task's JSON inputs back into Python values (lists → tuples, sets, complex). */
const CONVERSIONS: [number[], string][] = [
  [[2, 116, 132, 143, 222, 261, 273, 394, 399, 421, 424, 429, 470, 560, 579, 596, 616, 630, 726, 740, 744, 809],
    'return [tuple(a) for a in inp]'],
  [[63, 64, 70, 94, 120, 237, 272, 299, 400, 409, 417, 438, 473, 614, 780],
    'return [[tuple(x) for x in a] for a in inp]'],
  [[75, 413, 444, 753], 'return [[tuple(x) for x in inp[0]], inp[1]]'],
  [[106, 750], 'return [inp[0], tuple(inp[1])]'],
  [[115], 'return [[set(x) if isinstance(x, list) and len(x) else {} for x in inp[0]]]'],
  [[124], 'return [float(inp[0]), complex(inp[1])]'],
  [[250, 405, 446, 617, 720, 763, 808], 'return [tuple(inp[0]), inp[1]]'],
  [[259, 401, 445], 'return [tuple(tuple(x) for x in a) for a in inp]'],
  [[278], 'return [tuple(tuple(x) if isinstance(x, list) else x for x in inp[0])]'],
  [[307], 'return [tuple(inp[0]), inp[1], inp[2]]'],
  [[722], 'return [{k: tuple(v) for k, v in inp[0].items()}] + list(inp[1:])'],
  [[252], 'return [complex(inp[0])]'],
  [[580, 615, 791], 'return _bench_all_tuples(inp)'],
];

const SET_EQ = ['similar_elements', 'find_char_long', 'common_in_nested_lists', 'extract_singly', 'larg_nnum',
  'intersection_array', 'find_dissimilar', 'Diff'];
const NOT_NONE = ['check_str', 'text_match_three', 'text_starta_endb'];

/** EvalPlus's special oracles, by entry point: Python lines that may widen `exact`. */
const ORACLES: Record<string, string[]> = {
  are_equivalent: ['exact = True'],
  sum_div: ['exact = exact or got == 0'],
  surface_Area: [
    'm = _bench_math',
    'slant = m.sqrt((inp[0] / 2) ** 2 + inp[1] ** 2)',
    'exact = exact or abs(got - round(inp[0] ** 2 + 4 * (inp[0] * slant) / 2)) <= _BENCH_ATOL',
  ],
  digit_distance_nums: [
    'a, b = str(inp[0]), str(inp[1])',
    'w = max(len(a), len(b))',
    'exact = exact or got == sum(abs(int(x) - int(y)) for x, y in zip(a.zfill(w), b.zfill(w)))',
  ],
};

export interface MbppCheckInput {
  taskId: string;
  entryPoint: string;
  /** prompt + canonical_solution: the reference program. */
  reference: string;
  /** Raw JSON text of base_input and plus_input (NaN, Infinity and big integers kept as written). */
  baseInputJson: string;
  plusInputJson: string;
  baseCount: number;
  plusCount: number;
  /** atol as written in the file (e.g. `0`, `0.0001`). */
  atol: string;
}

/** Helpers every check shares: EvalPlus's float test and allclose (numpy-free), a short repr. */
const PY_HELPERS = `
def _bench_all_tuples(v):
    return tuple(_bench_all_tuples(x) for x in v) if isinstance(v, list) else v


def _bench_is_floats(x):
    if isinstance(x, float):
        return True
    return isinstance(x, (list, tuple)) and len(x) > 0 and all(isinstance(i, float) for i in x)


def _bench_allclose(a, b, atol):
    if isinstance(b, (list, tuple)):
        return isinstance(a, (list, tuple)) and len(a) == len(b) and all(
            _bench_allclose(x, y, atol) for x, y in zip(a, b))
    try:
        return bool(a == b) or abs(a - b) <= atol + 1e-07 * abs(b)
    except Exception:
        return False


def _bench_short(v):
    r = repr(v)
    return r if len(r) <= 160 else r[:157] + "..."
`;

/** Python source defining `check(candidate)` for one MBPP+ task. */
export function mbppCheckSource(t: MbppCheckInput): string {
  const num = Number(/(\d+)\s*$/.exec(t.taskId)?.[1] ?? NaN);
  const conversion = CONVERSIONS.find(([ids]) => ids.includes(num))?.[1] ?? 'return inp';
  const notNone = NOT_NONE.includes(t.entryPoint);
  const oracle = SET_EQ.includes(t.entryPoint)
    ? ['exact = set(got) == set(expected)']
    : notNone
      ? ['exact = got == expected if isinstance(got, bool) else expected == (got is not None)']
      : (ORACLES[t.entryPoint] ?? []);
  // The harness calls check(<entry_point>); when the entry point is itself named `check`
  // (Mbpp/56) our check shadows it, so keep the candidate defined before this source.
  const shadow = t.entryPoint === 'check';
  return [
    `# MBPP+ ${t.taskId}: check(candidate) runs ${t.entryPoint} on ${t.baseCount} base + ${t.plusCount} plus inputs`,
    '# (EvalPlus) and compares each result with the reference solution\'s, as EvalPlus does.',
    'import base64 as _bench_b64, copy as _bench_copy, json as _bench_json, math as _bench_math',
    'import sys as _bench_sys, zlib as _bench_zlib',
    'if hasattr(_bench_sys, "set_int_max_str_digits"):',
    '    _bench_sys.set_int_max_str_digits(0)',
    '',
    `_BENCH_ENTRY = ${pyString(t.entryPoint)}`,
    `_BENCH_ATOL = ${/^-?[\d.eE+-]+$/.test(t.atol) ? t.atol : '0'}`,
    `_BENCH_BASE_COUNT = ${t.baseCount}`,
    `_BENCH_REFERENCE = ${pyString(t.reference)}`,
    `_BENCH_INPUTS = ${inputsExpr(`[${t.baseInputJson}, ${t.plusInputJson}]`)}`,
    ...(shadow ? ['_bench_candidate = globals().get("check")'] : []),
    PY_HELPERS,
    '',
    'def _bench_convert(inp):',
    `    ${conversion}`,
    '',
    '',
    ...matchSource(oracle),
    '',
    '',
    ...checkFunction(shadow, notNone),
  ].join('\n');
}

/** `_bench_match(got, expected, inp)`: EvalPlus's comparison, special oracle first. */
function matchSource(oracle: string[]): string[] {
  return [
    'def _bench_match(got, expected, inp):',
    '    exact = got == expected',
    ...oracle.map((l) => `    ${l}`),
    '    atol = _BENCH_ATOL',
    '    if atol == 0 and _bench_is_floats(expected):',
    '        atol = 1e-6',
    '    if not exact and atol != 0:',
    '        if type(got) != type(expected):',
    '            return False',
    '        if isinstance(expected, (list, tuple)) and len(got) != len(expected):',
    '            return False',
    '        return _bench_allclose(got, expected, atol)',
    '    return bool(exact)',
  ];
}

/**
 * `check(candidate)`: reference and candidate on fresh copies of each input, in order. Where
 * bench's checker provides `_bench_case` (partial credit), every input is one reported case
 * (a candidate exception fails that input only) and the first failure is raised at the end;
 * elsewhere the first failure is raised at once. Tasks compared only on "is it None" ask the
 * checker's `_bench_not_none` (the candidate may return a re.Match, which is not plain data).
 */
function checkFunction(shadow: boolean, notNone: boolean): string[] {
  return [
    'def check(candidate):',
    ...(shadow ? ['    if candidate is check:', '        candidate = _bench_candidate'] : []),
    '    case, total = globals().get("_bench_case"), globals().get("_bench_total")',
    ...(notNone ? ['    not_none = globals().get("_bench_not_none")'] : []),
    '    ns = {"__name__": "_bench_reference"}',
    '    exec(_BENCH_REFERENCE, ns)',
    '    reference = ns[_BENCH_ENTRY]',
    '    base, plus = _BENCH_INPUTS',
    '    if total is not None:',
    '        total(len(base) + len(plus))',
    '    first = None',
    '    for i, raw in enumerate(base + plus):',
    '        inp = _bench_convert(raw)',
    '        expected = reference(*_bench_copy.deepcopy(inp))',
    ...(notNone ? ['        expected = expected is not None'] : []),
    '        which = "base" if i < _BENCH_BASE_COUNT else "plus"',
    '        if case is None:',
    '            got = candidate(*_bench_copy.deepcopy(inp))',
    '            if not _bench_match(got, expected, inp):',
    '                raise AssertionError(',
    '                    f"{which} input {i}: {_bench_short(inp)}: expected {_bench_short(expected)}, got {_bench_short(got)}")',
    '            continue',
    '        try:',
    notNone
      ? '            got = not_none(candidate, *_bench_copy.deepcopy(inp)) if not_none else candidate(*_bench_copy.deepcopy(inp))'
      : '            got = candidate(*_bench_copy.deepcopy(inp))',
    '            ok = _bench_match(got, expected, inp)',
    '            why = None if ok else f"{which} input {i}: {_bench_short(inp)}: expected {_bench_short(expected)}, got {_bench_short(got)}"',
    '        except Exception as e:',
    '            ok, why = False, f"{which} input {i}: {_bench_short(inp)}: raised {type(e).__name__}: {_bench_short(e)}"',
    '        case(ok, why)',
    '        if not ok and first is None:',
    '            first = why',
    '    if first is not None:',
    '        raise AssertionError(first)',
    '',
  ];
}

/** A Python expression evaluating to the inputs list: inline JSON, or zlib+base64 when large. */
function inputsExpr(json: string): string {
  if (json.length <= COMPRESS_ABOVE) return `_bench_json.loads(${pyString(json)})`;
  const b64 = deflateSync(Buffer.from(json, 'utf8'), { level: 9 }).toString('base64');
  const chunks = b64.match(/.{1,96}/g) ?? [];
  return `_bench_json.loads(_bench_zlib.decompress(_bench_b64.b64decode(\n    ${chunks.map((c) => `"${c}"`).join('\n    ')}\n)).decode("utf-8"))`;
}

/** A Python string literal for `s` (a JSON string literal is one, escapes included). */
export function pyString(s: string): string {
  return JSON.stringify(s);
}
