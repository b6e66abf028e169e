//! `with` / `async with` and `try` / `except` / `except*` / `finally` →
//! bytecode: exception handlers, cleanup on every way out.

use super::code::{Op, SpecialMethod};
use super::{syntax_err, CResult, Compiler, FBlockKind};
use crate::ast::*;

impl<'a> Compiler<'a> {
    pub(super) fn with_items(&mut self, items: &'a [WithItem], body: &'a [Stmt], is_async: bool) -> CResult<()> {
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

    pub(super) fn try_stmt(
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

    pub(super) fn try_except(&mut self, body: &'a [Stmt], handlers: &'a [ExceptHandler], orelse: &'a [Stmt], is_star: bool) -> CResult<()> {
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
    pub(super) fn pop_handler_temporarily(&mut self, f: impl FnOnce(&mut Self)) {
        let h = self.unit().handlers.pop();
        f(self);
        if let Some(h) = h {
            self.unit().handlers.push(h);
        }
    }

    /// `except*` clauses. Stack on entry: [prev, orig].
    pub(super) fn star_handlers(&mut self, handlers: &'a [ExceptHandler], end: super::Label) -> CResult<()> {
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
