//! Property tests: whatever the text, the tokenizer, the parser and the
//! highlighter never panic (or overflow the stack), and every span they
//! return is in bounds and on character boundaries; highlight spans are
//! ordered and do not overlap.
//!
//! The default case count (256 per property) keeps CI to a few seconds.
//! For a long run:
//!
//!     PROPTEST_CASES=200000 cargo test --release -p loopscope-engine --test parser_fuzz

use engine::highlight;
use engine::tokenize;
use engine::parse_module;
use engine::Span;
use proptest::prelude::*;

fn span_ok(src: &str, span: Span) -> bool {
    let (s, e) = (span.start as usize, span.end as usize);
    s <= e && e <= src.len() && src.is_char_boundary(s) && src.is_char_boundary(e)
}

/// Runs everything on `src` and checks the invariants.
fn check(src: &str) {
    let (tokens, errors) = tokenize(src);
    let mut last = 0;
    for t in &tokens {
        assert!(span_ok(src, t.span), "token span {:?} in {src:?}", t.span);
        assert!(t.span.start >= last, "tokens out of order in {src:?}");
        last = t.span.start;
    }
    for e in &errors {
        assert!(span_ok(src, e.span), "lexer error span {:?} in {src:?}", e.span);
    }
    if let Err(errors) = parse_module(src) {
        assert!(!errors.is_empty());
        for e in &errors {
            assert!(span_ok(src, e.span), "parse error span {:?} in {src:?}", e.span);
            assert!(!e.msg.is_empty());
        }
    }
    let spans = highlight(src);
    let mut end = 0;
    for h in &spans {
        assert!(span_ok(src, h.span), "highlight span {:?} in {src:?}", h.span);
        assert!(!h.span.is_empty(), "empty highlight span in {src:?}");
        assert!(h.span.start >= end, "overlapping highlight spans in {src:?}: {spans:?}");
        end = h.span.end;
    }
}

/// Bits of Python that make the tokenizer and parser work hard.
const FRAGMENTS: &[&str] = &[
    "def ", "async ", "await ", "class ", "if ", "elif ", "else", "for ", "in ", "while ", "try", "except", "*",
    "finally", "with ", "as ", "lambda", "yield ", "return ", "import ", "from ", "not ", "and ", "or ", "is ",
    "match ", "case ", "global ", "nonlocal ", "del ", "pass", "break", "raise ", "(", ")", "[", "]", "{", "}",
    ":", ",", ";", ".", "=", "==", ":=", "->", "+", "-", "**", "//", "@", "~", "<", ">=", "!=", "!", "$", "?",
    "\n", "\n", "    ", "  ", "\t", "\\\n", "\\", "#c", "'", "\"", "'''", "\"\"\"", "f'", "rb'", "f\"{", "{x}",
    "{x!r:>{w}}", "{x=}", "{{", "}}", "x", "y1", "é", "变量", "…", "\u{a0}", "0", "1_0", "0x", "0o7", "1.5e",
    "3j", ".5", "1__", "\0", "\r\n", "\u{FEFF}",
];

fn fragments() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..60).prop_map(|v| v.concat())
}

fn valid_programs() -> Vec<String> {
    include_str!("data/parser/valid_programs.jsonl")
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["src"].as_str().map(str::to_string))
        .collect()
}

#[derive(Clone, Debug)]
enum Mutation {
    Delete(usize, usize),
    Insert(usize, &'static str),
    Truncate(usize),
    DuplicateLine(usize),
    Swap(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 0usize..8).prop_map(|(a, n)| Mutation::Delete(a, n)),
        (any::<usize>(), prop::sample::select(FRAGMENTS)).prop_map(|(a, f)| Mutation::Insert(a, f)),
        any::<usize>().prop_map(Mutation::Truncate),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Swap(a, b)),
    ]
}

/// The char boundary at or before `i % (len + 1)`.
fn boundary(s: &str, i: usize) -> usize {
    let mut p = i % (s.len() + 1);
    while !s.is_char_boundary(p) {
        p -= 1;
    }
    p
}

fn apply(src: &str, m: &Mutation) -> String {
    match *m {
        Mutation::Delete(a, n) => {
            let start = boundary(src, a);
            let end = boundary(src, (start + n).min(src.len()));
            format!("{}{}", &src[..start], &src[end.max(start)..])
        }
        Mutation::Insert(a, frag) => {
            let p = boundary(src, a);
            format!("{}{}{}", &src[..p], frag, &src[p..])
        }
        Mutation::Truncate(a) => src[..boundary(src, a)].to_string(),
        Mutation::DuplicateLine(a) => {
            let lines: Vec<&str> = src.split_inclusive('\n').collect();
            if lines.is_empty() {
                return src.to_string();
            }
            let i = a % lines.len();
            let mut out = lines.clone();
            out.insert(i, lines[i]);
            out.concat()
        }
        Mutation::Swap(a, b) => {
            let (x, y) = (boundary(src, a), boundary(src, b));
            let (x, y) = (x.min(y), x.max(y));
            format!("{}{}{}", &src[y..], &src[x..y], &src[..x])
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(src in any::<String>()) {
        check(&src);
    }

    #[test]
    fn python_like_text_never_panics(src in fragments()) {
        check(&src);
    }

    #[test]
    fn mutated_programs_never_panic(index in any::<usize>(), muts in prop::collection::vec(mutation(), 1..6)) {
        let programs = valid_programs();
        let mut src = programs[index % programs.len()].clone();
        for m in &muts {
            src = apply(&src, m);
        }
        check(&src);
    }
}

#[test]
fn valid_programs_pass_the_invariants() {
    for src in valid_programs() {
        check(&src);
        let errors = tokenize(&src).1;
        assert!(errors.is_empty(), "{src:?}: {errors:?}");
    }
}
