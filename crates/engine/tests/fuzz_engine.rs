//! Interpreter fuzzing: whatever the program, compiling and running it
//! never panics, never overflows the stack, never hits an internal error,
//! and always ends with an outcome (or a compile-time SyntaxError /
//! UNSUPPORTED report), under tight limits.
//!
//! Two sources of programs:
//! - mutations of the corpus programs (tokens deleted, duplicated,
//!   swapped; numbers, strings and names replaced; risky snippets
//!   inserted);
//! - small generated programs calling built-ins, methods and module
//!   functions with arbitrary arguments.
//!
//! The default case counts keep CI to a few seconds. For a long run:
//!
//!     PROPTEST_CASES=20000 cargo test --release -p loopscope-engine --test fuzz_engine
//!
//! Set FUZZ_SHOW=1 to print each program before it runs (to find the
//! one that aborts, should the process die). Mutations of the asyncio
//! corpus run only with FUZZ_ASYNCIO=1: a mutation can make tasks spawn
//! gathers of themselves, an exponential fan-out that no limit bounds
//! yet (it exhausts memory instead of ending with LIMIT).

use engine::tokenize;
use engine::{run_source_with_limits, RunReport};
use engine::Limits;
use proptest::prelude::*;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

/// Tight limits so that runaway programs end quickly.
fn limits() -> Limits {
    Limits {
        max_ops_without_yield: 200_000,
        max_virtual_time: 1000.0,
        max_iterations: 20_000,
        max_output_bytes: 64 * 1024,
        recursion_limit: 200,
        max_collection_len: 100_000,
        ..Limits::default()
    }
}

/// Run `src` and check the invariants.
fn check(src: &str) {
    if std::env::var("FUZZ_SHOW").is_ok() {
        eprintln!("----\n{src}");
    }
    let r: Result<RunReport, _> = catch_unwind(AssertUnwindSafe(|| run_source_with_limits(src, "fuzz.py", Some(limits()))));
    let r = match r {
        Ok(r) => r,
        Err(_) => panic!("the engine panicked on:\n{src}"),
    };
    assert_ne!(r.exit_code, 70, "internal error {:?} on:\n{src}", r.stderr);
    if r.outcome.is_none() {
        let refused = r.exit_code == 5 && r.stdout.starts_with("UNSUPPORTED");
        let syntax = r.exit_code == 1 && r.stamped.contains("UNCAUGHT");
        assert!(refused || syntax, "no outcome and no compile error on:\n{src}\n{r:?}");
    }
}

fn corpus() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/corpus");
    let mut out = Vec::new();
    let dirs: &[&str] = if std::env::var("FUZZ_ASYNCIO").is_ok() { &["lang", "asyncio"] } else { &["lang"] };
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else { continue };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "py")).collect();
        paths.sort();
        for p in paths {
            if let Ok(s) = std::fs::read_to_string(&p) {
                out.push(s);
            }
        }
    }
    assert!(out.len() > 200, "corpus not found");
    out
}

thread_local! {
    static CORPUS: Vec<String> = corpus();
}

const NUMBERS: &[&str] = &["0", "-1", "1", "2", "7", "255", "10**6", "2**63", "-2**63", "10**100", "0.0", "-0.0", "1e308", "1e-320", "float('nan')", "float('inf')", "3.5", "True", "None"];
const STRINGS: &[&str] = &["''", "'x'", "'é'", "'😀'", "'a,b,,c'", "'  pad  '", "'{}'", "'{0}'", "'%s'", "'\\n'", "'abc' * 1000", "b'\\xff'"];
const SNIPPETS: &[&str] = &[
    "x = [x]\n", "del x\n", "raise\n", "return\n", "break\n", "await x\n", "yield\n", "x = x + x\n", "import json\n",
    "print(*range(3))\n", "while True: pass\n", "f = lambda: f()\nf()\n", "x = {}\nx[x] = 1\n", "a, b = 1\n",
    "class C: pass\nC()()\n", "print(len(x))\n", "[].pop()\n", "{}['k']\n", "print('%d' % 'x')\n", "x = 1 / 0\n",
    "global x\n", "assert False, 'no'\n", "import collections\nprint(collections.Counter('aab'))\n",
    "from dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\nprint(P(1))\n", "print(sorted([3, 'a']))\n",
    "s = []\nfor i in range(10**6):\n    s.append(s)\n", "print(repr([[[[[]]]]]))\n", "x = ()\nfor i in range(3000):\n    x = (x,)\nprint(hash(x))\n",
    "import itertools\nprint(list(itertools.islice(itertools.count(), 5)))\n", "import enum\nclass E(enum.Enum):\n    A = 1\nprint(E(2))\n",
];

#[derive(Clone, Debug)]
enum Mutation {
    DeleteToken(usize),
    DuplicateToken(usize),
    SwapTokens(usize, usize),
    ReplaceNumber(usize, usize),
    ReplaceString(usize, usize),
    ReplaceName(usize, usize),
    InsertSnippet(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::DeleteToken),
        any::<usize>().prop_map(Mutation::DuplicateToken),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapTokens(a, b)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::ReplaceNumber(a, b)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::ReplaceString(a, b)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::ReplaceName(a, b)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::InsertSnippet(a, b)),
    ]
}

/// Apply one mutation to `src`, token-wise.
fn mutate(src: &str, m: &Mutation) -> String {
    use engine::TokenKind as K;
    let (tokens, _) = tokenize(src);
    let real: Vec<_> = tokens.iter().filter(|t| t.span.start < t.span.end).collect();
    if real.is_empty() {
        return src.to_string();
    }
    let text = |t: &engine::Token| src[t.span.start as usize..t.span.end as usize].to_string();
    let replace = |t: &engine::Token, with: &str| format!("{}{}{}", &src[..t.span.start as usize], with, &src[t.span.end as usize..]);
    let of_kind = |f: &dyn Fn(K) -> bool| -> Vec<&&engine::Token> { real.iter().filter(|t| f(t.kind)).collect() };
    match *m {
        Mutation::DeleteToken(i) => replace(real[i % real.len()], ""),
        Mutation::DuplicateToken(i) => {
            let t = real[i % real.len()];
            replace(t, &format!("{} {}", text(t), text(t)))
        }
        Mutation::SwapTokens(a, b) => {
            let (x, y) = (real[a % real.len()], real[b % real.len()]);
            let (x, y) = if x.span.start <= y.span.start { (x, y) } else { (y, x) };
            if x.span.end > y.span.start {
                return src.to_string();
            }
            let (xs, xe, ys, ye) = (x.span.start as usize, x.span.end as usize, y.span.start as usize, y.span.end as usize);
            format!("{}{}{}{}{}", &src[..xs], &src[ys..ye], &src[xe..ys], &src[xs..xe], &src[ye..])
        }
        Mutation::ReplaceNumber(i, j) => {
            let nums = of_kind(&|k| matches!(k, K::Number(_)));
            if nums.is_empty() {
                return src.to_string();
            }
            replace(nums[i % nums.len()], NUMBERS[j % NUMBERS.len()])
        }
        Mutation::ReplaceString(i, j) => {
            let strs = of_kind(&|k| k == K::String);
            if strs.is_empty() {
                return src.to_string();
            }
            replace(strs[i % strs.len()], STRINGS[j % STRINGS.len()])
        }
        Mutation::ReplaceName(i, j) => {
            let names = of_kind(&|k| k == K::Name);
            if names.is_empty() {
                return src.to_string();
            }
            let with = text(names[j % names.len()]);
            replace(names[i % names.len()], &with)
        }
        Mutation::InsertSnippet(i, j) => {
            // At the start of a line, with that line's indentation.
            let starts: Vec<usize> = std::iter::once(0).chain(src.match_indices('\n').map(|(k, _)| k + 1)).filter(|k| *k < src.len()).collect();
            let at = starts[i % starts.len()];
            let indent: String = src[at..].chars().take_while(|c| *c == ' ').collect();
            let snippet: String = SNIPPETS[j % SNIPPETS.len()].lines().map(|l| format!("{indent}{l}\n")).collect();
            format!("{}{}{}", &src[..at], snippet, &src[at..])
        }
    }
}

// ---- generated programs ------------------------------------------------------

const VALUES: &[&str] = &[
    "0", "1", "-3", "2**70", "2.5", "-0.0", "float('nan')", "True", "None", "'abc'", "'a b  c'", "''", "'é😀'", "b'xy'",
    "[3, 1, 2]", "[]", "[[1], [2]]", "(1, 'a')", "()", "{'k': 1, 'j': [2]}", "{}", "{1, 2}", "frozenset('ab')", "range(5)",
    "range(0, 10, 3)", "len", "str.upper", "lambda *a: a", "lambda x: x", "print", "int", "object()", "iter([1, 2])",
];

const CALLEES: &[&str] = &[
    "len", "repr", "str", "int", "float", "bool", "list", "tuple", "dict", "set", "frozenset", "sorted", "reversed",
    "min", "max", "sum", "abs", "round", "divmod", "pow", "hash", "format", "enumerate", "zip", "map", "filter", "any",
    "all", "isinstance", "getattr", "hasattr", "iter", "next", "chr", "ord", "hex", "bin", "range", "slice", "bytes",
    "type", "callable", "'x,y'.split", "'abc'.find", "'abc'.replace", "'{}-{}'.format", "'%s'.__mod__", "'a'.join",
    "'abc'.center", "'abc'.translate", "str.maketrans", "b'ab'.hex", "b'ab'.split", "bytes.fromhex", "[1, 2].index",
    "[3, 1].sort", "{}.get", "{'a': 1}.pop", "{1}.union", "(1, 2).count", "(5).to_bytes", "int.from_bytes",
    "(2.5).hex", "float.fromhex", "math.sqrt", "math.isqrt", "math.comb", "math.dist", "math.fsum", "json.dumps",
    "json.loads", "copy.deepcopy", "statistics.mean", "statistics.stdev", "statistics.median", "collections.Counter",
    "collections.defaultdict", "collections.OrderedDict", "collections.namedtuple", "functools.reduce",
    "functools.partial", "itertools.product", "itertools.permutations", "itertools.islice", "itertools.groupby",
    "itertools.accumulate", "operator.itemgetter", "string.capwords", "random.Random", "enum.Enum",
];

fn call() -> impl Strategy<Value = String> {
    (prop::sample::select(CALLEES), prop::collection::vec(prop::sample::select(VALUES), 0..4), prop::option::of(prop::sample::select(VALUES)))
        .prop_map(|(f, args, kw)| {
            let mut a: Vec<String> = args.iter().map(|s| s.to_string()).collect();
            if let Some(k) = kw {
                a.push(format!("key={k}"));
            }
            format!("{f}({})", a.join(", "))
        })
}

fn statement() -> impl Strategy<Value = String> {
    prop_oneof![
        call().prop_map(|c| format!("print({c})")),
        call().prop_map(|c| format!("x = {c}\nprint(list(x) if hasattr(x, '__iter__') and not isinstance(x, (str, bytes, dict)) else x)")),
        (call(), call()).prop_map(|(a, b)| format!("print({a} == {b}, {a} < {b})")),
        (prop::sample::select(VALUES), prop::sample::select(VALUES)).prop_map(|(a, b)| format!("print({a} + {b}, {a} * 2, {a} in [{b}], {a}[{b}], f'{{{a}!r:>5}}')")),
    ]
}

fn program() -> impl Strategy<Value = String> {
    prop::collection::vec(statement(), 1..6).prop_map(|stmts| {
        let mut src = String::from("import math, json, copy, statistics, collections, functools, itertools, operator, string, random, enum\n");
        for s in stmts {
            src.push_str("try:\n");
            for line in s.lines() {
                src.push_str("    ");
                src.push_str(line);
                src.push('\n');
            }
            src.push_str("except Exception as e:\n    print(type(e).__name__, e)\n");
        }
        src
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn mutated_corpus_programs_never_crash(i in any::<usize>(), ms in prop::collection::vec(mutation(), 1..4)) {
        let src = CORPUS.with(|c| c[i % c.len()].clone());
        let mut s = src;
        for m in &ms {
            s = mutate(&s, m);
        }
        check(&s);
    }

    #[test]
    fn generated_programs_never_crash(src in program()) {
        check(&src);
    }
}

#[test]
fn runaway_programs_end_with_a_limit() {
    let cases = [
        "while True:\n    pass\n",
        "x = []\nwhile True:\n    x.append(1)\n",
        "def f(n):\n    return f(n + 1)\nf(0)\n",
        "s = 'a'\nwhile True:\n    s = s + s\n",
        "while True:\n    print('spam' * 100)\n",
        "x = []\nfor _ in range(10**6):\n    x = [x]\nprint(x)\n",
        "class A:\n    def __repr__(self):\n        return repr(self)\nprint(A())\n",
        "class A:\n    def __eq__(self, o):\n        return self == o\nprint(A() == A())\n",
        "import functools\n@functools.lru_cache\ndef f(n):\n    return f(n + 1)\nf(0)\n",
    ];
    for src in cases {
        check(src);
    }
}
