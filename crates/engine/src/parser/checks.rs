//! Compile-time checks CPython makes after parsing, in its order: the
//! `__future__` pass, the symbol table (`scope_checks.rs`), then the compiler
//! (`'return' outside function`, `'await' outside async function`,
//! starred assignments, repeated keywords, `__debug__`, ...).

use super::walk::{body_has_yield, expr_children, stmt_bodies};
use crate::ast::{Constant, Expr, ExprKind, Module, Stmt, StmtKind};
use crate::error::SyntaxError;
use crate::span::Span;

const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

pub(crate) fn check_module(_source: &str, module: &Module) -> Option<SyntaxError> {
    if let Some(e) = check_future(&module.body) {
        return Some(e);
    }
    if let Some(e) = super::scope_checks::check(&module.body) {
        return Some(e);
    }
    let mut c = Compiler { scopes: vec![Scope { kind: ScopeKind::Module, loops: 0 }] };
    c.body(&module.body).err()
}

fn check_future(body: &[Stmt]) -> Option<SyntaxError> {
    let mut at_start = true;
    for (i, s) in body.iter().enumerate() {
        match &s.kind {
            StmtKind::ImportFrom { module: Some(m), names, level: 0 } if m == "__future__" => {
                if !at_start {
                    return Some(SyntaxError::syntax(
                        "from __future__ imports must occur at the beginning of the file",
                        s.span,
                    ));
                }
                for a in names {
                    if a.name == "braces" {
                        return Some(SyntaxError::syntax("not a chance", s.span));
                    }
                    if !FUTURE_FEATURES.contains(&a.name.as_str()) {
                        return Some(SyntaxError::syntax(format!("future feature {} is not defined", a.name), s.span));
                    }
                }
            }
            StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str(_)), .. }) if i == 0 => {}
            _ => at_start = false,
        }
    }
    None
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ScopeKind {
    Module,
    Class,
    Function { is_async: bool, async_gen: bool },
    Lambda,
    Comprehension,
}

struct Scope {
    kind: ScopeKind,
    /// Enclosing loops in this scope (a `def` or `class` starts afresh).
    loops: u32,
}

struct Compiler {
    scopes: Vec<Scope>,
}

type Check = Result<(), SyntaxError>;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Load,
    Store,
    Del,
}

fn err(msg: impl Into<String>, span: Span) -> Check {
    Err(SyntaxError::syntax(msg, span))
}

impl Compiler {
    fn scope(&self) -> ScopeKind {
        self.scopes.last().map_or(ScopeKind::Module, |s| s.kind)
    }

    fn loops(&self) -> u32 {
        self.scopes.last().map_or(0, |s| s.loops)
    }

    fn set_loops(&mut self, n: u32) {
        if let Some(s) = self.scopes.last_mut() {
            s.loops = n;
        }
    }

    fn in_function(&self) -> bool {
        matches!(self.scope(), ScopeKind::Function { .. } | ScopeKind::Lambda)
    }

    fn in_async_function(&self) -> bool {
        matches!(self.scope(), ScopeKind::Function { is_async: true, .. })
    }

    fn with_scope(&mut self, kind: ScopeKind, f: impl FnOnce(&mut Self) -> Check) -> Check {
        self.scopes.push(Scope { kind, loops: 0 });
        let r = f(self);
        self.scopes.pop();
        r
    }

    fn body(&mut self, body: &[Stmt]) -> Check {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn loop_body(&mut self, body: &[Stmt]) -> Check {
        let n = self.loops();
        self.set_loops(n + 1);
        let r = self.body(body);
        self.set_loops(n);
        r
    }

    fn stmt(&mut self, s: &Stmt) -> Check {
        match &s.kind {
            StmtKind::Return(v) => {
                if !matches!(self.scope(), ScopeKind::Function { .. }) {
                    return err("'return' outside function", s.span);
                }
                if v.is_some() && matches!(self.scope(), ScopeKind::Function { async_gen: true, .. }) {
                    return err("'return' with value in async generator", s.span);
                }
                if let Some(v) = v {
                    self.expr(v, Ctx::Load)?;
                }
            }
            StmtKind::Break if self.loops() == 0 => return err("'break' outside loop", s.span),
            StmtKind::Continue if self.loops() == 0 => return err("'continue' not properly in loop", s.span),
            StmtKind::FunctionDef(def) => {
                def.decorators.iter().try_for_each(|d| self.expr(d, Ctx::Load))?;
                self.params(&def.params, s.span)?;
                if let Some(r) = &def.returns {
                    self.expr(r, Ctx::Load)?;
                }
                let kind = ScopeKind::Function {
                    is_async: def.is_async,
                    async_gen: def.is_async && body_has_yield(&def.body),
                };
                return self.with_scope(kind, |c| c.body(&def.body));
            }
            StmtKind::ClassDef(def) => {
                def.decorators.iter().try_for_each(|d| self.expr(d, Ctx::Load))?;
                def.bases.iter().try_for_each(|d| self.expr(d, Ctx::Load))?;
                self.keywords(&def.keywords, s.span)?;
                return self.with_scope(ScopeKind::Class, |c| c.body(&def.body));
            }
            StmtKind::For { target, iter, body, orelse, is_async } => {
                if *is_async && !self.in_async_function() {
                    return err("'async for' outside async function", s.span);
                }
                self.expr(iter, Ctx::Load)?;
                self.expr(target, Ctx::Store)?;
                self.loop_body(body)?;
                return self.body(orelse);
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test, Ctx::Load)?;
                self.loop_body(body)?;
                return self.body(orelse);
            }
            StmtKind::With { items, body, is_async } => {
                if *is_async && !self.in_async_function() {
                    return err("'async with' outside async function", s.span);
                }
                for it in items {
                    self.expr(&it.context, Ctx::Load)?;
                    if let Some(t) = &it.target {
                        self.expr(t, Ctx::Store)?;
                    }
                }
                return self.body(body);
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value, Ctx::Load)?;
                targets.iter().try_for_each(|t| self.expr(t, Ctx::Store))?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target, Ctx::Store)?;
                self.expr(value, Ctx::Load)?;
            }
            StmtKind::AnnAssign { target, annotation, value, .. } => {
                if let Some(v) = value {
                    self.expr(v, Ctx::Load)?;
                }
                self.expr(target, Ctx::Store)?;
                if !self.in_function() {
                    self.expr(annotation, Ctx::Load)?;
                }
            }
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.expr(t, Ctx::Del))?,
            StmtKind::Try { handlers, .. } => {
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t, Ctx::Load)?;
                    }
                    if let Some(n) = &h.name {
                        if n.name == "__debug__" {
                            return err("cannot assign to __debug__", n.span);
                        }
                    }
                }
            }
            _ => {
                let mut r = Ok(());
                super::walk::stmt_exprs(s, &mut |e| {
                    if r.is_ok() {
                        r = self.expr(e, Ctx::Load);
                    }
                });
                r?;
            }
        }
        let mut r = Ok(());
        stmt_bodies(s, &mut |b| {
            if r.is_ok() {
                r = self.body(b);
            }
        });
        r
    }

    fn params(&mut self, params: &crate::ast::Parameters, def_span: Span) -> Check {
        let all = params.posonly.iter().chain(&params.args).chain(&params.kwonly);
        for p in all.clone() {
            if let Some(d) = &p.default {
                self.expr(d, Ctx::Load)?;
            }
        }
        for p in all.chain(params.vararg.iter()).chain(params.kwarg.iter()) {
            if p.name.name == "__debug__" {
                return err("cannot assign to __debug__", def_span);
            }
            if let Some(a) = &p.annotation {
                self.expr(a, Ctx::Load)?;
            }
        }
        Ok(())
    }

    /// Keyword arguments of a call (or class) spanning `call`.
    fn keywords(&mut self, keywords: &[crate::ast::Keyword], call: Span) -> Check {
        for (i, k) in keywords.iter().enumerate() {
            if let Some(name) = &k.arg {
                if name.name == "__debug__" {
                    return err("cannot assign to __debug__", call);
                }
                if keywords[..i].iter().any(|p| p.arg.as_ref().map(|a| &a.name) == Some(&name.name)) {
                    return err(format!("keyword argument repeated: {}", name.name), k.span);
                }
            }
        }
        keywords.iter().try_for_each(|k| self.expr(&k.value, Ctx::Load))
    }

    fn expr(&mut self, e: &Expr, ctx: Ctx) -> Check {
        match &e.kind {
            ExprKind::Name(n) if n == "__debug__" && ctx != Ctx::Load => {
                let verb = if ctx == Ctx::Del { "delete" } else { "assign to" };
                err(format!("cannot {verb} __debug__"), e.span)
            }
            ExprKind::Starred(v) => match ctx {
                Ctx::Store => err("starred assignment target must be in a list or tuple", e.span),
                Ctx::Load => err("can't use starred expression here", e.span),
                Ctx::Del => self.expr(v, ctx),
            },
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                if ctx == Ctx::Store && elts.iter().filter(|x| matches!(x.kind, ExprKind::Starred(_))).count() > 1 {
                    return err("multiple starred expressions in assignment", e.span);
                }
                self.elements(elts, ctx)
            }
            ExprKind::Set(elts) => self.elements(elts, Ctx::Load),
            ExprKind::Call { func, args, keywords } => {
                self.expr(func, Ctx::Load)?;
                self.elements(args, Ctx::Load)?;
                self.keywords(keywords, e.span)
            }
            ExprKind::Attribute { value, attr } => {
                if attr.name == "__debug__" && ctx == Ctx::Store {
                    return err("cannot assign to __debug__", e.span);
                }
                self.expr(value, Ctx::Load)
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value, Ctx::Load)?;
                self.expr(index, Ctx::Load)
            }
            ExprKind::Await(v) => {
                match self.scope() {
                    ScopeKind::Function { is_async: true, .. } | ScopeKind::Comprehension => {}
                    ScopeKind::Function { .. } | ScopeKind::Lambda => {
                        return err("'await' outside async function", e.span)
                    }
                    _ => return err("'await' outside function", e.span),
                }
                self.expr(v, Ctx::Load)
            }
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
                if !self.in_function() {
                    return err("'yield' outside function", e.span);
                }
                if matches!(e.kind, ExprKind::YieldFrom(_)) && self.in_async_function() {
                    return err("'yield from' inside async function", e.span);
                }
                self.children(e)
            }
            ExprKind::Lambda { params, body } => {
                self.params(params, e.span)?;
                self.with_scope(ScopeKind::Lambda, |c| c.expr(body, Ctx::Load))
            }
            ExprKind::ListComp { generators, .. }
            | ExprKind::SetComp { generators, .. }
            | ExprKind::DictComp { generators, .. }
            | ExprKind::GeneratorExp { generators, .. } => {
                let is_genexp = matches!(e.kind, ExprKind::GeneratorExp { .. });
                let is_async = generators.iter().any(|g| g.is_async) || comprehension_awaits(e);
                let allowed = matches!(
                    self.scope(),
                    ScopeKind::Function { is_async: true, .. } | ScopeKind::Comprehension
                );
                if is_async && !is_genexp && !allowed {
                    return err("asynchronous comprehension outside of an asynchronous function", e.span);
                }
                self.with_scope(ScopeKind::Comprehension, |c| {
                    for (i, g) in generators.iter().enumerate() {
                        c.expr(&g.target, Ctx::Store)?;
                        if i > 0 {
                            c.expr(&g.iter, Ctx::Load)?;
                        }
                        g.ifs.iter().try_for_each(|x| c.expr(x, Ctx::Load))?;
                    }
                    match &e.kind {
                        ExprKind::DictComp { key, value, .. } => {
                            c.expr(key, Ctx::Load)?;
                            c.expr(value, Ctx::Load)
                        }
                        ExprKind::ListComp { elt, .. }
                        | ExprKind::SetComp { elt, .. }
                        | ExprKind::GeneratorExp { elt, .. } => c.expr(elt, Ctx::Load),
                        _ => Ok(()),
                    }
                })?;
                match generators.first() {
                    Some(g) => self.expr(&g.iter, Ctx::Load),
                    None => Ok(()),
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value, Ctx::Load)?;
                self.expr(target, Ctx::Store)
            }
            _ => self.children(e),
        }
    }

    fn elements(&mut self, elts: &[Expr], ctx: Ctx) -> Check {
        for x in elts {
            match &x.kind {
                ExprKind::Starred(v) if ctx != Ctx::Del => self.expr(v, ctx)?,
                _ => self.expr(x, ctx)?,
            }
        }
        Ok(())
    }

    fn children(&mut self, e: &Expr) -> Check {
        let mut r = Ok(());
        expr_children(e, &mut |c| {
            if r.is_ok() {
                r = self.expr(c, Ctx::Load);
            }
        });
        r
    }
}

/// Does a comprehension await (in its own scope, not nested ones)?
fn comprehension_awaits(e: &Expr) -> bool {
    fn awaits(e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Await(_) => true,
            ExprKind::Lambda { .. }
            | ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => false,
            _ => {
                let mut found = false;
                expr_children(e, &mut |c| found |= awaits(c));
                found
            }
        }
    }
    let mut found = false;
    let mut first_iter = true;
    match &e.kind {
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            found |= awaits(elt);
            for g in generators {
                if !first_iter {
                    found |= awaits(&g.iter);
                }
                first_iter = false;
                found |= g.ifs.iter().any(awaits);
            }
        }
        ExprKind::DictComp { key, value, generators } => {
            found |= awaits(key) || awaits(value);
            for g in generators {
                if !first_iter {
                    found |= awaits(&g.iter);
                }
                first_iter = false;
                found |= g.ifs.iter().any(awaits);
            }
        }
        _ => {}
    }
    found
}
