//! `def`, `async def` and `class` statements → bytecode: the code object,
//! defaults, annotations, closures, decorators, and the class body.

use super::code::{CodeKind, Op};
use super::symtable::{TAG_CLASS, TAG_FUNC};
use super::{unsupported, CResult, Compiler};
use crate::ast::*;
use crate::value::Value;
use std::rc::Rc;

impl<'a> Compiler<'a> {
    pub(super) fn function_def(&mut self, s: &'a Stmt, f: &'a FunctionDef) -> CResult<()> {
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

    pub(super) fn class_def(&mut self, s: &'a Stmt, c: &'a ClassDef) -> CResult<()> {
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
}
