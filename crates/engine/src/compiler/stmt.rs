//! Statements → bytecode.

use super::code::Op;
use super::symtable::ScopeKind;
use super::{syntax_err, unsupported, CResult, Compiler, FBlockKind};
use crate::ast::*;
use crate::value::Value;

impl<'a> Compiler<'a> {
    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    /// Marks the next instruction as the start of a line step.
    pub(super) fn mark_start(&mut self, line: u32) {
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

}
