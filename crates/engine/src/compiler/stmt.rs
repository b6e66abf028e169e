//! Statements → bytecode.

use super::code::{CodeKind, Op, SpecialMethod};
use super::symtable::{ScopeKind, TAG_CLASS, TAG_FUNC};
use super::{syntax_err, unsupported, CResult, Compiler, FBlockKind};
use crate::ast::*;
use crate::value::Value;
use std::rc::Rc;

/// Modules a program may import (the rest is refused before the run).
pub const KNOWN_MODULES: &[&str] = &[
    "asyncio", "time", "random", "aiohttp", "math", "sys", "typing", "collections", "functools", "itertools",
    "dataclasses", "string", "operator", "json", "enum", "heapq", "copy", "abc", "statistics",
];

impl<'a> Compiler<'a> {
    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    /// Marks the next instruction as the start of a line step.
    fn mark_start(&mut self, line: u32) {
        self.unit().pending_start = line;
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        let saved = self.set_span(s.span);
        let line = self.line_of(s.span);
        self.mark_start(line);
        let r = self.stmt_inner(s);
        // A statement that emitted nothing leaves no pending start behind.
        self.unit().pending_start = 0;
        self.set_span(saved);
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> CResult<()> {
        match &s.kind {
            StmtKind::Expr(e) => {
                if let ExprKind::Constant(_) = e.kind {
                    self.emit(Op::Nop);
                } else {
                    self.expr(e)?;
                    self.emit(Op::Pop);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Copy(1));
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                match value {
                    Some(v) => {
                        self.expr(v)?;
                        self.store_target(target)?;
                    }
                    None => {
                        self.emit(Op::Nop);
                    }
                }
                // Module and class bodies keep annotations of simple names
                // in `__annotations__` (functions do not evaluate them).
                if !self.in_function() {
                    match (&target.kind, simple) {
                        (ExprKind::Name(n), true) => {
                            self.expr(annotation)?;
                            self.load_name("__annotations__");
                            let k = self.const_(Value::str(n));
                            self.emit(Op::LoadConst(k));
                            self.emit(Op::StoreSubscr);
                        }
                        _ => {
                            self.expr(annotation)?;
                            self.emit(Op::Pop);
                        }
                    }
                }
            }
            StmtKind::If { test, body, orelse } => {
                let else_l = self.new_label();
                self.jump_if(test, false, else_l)?;
                self.stmts(body)?;
                if orelse.is_empty() {
                    self.bind(else_l);
                } else {
                    let end = self.new_label();
                    self.jump(Op::Jump, end);
                    self.bind(else_l);
                    self.stmts(orelse)?;
                    self.bind(end);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.new_label();
                let orelse_l = self.new_label();
                let end = self.new_label();
                self.bind(start);
                let line = self.line_of(s.span);
                self.mark_start(line);
                self.jump_if(test, false, orelse_l)?;
                let hlen = self.handlers_len();
                self.push_fblock(FBlockKind::While { start, end }, hlen);
                self.stmts(body)?;
                self.pop_fblock();
                self.jump(Op::Jump, start);
                self.bind(orelse_l);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::For { target, iter, body, orelse, is_async } => {
                self.for_loop(s, target, iter, body, orelse, *is_async)?;
            }
            StmtKind::Break => {
                let Some(i) = self.innermost_loop() else {
                    return syntax_err("'break' outside loop", s.span);
                };
                self.unwind(i + 1, false)?;
                let fb = self.unit().fblocks[i];
                let saved_depth = self.unit().depth;
                let saved_handlers = self.unit().handlers.clone();
                self.unit().handlers.truncate(fb.hlen);
                match fb.kind {
                    FBlockKind::While { end, .. } => self.jump(Op::Jump, end),
                    FBlockKind::For { end, .. } | FBlockKind::AsyncFor { end, .. } => {
                        self.emit(Op::Pop);
                        self.jump(Op::Jump, end);
                    }
                    _ => {}
                }
                self.unit().handlers = saved_handlers;
                self.unit().depth = saved_depth;
            }
            StmtKind::Continue => {
                let Some(i) = self.innermost_loop() else {
                    return syntax_err("'continue' not properly in loop", s.span);
                };
                self.unwind(i + 1, false)?;
                let fb = self.unit().fblocks[i];
                match fb.kind {
                    FBlockKind::While { start, .. } | FBlockKind::For { start, .. } | FBlockKind::AsyncFor { start, .. } => {
                        self.jump(Op::Jump, start)
                    }
                    _ => {}
                }
            }
            StmtKind::Return(value) => {
                if !self.in_function() || self.scope().kind == ScopeKind::Comprehension {
                    return syntax_err("'return' outside function", s.span);
                }
                match value {
                    Some(v) => {
                        self.expr(v)?;
                        self.unwind(0, true)?;
                    }
                    None => {
                        self.unwind(0, false)?;
                        let none = self.const_(Value::None);
                        self.emit(Op::LoadConst(none));
                    }
                }
                self.emit(Op::ReturnValue);
            }
            StmtKind::Pass => {
                self.emit(Op::Nop);
            }
            StmtKind::FunctionDef(f) => self.function_def(s, f)?,
            StmtKind::ClassDef(c) => self.class_def(s, c)?,
            StmtKind::Try { body, handlers, orelse, finalbody, is_star } => {
                self.try_stmt(body, handlers, orelse, finalbody, *is_star)?;
            }
            StmtKind::Raise { exc, cause } => match (exc, cause) {
                (None, _) => {
                    self.emit(Op::Raise(0));
                }
                (Some(e), None) => {
                    self.expr(e)?;
                    self.emit(Op::Raise(1));
                }
                (Some(e), Some(c)) => {
                    self.expr(e)?;
                    self.expr(c)?;
                    self.emit(Op::Raise(2));
                }
            },
            StmtKind::With { items, body, is_async } => {
                if *is_async && !self.in_async_function() {
                    return syntax_err("'async with' outside async function", s.span);
                }
                self.with_items(items, body, *is_async)?;
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Unsupported { what } => return unsupported(what.clone(), s.span),
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, true, end)?;
                self.emit(Op::LoadAssertionError);
                if let Some(m) = msg {
                    self.emit(Op::PushNull);
                    self.emit(Op::Swap(2));
                    self.expr(m)?;
                    self.emit(Op::Call(1));
                }
                self.emit(Op::Raise(1));
                self.bind(end);
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    self.check_module(&a.name, a.span)?;
                    let idx = self.name_idx(&a.name);
                    match &a.asname {
                        Some(asname) => {
                            self.emit(Op::ImportName(idx, 1));
                            self.store_name(&asname.name);
                        }
                        None => {
                            self.emit(Op::ImportName(idx, 0));
                            let top = a.name.split('.').next().unwrap_or("").to_string();
                            self.store_name(&top);
                        }
                    }
                }
            }
            StmtKind::ImportFrom { module, names, level } => {
                let Some(module) = module.as_ref().filter(|_| *level == 0) else {
                    return unsupported("relative import", s.span);
                };
                self.check_module(module, s.span)?;
                let idx = self.name_idx(module);
                self.emit(Op::ImportName(idx, 1));
                for a in names {
                    if a.name == "*" {
                        return unsupported("`from ... import *`", a.span);
                    }
                    let n = self.name_idx(&a.name);
                    self.emit(Op::ImportFrom(n));
                    let bound = a.asname.as_ref().map(|x| x.name.as_str()).unwrap_or(a.name.as_str());
                    self.store_name(bound);
                }
                self.emit(Op::Pop);
            }
        }
        Ok(())
    }

    fn check_module(&mut self, name: &str, span: crate::span::Span) -> CResult<()> {
        let top = name.split('.').next().unwrap_or("");
        if KNOWN_MODULES.contains(&top) {
            Ok(())
        } else {
            unsupported(format!("importing the module '{name}'"), span)
        }
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> CResult<()> {
        match &target.kind {
            ExprKind::Name(n) => {
                self.load_name(n);
                self.expr(value)?;
                self.emit(Op::Inplace(op));
                self.store_name(n);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Op::Copy(1));
                let i = self.name_idx(&attr.name);
                self.emit(Op::LoadAttr(i));
                self.expr(value)?;
                self.emit(Op::Inplace(op));
                self.emit(Op::Swap(2));
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, index } => {
                self.expr(obj)?;
                self.subscript_index(index)?;
                self.emit(Op::Copy(2));
                self.emit(Op::Copy(2));
                self.emit(Op::BinarySubscr);
                self.expr(value)?;
                self.emit(Op::Inplace(op));
                self.emit(Op::Swap(3));
                self.emit(Op::Swap(2));
                self.emit(Op::StoreSubscr);
            }
            _ => return syntax_err("'expression' is an illegal expression for augmented assignment", target.span),
        }
        Ok(())
    }

    /// Store TOS into an assignment target.
    pub(super) fn store_target(&mut self, t: &'a Expr) -> CResult<()> {
        let saved = self.set_span(t.span);
        let r = self.store_target_inner(t);
        self.set_span(saved);
        r
    }

    fn store_target_inner(&mut self, t: &'a Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_idx(&attr.name);
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.subscript_index(index)?;
                self.emit(Op::StoreSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items.iter().position(|e| matches!(e.kind, ExprKind::Starred(_)));
                match star {
                    Some(si) => {
                        if items.iter().filter(|e| matches!(e.kind, ExprKind::Starred(_))).count() > 1 {
                            return syntax_err("multiple starred expressions in assignment", t.span);
                        }
                        self.emit(Op::UnpackEx(si as u32, (items.len() - si - 1) as u32));
                    }
                    None => {
                        self.emit(Op::UnpackSequence(items.len() as u32));
                    }
                }
                for it in items {
                    match &it.kind {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(it)?,
                    }
                }
            }
            ExprKind::Starred(_) => return syntax_err("starred assignment target must be in a list or tuple", t.span),
            _ => return syntax_err("cannot assign to expression", t.span),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_idx(&attr.name);
                self.emit(Op::DeleteAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.subscript_index(index)?;
                self.emit(Op::DeleteSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for it in items {
                    self.delete_target(it)?;
                }
            }
            _ => return syntax_err("cannot delete expression", t.span),
        }
        Ok(())
    }

    fn for_loop(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        is_async: bool,
    ) -> CResult<()> {
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let line = self.line_of(s.span);
        self.expr(iter)?;
        let hlen = self.handlers_len();
        if is_async {
            if !self.in_async_function() {
                return syntax_err("'async for' outside async function", s.span);
            }
            self.emit(Op::GetAIter);
            self.unit().depth += 1;
            self.bind(start);
            self.mark_start(line);
            let stop = self.new_label();
            self.push_handler(stop, 0);
            self.emit(Op::GetANext);
            self.emit(Op::GetAwaitable(0));
            self.emit(Op::Await);
            self.pop_handler();
            self.store_target(target)?;
            self.push_fblock(FBlockKind::AsyncFor { start, end }, hlen);
            self.stmts(body)?;
            self.pop_fblock();
            self.jump(Op::Jump, start);
            self.bind(stop);
            self.emit(Op::EndAsyncFor);
            self.unit().depth -= 1;
            self.bind(cleanup);
        } else {
            self.emit(Op::GetIter);
            self.unit().depth += 1;
            self.bind(start);
            self.mark_start(line);
            self.jump(Op::ForIter, cleanup);
            self.store_target(target)?;
            self.push_fblock(FBlockKind::For { start, end }, hlen);
            self.stmts(body)?;
            self.pop_fblock();
            self.jump(Op::Jump, start);
            self.unit().depth -= 1;
            self.bind(cleanup);
        }
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn function_def(&mut self, s: &'a Stmt, f: &'a FunctionDef) -> CResult<()> {
        for d in &f.decorators {
            self.emit(Op::PushNull);
            self.expr(d)?;
        }
        let scope = self.table.scope_for(s.span, TAG_FUNC).expect("function scope");
        let qualname = self.child_qualname(&f.name.name);
        let kind = match (f.is_async, self.table.scopes[scope].is_generator) {
            (false, false) => CodeKind::Function,
            (true, false) => CodeKind::AsyncFunction,
            (false, true) => CodeKind::Generator,
            (true, true) => CodeKind::AsyncGenerator,
        };
        self.make_function(scope, kind, &f.name.name, &qualname, &f.params, s.span, |c| {
            c.unit().doc = super::docstring(&f.body);
            let body: &'a [Stmt] = if c.unit().doc.is_some() { &f.body[1..] } else { &f.body };
            c.stmts(body)?;
            let none = c.const_(Value::None);
            c.emit(Op::LoadConst(none));
            c.emit(Op::ReturnValue);
            Ok(())
        })?;
        for _ in &f.decorators {
            self.emit(Op::Call(1));
        }
        self.store_name(&f.name.name);
        Ok(())
    }

    /// Compile a function body in its own unit and emit `MakeFunction`
    /// with its defaults and closure.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn make_function(
        &mut self,
        scope: usize,
        kind: CodeKind,
        name: &str,
        qualname: &str,
        params: &'a Parameters,
        span: crate::span::Span,
        body: impl FnOnce(&mut Self) -> CResult<()>,
    ) -> CResult<()> {
        let mut flags = 0;
        let positional: Vec<&Param> = params.posonly.iter().chain(params.args.iter()).collect();
        let defaults: Vec<&Expr> = positional.iter().filter_map(|p| p.default.as_ref()).collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(defaults.len() as u32));
            flags |= 1;
        }
        let kwdefaults: Vec<&Param> = params.kwonly.iter().filter(|p| p.default.is_some()).collect();
        if !kwdefaults.is_empty() {
            for p in &kwdefaults {
                let k = self.const_(Value::str(&p.name.name));
                self.emit(Op::LoadConst(k));
                if let Some(d) = &p.default {
                    self.expr(d)?;
                }
            }
            self.emit(Op::BuildMap(kwdefaults.len() as u32));
            flags |= 2;
        }
        self.signatures.insert(
            scope,
            (
                positional.len() as u32,
                params.posonly.len() as u32,
                params.kwonly.len() as u32,
                params.vararg.is_some(),
                params.kwarg.is_some(),
            ),
        );
        self.push_unit(scope, kind, name, qualname, span);
        body(self)?;
        let code = self.pop_unit();
        self.emit_closure_and_make(code, flags);
        Ok(())
    }

    /// Push the closure cells of `code` (if any) and the code, then
    /// `MakeFunction`.
    pub(super) fn emit_closure_and_make(&mut self, code: Rc<super::code::Code>, mut flags: u32) {
        if !code.freevars.is_empty() {
            let frees: Vec<Rc<str>> = code.freevars.clone();
            for fv in &frees {
                let i = self.cell_idx(fv);
                self.emit(Op::LoadClosure(i));
            }
            self.emit(Op::BuildTuple(frees.len() as u32));
            flags |= 8;
        }
        let c = self.const_(Value::Code(code));
        self.emit(Op::LoadConst(c));
        self.emit(Op::MakeFunction(flags));
    }

    /// Does this body annotate names (so it needs `__annotations__`)?
    pub(super) fn has_annotations(body: &[Stmt]) -> bool {
        body.iter().any(|s| match &s.kind {
            StmtKind::AnnAssign { .. } => true,
            StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } | StmtKind::For { body, orelse, .. } => {
                Self::has_annotations(body) || Self::has_annotations(orelse)
            }
            StmtKind::With { body, .. } => Self::has_annotations(body),
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                Self::has_annotations(body)
                    || handlers.iter().any(|h| Self::has_annotations(&h.body))
                    || Self::has_annotations(orelse)
                    || Self::has_annotations(finalbody)
            }
            _ => false,
        })
    }

    fn class_def(&mut self, s: &'a Stmt, c: &'a ClassDef) -> CResult<()> {
        for d in &c.decorators {
            self.emit(Op::PushNull);
            self.expr(d)?;
        }
        if let Some(k) = c.keywords.first() {
            return unsupported("class keywords (metaclass=...)", k.span);
        }
        let scope = self.table.scope_for(s.span, TAG_CLASS).expect("class scope");
        let qualname = self.child_qualname(&c.name.name);
        self.push_unit(scope, CodeKind::ClassBody, &c.name.name, &qualname, s.span);
        // __module__ = __name__; __qualname__ = '...'
        let n = self.name_idx("__name__");
        self.emit(Op::LoadGlobal(n));
        let m = self.name_idx("__module__");
        self.emit(Op::StoreName(m));
        let q = self.const_(Value::str(&qualname));
        self.emit(Op::LoadConst(q));
        let qn = self.name_idx("__qualname__");
        self.emit(Op::StoreName(qn));
        if Self::has_annotations(&c.body) {
            self.emit(Op::SetupAnnotations);
        }
        let doc = super::docstring(&c.body);
        let body: &'a [Stmt] = if let Some(d) = doc.clone() {
            let dc = self.const_(Value::Str(d));
            self.emit(Op::LoadConst(dc));
            let dn = self.name_idx("__doc__");
            self.emit(Op::StoreName(dn));
            &c.body[1..]
        } else {
            &c.body
        };
        self.stmts(body)?;
        if self.table.scopes[scope].needs_class_cell {
            let i = self.cell_idx("__class__");
            self.emit(Op::LoadClosure(i));
        } else {
            let none = self.const_(Value::None);
            self.emit(Op::LoadConst(none));
        }
        self.emit(Op::ReturnValue);
        let code = self.pop_unit();
        self.emit_closure_and_make(code, 0);
        let name = self.const_(Value::str(&c.name.name));
        self.emit(Op::LoadConst(name));
        for b in &c.bases {
            if let ExprKind::Starred(_) = b.kind {
                return unsupported("starred base classes", b.span);
            }
            self.expr(b)?;
        }
        self.emit(Op::BuildTuple(c.bases.len() as u32));
        self.emit(Op::BuildClass(0));
        for _ in &c.decorators {
            self.emit(Op::Call(1));
        }
        self.store_name(&c.name.name);
        Ok(())
    }

    fn with_items(&mut self, items: &'a [WithItem], body: &'a [Stmt], is_async: bool) -> CResult<()> {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let (enter, exit) = if is_async { (SpecialMethod::AEnter, SpecialMethod::AExit) } else { (SpecialMethod::Enter, SpecialMethod::Exit) };
        let handler = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.expr(&first.context)?;
        // [ctx] → [exit_func, ctx] → [exit_func, ctx, enter_func, ctx] → call
        self.emit(Op::LoadSpecial(exit));
        self.emit(Op::Copy(1));
        self.emit(Op::LoadSpecial(enter));
        self.emit(Op::Call(0));
        if is_async {
            self.emit(Op::GetAwaitable(1));
            self.emit(Op::Await);
        }
        self.unit().depth += 2;
        let hlen = self.handlers_len();
        self.push_handler(handler, 0);
        match &first.target {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Op::Pop);
            }
        }
        self.push_fblock(FBlockKind::With { is_async }, hlen);
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.with_items(rest, body, is_async)?;
        }
        self.pop_fblock();
        self.pop_handler();
        // Normal exit.
        self.call_exit_none(is_async);
        self.jump(Op::Jump, end);
        // Exceptional exit: [exit_func, ctx, exc].
        self.bind(handler);
        self.push_handler(cleanup, 1);
        self.emit(Op::PushExcInfo);
        self.emit(Op::WithExceptStart);
        if is_async {
            self.emit(Op::GetAwaitable(2));
            self.emit(Op::Await);
        }
        self.jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise);
        self.bind(suppress);
        // [exit_func, ctx, prev, exc]
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        self.emit(Op::Pop);
        self.emit(Op::Pop);
        self.pop_handler();
        self.jump(Op::Jump, end);
        self.bind(cleanup);
        self.emit(Op::Swap(2));
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.unit().depth -= 2;
        self.bind(end);
        Ok(())
    }

    fn try_stmt(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        is_star: bool,
    ) -> CResult<()> {
        if finalbody.is_empty() {
            return self.try_except(body, handlers, orelse, is_star);
        }
        let final_l = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let hlen = self.handlers_len();
        self.push_handler(final_l, 0);
        self.push_fblock(FBlockKind::FinallyTry { body: finalbody }, hlen);
        if handlers.is_empty() {
            self.emit(Op::Nop);
            self.stmts(body)?;
            self.stmts(orelse)?;
        } else {
            self.try_except(body, handlers, orelse, is_star)?;
        }
        self.pop_fblock();
        self.pop_handler();
        // Normal path: run the finally body.
        self.stmts(finalbody)?;
        self.jump(Op::Jump, end);
        // Exceptional path: [exc] → [prev, exc].
        self.bind(final_l);
        let hlen2 = self.handlers_len();
        self.push_handler(cleanup, 1);
        self.emit(Op::PushExcInfo);
        self.unit().depth += 2;
        self.push_fblock(FBlockKind::FinallyEnd, hlen2);
        self.stmts(finalbody)?;
        self.pop_fblock();
        self.unit().depth -= 2;
        self.emit(Op::Reraise);
        self.pop_handler();
        self.bind(cleanup);
        self.emit(Op::Swap(2));
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.bind(end);
        Ok(())
    }

    fn try_except(&mut self, body: &'a [Stmt], handlers: &'a [ExceptHandler], orelse: &'a [Stmt], is_star: bool) -> CResult<()> {
        let body_handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let hlen = self.handlers_len();
        self.push_handler(body_handler, 0);
        self.push_fblock(FBlockKind::TryExcept, hlen);
        self.emit(Op::Nop);
        self.stmts(body)?;
        self.pop_fblock();
        self.pop_handler();
        self.stmts(orelse)?;
        self.jump(Op::Jump, end);
        // [exc]
        self.bind(body_handler);
        self.push_handler(cleanup, 1);
        self.emit(Op::PushExcInfo);
        if is_star {
            self.star_handlers(handlers, end)?;
        } else {
            for (i, h) in handlers.iter().enumerate() {
                let saved = self.set_span(h.span);
                let line = self.line_of(h.span);
                self.mark_start(line);
                let next = self.new_label();
                match &h.typ {
                    Some(t) => {
                        self.expr(t)?;
                        self.emit(Op::CheckExcMatch);
                        self.jump(Op::PopJumpIfFalse, next);
                    }
                    None => {
                        if i + 1 < handlers.len() {
                            self.set_span(saved);
                            return syntax_err("default 'except:' must be last", h.span);
                        }
                    }
                }
                // [prev, exc]
                match &h.name {
                    Some(n) => self.store_name(&n.name),
                    None => {
                        self.emit(Op::Pop);
                    }
                }
                self.unit().depth += 1;
                let hlen_h = self.handlers_len() - 1;
                match &h.name {
                    Some(n) => {
                        let cleanup_end = self.new_label();
                        self.push_handler(cleanup_end, 0);
                        self.push_fblock(FBlockKind::HandlerCleanup { name: Some(n.name.as_str()) }, hlen_h);
                        self.stmts(&h.body)?;
                        self.pop_fblock();
                        self.pop_handler();
                        self.pop_handler_temporarily(|c| {
                            c.emit(Op::PopExcept);
                            c.clear_name(&n.name);
                            c.jump(Op::Jump, end);
                        });
                        // Exception inside the handler body: [prev, exc2].
                        self.bind(cleanup_end);
                        self.clear_name(&n.name);
                        self.emit(Op::Reraise);
                    }
                    None => {
                        self.push_fblock(FBlockKind::HandlerCleanup { name: None }, hlen_h);
                        self.stmts(&h.body)?;
                        self.pop_fblock();
                        self.pop_handler_temporarily(|c| {
                            c.emit(Op::PopExcept);
                            c.jump(Op::Jump, end);
                        });
                    }
                }
                self.unit().depth -= 1;
                self.bind(next);
                self.set_span(saved);
            }
            // No clause matched: re-raise (the cleanup handler restores prev).
            self.emit(Op::Reraise);
        }
        self.pop_handler();
        self.bind(cleanup);
        self.emit(Op::Swap(2));
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.bind(end);
        Ok(())
    }

    /// Emit code outside the innermost handler (the `cleanup` of an except
    /// block): after `PopExcept` the except block is over.
    fn pop_handler_temporarily(&mut self, f: impl FnOnce(&mut Self)) {
        let h = self.unit().handlers.pop();
        f(self);
        if let Some(h) = h {
            self.unit().handlers.push(h);
        }
    }

    /// `except*` clauses. Stack on entry: [prev, orig].
    fn star_handlers(&mut self, handlers: &'a [ExceptHandler], end: super::Label) -> CResult<()> {
        let reraise = self.new_label();
        // [prev, orig] → [prev, orig, raised=[], rest=orig]
        self.emit(Op::Copy(1));
        self.emit(Op::BuildList(0));
        self.emit(Op::Swap(2));
        for h in handlers {
            let saved = self.set_span(h.span);
            let line = self.line_of(h.span);
            self.mark_start(line);
            let Some(t) = &h.typ else {
                return syntax_err("expected one or more exception types", h.span);
            };
            let no_match = self.new_label();
            let next = self.new_label();
            self.expr(t)?;
            self.emit(Op::CheckEgMatch);
            // [.., raised, rest', match]
            self.emit(Op::Copy(1));
            self.jump(Op::PopJumpIfNone, no_match);
            match &h.name {
                Some(n) => self.store_name(&n.name),
                None => {
                    self.emit(Op::Pop);
                }
            }
            self.unit().depth += 4;
            let body_exc = self.new_label();
            self.push_handler(body_exc, 0);
            self.stmts(&h.body)?;
            self.pop_handler();
            if let Some(n) = &h.name {
                self.clear_name(&n.name);
            }
            self.jump(Op::Jump, next);
            // An exception raised by the handler body: collect it.
            self.bind(body_exc);
            if let Some(n) = &h.name {
                self.clear_name(&n.name);
            }
            self.emit(Op::ListAppend(2));
            self.jump(Op::Jump, next);
            self.unit().depth -= 4;
            self.bind(no_match);
            self.emit(Op::Pop);
            self.bind(next);
            self.set_span(saved);
        }
        // [prev, orig, raised, rest] → raised += [rest]
        self.emit(Op::ListAppend(1));
        self.emit(Op::PrepReraiseStar);
        // [prev, result]
        self.emit(Op::Copy(1));
        self.jump(Op::PopJumpIfNotNone, reraise);
        self.emit(Op::Pop);
        self.pop_handler_temporarily(|c| {
            c.emit(Op::PopExcept);
            c.jump(Op::Jump, end);
        });
        self.bind(reraise);
        self.emit(Op::Reraise);
        Ok(())
    }
}
