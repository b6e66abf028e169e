#!/usr/bin/env python3
"""Generates arg_calls.jsonl: calls of built-in functions and methods with
too few, too many, keyword and good arguments, and what CPython 3.11 prints
for each. Run with CPython 3.11 (the project's reference):

    PYTHONHASHSEED=0 python3 tools/builtins/make_arg_calls.py

Each output line is a JSON object {"expr", "show", "out"[, "pre"]}: the
program pre + WRAP.format(expr, show) evaluates one call and prints `ok <show>` or
`err <Type>: <msg>`; "out" is what CPython printed. tests/builtins_args.rs
builds the same program and runs it through the engine."""
import contextlib, inspect, io, json, os, sys

# name -> arguments of one good call (source text); None: only count errors.
FUNCS = {
    "abs": ["-3"], "all": ["[1, 0]"], "any": ["[0, 1]"], "ascii": ["'é'"], "bin": ["5"],
    "bool": ["1"], "callable": ["len"], "chr": ["65"], "dict": ["[('a', 1)]"],
    "divmod": ["7", "2"], "enumerate": ["'ab'", "1"], "filter": ["None", "[0, 1]"],
    "float": ["'1.5'"], "format": ["3.14159", "'.2f'"], "frozenset": ["[1]"],
    "getattr": ["'abc'", "'zz'", "None"], "hasattr": ["'abc'", "'upper'"], "hash": ["'a'"],
    "hex": ["255"], "int": ["'ff'", "16"], "isinstance": ["1", "int"],
    "issubclass": ["bool", "int"], "iter": ["[1]"], "len": ["'abc'"], "list": ["'ab'"],
    "map": ["abs", "[-1]"], "max": ["[1, 3, 2]"], "min": ["[1, 3, 2]"],
    "next": ["iter([])", "0"], "oct": ["8"], "ord": ["'a'"], "pow": ["2", "10", "7"],
    "range": ["1", "10", "2"], "repr": ["[1]"], "reversed": ["[1, 2]"],
    "round": ["2.675", "2"], "set": ["[1]"], "slice": ["1", "5", "2"],
    "sorted": ["[3, 1, 2]"], "str": ["b'a'", "'ascii'", "'strict'"], "sum": ["[1, 2]", "10"],
    "tuple": ["'ab'"], "type": ["1"], "zip": ["[1]", "[2]"], "print": ["1", "2"],
    "bytes": ["'ab'", "'ascii'"], "object": [], "divmod": ["7", "2"],
    "id": None, "globals": None, "locals": None, "vars": None, "dir": None,
    "setattr": None, "delattr": None, "property": None, "staticmethod": None, "classmethod": None,
}

# receiver source -> {method: good args}
METHODS = {
    "str": ("'a,b,A'", {
        "capitalize": [], "casefold": [], "center": ["9", "'*'"], "count": ["','", "0", "5"],
        "encode": ["'ascii'", "'strict'"], "endswith": ["'A'", "0", "5"], "expandtabs": ["4"],
        "find": ["','", "0", "5"], "format": ["1"], "format_map": ["{}"], "index": ["','", "0", "5"],
        "isalnum": [], "isalpha": [], "isascii": [], "isdecimal": [], "isdigit": [],
        "isidentifier": [], "islower": [], "isnumeric": [], "isprintable": [], "isspace": [],
        "istitle": [], "isupper": [], "join": ["['x', 'y']"], "ljust": ["9", "'*'"], "lower": [],
        "lstrip": ["'a'"], "partition": ["','"], "removeprefix": ["'a'"], "removesuffix": ["'A'"],
        "replace": ["','", "';'", "1"], "rfind": ["','", "0", "5"], "rindex": ["','", "0", "5"],
        "rjust": ["9", "'*'"], "rpartition": ["','"], "rsplit": ["','", "1"], "rstrip": ["'A'"],
        "split": ["','", "1"], "splitlines": ["True"], "startswith": ["'a'", "0", "5"],
        "strip": ["'a'"], "swapcase": [], "title": [], "translate": ["{97: 'z'}"], "upper": [],
        "zfill": ["8"], "maketrans": ["'ab'", "'cd'", "'e'"],
    }),
    "list": ("[3, 1, 2]", {
        "append": ["4"], "clear": [], "copy": [], "count": ["1"], "extend": ["[5]"],
        "index": ["1", "0", "3"], "insert": ["0", "9"], "pop": ["0"], "remove": ["1"],
        "reverse": [], "sort": [],
    }),
    "dict": ("{'a': 1, 'b': 2}", {
        "clear": [], "copy": [], "fromkeys": ["'xy'", "0"], "get": ["'a'", "0"], "items": [],
        "keys": [], "pop": ["'a'", "0"], "popitem": [], "setdefault": ["'c'", "3"],
        "update": ["{'c': 3}"], "values": [],
    }),
    "set": ("{1, 2}", {
        "add": ["3"], "clear": [], "copy": [], "difference": ["{1}"], "difference_update": ["{1}"],
        "discard": ["1"], "intersection": ["{1}"], "intersection_update": ["{1}"],
        "isdisjoint": ["{3}"], "issubset": ["{1, 2, 3}"], "issuperset": ["{1}"], "pop": [],
        "remove": ["1"], "symmetric_difference": ["{1, 5}"], "symmetric_difference_update": ["{1, 5}"],
        "union": ["{7}"], "update": ["{7}"],
    }),
    "frozenset": ("frozenset({1, 2})", {
        "copy": [], "difference": ["{1}"], "intersection": ["{1}"], "isdisjoint": ["{3}"],
        "issubset": ["{1, 2, 3}"], "issuperset": ["{1}"], "symmetric_difference": ["{1, 5}"],
        "union": ["{7}"],
    }),
    "tuple": ("(1, 2, 1)", {"count": ["1"], "index": ["1", "1", "3"]}),
    "int": ("(255)", {
        "as_integer_ratio": [], "bit_count": [], "bit_length": [], "conjugate": [],
        "to_bytes": ["2", "'big'"], "from_bytes": ["b'\\x01\\x00'", "'big'"], "is_integer": [],
    }),
    "float": ("(2.5)", {
        "as_integer_ratio": [], "conjugate": [], "fromhex": ["'0x1.8p1'"], "hex": [], "is_integer": [],
    }),
    "bytes": ("b'a,b,A'", {
        "capitalize": [], "center": ["9"], "count": ["b','"], "decode": ["'ascii'", "'strict'"],
        "endswith": ["b'A'"], "find": ["b','"], "hex": [], "index": ["b','"], "isalnum": [],
        "isalpha": [], "isascii": [], "isdigit": [], "islower": [], "isspace": [], "isupper": [],
        "join": ["[b'x', b'y']"], "ljust": ["9"], "lower": [], "lstrip": ["b'a'"],
        "partition": ["b','"], "replace": ["b','", "b';'"], "rfind": ["b','"], "rjust": ["9"],
        "rsplit": ["b','"], "rstrip": ["b'A'"], "split": ["b','", "1"], "startswith": ["b'a'"],
        "strip": ["b'a'"], "swapcase": [], "title": [], "upper": [], "zfill": ["8"],
        "fromhex": ["'61 62'"], "removeprefix": ["b'a'"], "removesuffix": ["b'A'"],
    }),
    "range": ("range(1, 10, 2)", {"count": ["3"], "index": ["3"]}),
}

WRAP = """try:
    __r = {expr}
except Exception as __e:
    print('err', type(__e).__name__ + ':', __e)
else:
    print('ok', {show})
"""

def params(f):
    try:
        return list(inspect.signature(f).parameters.values())
    except (ValueError, TypeError):
        return None

def calls(fexpr, good, f):
    """Call expressions for `fexpr` whose good arguments are `good`."""
    out = []
    if good is None:
        out += [f"{fexpr}(1, 2, 3, 4, 5)", f"{fexpr}(zz=1)"]
        return out
    for k in range(len(good) + 1):
        out.append(f"{fexpr}({', '.join(good[:k])})")
    out.append(f"{fexpr}({', '.join(good + ['1', '1'])})")
    out.append(f"{fexpr}({', '.join(good + ['zz=1'])})")
    ps = params(f)
    if ps:
        ps = [p for p in ps if p.name != "self" and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
        # the last k good arguments by keyword
        for k in range(1, len(good) + 1):
            if k > len(ps) or len(good) - k < 0:
                break
            pos = good[: len(good) - k]
            kws = [f"{ps[i].name}={good[i]}" for i in range(len(good) - k, len(good)) if i < len(ps)]
            out.append(f"{fexpr}({', '.join(pos + kws)})")
    return out

# module -> {function: good args}; only functions written in C in CPython
# (their argument errors are what the engine reproduces).
MODULE_FUNCS = {
    "math": {
        "sqrt": ["2"], "floor": ["2.5"], "ceil": ["2.5"], "trunc": ["2.5"], "fabs": ["-2"], "pow": ["2", "3"],
        "exp": ["1"], "log": ["8", "2"], "log2": ["8"], "log10": ["100"], "sin": ["1"], "cos": ["1"], "tan": ["1"],
        "atan": ["1"], "atan2": ["1", "2"], "hypot": ["3", "4"], "isclose": ["1.0", "1.0"], "isfinite": ["1.0"],
        "isinf": ["1.0"], "isnan": ["1.0"], "gcd": ["12", "18"], "factorial": ["5"], "prod": ["[1, 2, 3]"],
        "fsum": ["[0.1, 0.2]"], "comb": ["5", "2"], "degrees": ["1"], "radians": ["90"], "isqrt": ["17"],
        "lcm": ["4", "6"], "perm": ["5", "2"], "dist": ["(0, 0)", "(3, 4)"], "copysign": ["1", "-2"],
        "fmod": ["7", "3"], "remainder": ["7", "3"], "modf": ["2.5"], "frexp": ["8.0"], "ldexp": ["0.5", "4"],
        "asin": ["0.5"], "acos": ["0.5"], "sinh": ["1"], "cosh": ["1"], "tanh": ["1"], "asinh": ["1"],
        "acosh": ["2"], "atanh": ["0.5"], "expm1": ["1e-5"], "log1p": ["1e-5"], "exp2": ["3"], "ulp": ["1.0"],
        "nextafter": ["1.0", "2.0"],
    },
    "json": {"dumps": ["[1]"], "loads": ["'[1]'"]},
    "random": {
        "seed": ["5", "2"], "random": [], "uniform": ["1", "2"], "randint": ["1", "6"], "randrange": ["0", "10", "2"],
        "choice": ["'abc'"], "choices": ["'abc'", "[1, 2, 3]"], "shuffle": ["[1, 2, 3]"], "sample": ["range(10)", "3"],
        "gauss": ["0", "1"], "normalvariate": ["0", "1"], "expovariate": ["2"], "triangular": ["0", "1", "0.5"],
        "betavariate": ["2", "3"], "gammavariate": ["2", "3"], "getrandbits": ["8"],
    },
    "statistics": {
        "mean": ["[1, 2, 4]"], "fmean": ["[1, 2, 4]"], "median": ["[3, 1, 2]"], "mode": ["[1, 1, 2]"],
        "multimode": ["'aab'"], "stdev": ["[1, 2, 4]"], "variance": ["[1, 2, 4]"], "pstdev": ["[1, 2, 4]"],
        "pvariance": ["[1, 2, 4]"], "median_low": ["[1, 2]"], "median_high": ["[1, 2]"],
    },
    "copy": {"copy": ["[1]"], "deepcopy": ["[1]"]},
}
def show_for(expr):
    return "repr(__r)"

NO_RESULT = ("id", "globals", "locals", "vars", "dir", "iter", "reversed", "map", "filter",
             "zip", "enumerate", "property", "staticmethod", "classmethod", "object",
             "items", "keys", "values")

def main():
    cases = []
    import builtins
    for name, good in FUNCS.items():
        for c in calls(name, good, getattr(builtins, name)):
            cases.append((c, name in NO_RESULT))
    for tname, (recv, meths) in METHODS.items():
        t = getattr(builtins, tname)
        names = [n for n in dir(t) if not n.startswith("_")]
        for m in names:
            if not callable(getattr(t, m)):
                continue
            good = meths.get(m, [])
            for c in calls(f"{recv}.{m}", good, getattr(t, m)):
                cases.append((c, m in NO_RESULT))
    import importlib
    for mod, funcs in MODULE_FUNCS.items():
        m = importlib.import_module(mod)
        for name, good in funcs.items():
            for c in calls(f"{mod}.{name}", good, getattr(m, name)):
                cases.append((c, False))
    seen = set()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "..", "crates", "engine", "tests", "data", "builtins", "arg_calls.jsonl"), "w") as fh:
        for expr, nores in cases:
            if expr in seen:
                continue
            seen.add(expr)
            show = "type(__r).__name__" if nores else "repr(__r)"
            mod = expr.split(".")[0].split("(")[0]
            pre = f"import {mod}\n" if mod in MODULE_FUNCS else ""
            if mod == "random":
                pre += "random.seed(12345)\n"
            src = pre + WRAP.format(expr=expr, show=show)
            buf = io.StringIO()
            with contextlib.redirect_stdout(buf):
                exec(compile(src, "<case>", "exec"), {"__name__": "__main__"})
            row = {"expr": expr, "show": show, "out": buf.getvalue()}
            if pre:
                row["pre"] = pre
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(seen), "cases")

if __name__ == "__main__":
    main()
