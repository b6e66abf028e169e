#!/usr/bin/env python3
"""Generates valid_programs.jsonl: valid Python snippets (and every program
in the engine's reference corpus, tests/data/corpus/reference/) with a canonical dump of CPython 3.11's AST for each,
including every node's position, so the Rust test can compare shapes and
spans exactly. Run with CPython 3.11:

    python3 tools/parser/make_valid_programs.py

The dump format is mirrored by `dump` in tests/parser_valid_programs.rs."""
import ast, json, os, struct, sys

SNIPPETS = [
    "x = 1\n", "x = y = z = 0\n", "a, b = b, a\n", "a, *b = [1, 2, 3]\n", "*a, b = c\n",
    "[a, (b, *c)] = d\n", "x.y = 1\n", "x[0] = 1\n", "x[1:2] = []\n", "x[::2] = y\n",
    "x += 1\n", "x -= 1; x *= 2; x /= 3; x //= 4; x %= 5\n", "x **= 2\nx @= m\nx &= 1\nx |= 2\nx ^= 3\nx <<= 1\nx >>= 1\n",
    "x: int\n", "x: int = 5\n", "(x): int = 5\n", "self.x: float = 0.0\n", "d['k']: str\n",
    "if x:\n    pass\n", "if x:\n    a\nelif y:\n    b\nelif z:\n    c\nelse:\n    d\n",
    "while x < 10:\n    x += 1\nelse:\n    print('done')\n", "for i in range(10):\n    if i % 2:\n        continue\n    break\nelse:\n    pass\n",
    "for a, b in pairs:\n    print(a, b)\n", "for (a, b), *c in x: pass\n", "for x in 1, 2, 3: pass\n",
    "def f(): pass\n", "def f(a, b=1, *args, c, d=2, **kwargs): return a\n", "def f(a, /, b, *, c): pass\n",
    "def f(a, b=2, /, c=3, *, d, e=5): pass\n", "def f(*, a): pass\n", "def f(x: int, y: 'str' = 'a') -> bool:\n    return True\n",
    "def f(*args: int, **kw: str) -> None: ...\n", "async def main():\n    await asyncio.sleep(1)\n",
    "async def f():\n    async for x in aiter():\n        print(x)\n    async with lock:\n        pass\n",
    "async def f():\n    async with a as b, c as d:\n        pass\n", "@dec\ndef f(): pass\n", "@a.b(c)\n@d\nclass C: pass\n",
    "@property\ndef f(self): return self._f\n", "class A: pass\n", "class A(B): pass\n", "class A(B, C, metaclass=M): x = 1\n",
    "class E(Exception):\n    def __init__(self, msg):\n        super().__init__(msg)\n        self.msg = msg\n",
    "try:\n    pass\nexcept ValueError:\n    pass\n", "try:\n    x\nexcept (A, B) as e:\n    y\nexcept C:\n    z\nelse:\n    w\nfinally:\n    v\n",
    "try:\n    pass\nfinally:\n    pass\n", "try:\n    pass\nexcept:\n    raise\n",
    "try:\n    pass\nexcept* ValueError as eg:\n    pass\nexcept* (TypeError, KeyError):\n    pass\n",
    "raise ValueError('x')\n", "raise ValueError from e\n", "raise\n", "with open(f) as g: pass\n", "with a, b as c: pass\n",
    "with (a as b, c as d): pass\n", "with (a as b, c as d,): pass\n", "with (a, b): pass\n", "def f():\n    with (yield): pass\n",
    "global a, b\n", "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n", "del a, b[0], c.d\n", "del (a, b)\n",
    "assert x\n", "assert x, 'msg'\n", "import os\n", "import os.path as p, sys\n", "from . import x\n", "from .. a import (b as c, d,)\n",
    "from ...pkg.mod import *\n", "from a.b import c\n", "pass\n", "...\n", "'''doc'''\n", "x = 1  # comment\n# only a comment\n",
    "x = 0x1F + 0o17 + 0b101 + 1_000_000\n", "x = 1.5 + .5 + 5. + 1e10 + 1.5e-3 + 1_0.0_1 + 1E+5\n", "x = 3j + 1.5J + 1e3j\n",
    "x = 123456789012345678901234567890\n", "x = 0\ny = 00\nz = 0_0\n", "x = 1if y else 2\n",
    "s = 'a' \"b\" '''c''' \"\"\"d\"\"\"\n", "s = r'\\d+' R'\\n'\n", "s = b'abc' B'\\x00\\xff' rb'\\d' Br'x'\n",
    "s = u'unicode'\n", "s = '\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r\\0\\101\\x41\\u0041\\U00000041'\n", "s = '\\N{BULLET} \\N{EM DASH}'\n",
    "s = 'line \\\ncontinued'\n", "s = '''multi\nline'''\n", "s = 'caf\u00e9 \u2192 \U0001F600'\n", "s = '\\q'\n",
    "f'{x}'\n", "f'a{x}b{y!r}c{z:>10}'\n", "f'{x!s:{w}.{p}f}'\n", "f'{x=}'\n", "f'{x = }'\n", "f'{x=:.2f}'\n", "f'{x=!s}'\n",
    "f'{{literal}} {x}'\n", "f'{a[\"k\"]}'\n", "f'{\"nested\"}'\n", "f'''{\nx\n}'''\n", "f'{x:{y}}'\n", "f'{3.14:.1%}'\n",
    "x = 'a' f'{b}' 'c'\n", "x = f'{a}' f'{b}'\n", "rf'\\d{x}'\n", "f'{(lambda: 1)()}'\n", "f'{x:,}'\n", "f'{x!r:^{w}}'\n",
    "f'{d[\"a\"]!r} {a if b else c}'\n", "f''\n", "f'plain'\n", "f'{x}' '' f''\n", "f'{ x }'\n",
    "x = a if b else c\n", "x = a or b and not c\n", "x = not not a\n", "x = a < b <= c != d\n", "x = a in b\nx = a not in b\n",
    "x = a is b\ny = a is not b\n", "x = -a ** -b\n", "x = ~a + +b - -c\n", "x = a | b ^ c & d << e >> f\n",
    "x = a + b * c / d // e % f @ g\n", "x = (a + b) * c\n", "x = a ** b ** c\n", "x = await_ = 1\n",
    "x = lambda: 0\n", "x = lambda a, b=1, *c, d, **e: a\n", "x = lambda *, a: a\n", "x = lambda a, /, b: a\n",
    "x = [1, 2, 3]\n", "x = []\n", "x = ()\n", "x = (1,)\n", "x = 1,\n", "x = {}\n", "x = {1, 2}\n", "x = {'a': 1, **b, 'c': 2}\n",
    "x = [*a, *b]\n", "x = {*a, *b}\n", "x = (*a, *b)\n", "print(*args, **kwargs)\n", "f(a, *b, c=1, **d)\n", "f(a for a in b)\n",
    "f(x)(y)(z)\n", "a.b.c.d\n", "a[1][2]\n", "a[1, 2]\n", "a[1:2, ::3]\n", "a[:]\n", "a[::]\n", "a[i:]\n", "a[:j]\n",
    "a[*b]\n", "x = [i * 2 for i in range(10) if i % 2]\n", "x = {k: v for k, v in d.items()}\n", "x = {i for i in s}\n",
    "x = (i for i in s)\n", "x = [(i, j) for i in a for j in b if i if j]\n", "x = [y for x in z for y in x]\n",
    "async def f():\n    return [x async for x in aiter()]\n", "async def f():\n    return [await x for x in y]\n",
    "if (n := len(a)) > 10:\n    pass\n", "x = [y := f(x), y ** 2]\n", "print(f'{(x := 5)}')\n", "while chunk := read():\n    pass\n",
    "def g():\n    yield\n    yield 1\n    yield from h()\n    x = yield\n", "lambda: (yield)\n",
    "match = 1\ncase = 2\n_ = 3\nprint(match, case, _)\n", "type = 5\n", "print(not x)\n", "x = a if b else c if d else e\n",
    "x = [\n    1,\n    2,\n]\n", "x = (1 +\n     2)\n", "x = 1 + \\\n    2\n", "if a and \\\n   b:\n    pass\n",
    "if x:\n\tpass\n", "if x:\n        pass\n", "def f():\n    if x:\n        return 1\n    return 2\n",
    "class A:\n    '''doc'''\n    x = 1\n\n    def f(self):\n        pass\n", "x = 1; y = 2;\n", "if x: a; b\n",
    "while True: break\n", "for x in y: continue\n", "x = [\n]\n", "x = {\n    'a': 1,\n}\n",
    "def f(\n    a,\n    b,\n):\n    pass\n", "print('a', end='')\nprint('b', sep=', ', flush=True)\n",
    "x = a[b](c).d\n", "x = (a)(b)\n", "x = ((a))\n", "x = -1\n", "x = 2 ** -1\n", "x = a.b[c:d]\n",
    "x = not a == b\n", "assert isinstance(x, int), f'bad {x!r}'\n", "x = 'é'\ny = '日本'\n", "变量 = 1\nprint(变量)\n",
    "x = b''\ny = ''\n", "x = 1e-05\ny = 1e+16\n", "x = 0.1 + 0.2\n", "x = 1_0j\n", "x = ...\n",
    "async def f():\n    await asyncio.gather(*[g(i) for i in range(3)])\n", "async def f():\n    async with asyncio.timeout(1):\n        pass\n",
    "async def f():\n    async with asyncio.TaskGroup() as tg:\n        tg.create_task(g())\n",
    "async def f():\n    try:\n        await g()\n    except* ValueError:\n        pass\n",
    "x = [[1, 2], [3, 4]]\ny = x[0][1]\n", "x, = y\n", "(x, y), z = a\n", "x = y = (1, 2)\n",
    "def f(a, b):\n    return a if a > b else b\n", "x = sorted(d, key=lambda k: (-d[k], k))\n", "x = max(a, default=0)\n",
    "x = {'a': [1, {'b': (2, 3)}]}\n", "print(*[1, 2], sep='\\n')\n", "x = \"\"\"a\n\"b\"\nc\"\"\"\n",
]

def num(v):
    if isinstance(v, bool) or v is None or v is Ellipsis:
        return repr(v)
    if isinstance(v, int):
        return "i" + str(v)
    if isinstance(v, float):
        return "f" + str(struct.unpack("<Q", struct.pack("<d", v))[0])
    if isinstance(v, complex):
        return "j" + str(struct.unpack("<Q", struct.pack("<d", v.imag))[0])
    if isinstance(v, str):
        return "s" + json.dumps(v, ensure_ascii=False)
    if isinstance(v, bytes):
        return "b" + json.dumps(list(v)).replace(" ", "")
    raise TypeError(v)

def pos(n):
    return f"@{n.lineno}:{n.col_offset}-{n.end_lineno}:{n.end_col_offset}"

def opt(n, spans=True):
    return "_" if n is None else d(n, spans)

def seq(xs, spans=True):
    return "[" + " ".join(d(x, spans) for x in xs) + "]"

def params(a, spans=True):
    posonly = list(a.posonlyargs)
    args = list(a.args)
    n_pos = len(posonly) + len(args)
    defaults = [None] * (n_pos - len(a.defaults)) + list(a.defaults)
    def p(arg, default):
        return f"Param({arg.arg} {opt(arg.annotation, spans)} {opt(default, spans)})" + (pos(arg) if spans else "")
    po = [p(x, defaults[i]) for i, x in enumerate(posonly)]
    ar = [p(x, defaults[len(posonly) + i]) for i, x in enumerate(args)]
    kw = [p(x, a.kw_defaults[i]) for i, x in enumerate(a.kwonlyargs)]
    va = p(a.vararg, None) if a.vararg else "_"
    kwa = p(a.kwarg, None) if a.kwarg else "_"
    return f"Params([{' '.join(po)}] [{' '.join(ar)}] {va} [{' '.join(kw)}] {kwa})"

OPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.MatMult: "@", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "%",
       ast.Pow: "**", ast.LShift: "<<", ast.RShift: ">>", ast.BitOr: "|", ast.BitXor: "^", ast.BitAnd: "&",
       ast.Not: "not", ast.USub: "neg", ast.UAdd: "pos", ast.Invert: "~", ast.And: "and", ast.Or: "or",
       ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Is: "is",
       ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in"}

def op(o):
    return OPS[type(o)]

def fparts(values):
    out = []
    for v in values:
        if isinstance(v, ast.Constant):
            out.append("L" + json.dumps(v.value, ensure_ascii=False))
        else:
            conv = "_" if v.conversion == -1 else chr(v.conversion)
            spec = "_" if v.format_spec is None else "[" + " ".join(fparts(v.format_spec.values)) + "]"
            out.append(f"F({d(v.value, False)} {conv} {spec})")
    return out

def d(n, spans=True):
    t = type(n).__name__
    P = pos(n) if spans and hasattr(n, "lineno") else ""
    if isinstance(n, ast.Module):
        return seq(n.body, spans)
    if isinstance(n, ast.Expr): return f"Expr({d(n.value, spans)}){P}"
    if isinstance(n, ast.Assign): return f"Assign({seq(n.targets, spans)} {d(n.value, spans)}){P}"
    if isinstance(n, ast.AugAssign): return f"AugAssign({d(n.target, spans)} {op(n.op)} {d(n.value, spans)}){P}"
    if isinstance(n, ast.AnnAssign): return f"AnnAssign({d(n.target, spans)} {d(n.annotation, spans)} {opt(n.value, spans)} {n.simple}){P}"
    if isinstance(n, (ast.If, ast.While)): return f"{t}({d(n.test, spans)} {seq(n.body, spans)} {seq(n.orelse, spans)}){P}"
    if isinstance(n, (ast.For, ast.AsyncFor)):
        return f"For({d(n.target, spans)} {d(n.iter, spans)} {seq(n.body, spans)} {seq(n.orelse, spans)} {int(t == 'AsyncFor')}){P}"
    if isinstance(n, (ast.Break, ast.Continue, ast.Pass)): return f"{t}{P}"
    if isinstance(n, ast.Return): return f"Return({opt(n.value, spans)}){P}"
    if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return (f"FunctionDef({n.name} {params(n.args, spans)} {seq(n.body, spans)} {seq(n.decorator_list, spans)} "
                f"{opt(n.returns, spans)} {int(t == 'AsyncFunctionDef')}){P}")
    if isinstance(n, ast.ClassDef):
        return f"ClassDef({n.name} {seq(n.bases, spans)} {seq(n.keywords, spans)} {seq(n.body, spans)} {seq(n.decorator_list, spans)}){P}"
    if isinstance(n, (ast.Try, ast.TryStar)):
        return (f"Try({seq(n.body, spans)} {seq(n.handlers, spans)} {seq(n.orelse, spans)} {seq(n.finalbody, spans)} "
                f"{int(t == 'TryStar')}){P}")
    if isinstance(n, ast.ExceptHandler): return f"Handler({opt(n.type, spans)} {n.name or '_'} {seq(n.body, spans)}){P}"
    if isinstance(n, ast.Raise): return f"Raise({opt(n.exc, spans)} {opt(n.cause, spans)}){P}"
    if isinstance(n, (ast.With, ast.AsyncWith)):
        items = " ".join(f"Item({d(i.context_expr, spans)} {opt(i.optional_vars, spans)})" for i in n.items)
        return f"With([{items}] {seq(n.body, spans)} {int(t == 'AsyncWith')}){P}"
    if isinstance(n, (ast.Global, ast.Nonlocal)): return f"{t}([{' '.join(n.names)}]){P}"
    if isinstance(n, ast.Delete): return f"Delete({seq(n.targets, spans)}){P}"
    if isinstance(n, ast.Assert): return f"Assert({d(n.test, spans)} {opt(n.msg, spans)}){P}"
    if isinstance(n, ast.Import): return f"Import({seq(n.names, spans)}){P}"
    if isinstance(n, ast.ImportFrom): return f"ImportFrom({n.module or '_'} {seq(n.names, spans)} {n.level}){P}"
    if isinstance(n, ast.alias): return f"Alias({n.name} {n.asname or '_'}){P}"
    if isinstance(n, ast.keyword): return f"Keyword({n.arg or '_'} {d(n.value, spans)}){P}"
    # expressions
    if isinstance(n, ast.Name): return f"Name({n.id}){P}"
    if isinstance(n, ast.Constant): return f"Constant({num(n.value)}){P}"
    if isinstance(n, ast.JoinedStr): return f"JoinedStr([{' '.join(fparts(n.values))}]){P}"
    if isinstance(n, ast.BinOp): return f"BinOp({d(n.left, spans)} {op(n.op)} {d(n.right, spans)}){P}"
    if isinstance(n, ast.UnaryOp): return f"UnaryOp({op(n.op)} {d(n.operand, spans)}){P}"
    if isinstance(n, ast.BoolOp): return f"BoolOp({op(n.op)} {seq(n.values, spans)}){P}"
    if isinstance(n, ast.Compare):
        return f"Compare({d(n.left, spans)} [{' '.join(op(o) for o in n.ops)}] {seq(n.comparators, spans)}){P}"
    if isinstance(n, ast.Call): return f"Call({d(n.func, spans)} {seq(n.args, spans)} {seq(n.keywords, spans)}){P}"
    if isinstance(n, ast.Attribute): return f"Attribute({d(n.value, spans)} {n.attr}){P}"
    if isinstance(n, ast.Subscript): return f"Subscript({d(n.value, spans)} {d(n.slice, spans)}){P}"
    if isinstance(n, ast.Slice): return f"Slice({opt(n.lower, spans)} {opt(n.upper, spans)} {opt(n.step, spans)}){P}"
    if isinstance(n, ast.Starred): return f"Starred({d(n.value, spans)}){P}"
    if isinstance(n, (ast.List, ast.Tuple, ast.Set)): return f"{t}({seq(n.elts, spans)}){P}"
    if isinstance(n, ast.Dict):
        keys = " ".join(opt(k, spans) for k in n.keys)
        return f"Dict([{keys}] {seq(n.values, spans)}){P}"
    if isinstance(n, (ast.ListComp, ast.SetComp, ast.GeneratorExp)):
        return f"{t}({d(n.elt, spans)} {seq(n.generators, spans)}){P}"
    if isinstance(n, ast.DictComp): return f"DictComp({d(n.key, spans)} {d(n.value, spans)} {seq(n.generators, spans)}){P}"
    if isinstance(n, ast.comprehension):
        return f"Gen({d(n.target, spans)} {d(n.iter, spans)} {seq(n.ifs, spans)} {n.is_async})"
    if isinstance(n, ast.IfExp): return f"IfExp({d(n.test, spans)} {d(n.body, spans)} {d(n.orelse, spans)}){P}"
    if isinstance(n, ast.Lambda): return f"Lambda({params(n.args, spans)} {d(n.body, spans)}){P}"
    if isinstance(n, ast.Await): return f"Await({d(n.value, spans)}){P}"
    if isinstance(n, ast.Yield): return f"Yield({opt(n.value, spans)}){P}"
    if isinstance(n, ast.YieldFrom): return f"YieldFrom({d(n.value, spans)}){P}"
    if isinstance(n, ast.NamedExpr): return f"NamedExpr({d(n.target, spans)} {d(n.value, spans)}){P}"
    raise TypeError(t)

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    items = [(f"snippet {i}", s) for i, s in enumerate(SNIPPETS)]
    data = os.path.join(here, "..", "..", "crates", "engine", "tests", "data")
    corpus = os.path.join(data, "corpus", "reference")
    dirs = [os.path.join(corpus, "programs"), os.path.join(corpus, "aiohttp", "programs")]
    files = sorted((name, folder) for folder in dirs for name in os.listdir(folder) if name.endswith(".py"))
    for name, folder in files:
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            items.append((name, f.read()))
    out = os.path.join(data, "parser", "valid_programs.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for name, src in items:
            tree = ast.parse(src)
            compile(src, name, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT if False else 0)
            f.write(json.dumps({"name": name, "src": src, "dump": d(tree)}, ensure_ascii=False) + "\n")
    print(f"{len(items)} programs written to {out} (python {sys.version.split()[0]})")

if __name__ == "__main__":
    main()
