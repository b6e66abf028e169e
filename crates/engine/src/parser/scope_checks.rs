//! The checks CPython's symbol table makes (`Python/symtable.c`):
//! duplicate parameters, `global` / `nonlocal` misuse, `import *` in a
//! function. They come before the compiler's checks, whatever the line.

use super::walk::{expr_children, stmt_bodies};
use crate::ast::{Expr, ExprKind, Parameters, Stmt, StmtKind};
use crate::error::SyntaxError;
use crate::span::Span;
use std::collections::HashMap;

const PARAM: u8 = 1;
const LOCAL: u8 = 2;
const USE: u8 = 4;
const ANNOT: u8 = 8;
const GLOBAL: u8 = 16;
const NONLOCAL: u8 = 32;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Module,
    Function,
    Class,
    Comprehension,
}

struct Scope {
    kind: Kind,
    parent: Option<usize>,
    names: HashMap<String, u8>,
    /// `nonlocal` declarations, checked once every scope is known.
    nonlocals: Vec<(String, Span)>,
}

struct Builder {
    scopes: Vec<Scope>,
    cur: usize,
    /// What the innermost comprehension is called, for `yield` errors.
    comprehension_names: Vec<&'static str>,
}

type Check = Result<(), SyntaxError>;

pub(crate) fn check(body: &[Stmt]) -> Option<SyntaxError> {
    let mut b = Builder {
        scopes: vec![Scope { kind: Kind::Module, parent: None, names: HashMap::new(), nonlocals: Vec::new() }],
        cur: 0,
        comprehension_names: Vec::new(),
    };
    if let Err(e) = b.body(body) {
        return Some(e);
    }
    b.resolve_nonlocals()
}

impl Builder {
    fn flags(&self, name: &str) -> u8 {
        self.scopes[self.cur].names.get(name).copied().unwrap_or(0)
    }

    fn add(&mut self, name: &str, flag: u8) {
        *self.scopes[self.cur].names.entry(name.to_string()).or_insert(0) |= flag;
    }

    fn push(&mut self, kind: Kind) -> usize {
        let saved = self.cur;
        self.scopes.push(Scope { kind, parent: Some(saved), names: HashMap::new(), nonlocals: Vec::new() });
        self.cur = self.scopes.len() - 1;
        saved
    }

    fn body(&mut self, body: &[Stmt]) -> Check {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn params(&mut self, params: &Parameters) -> Check {
        let order = params
            .posonly
            .iter()
            .chain(&params.args)
            .chain(&params.kwonly)
            .chain(params.vararg.iter())
            .chain(params.kwarg.iter());
        for p in order {
            if self.flags(&p.name.name) & PARAM != 0 {
                return Err(SyntaxError::syntax(
                    format!("duplicate argument '{}' in function definition", p.name.name),
                    p.name.span,
                ));
            }
            self.add(&p.name.name, PARAM);
        }
        Ok(())
    }

    fn outer_params_exprs(&mut self, params: &Parameters) -> Check {
        for p in params.posonly.iter().chain(&params.args).chain(&params.kwonly) {
            if let Some(d) = &p.default {
                self.expr(d, USE)?;
            }
        }
        for p in params.posonly.iter().chain(&params.args).chain(&params.kwonly).chain(params.vararg.iter()).chain(params.kwarg.iter()) {
            if let Some(a) = &p.annotation {
                self.expr(a, USE)?;
            }
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Check {
        match &s.kind {
            StmtKind::FunctionDef(def) => {
                def.decorators.iter().try_for_each(|d| self.expr(d, USE))?;
                self.outer_params_exprs(&def.params)?;
                if let Some(r) = &def.returns {
                    self.expr(r, USE)?;
                }
                self.add(&def.name.name, LOCAL);
                let saved = self.push(Kind::Function);
                self.params(&def.params)?;
                self.body(&def.body)?;
                self.cur = saved;
                return Ok(());
            }
            StmtKind::ClassDef(def) => {
                def.decorators.iter().try_for_each(|d| self.expr(d, USE))?;
                def.bases.iter().try_for_each(|d| self.expr(d, USE))?;
                def.keywords.iter().try_for_each(|k| self.expr(&k.value, USE))?;
                self.add(&def.name.name, LOCAL);
                let saved = self.push(Kind::Class);
                self.body(&def.body)?;
                self.cur = saved;
                return Ok(());
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                let global = matches!(s.kind, StmtKind::Global(_));
                let word = if global { "global" } else { "nonlocal" };
                if !global && self.scopes[self.cur].kind == Kind::Module {
                    return Err(SyntaxError::syntax("nonlocal declaration not allowed at module level", s.span));
                }
                for n in names {
                    let flags = self.flags(&n.name);
                    let msg = if flags & PARAM != 0 {
                        Some(format!("name '{}' is parameter and {word}", n.name))
                    } else if flags & USE != 0 {
                        Some(format!("name '{}' is used prior to {word} declaration", n.name))
                    } else if flags & ANNOT != 0 {
                        Some(format!("annotated name '{}' can't be {word}", n.name))
                    } else if flags & LOCAL != 0 {
                        Some(format!("name '{}' is assigned to before {word} declaration", n.name))
                    } else if (!global && flags & GLOBAL != 0) || (global && flags & NONLOCAL != 0) {
                        Some(format!("name '{}' is nonlocal and global", n.name))
                    } else {
                        None
                    };
                    if let Some(msg) = msg {
                        return Err(SyntaxError::syntax(msg, s.span));
                    }
                    self.add(&n.name, if global { GLOBAL } else { NONLOCAL });
                    if !global {
                        self.scopes[self.cur].nonlocals.push((n.name.clone(), s.span));
                    }
                }
                return Ok(());
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let bound = a.asname.as_ref().map_or_else(|| a.name.split('.').next().unwrap_or(""), |i| i.name.as_str());
                    self.add(bound, LOCAL);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.scopes[self.cur].kind != Kind::Module {
                            return Err(SyntaxError::syntax("import * only allowed at module level", a.span));
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().map_or(a.name.as_str(), |i| i.name.as_str());
                    self.add(bound, LOCAL);
                }
            }
            StmtKind::Assign { targets, value } => {
                targets.iter().try_for_each(|t| self.expr(t, LOCAL))?;
                self.expr(value, USE)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target, LOCAL)?;
                self.expr(value, USE)?;
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                if let (ExprKind::Name(n), true) = (&target.kind, *simple) {
                    if self.flags(n) & (GLOBAL | NONLOCAL) != 0 {
                        let word = if self.flags(n) & GLOBAL != 0 { "global" } else { "nonlocal" };
                        return Err(SyntaxError::syntax(format!("annotated name '{n}' can't be {word}"), target.span));
                    }
                    self.add(n, ANNOT | LOCAL);
                } else {
                    self.expr(target, LOCAL)?;
                }
                self.expr(annotation, USE)?;
                if let Some(v) = value {
                    self.expr(v, USE)?;
                }
            }
            StmtKind::For { target, iter, .. } => {
                self.expr(target, LOCAL)?;
                self.expr(iter, USE)?;
            }
            StmtKind::With { items, .. } => {
                for it in items {
                    self.expr(&it.context, USE)?;
                    if let Some(t) = &it.target {
                        self.expr(t, LOCAL)?;
                    }
                }
            }
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.expr(t, LOCAL))?,
            StmtKind::Try { handlers, .. } => {
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t, USE)?;
                    }
                    if let Some(n) = &h.name {
                        self.add(&n.name, LOCAL);
                    }
                }
            }
            _ => {
                let mut err = Ok(());
                super::walk::stmt_exprs(s, &mut |e| {
                    if err.is_ok() {
                        err = self.expr(e, USE);
                    }
                });
                err?;
            }
        }
        // Nested bodies, in source order (handlers' bodies included).
        let mut err = Ok(());
        stmt_bodies(s, &mut |b| {
            if err.is_ok() {
                err = self.body(b);
            }
        });
        err
    }

    /// Visits an expression; `ctx` is `LOCAL` for targets, `USE` otherwise.
    fn expr(&mut self, e: &Expr, ctx: u8) -> Check {
        match &e.kind {
            ExprKind::Name(n) => {
                self.add(n, ctx);
                Ok(())
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) if ctx == LOCAL => {
                elts.iter().try_for_each(|x| self.expr(x, LOCAL))
            }
            ExprKind::Starred(v) => self.expr(v, ctx),
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) if self.scopes[self.cur].kind == Kind::Comprehension => {
                let what = self.comprehension_names.last().copied().unwrap_or("comprehension");
                Err(SyntaxError::syntax(format!("'yield' inside {what}"), e.span))
            }
            ExprKind::Attribute { value, .. } => self.expr(value, USE),
            ExprKind::Subscript { value, index } => {
                self.expr(value, USE)?;
                self.expr(index, USE)
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value, USE)?;
                // The target binds in the nearest enclosing non-comprehension scope.
                let saved = self.cur;
                while self.scopes[self.cur].kind == Kind::Comprehension {
                    self.cur = self.scopes[self.cur].parent.unwrap_or(0);
                }
                let r = self.expr(target, LOCAL);
                self.cur = saved;
                r
            }
            ExprKind::Lambda { params, body } => {
                self.outer_params_exprs(params)?;
                let saved = self.push(Kind::Function);
                self.params(params)?;
                let r = self.expr(body, USE);
                self.cur = saved;
                r
            }
            ExprKind::ListComp { generators, .. }
            | ExprKind::SetComp { generators, .. }
            | ExprKind::GeneratorExp { generators, .. }
            | ExprKind::DictComp { generators, .. } => {
                if let Some(first) = generators.first() {
                    self.expr(&first.iter, USE)?;
                }
                let saved = self.push(Kind::Comprehension);
                self.comprehension_names.push(match &e.kind {
                    ExprKind::ListComp { .. } => "list comprehension",
                    ExprKind::SetComp { .. } => "set comprehension",
                    ExprKind::DictComp { .. } => "dict comprehension",
                    _ => "generator expression",
                });
                for (i, g) in generators.iter().enumerate() {
                    self.expr(&g.target, LOCAL)?;
                    if i > 0 {
                        self.expr(&g.iter, USE)?;
                    }
                    g.ifs.iter().try_for_each(|c| self.expr(c, USE))?;
                }
                let r = match &e.kind {
                    ExprKind::DictComp { key, value, .. } => self.expr(key, USE).and_then(|_| self.expr(value, USE)),
                    ExprKind::ListComp { elt, .. } | ExprKind::SetComp { elt, .. } | ExprKind::GeneratorExp { elt, .. } => {
                        self.expr(elt, USE)
                    }
                    _ => Ok(()),
                };
                self.comprehension_names.pop();
                self.cur = saved;
                r
            }
            _ => {
                let mut err = Ok(());
                expr_children(e, &mut |c| {
                    if err.is_ok() {
                        err = self.expr(c, USE);
                    }
                });
                err
            }
        }
    }

    /// `nonlocal x` needs an enclosing function that binds `x`.
    fn resolve_nonlocals(&self) -> Option<SyntaxError> {
        for scope in &self.scopes {
            for (name, span) in &scope.nonlocals {
                let mut parent = scope.parent;
                let mut found = false;
                while let Some(p) = parent {
                    let s = &self.scopes[p];
                    if s.kind == Kind::Module {
                        break;
                    }
                    if s.kind != Kind::Class {
                        let f = s.names.get(name).copied().unwrap_or(0);
                        if f & (PARAM | LOCAL | NONLOCAL) != 0 && f & GLOBAL == 0 {
                            found = true;
                            break;
                        }
                    }
                    parent = s.parent;
                }
                if !found {
                    return Some(SyntaxError::syntax(format!("no binding for nonlocal '{name}' found"), *span));
                }
            }
        }
        None
    }
}
