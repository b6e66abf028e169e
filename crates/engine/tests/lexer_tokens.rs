//! Unit tests of the tokenizer: tokens, indentation, strings, numbers,
//! and CPython's tokenizer errors.

use engine::SyntaxErrorKind;
use engine::{tokenize, Keyword as Kw, NumberKind, Op as O, TokenKind};
use engine::LineIndex;

/// (kind, text) of every token except comments / NL / EOF.
fn toks(src: &str) -> Vec<(TokenKind, String)> {
    let (tokens, _) = tokenize(src);
    tokens
        .into_iter()
        .filter(|t| !matches!(t.kind, TokenKind::Comment | TokenKind::Nl | TokenKind::EndOfFile))
        .map(|t| (t.kind, src[t.span.start as usize..t.span.end as usize].to_string()))
        .collect()
}

fn kinds(src: &str) -> Vec<TokenKind> {
    toks(src).into_iter().map(|t| t.0).collect()
}

/// The first error: (class, message, line, column).
fn first_error(src: &str) -> Option<(SyntaxErrorKind, String, u32, u32)> {
    let (_, errors) = tokenize(src);
    let e = errors.into_iter().next()?;
    let (line, col) = LineIndex::new(src).line_col(src, e.span.start);
    Some((e.kind, e.msg, line, col))
}

use TokenKind::{Comment, Dedent, EndOfFile, Error, Indent, Keyword, Name, Newline, Number, Op, String as Str};
type String = std::string::String;

#[test]
fn names_keywords_and_soft_keywords() {
    assert_eq!(
        toks("async def f(x): return await x\n"),
        vec![
            (Keyword(Kw::Async), "async".into()),
            (Keyword(Kw::Def), "def".into()),
            (Name, "f".into()),
            (Op(O::LPar), "(".into()),
            (Name, "x".into()),
            (Op(O::RPar), ")".into()),
            (Op(O::Colon), ":".into()),
            (Keyword(Kw::Return), "return".into()),
            (Keyword(Kw::Await), "await".into()),
            (Name, "x".into()),
            (Newline, "\n".into()),
        ]
    );
    assert_eq!(kinds("match case _ type\n")[..4], [Name, Name, Name, Name]);
    assert_eq!(kinds("True False None\n")[..3], [
        Keyword(Kw::True),
        Keyword(Kw::False),
        Keyword(Kw::None)
    ]);
}

#[test]
fn unicode_identifiers() {
    assert_eq!(toks("café = 变量\n")[0], (Name, "café".into()));
    assert_eq!(toks("café = 变量\n")[2], (Name, "变量".into()));
    let (_, errors) = tokenize("x = 1 … 2\n");
    assert_eq!(errors[0].msg, "invalid character '…' (U+2026)");
}

#[test]
fn operators_longest_match() {
    let ops: Vec<String> = toks("a **= b // c ... -> := != <= >>= @ ~\n").into_iter().map(|t| t.1).collect();
    assert_eq!(ops, ["a", "**=", "b", "//", "c", "...", "->", ":=", "!=", "<=", ">>=", "@", "~", "\n"]);
}

#[test]
fn numbers() {
    let cases = [
        ("0", NumberKind::Int),
        ("1_000", NumberKind::Int),
        ("0x_1f", NumberKind::Int),
        ("0o17", NumberKind::Int),
        ("0B1010", NumberKind::Int),
        ("1.5", NumberKind::Float),
        (".5", NumberKind::Float),
        ("5.", NumberKind::Float),
        ("1e10", NumberKind::Float),
        ("1_000.5e-3", NumberKind::Float),
        ("3j", NumberKind::Imaginary),
        ("1.5J", NumberKind::Imaginary),
        ("00", NumberKind::Int),
    ];
    for (text, kind) in cases {
        assert_eq!(toks(text)[0], (Number(kind), text.to_string()), "{text}");
    }
    // A keyword right after a number is allowed (with a warning in CPython).
    assert_eq!(kinds("1if x else 2")[..3], [Number(NumberKind::Int), Keyword(Kw::If), Name]);
    assert_eq!(toks("0xfor")[0], (Number(NumberKind::Int), "0xf".into()));
    // `1.2.3` is two numbers, `a.1` a name and a number.
    assert_eq!(toks("1.2.3")[1], (Number(NumberKind::Float), ".3".into()));
}

#[test]
fn number_errors() {
    let cases = [
        ("x = 1a\n", "invalid decimal literal", 5),
        ("x = 0x\n", "invalid hexadecimal literal", 6),
        ("x = 0b2\n", "invalid digit '2' in binary literal", 7),
        ("x = 0o8\n", "invalid digit '8' in octal literal", 7),
        ("x = 1__0\n", "invalid decimal literal", 6),
        ("x = 5j2\n", "invalid imaginary literal", 6),
        ("x = 012\n", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 5),
    ];
    for (src, msg, col) in cases {
        assert_eq!(first_error(src), Some((SyntaxErrorKind::SyntaxError, msg.to_string(), 1, col)), "{src:?}");
    }
}

#[test]
fn strings_with_prefixes_and_quotes() {
    for s in ["'a'", "\"a\"", "'''a\nb'''", "\"\"\"a\"\"\"", "r'\\d'", "b'x'", "Rb'x'", "bR'x'", "f'{x}'", "rf'x'", "FR'x'", "u'x'", "'a\\'b'"] {
        assert_eq!(toks(s)[0], (Str, s.to_string()), "{s}");
    }
    // `ur` is not a prefix: a name, then a string.
    assert_eq!(kinds("ur'x'")[..2], [Name, Str]);
    // A backslash-newline continues a single-quoted string.
    assert_eq!(toks("'a\\\nb'")[0].1, "'a\\\nb'");
}

#[test]
fn unterminated_strings() {
    assert_eq!(
        first_error("x = 'abc\ny = 2\n"),
        Some((SyntaxErrorKind::SyntaxError, "unterminated string literal (detected at line 1)".into(), 1, 5))
    );
    assert_eq!(
        first_error("x = 1\ny = '''abc\ndef\n\n"),
        Some((SyntaxErrorKind::SyntaxError, "unterminated triple-quoted string literal (detected at line 4)".into(), 2, 5))
    );
    // The lexer goes on after the error.
    assert_eq!(kinds("x = 'abc\ny = 2\n").iter().filter(|k| **k == Name).count(), 2);
}

#[test]
fn indentation_tokens() {
    let src = "if x:\n    if y:\n        a\n    b\nc\n";
    let ks: Vec<TokenKind> = kinds(src).into_iter().filter(|k| matches!(k, Indent | Dedent | Newline)).collect();
    assert_eq!(ks, [Newline, Indent, Newline, Indent, Newline, Dedent, Newline, Dedent, Newline]);
    // Blank and comment lines do not count; dedents are closed at the end.
    let ks = kinds("if x:\n\n   # c\n    a\n");
    assert_eq!(ks.iter().filter(|k| **k == Indent).count(), 1);
    assert_eq!(ks.iter().filter(|k| **k == Dedent).count(), 1);
    // Inside brackets newlines are not logical.
    assert!(!kinds("x = (1,\n      2)\n")[..6].contains(&Newline));
    // A tab counts to the next multiple of 8.
    assert!(first_error("if x:\n\ta\n\tb\n").is_none());
}

#[test]
fn indentation_errors() {
    assert_eq!(
        first_error("if x:\n        a\n    b\n"),
        Some((SyntaxErrorKind::IndentationError, "unindent does not match any outer indentation level".into(), 3, 6))
    );
    assert_eq!(
        first_error("if x:\n\ta\n        b\n"),
        Some((SyntaxErrorKind::TabError, "inconsistent use of tabs and spaces in indentation".into(), 3, 1))
    );
    let deep: String = (0..101).map(|i| format!("{}if x:\n", " ".repeat(i))).collect::<String>() + &" ".repeat(101) + "pass\n";
    assert_eq!(first_error(&deep).map(|e| e.1), Some("too many levels of indentation".to_string()));
}

#[test]
fn brackets() {
    assert_eq!(first_error("x = 1)\n").map(|e| (e.1, e.3)), Some(("unmatched ')'".to_string(), 6)));
    assert_eq!(
        first_error("a = [\n  1\n)\n").map(|e| e.1),
        Some("closing parenthesis ')' does not match opening parenthesis '[' on line 1".to_string())
    );
    let deep = format!("x = {}1{}\n", "(".repeat(201), ")".repeat(201));
    assert_eq!(first_error(&deep).map(|e| (e.1, e.3)), Some(("too many nested parentheses".to_string(), 205)));
}

#[test]
fn line_continuation() {
    assert_eq!(kinds("x = 1 + \\\n    2\n").iter().filter(|k| **k == Newline).count(), 1);
    assert_eq!(
        first_error("x = 1 \\ 2\n").map(|e| e.1),
        Some("unexpected character after line continuation character".to_string())
    );
    assert_eq!(first_error("x = 1 + \\\n").map(|e| e.1), Some("unexpected EOF while parsing".to_string()));
}

#[test]
fn comments_spans_and_eof() {
    let src = "x = 1  # note\n";
    let (tokens, errors) = tokenize(src);
    assert!(errors.is_empty());
    let comment = tokens.iter().find(|t| t.kind == Comment).unwrap();
    assert_eq!(&src[comment.span.start as usize..comment.span.end as usize], "# note");
    assert_eq!(tokens.last().unwrap().kind, EndOfFile);
    // No final newline: a NEWLINE is still produced.
    assert_eq!(kinds("x"), [Name, Newline]);
    assert_eq!(kinds(""), Vec::<TokenKind>::new());
}

#[test]
fn invalid_characters_are_error_tokens() {
    let src = "a = $ + ?\n";
    let (tokens, errors) = tokenize(src);
    assert_eq!(tokens.iter().filter(|t| t.kind == Error).count(), 2);
    assert_eq!(errors.len(), 2);
    assert_eq!(first_error("x = 1\u{a0}+ 2\n").map(|e| e.1), Some("invalid non-printable character U+00A0".to_string()));
    assert_eq!(first_error("print(“hi”)\n").map(|e| (e.1, e.3)), Some(("invalid character '“' (U+201C)".to_string(), 7)));
}
