//! Hostile programs that crash CPython itself (a segfault on a C stack
//! overflow): Loopscope ends them with a RecursionError at the line, after
//! the lines printed before, and never overflows its own stack. (Programs
//! CPython answers are in the `robust/` corpus.)

use engine::run_source_with_limits;

fn run(src: &str) -> (String, i32) {
    let r = run_source_with_limits(src, "hostile.py", None);
    (r.stamped, r.exit_code)
}

#[test]
fn nested_lazy_iterators_end_in_recursion_error() {
    for wrap in ["zip(it)", "map(lambda x: x, it)", "filter(None, it)", "enumerate(it)", "(x for x in it)"] {
        let src = format!("print('start')\nit = iter(range(10))\nfor i in range(100000):\n    it = {wrap}\nprint(next(it, None))\n");
        let (out, code) = run(&src);
        assert_eq!(code, 1, "{wrap}: {out}");
        assert!(out.starts_with("0.000\tstart\n"), "{wrap}: {out}");
        assert!(out.contains("UNCAUGHT RecursionError: maximum recursion depth exceeded"), "{wrap}: {out}");
    }
}

#[test]
fn a_chain_of_unawaited_coroutines_is_dropped_without_recursion() {
    let src = "print('start')\nasync def f(x):\n    return x\nc = None\nfor i in range(200000):\n    c = f(c)\nc = None\nprint('end')\n";
    let (out, code) = run(src);
    assert_eq!((out.as_str(), code), ("0.000\tstart\n0.000\tend\n", 0));
}

#[test]
fn a_chain_of_generators_and_iterators_is_dropped_without_recursion() {
    let src = "it = iter(range(3))\nfor i in range(100000):\n    it = (x for x in it)\n    it = map(str, it)\ndel it\nprint('end')\n";
    let (out, code) = run(src);
    assert_eq!((out.as_str(), code), ("0.000\tend\n", 0));
}

#[test]
fn nesting_deeper_than_the_parser_allows_is_refused_by_name() {
    // CPython parses these (`-` two thousand deep) or raises MemoryError /
    // RecursionError further on: never the SyntaxError a limit would look like.
    for src in [format!("print(1)\nx = {}1\n", "-".repeat(2000)), format!("x = {}y\n", "not ".repeat(1000))] {
        let (out, code) = run(&src);
        assert_eq!(code, 5, "{out}");
        assert!(out.starts_with("UNSUPPORTED expression nested this deep (line "), "{out}");
    }
}

#[test]
fn a_traceback_collapses_repeated_lines_as_cpython_does() {
    let src = include_str!("data/corpus/robust/13_traceback_repeated_lines.py");
    let r = run_source_with_limits(src, "13.py", None);
    // CPython 3.11 prints both of these for this program (checked with
    // python3): three of each repeated line, then the count of the rest.
    assert!(r.stderr.contains("    return g(n - 1)\n  [Previous line repeated 2 more times]\n"), "{}", r.stderr);
    assert!(r.stderr.contains("    return f(n + 1)\n  [Previous line repeated 990 more times]\nRecursionError"), "{}", r.stderr);
    assert!(r.stderr.lines().count() < 40, "{}", r.stderr.len());
}

#[test]
fn a_recorded_task_that_never_awaits_is_named_as_blocking_the_loop() {
    use engine::{Outcome, RecordOptions, Recording};
    let limit = |src: &str| {
        let h = Recording::new(src, "blocked.py").unwrap().run_to_end(&RecordOptions { max_steps: 20_000, ..Default::default() });
        match h.outcome {
            Some(Outcome::Limit(reason)) => reason,
            other => panic!("{other:?}"),
        }
    };
    let blocked = limit("import asyncio\nasync def main():\n    while True:\n        pass\nasyncio.run(main())\n");
    assert!(blocked.starts_with("Task-1 (main) ran ") && blocked.ends_with(" operations without awaiting: the event loop is blocked"), "{blocked}");
    // A loop that awaits is only long: the step cap says so.
    let long = limit("import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(0)\nasyncio.run(main())\n");
    assert_eq!(long, "more than 20,000 recorded steps");
}

#[test]
fn what_a_rust_string_cannot_hold_or_nfkc_would_change_is_refused_by_name() {
    // CPython keeps lone surrogates (and fails when printing them) and reads
    // `ﬁ` as `fi`: never a silent U+FFFD or a NameError here.
    let cases = [
        ("s = '\\ud800'\nprint(repr(s))\n", "", "UNSUPPORTED lone surrogate character '\\ud800' (line 1)\n"),
        ("print('before')\nx = chr(0xdc00)\n", "0.000\tbefore\n", "UNSUPPORTED lone surrogate character chr(0xdc00) (line 2)\n"),
        ("print(b'\\xff'.decode('utf-8', 'surrogateescape'))\n", "", "UNSUPPORTED errors='surrogateescape' (lone surrogate characters) (line 1)\n"),
        ("\u{FB01} = 3\nprint(fi)\n", "", "UNSUPPORTED name that NFKC normalization changes '\u{FB01}' (line 1)\n"),
    ];
    for (src, before, refusal) in cases {
        let (out, code) = run(src);
        assert_eq!((out, code), (format!("{before}{refusal}"), 5), "{src}");
    }
    // Names NFKC keeps, and `ﬁ` in a string, are fine.
    let (out, code) = run("caf\u{e9} = 1\n\u{3c0} = 2\nprint(caf\u{e9} + \u{3c0}, '\u{FB01}')\n");
    assert_eq!((out.as_str(), code), ("0.000\t3 \u{FB01}\n", 0));
}

/// Fuzzing found it (`run` target): `{n ** n ** 2 for n in range(...)}`
/// computes ever bigger powers, each one instruction; it ran for minutes.
/// Big multiplications now count as the operations they cost, so it ends
/// at the no-yield limit in bounded time.
#[test]
fn fuzz_finding_huge_powers_in_a_loop_end_at_the_operation_limit() {
    let src = include_str!("data/fuzz/timeout_huge_powers.py");
    let started = std::time::Instant::now();
    let (out, code) = run(src);
    assert_eq!(code, 4, "{out}");
    assert!(out.ends_with("LIMIT the program ran 20,000,000 operations without awaiting: the event loop is blocked\n"), "{out}");
    assert!(started.elapsed().as_secs() < 30, "{:?}", started.elapsed());
}

/// Fuzzing found it (`run` target, 1,018,428th input): text inside
/// brackets never closed, each line a comprehension whose `for` target
/// opens more. Each nested target was re-read for a better message, also
/// inside the outer re-read: 2^depth (13 s for 3 KB; minutes for this
/// file). Now a re-read is not repeated inside another; CPython's answer.
#[test]
fn fuzz_finding_nested_for_targets_parse_in_bounded_time() {
    let src = include_str!("data/fuzz/timeout_nested_for_targets.py");
    let started = std::time::Instant::now();
    let (out, code) = run(src);
    assert_eq!((out.as_str(), code), ("0.000\tUNCAUGHT SyntaxError: '[' was never closed\n", 1));
    assert!(started.elapsed().as_secs() < 30, "{:?}", started.elapsed());
}
