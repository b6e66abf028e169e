//! The highlighter: classes of the common token kinds, f-string fields
//! coloured as code, robustness on broken text.

use engine::{highlight, HighlightClass as C};

/// (text, class) of every highlighted span.
fn spans(src: &str) -> Vec<(&str, C)> {
    highlight(src).into_iter().map(|h| (&src[h.span.start as usize..h.span.end as usize], h.class)).collect()
}

fn class_of(src: &str, text: &str) -> Option<C> {
    spans(src).into_iter().find(|(t, _)| *t == text).map(|(_, c)| c)
}

#[test]
fn token_classes() {
    let src = "@app.route('/')\nasync def main(n: int = 3) -> None:\n    # hi\n    print(len(x), 0x1F, self.print, True)\nclass E(Exception): ...\n";
    assert_eq!(class_of(src, "@"), Some(C::Decorator));
    assert_eq!(class_of(src, "app"), Some(C::Decorator));
    assert_eq!(class_of(src, "route"), Some(C::Decorator));
    assert_eq!(class_of(src, "async"), Some(C::Keyword));
    assert_eq!(class_of(src, "main"), Some(C::Definition));
    assert_eq!(class_of(src, "E"), Some(C::Definition));
    assert_eq!(class_of(src, "int"), Some(C::Builtin));
    assert_eq!(class_of(src, "None"), Some(C::Keyword));
    assert_eq!(class_of(src, "True"), Some(C::Keyword));
    assert_eq!(class_of(src, "# hi"), Some(C::Comment));
    assert_eq!(class_of(src, "print"), Some(C::Builtin));
    assert_eq!(class_of(src, "Exception"), Some(C::Builtin));
    assert_eq!(class_of(src, "0x1F"), Some(C::Number));
    assert_eq!(class_of(src, "'/'"), Some(C::String));
    assert_eq!(class_of(src, "n"), Some(C::Name));
    assert_eq!(class_of(src, "->"), Some(C::Operator));
    assert_eq!(class_of(src, "("), Some(C::Punctuation));
    assert_eq!(class_of(src, "="), Some(C::Operator));
    // `self.print` is an attribute, not the builtin.
    let prints: Vec<C> = spans(src).into_iter().filter(|(t, _)| *t == "print").map(|(_, c)| c).collect();
    assert_eq!(prints, [C::Builtin, C::Name]);
    // `asyncio` is not a Python builtin.
    assert_eq!(class_of("asyncio.run(main())\n", "asyncio"), Some(C::Name));
}

#[test]
fn fstring_fields_are_code() {
    let src = "f'a {n + 1!r} b'\n";
    let s = spans(src);
    assert_eq!(s[0], ("f'a {", C::String));
    assert!(s.contains(&("n", C::Name)));
    assert!(s.contains(&("1", C::Number)));
    assert!(s.contains(&("+", C::Operator)));
    assert_eq!(s.last(), Some(&("} b'", C::String)));
    assert_eq!(spans("f'{{x}}'\n"), [("f'{{x}}'", C::String)]);
}

#[test]
fn fstring_conversions_and_format_specs_are_not_errors() {
    let src = "print(f'{t:.1f}s {name!r:>{width}} {a != b} {d[\"k\"]:%H:%M}')\n";
    let s = spans(src);
    assert!(!s.iter().any(|(_, c)| *c == C::Error), "{s:?}");
    assert!(s.contains(&(":.1f", C::String)), "{s:?}");
    assert!(s.contains(&("!r", C::Operator)), "{s:?}");
    assert!(s.contains(&(":>", C::String)), "{s:?}");
    assert!(s.contains(&("width", C::Name)), "{s:?}");
    assert!(s.contains(&("!=", C::Operator)), "{s:?}");
    assert!(s.contains(&(":%H:%M", C::String)), "{s:?}");
    // A non-ASCII conversion character (broken text) is cut on its boundary.
    assert!(spans("f'{x!ér}'\n").contains(&("!é", C::Operator)));
}

#[test]
fn broken_text_is_still_coloured() {
    let src = "def f(:\n    x = 'abc\n    y = 1 $ 2 … 3\n";
    let s = spans(src);
    assert!(s.contains(&("def", C::Keyword)));
    assert!(s.contains(&("'abc", C::String)));
    assert!(s.contains(&("$", C::Error)));
    assert!(s.contains(&("…", C::Error)));
    assert!(s.contains(&("y", C::Name)));
    assert!(highlight("").is_empty());
    let half = "async def main():\n    await asyncio.sleep(";
    assert_eq!(spans(half).last(), Some(&("(", C::Punctuation)));
}
