//! Parser unit tests for what the CPython-dump comparison does not show:
//! f-string details and spans into the source, `match`, several errors,
//! deep nesting, and the span/value details of single constructs.

use engine::ast::*;
use engine::parse_module;
use engine::LineIndex;

fn parse(src: &str) -> Vec<Stmt> {
    match parse_module(src) {
        Ok(m) => m.body,
        Err(e) => panic!("{src:?} failed: {e:?}"),
    }
}

fn expr(src: &str) -> Expr {
    match parse(src).remove(0).kind {
        StmtKind::Expr(e) => e,
        other => panic!("not an expression statement: {other:?}"),
    }
}

fn text<'a>(src: &'a str, e: &Expr) -> &'a str {
    &src[e.span.start as usize..e.span.end as usize]
}

#[test]
fn fstring_fields_have_spans_into_the_source() {
    let src = "f'a {x + 1!r:>{width}} b {y=}'\n";
    let ExprKind::JoinedStr(parts) = expr(src).kind else { panic!() };
    assert_eq!(parts.len(), 4);
    let FStringPart::Expr(first) = &parts[1] else { panic!() };
    assert_eq!(text(src, &first.value), "x + 1");
    assert_eq!(first.conversion, Some('r'));
    let spec = first.format_spec.as_ref().unwrap();
    assert_eq!(spec[0], FStringPart::Literal(">".into()));
    let FStringPart::Expr(width) = &spec[1] else { panic!() };
    assert_eq!(text(src, &width.value), "width");
    assert_eq!(&src[first.span.start as usize..first.span.end as usize], "{x + 1!r:>{width}}");
    let FStringPart::Expr(debug) = &parts[3] else { panic!() };
    assert_eq!(debug.debug_text.as_deref(), Some("y="));
    assert_eq!(debug.conversion, Some('r'), "`=` without a spec defaults to !r");
}

#[test]
fn fstring_debug_text_keeps_spaces() {
    let ExprKind::JoinedStr(parts) = expr("f'{ x = }'\n").kind else { panic!() };
    let FStringPart::Expr(fv) = &parts[0] else { panic!() };
    assert_eq!(fv.debug_text.as_deref(), Some(" x = "));
    let ExprKind::JoinedStr(parts) = expr("f'{x=:.2f}'\n").kind else { panic!() };
    let FStringPart::Expr(fv) = &parts[0] else { panic!() };
    assert_eq!((fv.debug_text.as_deref(), fv.conversion), (Some("x="), None));
}

#[test]
fn implicit_concatenation() {
    let e = expr("'a' f'{b}' \"c\"\n");
    let ExprKind::JoinedStr(parts) = e.kind else { panic!() };
    assert_eq!(parts.len(), 3);
    assert_eq!(parts[0], FStringPart::Literal("a".into()));
    assert_eq!(parts[2], FStringPart::Literal("c".into()));
    assert_eq!(expr("'a' 'b'\n").kind, ExprKind::Constant(Constant::Str("ab".into())));
    assert_eq!(expr("b'a' b'\\x00'\n").kind, ExprKind::Constant(Constant::Bytes(vec![b'a', 0])));
    let err = parse_module("x = 'a' b'b'\n").unwrap_err();
    assert_eq!(err[0].msg, "cannot mix bytes and nonbytes literals");
}

#[test]
fn escapes() {
    let ExprKind::Constant(Constant::Str(s)) = expr(r"'\n\t\\\x41\u00e9\101\0\N{BULLET}\q'" ).kind else { panic!() };
    assert_eq!(s, "\n\t\\Aé\u{41}\0\u{2022}\\q");
    let ExprKind::Constant(Constant::Str(s)) = expr(r"r'\n'").kind else { panic!() };
    assert_eq!(s, "\\n");
}

#[test]
fn numbers_have_values() {
    assert_eq!(expr("1_000\n").kind, ExprKind::Constant(Constant::Int(1000.into())));
    assert_eq!(expr("0xff\n").kind, ExprKind::Constant(Constant::Int(255.into())));
    assert_eq!(expr("1e-05\n").kind, ExprKind::Constant(Constant::Float(1e-05)));
    assert_eq!(expr("2j\n").kind, ExprKind::Constant(Constant::Complex(2.0)));
    let big = "123456789012345678901234567890";
    assert_eq!(expr(big).kind, ExprKind::Constant(Constant::Int(big.parse().unwrap())));
}

#[test]
fn precedence_and_chained_comparisons() {
    let ExprKind::BoolOp { op: BoolOp::Or, values } = expr("a or b and not c\n").kind else { panic!() };
    assert!(matches!(values[1].kind, ExprKind::BoolOp { op: BoolOp::And, .. }));
    let ExprKind::Compare { ops, .. } = expr("a < b not in c is not d\n").kind else { panic!() };
    assert_eq!(ops, vec![CmpOp::Lt, CmpOp::NotIn, CmpOp::IsNot]);
    // `-a ** b` is `-(a ** b)`; `a ** -b` binds the unary minus.
    let ExprKind::UnaryOp { op: UnaryOp::Neg, operand } = expr("-a ** b\n").kind else { panic!() };
    assert!(matches!(operand.kind, ExprKind::BinOp { op: BinOp::Pow, .. }));
}

#[test]
fn statements_shapes() {
    let body = parse("async def f(a, /, b=1, *c, d, **e) -> int:\n    async with x as y:\n        await z\n");
    let StmtKind::FunctionDef(def) = &body[0].kind else { panic!() };
    assert!(def.is_async);
    assert_eq!(def.params.posonly.len(), 1);
    assert_eq!(def.params.args[0].name.name, "b");
    assert!(def.params.args[0].default.is_some());
    assert_eq!(def.params.vararg.as_ref().unwrap().name.name, "c");
    assert_eq!(def.params.kwonly[0].name.name, "d");
    assert_eq!(def.params.kwarg.as_ref().unwrap().name.name, "e");
    let body = parse("try:\n    pass\nexcept* ValueError as e:\n    raise X from e\n");
    let StmtKind::Try { is_star, handlers, .. } = &body[0].kind else { panic!() };
    assert!(*is_star);
    assert_eq!(handlers[0].name.as_ref().unwrap().name, "e");
    let body = parse("from ..a.b import (c as d, e)\n");
    let StmtKind::ImportFrom { module, names, level } = &body[0].kind else { panic!() };
    assert_eq!((module.as_deref(), names.len(), *level), (Some("a.b"), 2, 2));
}

#[test]
fn match_statement_is_kept_as_unsupported() {
    let src = "match x:\n    case 1:\n        pass\n    case _:\n        pass\ny = 1\n";
    let body = parse(src);
    assert_eq!(body.len(), 2);
    assert!(matches!(&body[0].kind, StmtKind::Unsupported { what } if what.contains("match")));
    let idx = LineIndex::new(src);
    assert_eq!(idx.line(body[0].span.end), 5);
    // `match` as a name still works.
    assert_eq!(parse("match = 1\nmatch(x)\n").len(), 2);
}

#[test]
fn several_errors_are_reported_in_order() {
    let src = "x = = 1\ny = 2\nz = (1 2)\nw = 'abc\n";
    let errors = parse_module(src).unwrap_err();
    assert_eq!(errors[0].msg, "unterminated string literal (detected at line 4)", "tokenizer errors come first");
    let src = "x = = 1\ny = 2\nz = (1 2)\nw = 1 +\n";
    let errors = parse_module(src).unwrap_err();
    let msgs: Vec<&str> = errors.iter().map(|e| e.msg.as_str()).collect();
    assert_eq!(msgs, ["invalid syntax", "invalid syntax. Perhaps you forgot a comma?", "invalid syntax"]);
    assert!(errors.windows(2).all(|w| w[0].span.start < w[1].span.start));
}

#[test]
fn yield_is_parsed() {
    let body = parse("def g():\n    x = yield 1\n    yield from y\n");
    let StmtKind::FunctionDef(def) = &body[0].kind else { panic!() };
    assert!(matches!(&def.body[0].kind, StmtKind::Assign { value: Expr { kind: ExprKind::Yield(Some(_)), .. }, .. }));
}

#[test]
fn compile_time_errors() {
    let cases = [
        ("await x\n", "'await' outside function"),
        ("def f():\n    await x\n", "'await' outside async function"),
        ("return 1\n", "'return' outside function"),
        ("for x in y:\n    def f():\n        break\n", "'break' outside loop"),
        ("def f(a, a): pass\n", "duplicate argument 'a' in function definition"),
    ];
    for (src, msg) in cases {
        assert_eq!(parse_module(src).unwrap_err()[0].msg, msg, "{src:?}");
    }
}

/// Runs `f` on a thread with a 2 MB stack, like the browser's (the wasm
/// build links with a 2 MB stack).
fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new().stack_size(2 << 20).spawn(f).unwrap().join().unwrap();
}

#[test]
fn deep_nesting_never_overflows() {
    on_small_stack(|| {
        let inputs = [
            format!("x = {}1{}\n", "(".repeat(1000), ")".repeat(1000)),
            format!("x = {}1{}\n", "[".repeat(150), "]".repeat(150)),
            format!("x = {}1\n", "-".repeat(100_000)),
            format!("x = {}y\n", "not ".repeat(50_000)),
            format!("x = {}1\n", "lambda: ".repeat(10_000)),
            format!("x = 1{}\n", " if y else 1".repeat(10_000)),
            format!("x = 2{}\n", " ** 2".repeat(10_000)),
            format!("x = {}\n", "f'{".repeat(50) + &"'}".repeat(50)),
            format!("x = a{}\n", ".b".repeat(100_000)),
            format!("x = a{}\n", "[0]".repeat(50_000)),
            format!("x = {}\n", "await ".repeat(10_000) + "y"),
        ];
        for src in inputs {
            if let Err(errors) = parse_module(&src) {
                assert!(!errors.is_empty());
            }
        }
        let err = parse_module(&format!("x = {}1\n", "-".repeat(100_000))).unwrap_err();
        assert_eq!(err[0].msg, "too many nested expressions");
    });
}

#[test]
fn moderate_nesting_parses() {
    on_small_stack(|| {
        let src = format!("x = {}1{}\n", "(".repeat(20), ")".repeat(20));
        assert!(parse_module(&src).is_ok());
        let src = format!("x = {}1\n", "-".repeat(20));
        assert!(parse_module(&src).is_ok());
    });
}
