//! Leaving blocks early: `return`, `break` and `continue` run the exits of
//! every `finally`, `with` and `except` they leave, innermost first — the
//! code CPython's compiler emits in `compiler_unwind_fblock`.

use super::code::Op;
use super::{CResult, Compiler, FBlock, FBlockKind};
use crate::value::Value;

impl<'a> Compiler<'a> {
    pub(super) fn push_fblock(&mut self, kind: FBlockKind<'a>, hlen: usize) {
        self.unit().fblocks.push(FBlock { kind, hlen });
    }

    pub(super) fn pop_fblock(&mut self) {
        self.unit().fblocks.pop();
    }

    pub(super) fn handlers_len(&mut self) -> usize {
        self.unit().handlers.len()
    }

    /// Emit the exits of the blocks above index `stop` (innermost first).
    /// With `preserve_tos`, a value on top of the stack survives.
    /// Compilation state is restored afterwards: the code that follows the
    /// jump still belongs to the blocks.
    pub(super) fn unwind(&mut self, stop: usize, preserve_tos: bool) -> CResult<()> {
        let saved_handlers = self.unit().handlers.clone();
        let saved_fblocks = self.unit().fblocks.clone();
        let saved_depth = self.unit().depth;
        self.unit().depth += preserve_tos as u32;
        let mut result = Ok(());
        while self.unit().fblocks.len() > stop {
            let fb = match self.unit().fblocks.pop() {
                Some(fb) => fb,
                None => break,
            };
            self.unit().handlers.truncate(fb.hlen);
            result = self.unwind_one(fb, preserve_tos);
            if result.is_err() {
                break;
            }
        }
        let u = self.unit();
        u.handlers = saved_handlers;
        u.fblocks = saved_fblocks;
        u.depth = saved_depth;
        result
    }

    fn unwind_one(&mut self, fb: FBlock<'a>, preserve_tos: bool) -> CResult<()> {
        match fb.kind {
            FBlockKind::While { .. } | FBlockKind::TryExcept => {}
            FBlockKind::For { .. } | FBlockKind::AsyncFor { .. } => {
                if preserve_tos {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::Pop);
                self.unit().depth -= 1;
            }
            FBlockKind::FinallyTry { body } => {
                // A `break`/`continue` inside this copy must drop the value
                // that is waiting to be returned.
                if preserve_tos {
                    let hlen = self.handlers_len();
                    self.push_fblock(FBlockKind::PopValue, hlen);
                }
                let r = self.stmts(body);
                if preserve_tos {
                    self.pop_fblock();
                }
                r?;
            }
            FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::Pop);
                self.unit().depth -= 1;
            }
            FBlockKind::FinallyEnd => {
                // Stack: prev_exc, exc, [value].
                if preserve_tos {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::Pop);
                if preserve_tos {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::PopExcept);
                self.unit().depth -= 2;
            }
            FBlockKind::With { is_async } => {
                // Stack: exit_func, ctx, [value].
                if preserve_tos {
                    self.emit(Op::Swap(3));
                    self.emit(Op::Swap(2));
                }
                self.call_exit_none(is_async);
                self.unit().depth -= 2;
            }
            FBlockKind::HandlerCleanup { name } => {
                // Stack: prev_exc, [value].
                if preserve_tos {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::PopExcept);
                self.unit().depth -= 1;
                if let Some(name) = name {
                    self.clear_name(name);
                }
            }
        }
        Ok(())
    }

    /// `exit_func, ctx` on the stack → `exit_func(ctx, None, None, None)`,
    /// awaited for `async with`, result dropped.
    pub(super) fn call_exit_none(&mut self, is_async: bool) {
        let none = self.const_(Value::None);
        for _ in 0..3 {
            self.emit(Op::LoadConst(none));
        }
        self.emit(Op::Call(3));
        if is_async {
            self.emit(Op::GetAwaitable(2));
            self.emit(Op::Await);
        }
        self.emit(Op::Pop);
    }

    /// `name = None; del name` (the end of `except E as name:`).
    pub(super) fn clear_name(&mut self, name: &str) {
        let none = self.const_(Value::None);
        self.emit(Op::LoadConst(none));
        self.store_name(name);
        self.delete_name(name);
    }

    /// Index of the innermost loop block, if any.
    pub(super) fn innermost_loop(&mut self) -> Option<usize> {
        self.unit().fblocks.iter().rposition(|fb| {
            matches!(fb.kind, FBlockKind::While { .. } | FBlockKind::For { .. } | FBlockKind::AsyncFor { .. })
        })
    }
}
