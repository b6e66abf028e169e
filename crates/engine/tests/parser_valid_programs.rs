//! Every program in `data/parser/valid_programs.jsonl` (snippets and the
//! reference programs, dumped with CPython 3.11.7's `ast` by
//! `tools/parser/make_valid_programs.py`) must parse, to the same tree with
//! the same node positions (line, UTF-8 column) as CPython's.

use engine::ast::*;
use engine::parse_module;
use engine::{LineIndex, Span};
use serde_json::Value;

struct Dumper<'a> {
    src: &'a str,
    index: LineIndex,
}

impl Dumper<'_> {
    fn pos(&self, span: Span, spans: bool) -> String {
        if !spans {
            return String::new();
        }
        let at = |o: u32| {
            let line = self.index.line(o);
            (line, o - self.index.line_start(line))
        };
        let (l1, c1) = at(span.start);
        let (l2, c2) = at(span.end);
        let _ = self.src;
        format!("@{l1}:{c1}-{l2}:{c2}")
    }

    fn opt(&self, e: &Option<Expr>, spans: bool) -> String {
        e.as_ref().map_or("_".into(), |e| self.expr(e, spans))
    }

    fn optb(&self, e: &Option<Box<Expr>>, spans: bool) -> String {
        e.as_ref().map_or("_".into(), |e| self.expr(e, spans))
    }

    fn exprs(&self, es: &[Expr], spans: bool) -> String {
        format!("[{}]", es.iter().map(|e| self.expr(e, spans)).collect::<Vec<_>>().join(" "))
    }

    fn stmts(&self, ss: &[Stmt]) -> String {
        format!("[{}]", ss.iter().map(|s| self.stmt(s)).collect::<Vec<_>>().join(" "))
    }

    fn param(&self, p: &Param, spans: bool) -> String {
        format!(
            "Param({} {} {}){}",
            p.name.name,
            self.opt(&p.annotation, spans),
            self.opt(&p.default, spans),
            self.pos(p.span, spans)
        )
    }

    fn params(&self, p: &Parameters, spans: bool) -> String {
        let list = |ps: &[Param]| ps.iter().map(|x| self.param(x, spans)).collect::<Vec<_>>().join(" ");
        let one = |p: &Option<Param>| p.as_ref().map_or("_".into(), |x| self.param(x, spans));
        format!("Params([{}] [{}] {} [{}] {})", list(&p.posonly), list(&p.args), one(&p.vararg), list(&p.kwonly), one(&p.kwarg))
    }

    fn keyword(&self, k: &Keyword, spans: bool) -> String {
        let arg = k.arg.as_ref().map_or("_", |a| a.name.as_str());
        format!("Keyword({} {}){}", arg, self.expr(&k.value, spans), self.pos(k.span, spans))
    }

    fn keywords(&self, ks: &[Keyword], spans: bool) -> String {
        format!("[{}]", ks.iter().map(|k| self.keyword(k, spans)).collect::<Vec<_>>().join(" "))
    }

    fn alias(&self, a: &Alias) -> String {
        let asname = a.asname.as_ref().map_or("_", |x| x.name.as_str());
        format!("Alias({} {}){}", a.name, asname, self.pos(a.span, true))
    }

    fn stmt(&self, s: &Stmt) -> String {
        let p = self.pos(s.span, true);
        let b = |x: &[Stmt]| self.stmts(x);
        match &s.kind {
            StmtKind::Expr(e) => format!("Expr({}){p}", self.expr(e, true)),
            StmtKind::Assign { targets, value } => format!("Assign({} {}){p}", self.exprs(targets, true), self.expr(value, true)),
            StmtKind::AugAssign { target, op, value } => {
                format!("AugAssign({} {} {}){p}", self.expr(target, true), op.symbol(), self.expr(value, true))
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => format!(
                "AnnAssign({} {} {} {}){p}",
                self.expr(target, true),
                self.expr(annotation, true),
                self.opt(value, true),
                u8::from(*simple)
            ),
            StmtKind::If { test, body, orelse } => format!("If({} {} {}){p}", self.expr(test, true), b(body), b(orelse)),
            StmtKind::While { test, body, orelse } => format!("While({} {} {}){p}", self.expr(test, true), b(body), b(orelse)),
            StmtKind::For { target, iter, body, orelse, is_async } => format!(
                "For({} {} {} {} {}){p}",
                self.expr(target, true),
                self.expr(iter, true),
                b(body),
                b(orelse),
                u8::from(*is_async)
            ),
            StmtKind::Break => format!("Break{p}"),
            StmtKind::Continue => format!("Continue{p}"),
            StmtKind::Pass => format!("Pass{p}"),
            StmtKind::Return(v) => format!("Return({}){p}", self.opt(v, true)),
            StmtKind::FunctionDef(f) => format!(
                "FunctionDef({} {} {} {} {} {}){p}",
                f.name.name,
                self.params(&f.params, true),
                b(&f.body),
                self.exprs(&f.decorators, true),
                self.opt(&f.returns, true),
                u8::from(f.is_async)
            ),
            StmtKind::ClassDef(c) => format!(
                "ClassDef({} {} {} {} {}){p}",
                c.name.name,
                self.exprs(&c.bases, true),
                self.keywords(&c.keywords, true),
                b(&c.body),
                self.exprs(&c.decorators, true)
            ),
            StmtKind::Try { body, handlers, orelse, finalbody, is_star } => {
                let hs: Vec<String> = handlers
                    .iter()
                    .map(|h| {
                        let name = h.name.as_ref().map_or("_", |n| n.name.as_str());
                        let typ = h.typ.as_ref().map_or("_".into(), |t| self.expr(t, true));
                        format!("Handler({typ} {name} {}){}", b(&h.body), self.pos(h.span, true))
                    })
                    .collect();
                format!("Try({} [{}] {} {} {}){p}", b(body), hs.join(" "), b(orelse), b(finalbody), u8::from(*is_star))
            }
            StmtKind::Raise { exc, cause } => format!("Raise({} {}){p}", self.opt(exc, true), self.opt(cause, true)),
            StmtKind::With { items, body, is_async } => {
                let its: Vec<String> = items
                    .iter()
                    .map(|i| format!("Item({} {})", self.expr(&i.context, true), self.opt(&i.target, true)))
                    .collect();
                format!("With([{}] {} {}){p}", its.join(" "), b(body), u8::from(*is_async))
            }
            StmtKind::Global(ns) | StmtKind::Nonlocal(ns) => {
                let kind = if matches!(s.kind, StmtKind::Global(_)) { "Global" } else { "Nonlocal" };
                let names: Vec<&str> = ns.iter().map(|n| n.name.as_str()).collect();
                format!("{kind}([{}]){p}", names.join(" "))
            }
            StmtKind::Delete(ts) => format!("Delete({}){p}", self.exprs(ts, true)),
            StmtKind::Assert { test, msg } => format!("Assert({} {}){p}", self.expr(test, true), self.opt(msg, true)),
            StmtKind::Import(names) => {
                format!("Import([{}]){p}", names.iter().map(|a| self.alias(a)).collect::<Vec<_>>().join(" "))
            }
            StmtKind::ImportFrom { module, names, level } => format!(
                "ImportFrom({} [{}] {level}){p}",
                module.as_deref().unwrap_or("_"),
                names.iter().map(|a| self.alias(a)).collect::<Vec<_>>().join(" ")
            ),
            StmtKind::Unsupported { what } => format!("Unsupported({what}){p}"),
        }
    }

    fn constant(c: &Constant) -> String {
        match c {
            Constant::None => "None".into(),
            Constant::True => "True".into(),
            Constant::False => "False".into(),
            Constant::Ellipsis => "Ellipsis".into(),
            Constant::Int(i) => format!("i{i}"),
            Constant::Float(f) => format!("f{}", f.to_bits()),
            Constant::Complex(f) => format!("j{}", f.to_bits()),
            Constant::Str(s) => format!("s{}", serde_json::to_string(s).unwrap()),
            Constant::Bytes(b) => format!("b{}", serde_json::to_string(b).unwrap()),
        }
    }

    /// f-string parts as CPython 3.11 lays them out: debug text becomes a
    /// literal before the value, adjacent literals merge.
    fn fparts(&self, parts: &[FStringPart]) -> Vec<String> {
        let mut flat: Vec<Result<String, String>> = Vec::new();
        let push_lit = |flat: &mut Vec<Result<String, String>>, s: &str| {
            if s.is_empty() {
                return;
            }
            if let Some(Ok(prev)) = flat.last_mut() {
                prev.push_str(s);
            } else {
                flat.push(Ok(s.to_string()));
            }
        };
        for part in parts {
            match part {
                FStringPart::Literal(s) => push_lit(&mut flat, s),
                FStringPart::Expr(fv) => {
                    if let Some(d) = &fv.debug_text {
                        push_lit(&mut flat, d);
                    }
                    let conv = fv.conversion.map_or("_".to_string(), |c| c.to_string());
                    let spec = fv.format_spec.as_ref().map_or("_".to_string(), |s| format!("[{}]", self.fparts(s).join(" ")));
                    flat.push(Err(format!("F({} {conv} {spec})", self.expr(&fv.value, false))));
                }
            }
        }
        flat.into_iter()
            .map(|x| match x {
                Ok(s) => format!("L{}", serde_json::to_string(&s).unwrap()),
                Err(f) => f,
            })
            .collect()
    }

    fn gens(&self, gs: &[Comprehension], spans: bool) -> String {
        let v: Vec<String> = gs
            .iter()
            .map(|g| {
                format!(
                    "Gen({} {} {} {})",
                    self.expr(&g.target, spans),
                    self.expr(&g.iter, spans),
                    self.exprs(&g.ifs, spans),
                    u8::from(g.is_async)
                )
            })
            .collect();
        format!("[{}]", v.join(" "))
    }

    fn expr(&self, e: &Expr, spans: bool) -> String {
        let p = self.pos(e.span, spans);
        let x = |e: &Expr| self.expr(e, spans);
        match &e.kind {
            ExprKind::Name(n) => format!("Name({n}){p}"),
            ExprKind::Constant(c) => format!("Constant({}){p}", Self::constant(c)),
            ExprKind::JoinedStr(parts) => format!("JoinedStr([{}]){p}", self.fparts(parts).join(" ")),
            ExprKind::BinOp { left, op, right } => format!("BinOp({} {} {}){p}", x(left), op.symbol(), x(right)),
            ExprKind::UnaryOp { op, operand } => {
                let o = match op {
                    UnaryOp::Not => "not",
                    UnaryOp::Neg => "neg",
                    UnaryOp::Pos => "pos",
                    UnaryOp::Invert => "~",
                };
                format!("UnaryOp({o} {}){p}", x(operand))
            }
            ExprKind::BoolOp { op, values } => {
                let o = if *op == BoolOp::And { "and" } else { "or" };
                format!("BoolOp({o} {}){p}", self.exprs(values, spans))
            }
            ExprKind::Compare { left, ops, comparators } => {
                let o: Vec<&str> = ops.iter().map(|o| o.symbol()).collect();
                format!("Compare({} [{}] {}){p}", x(left), o.join(" "), self.exprs(comparators, spans))
            }
            ExprKind::Call { func, args, keywords } => {
                format!("Call({} {} {}){p}", x(func), self.exprs(args, spans), self.keywords(keywords, spans))
            }
            ExprKind::Attribute { value, attr } => format!("Attribute({} {}){p}", x(value), attr.name),
            ExprKind::Subscript { value, index } => format!("Subscript({} {}){p}", x(value), x(index)),
            ExprKind::Slice { lower, upper, step } => format!(
                "Slice({} {} {}){p}",
                self.optb(lower, spans),
                self.optb(upper, spans),
                self.optb(step, spans)
            ),
            ExprKind::Starred(v) => format!("Starred({}){p}", x(v)),
            ExprKind::List(es) => format!("List({}){p}", self.exprs(es, spans)),
            ExprKind::Tuple(es) => format!("Tuple({}){p}", self.exprs(es, spans)),
            ExprKind::Set(es) => format!("Set({}){p}", self.exprs(es, spans)),
            ExprKind::Dict { keys, values } => {
                let ks: Vec<String> = keys.iter().map(|k| self.opt(k, spans)).collect();
                format!("Dict([{}] {}){p}", ks.join(" "), self.exprs(values, spans))
            }
            ExprKind::ListComp { elt, generators } => format!("ListComp({} {}){p}", x(elt), self.gens(generators, spans)),
            ExprKind::SetComp { elt, generators } => format!("SetComp({} {}){p}", x(elt), self.gens(generators, spans)),
            ExprKind::GeneratorExp { elt, generators } => {
                format!("GeneratorExp({} {}){p}", x(elt), self.gens(generators, spans))
            }
            ExprKind::DictComp { key, value, generators } => {
                format!("DictComp({} {} {}){p}", x(key), x(value), self.gens(generators, spans))
            }
            ExprKind::IfExp { test, body, orelse } => format!("IfExp({} {} {}){p}", x(test), x(body), x(orelse)),
            ExprKind::Lambda { params, body } => format!("Lambda({} {}){p}", self.params(params, spans), x(body)),
            ExprKind::Await(v) => format!("Await({}){p}", x(v)),
            ExprKind::Yield(v) => format!("Yield({}){p}", self.optb(v, spans)),
            ExprKind::YieldFrom(v) => format!("YieldFrom({}){p}", x(v)),
            ExprKind::NamedExpr { target, value } => format!("NamedExpr({} {}){p}", x(target), x(value)),
        }
    }
}

fn dump(src: &str, module: &Module) -> String {
    let d = Dumper { src, index: LineIndex::new(src) };
    d.stmts(&module.body)
}

#[test]
fn valid_programs_parse_like_cpython() {
    let data = include_str!("data/parser/valid_programs.jsonl");
    let mut count = 0;
    let mut failures = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line).expect("valid JSON");
        let name = v["name"].as_str().unwrap();
        let src = v["src"].as_str().unwrap();
        let expected = v["dump"].as_str().unwrap();
        count += 1;
        match parse_module(src) {
            Err(errors) => failures.push(format!("{name}: {src:?}\n    error: {errors:?}")),
            Ok(m) => {
                let got = dump(src, &m);
                if got != expected {
                    failures.push(format!("{name}: {src:?}\n    cpython: {expected}\n    ours:    {got}"));
                }
            }
        }
    }
    assert!(count >= 100, "only {count} programs");
    println!("{count} programs, {} failures", failures.len());
    assert!(failures.is_empty(), "{} of {count} differ:\n{}", failures.len(), failures.join("\n"));
}
