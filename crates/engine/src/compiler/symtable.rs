//! Scope analysis: which names are local, global, free (closure) or cells,
//! for every function, lambda, comprehension and class body — CPython's
//! symtable rules. The SyntaxErrors the symbol table raises are raised
//! once, before compiling, by `parser/scope_checks.rs`.

use crate::ast::*;
use crate::span::Span;
use indexmap::IndexMap;
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
    /// List/set/dict comprehensions and generator expressions.
    Comprehension,
}

const DEF_LOCAL: u16 = 1;
const DEF_PARAM: u16 = 2;
const DEF_GLOBAL: u16 = 4;
const DEF_NONLOCAL: u16 = 8;
const USE: u16 = 16;

/// How a name is accessed in one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    /// A fast local of a function.
    Local,
    /// A local that an inner function closes over.
    Cell,
    /// A variable of an enclosing function.
    Free,
    /// Declared `global` (or used at module level / implicitly global).
    GlobalExplicit,
    GlobalImplicit,
    /// Module or class namespace.
    Name,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub is_async: bool,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    /// Flags per name, in first-seen order.
    symbols: IndexMap<String, u16>,
    /// Parameters in signature order.
    pub params: Vec<String>,
    pub resolved: IndexMap<String, NameScope>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// Class scope: one of its methods uses `super()` / `__class__`.
    pub needs_class_cell: bool,
    /// Function scope: uses `super` or `__class__` (gets a `__class__`
    /// free variable when defined directly in a class).
    pub uses_class: bool,
    /// Set for function scopes that contain `yield`.
    pub is_generator: bool,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            is_async: false,
            parent,
            children: Vec::new(),
            symbols: IndexMap::new(),
            params: Vec::new(),
            resolved: IndexMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            needs_class_cell: false,
            uses_class: false,
            is_generator: false,
        }
    }

    fn flags(&self, name: &str) -> u16 {
        self.symbols.get(name).copied().unwrap_or(0)
    }

    /// Local variable names in slot order: parameters first, then other
    /// locals in first-seen order.
    pub fn local_names(&self) -> Vec<String> {
        let mut out = self.params.clone();
        for (name, _) in self.symbols.iter() {
            if matches!(self.resolved.get(name), Some(NameScope::Local) | Some(NameScope::Cell)) && !out.contains(name) {
                out.push(name.clone());
            }
        }
        out
    }

    pub fn lookup(&self, name: &str) -> NameScope {
        if let Some(s) = self.resolved.get(name) {
            return *s;
        }
        match self.kind {
            ScopeKind::Module | ScopeKind::Class => NameScope::Name,
            _ => NameScope::GlobalImplicit,
        }
    }
}

/// All scopes of a module, found by the span of the node that opens them.
#[derive(Debug)]
pub struct Symtable {
    pub scopes: Vec<Scope>,
    by_span: HashMap<(u32, u32, u8), usize>,
}

impl Symtable {
    pub fn scope_for(&self, span: Span, tag: u8) -> Option<usize> {
        self.by_span.get(&(span.start, span.end, tag)).copied()
    }
}

/// Tags distinguishing nodes that could share a span.
pub const TAG_FUNC: u8 = 1;
pub const TAG_CLASS: u8 = 2;
pub const TAG_LAMBDA: u8 = 3;
pub const TAG_COMP: u8 = 4;

pub fn build(module: &Module) -> Symtable {
    let mut b = Builder { scopes: vec![Scope::new(ScopeKind::Module, None)], by_span: HashMap::new(), cur: 0 };
    for s in &module.body {
        b.stmt(s);
    }
    b.analyze();
    Symtable { scopes: b.scopes, by_span: b.by_span }
}

struct Builder {
    scopes: Vec<Scope>,
    by_span: HashMap<(u32, u32, u8), usize>,
    cur: usize,
}

impl Builder {
    /// Notes a use or binding of `name` in the current scope. Misuses
    /// (`global` after a use, duplicate parameters, ...) never get here:
    /// the parser's scope checks (`parser/scope_checks.rs`) reject them
    /// first, in CPython's order.
    fn add(&mut self, name: &str, flag: u16, _span: Span) {
        let scope = &mut self.scopes[self.cur];
        let old = scope.flags(name);
        scope.symbols.insert(name.to_string(), old | flag);
    }

    fn enter(&mut self, kind: ScopeKind, span: Span, tag: u8) -> usize {
        let id = self.scopes.len();
        let mut s = Scope::new(kind, Some(self.cur));
        s.is_async = false;
        self.scopes.push(s);
        self.scopes[self.cur].children.push(id);
        self.by_span.insert((span.start, span.end, tag), id);
        self.cur = id;
        id
    }

    fn leave(&mut self) {
        self.cur = self.scopes[self.cur].parent.unwrap_or(0);
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                if let ExprKind::Name(n) = &target.kind {
                    self.add(n, DEF_LOCAL | USE, target.span);
                } else {
                    self.expr(target);
                }
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                if let Some(v) = value {
                    self.expr(v);
                }
                if *simple && self.scopes[self.cur].kind != ScopeKind::Function {
                    self.expr(annotation);
                }
                if value.is_some() || *simple {
                    if let ExprKind::Name(n) = &target.kind {
                        if value.is_some() {
                            self.add(n, DEF_LOCAL, target.span);
                        } else {
                            // `x: int` makes x local without binding it.
                            self.add(n, DEF_LOCAL, target.span);
                        }
                    } else {
                        self.target(target);
                    }
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::For { target, iter, body, orelse, .. } => {
                self.expr(iter);
                self.target(target);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass | StmtKind::Unsupported { .. } => {}
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d);
                }
                self.defaults(&f.params);
                self.annotations(&f.params);
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                self.add(&f.name.name, DEF_LOCAL, f.name.span);
                self.enter(ScopeKind::Function, s.span, TAG_FUNC);
                self.scopes[self.cur].is_async = f.is_async;
                self.params(&f.params);
                self.stmts(&f.body);
                self.leave();
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d);
                }
                for b in &c.bases {
                    self.expr(b);
                }
                for k in &c.keywords {
                    self.expr(&k.value);
                }
                self.add(&c.name.name, DEF_LOCAL, c.name.span);
                self.enter(ScopeKind::Class, s.span, TAG_CLASS);
                self.stmts(&c.body);
                self.leave();
            }
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                self.stmts(body);
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t);
                    }
                    if let Some(n) = &h.name {
                        self.add(&n.name, DEF_LOCAL, n.span);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e);
                }
                if let Some(c) = cause {
                    self.expr(c);
                }
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&it.context);
                    if let Some(t) = &it.target {
                        self.target(t);
                    }
                }
                self.stmts(body);
            }
            StmtKind::Global(names) => {
                for n in names {
                    self.add(&n.name, DEF_GLOBAL, n.span);
                }
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    self.add(&n.name, DEF_NONLOCAL, n.span);
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let bound = match &a.asname {
                        Some(n) => n.name.clone(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.add(&bound, DEF_LOCAL, a.span);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        continue;
                    }
                    let bound = a.asname.as_ref().map(|n| n.name.clone()).unwrap_or_else(|| a.name.clone());
                    self.add(&bound, DEF_LOCAL, a.span);
                }
            }
        }
    }

    fn defaults(&mut self, p: &Parameters) {
        for param in p.posonly.iter().chain(p.args.iter()).chain(p.kwonly.iter()) {
            if let Some(d) = &param.default {
                self.expr(d);
            }
        }
    }

    fn annotations(&mut self, p: &Parameters) {
        let all = p.posonly.iter().chain(p.args.iter()).chain(p.vararg.iter()).chain(p.kwonly.iter()).chain(p.kwarg.iter());
        for param in all {
            if let Some(a) = &param.annotation {
                self.expr(a);
            }
        }
    }

    fn params(&mut self, p: &Parameters) {
        let ordered = p.posonly.iter().chain(p.args.iter()).chain(p.kwonly.iter()).chain(p.vararg.iter()).chain(p.kwarg.iter());
        for param in ordered {
            self.add(&param.name.name, DEF_PARAM | DEF_LOCAL, param.name.span);
        }
        // Slot order: positional, keyword-only, *args, **kwargs (CPython).
        let mut names: Vec<String> = Vec::new();
        for param in p.posonly.iter().chain(p.args.iter()).chain(p.kwonly.iter()) {
            names.push(param.name.name.clone());
        }
        if let Some(v) = &p.vararg {
            names.push(v.name.name.clone());
        }
        if let Some(k) = &p.kwarg {
            names.push(k.name.name.clone());
        }
        self.scopes[self.cur].params = names;
    }

    fn target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Name(n) => self.add(n, DEF_LOCAL, t.span),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for it in items {
                    self.target(it);
                }
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    fn comprehension(&mut self, span: Span, gens: &[Comprehension], elts: &[&Expr]) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = gens.first() {
            self.expr(&first.iter);
        }
        let parent_async = self.scopes[self.cur].is_async;
        self.enter(ScopeKind::Comprehension, span, TAG_COMP);
        self.scopes[self.cur].is_async = parent_async || gens.iter().any(|g| g.is_async);
        self.scopes[self.cur].params = vec![".0".to_string()];
        self.scopes[self.cur].symbols.insert(".0".to_string(), DEF_PARAM | DEF_LOCAL);
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.target(&g.target);
            for cond in &g.ifs {
                self.expr(cond);
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.leave();
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(n) => {
                self.add(n, USE, e.span);
                if n == "super" || n == "__class__" {
                    self.scopes[self.cur].uses_class = true;
                }
            }
            ExprKind::Constant(_) => {}
            ExprKind::JoinedStr(parts) => self.fstring_parts(parts),
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v);
                }
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left);
                for c in comparators {
                    self.expr(c);
                }
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func);
                for a in args {
                    self.expr(a);
                }
                for k in keywords {
                    self.expr(&k.value);
                }
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part);
                }
            }
            ExprKind::Starred(v) => self.expr(v),
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                for it in items {
                    self.expr(it);
                }
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values.iter()) {
                    if let Some(k) = k {
                        self.expr(k);
                    }
                    self.expr(v);
                }
            }
            ExprKind::ListComp { elt, generators } => self.comprehension(e.span, generators, &[elt]),
            ExprKind::SetComp { elt, generators } => self.comprehension(e.span, generators, &[elt]),
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(e.span, generators, &[elt]),
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(e.span, generators, &[key, value])
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Lambda { params, body } => {
                self.defaults(params);
                self.enter(ScopeKind::Function, e.span, TAG_LAMBDA);
                self.params(params);
                self.expr(body);
                self.leave();
            }
            ExprKind::Await(v) => self.expr(v),
            ExprKind::Yield(v) => {
                self.scopes[self.cur].is_generator = true;
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            ExprKind::YieldFrom(v) => {
                self.scopes[self.cur].is_generator = true;
                self.expr(v);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                if let ExprKind::Name(n) = &target.kind {
                    // Binds in the nearest enclosing non-comprehension scope.
                    let saved = self.cur;
                    while self.scopes[self.cur].kind == ScopeKind::Comprehension {
                        let p = self.scopes[self.cur].parent.unwrap_or(0);
                        // Inside the comprehension the name is free.
                        self.scopes[self.cur].symbols.entry(n.clone()).or_insert(0);
                        let f = self.scopes[self.cur].flags(n);
                        self.scopes[self.cur].symbols.insert(n.clone(), f | DEF_NONLOCAL);
                        self.cur = p;
                    }
                    self.add(n, DEF_LOCAL, target.span);
                    self.cur = saved;
                }
            }
        }
    }

    fn fstring_parts(&mut self, parts: &[FStringPart]) {
        for p in parts {
            if let FStringPart::Expr(fv) = p {
                self.expr(&fv.value);
                if let Some(spec) = &fv.format_spec {
                    self.fstring_parts(spec);
                }
            }
        }
    }

    /// Second pass: resolve every name, from the module down.
    fn analyze(&mut self) {
        self.analyze_scope(0, &[])
    }

    /// `enclosing`: names bound in enclosing function scopes (visible as
    /// free variables), innermost last, with the scope that binds them.
    fn analyze_scope(&mut self, id: usize, enclosing: &[(String, usize)]) {
        let kind = self.scopes[id].kind;
        let symbols: Vec<(String, u16)> = self.scopes[id].symbols.iter().map(|(k, v)| (k.clone(), *v)).collect();
        for (name, flags) in &symbols {
            let scope = if flags & DEF_GLOBAL != 0 {
                NameScope::GlobalExplicit
            } else if flags & DEF_NONLOCAL != 0 {
                if !enclosing.iter().any(|(n, _)| n == name) {
                    // A walrus target propagated through a comprehension to
                    // module level: global there. (A `nonlocal` with no
                    // binding was rejected by the parser's scope checks.)
                    NameScope::GlobalImplicit
                } else {
                    NameScope::Free
                }
            } else if flags & (DEF_LOCAL | DEF_PARAM) != 0 {
                match kind {
                    ScopeKind::Module | ScopeKind::Class => NameScope::Name,
                    _ => NameScope::Local,
                }
            } else if enclosing.iter().any(|(n, _)| n == name) {
                NameScope::Free
            } else {
                match kind {
                    ScopeKind::Module => NameScope::Name,
                    ScopeKind::Class => NameScope::Name,
                    _ => NameScope::GlobalImplicit,
                }
            };
            self.scopes[id].resolved.insert(name.clone(), scope);
        }
        // Class bodies: a free variable read in a class body.
        if kind == ScopeKind::Class {
            for (name, flags) in &symbols {
                if flags & (DEF_LOCAL | DEF_PARAM | DEF_GLOBAL) == 0 && enclosing.iter().any(|(n, _)| n == name) {
                    self.scopes[id].resolved.insert(name.clone(), NameScope::Free);
                }
            }
        }
        // What children may close over.
        let mut inner: Vec<(String, usize)> = enclosing.to_vec();
        if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension) {
            for (name, s) in self.scopes[id].resolved.clone() {
                if matches!(s, NameScope::Local | NameScope::Free | NameScope::Cell) {
                    inner.retain(|(n, _)| n != &name);
                    inner.push((name, id));
                }
            }
        }
        let children = self.scopes[id].children.clone();
        for child in &children {
            // Methods that use super()/__class__ close over the class cell.
            if kind == ScopeKind::Class && self.scopes[*child].kind == ScopeKind::Function && self.scopes[*child].uses_class {
                self.scopes[id].needs_class_cell = true;
                let mut with_class = inner.clone();
                with_class.push(("__class__".to_string(), id));
                self.scopes[*child].symbols.entry("__class__".to_string()).or_insert(USE);
                self.analyze_scope(*child, &with_class);
            } else {
                self.analyze_scope(*child, &inner);
            }
        }
        // Free variables of children that are bound here become cells;
        // ones that pass through become free here too.
        let mut cells: Vec<String> = Vec::new();
        let mut frees: Vec<String> = Vec::new();
        for child in &children {
            for fv in self.scopes[*child].freevars.clone() {
                let here = self.scopes[id].resolved.get(&fv).copied();
                match here {
                    Some(NameScope::Local) | Some(NameScope::Cell) if kind != ScopeKind::Class => {
                        if !cells.contains(&fv) {
                            cells.push(fv.clone());
                        }
                    }
                    _ if kind == ScopeKind::Class && fv == "__class__" => {}
                    Some(NameScope::GlobalExplicit) if kind != ScopeKind::Class => {}
                    _ => {
                        if kind != ScopeKind::Module && !frees.contains(&fv) {
                            frees.push(fv.clone());
                        }
                    }
                }
            }
        }
        for c in &cells {
            self.scopes[id].resolved.insert(c.clone(), NameScope::Cell);
        }
        for (name, s) in self.scopes[id].resolved.clone() {
            if s == NameScope::Free && !frees.contains(&name) {
                frees.push(name);
            }
        }
        for f in &frees {
            if kind == ScopeKind::Class {
                // A class body reads outer variables with LoadClassDeref,
                // and passes them through to its methods.
                if self.scopes[id].resolved.get(f).is_none() {
                    self.scopes[id].resolved.insert(f.clone(), NameScope::Free);
                }
            } else if self.scopes[id].resolved.get(f) != Some(&NameScope::Cell) {
                self.scopes[id].resolved.insert(f.clone(), NameScope::Free);
            }
        }
        // Parameters first in the cell list, in signature order (CPython
        // orders cellvars alphabetically; order is not observable here).
        if kind == ScopeKind::Class && self.scopes[id].needs_class_cell {
            cells.push("__class__".to_string());
        }
        self.scopes[id].cellvars = cells;
        self.scopes[id].freevars = frees.into_iter().filter(|f| !(kind == ScopeKind::Class && f == "__class__")).collect();
    }
}
