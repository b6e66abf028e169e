//! Expressions → bytecode.

use super::code::{CodeKind, Op};
use super::symtable::{TAG_COMP, TAG_LAMBDA};
use super::{syntax_err, unsupported, CResult, Compiler, Label};
use crate::ast::*;
use crate::value::Value;
use std::rc::Rc;

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        let saved = self.set_span(e.span);
        let r = self.expr_inner(e);
        self.set_span(saved);
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::Name(n) => self.load_name(n),
            ExprKind::Constant(c) => {
                let v = match c {
                    Constant::None => Value::None,
                    Constant::True => Value::Bool(true),
                    Constant::False => Value::Bool(false),
                    Constant::Ellipsis => Value::Ellipsis,
                    Constant::Int(i) => Value::bigint(i.clone()),
                    Constant::Float(f) => Value::Float(*f),
                    Constant::Complex(_) => return unsupported("complex numbers", e.span),
                    Constant::Str(s) => Value::str(s),
                    Constant::Bytes(b) => Value::Bytes(Rc::from(b.as_slice())),
                };
                let i = self.const_(v);
                self.emit(Op::LoadConst(i));
            }
            ExprKind::JoinedStr(parts) => self.fstring(parts)?,
            ExprKind::BinOp { left, op, right } => {
                if *op == BinOp::MatMult {
                    return unsupported("the `@` operator", e.span);
                }
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Op::Binary(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.emit(Op::Unary(*op));
            }
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let n = values.len();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        match op {
                            BoolOp::And => self.jump(Op::JumpIfFalseOrPop, end),
                            BoolOp::Or => self.jump(Op::JumpIfTrueOrPop, end),
                        }
                    }
                }
                self.bind(end);
            }
            ExprKind::Compare { left, ops, comparators } => self.compare(left, ops, comparators)?,
            ExprKind::Call { func, args, keywords } => self.call(func, args, keywords)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_idx(&attr.name);
                let saved = self.set_span(attr.span.to(e.span));
                self.emit(Op::LoadAttr(i));
                self.set_span(saved);
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.subscript_index(index)?;
                self.emit(Op::BinarySubscr);
            }
            ExprKind::Slice { .. } => {
                self.slice(e)?;
            }
            ExprKind::Starred(_) => return syntax_err("can't use starred expression here", e.span),
            ExprKind::List(items) => self.sequence(items, 0)?,
            ExprKind::Tuple(items) => self.sequence(items, 1)?,
            ExprKind::Set(items) => self.sequence(items, 2)?,
            ExprKind::Dict { keys, values } => self.dict_display(keys, values)?,
            ExprKind::ListComp { elt, generators } => self.comprehension(e, generators, 0, elt, None)?,
            ExprKind::SetComp { elt, generators } => self.comprehension(e, generators, 1, elt, None)?,
            ExprKind::DictComp { key, value, generators } => self.comprehension(e, generators, 2, key, Some(value))?,
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(e, generators, 3, elt, None)?,
            ExprKind::IfExp { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_l)?;
                self.expr(body)?;
                self.jump(Op::Jump, end);
                self.bind(else_l);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Lambda { params, body } => {
                let scope = self.table.scope_for(e.span, TAG_LAMBDA).expect("lambda scope");
                let kind = if self.table.scopes[scope].is_generator { CodeKind::Generator } else { CodeKind::Lambda };
                let qualname = self.child_qualname("<lambda>");
                self.make_function(scope, kind, "<lambda>", &qualname, params, e.span, |c| {
                    c.expr(body)?;
                    c.emit(Op::ReturnValue);
                    Ok(())
                })?;
            }
            ExprKind::Await(v) => {
                if !self.in_function() {
                    return syntax_err("'await' outside function", e.span);
                }
                if !self.in_async_function() {
                    return syntax_err("'await' outside async function", e.span);
                }
                self.expr(v)?;
                self.emit(Op::GetAwaitable(0));
                self.emit(Op::Await);
            }
            ExprKind::Yield(v) => {
                if !self.in_function() {
                    return syntax_err("'yield' outside function", e.span);
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => {
                        let none = self.const_(Value::None);
                        self.emit(Op::LoadConst(none));
                    }
                }
                self.emit(Op::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                if !self.in_function() {
                    return syntax_err("'yield' outside function", e.span);
                }
                // CPython 3.11: GET_YIELD_FROM_ITER; LOAD_CONST None;
                // SEND exit; YIELD_VALUE; JUMP back to SEND.
                self.expr(v)?;
                self.emit(Op::GetYieldFromIter);
                let none = self.const_(Value::None);
                self.emit(Op::LoadConst(none));
                let top = self.new_label();
                let exit = self.new_label();
                self.bind(top);
                self.jump(Op::Send, exit);
                self.emit(Op::YieldValue);
                self.jump(Op::Jump, top);
                self.bind(exit);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Copy(1));
                self.store_target(target)?;
            }
        }
        Ok(())
    }

    /// Jump to `label` when the truth of `e` equals `when`; fall through
    /// otherwise. Evaluates each operand's truth once.
    pub(super) fn jump_if(&mut self, e: &'a Expr, when: bool, label: Label) -> CResult<()> {
        match &e.kind {
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => self.jump_if(operand, !when, label),
            ExprKind::BoolOp { op, values } => {
                let is_and = *op == BoolOp::And;
                let n = values.len();
                if is_and != when {
                    // (and, jump if false) / (or, jump if true): any operand decides.
                    for v in values {
                        self.jump_if(v, when, label)?;
                    }
                } else {
                    // (and, jump if true): all must be true.
                    let skip = self.new_label();
                    for (i, v) in values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !when, skip)?;
                        } else {
                            self.jump_if(v, when, label)?;
                        }
                    }
                    self.bind(skip);
                }
                Ok(())
            }
            _ => {
                self.expr(e)?;
                if when {
                    self.jump(Op::PopJumpIfTrue, label);
                } else {
                    self.jump(Op::PopJumpIfFalse, label);
                }
                Ok(())
            }
        }
    }

    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) -> CResult<()> {
        self.expr(left)?;
        if ops.len() == 1 {
            self.expr(&comparators[0])?;
            self.emit(Op::Compare(ops[0]));
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        let n = ops.len();
        for (i, (op, comp)) in ops.iter().zip(comparators.iter()).enumerate() {
            self.expr(comp)?;
            if i + 1 < n {
                self.emit(Op::Swap(2));
                self.emit(Op::Copy(2));
                self.emit(Op::Compare(*op));
                self.jump(Op::JumpIfFalseOrPop, cleanup);
            } else {
                self.emit(Op::Compare(*op));
            }
        }
        self.jump(Op::Jump, end);
        self.bind(cleanup);
        self.emit(Op::Swap(2));
        self.emit(Op::Pop);
        self.bind(end);
        Ok(())
    }

    pub(super) fn subscript_index(&mut self, index: &'a Expr) -> CResult<()> {
        match &index.kind {
            ExprKind::Slice { .. } => self.slice(index),
            _ => self.expr(index),
        }
    }

    fn slice(&mut self, e: &'a Expr) -> CResult<()> {
        let ExprKind::Slice { lower, upper, step } = &e.kind else {
            return self.expr(e);
        };
        for part in [lower, upper] {
            match part {
                Some(p) => self.expr(p)?,
                None => {
                    let none = self.const_(Value::None);
                    self.emit(Op::LoadConst(none));
                }
            }
        }
        match step {
            Some(s) => {
                self.expr(s)?;
                self.emit(Op::BuildSlice(3));
            }
            None => {
                self.emit(Op::BuildSlice(2));
            }
        }
        Ok(())
    }

    /// List (0), tuple (1) or set (2) display.
    fn sequence(&mut self, items: &'a [Expr], kind: u8) -> CResult<()> {
        let has_star = items.iter().any(|e| matches!(e.kind, ExprKind::Starred(_)));
        if kind == 2 && items.len() > 2 && items.iter().all(is_constant) {
            for it in items {
                self.expr(it)?;
            }
            self.emit(Op::BuildConstSet(items.len() as u32));
            return Ok(());
        }
        if !has_star {
            for it in items {
                self.expr(it)?;
            }
            let n = items.len() as u32;
            self.emit(match kind {
                0 => Op::BuildList(n),
                1 => Op::BuildTuple(n),
                _ => Op::BuildSet(n),
            });
            return Ok(());
        }
        if kind == 2 {
            self.emit(Op::BuildSet(0));
        } else {
            self.emit(Op::BuildList(0));
        }
        for it in items {
            match &it.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(if kind == 2 { Op::SetUpdate(1) } else { Op::ListExtend(1) });
                }
                _ => {
                    self.expr(it)?;
                    self.emit(if kind == 2 { Op::SetAdd(1) } else { Op::ListAppend(1) });
                }
            }
        }
        if kind == 1 {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    fn dict_display(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult<()> {
        if keys.iter().all(|k| k.is_some()) {
            for (k, v) in keys.iter().zip(values.iter()) {
                if let Some(k) = k {
                    self.expr(k)?;
                }
                self.expr(v)?;
            }
            self.emit(Op::BuildMap(keys.len() as u32));
            return Ok(());
        }
        self.emit(Op::BuildMap(0));
        for (k, v) in keys.iter().zip(values.iter()) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd(1));
                }
                None => {
                    self.expr(v)?;
                    self.emit(Op::DictUpdate(1));
                }
            }
        }
        Ok(())
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult<()> {
        let has_star = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        let has_dstar = keywords.iter().any(|k| k.arg.is_none());
        let call_span = self.unit().span;
        // Method calls: obj.name(...) → LoadMethod.
        match &func.kind {
            ExprKind::Attribute { value, attr } if !has_star && !has_dstar => {
                self.expr(value)?;
                let i = self.name_idx(&attr.name);
                let saved = self.set_span(attr.span.to(func.span));
                self.emit(Op::LoadMethod(i));
                self.set_span(saved);
            }
            _ => {
                self.emit(Op::PushNull);
                self.expr(func)?;
            }
        }
        if has_star || has_dstar {
            // Positional args as a tuple.
            if !has_star {
                for a in args {
                    self.expr(a)?;
                }
                self.emit(Op::BuildTuple(args.len() as u32));
            } else {
                self.emit(Op::BuildList(0));
                for a in args {
                    match &a.kind {
                        ExprKind::Starred(inner) => {
                            self.expr(inner)?;
                            self.emit(Op::ListExtend(1));
                        }
                        _ => {
                            self.expr(a)?;
                            self.emit(Op::ListAppend(1));
                        }
                    }
                }
                self.emit(Op::ListToTuple);
            }
            if keywords.is_empty() {
                let saved = self.set_span(call_span);
                self.emit(Op::CallEx(0));
                self.set_span(saved);
            } else {
                self.emit(Op::BuildMap(0));
                for k in keywords {
                    match &k.arg {
                        Some(name) => {
                            let c = self.const_(Value::str(&name.name));
                            self.emit(Op::LoadConst(c));
                            self.expr(&k.value)?;
                            self.emit(Op::BuildMap(1));
                            self.emit(Op::DictMerge(1));
                        }
                        None => {
                            self.expr(&k.value)?;
                            self.emit(Op::DictMerge(1));
                        }
                    }
                }
                let saved = self.set_span(call_span);
                self.emit(Op::CallEx(1));
                self.set_span(saved);
            }
            return Ok(());
        }
        for a in args {
            self.expr(a)?;
        }
        for k in keywords {
            self.expr(&k.value)?;
        }
        let saved = self.set_span(call_span);
        if !keywords.is_empty() {
            let names: Vec<Value> = keywords.iter().map(|k| Value::str(&k.arg.as_ref().map(|a| a.name.as_str()).unwrap_or(""))).collect();
            // Keyword-name tuples are never merged with other constants.
            let u = self.unit();
            u.consts.push(Value::tuple(names));
            let c = u.consts.len() as u32 - 1;
            self.emit(Op::KwNames(c));
        }
        self.emit(Op::Call((args.len() + keywords.len()) as u32));
        self.set_span(saved);
        Ok(())
    }

    fn fstring(&mut self, parts: &'a [FStringPart]) -> CResult<()> {
        let mut n = 0;
        for p in parts {
            match p {
                FStringPart::Literal(s) => {
                    if s.is_empty() {
                        continue;
                    }
                    let c = self.const_(Value::str(s));
                    self.emit(Op::LoadConst(c));
                    n += 1;
                }
                FStringPart::Expr(fv) => {
                    if let Some(text) = &fv.debug_text {
                        let c = self.const_(Value::str(text));
                        self.emit(Op::LoadConst(c));
                        n += 1;
                    }
                    self.expr(&fv.value)?;
                    let mut conv = match fv.conversion {
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        _ => 0,
                    };
                    if fv.debug_text.is_some() && fv.conversion.is_none() && fv.format_spec.is_none() {
                        conv = 2;
                    }
                    let mut flags = conv;
                    if let Some(spec) = &fv.format_spec {
                        self.fstring(spec)?;
                        flags |= 4;
                    }
                    self.emit(Op::FormatValue(flags));
                    n += 1;
                }
            }
        }
        if n != 1 {
            self.emit(Op::BuildString(n));
        }
        Ok(())
    }

    /// kind: 0 list, 1 set, 2 dict, 3 generator expression.
    fn comprehension(&mut self, e: &'a Expr, generators: &'a [Comprehension], kind: u8, elt: &'a Expr, value: Option<&'a Expr>) -> CResult<()> {
        let scope = self.table.scope_for(e.span, TAG_COMP).expect("comprehension scope");
        let (name, mut code_kind) = match kind {
            0 => ("<listcomp>", CodeKind::Comprehension),
            1 => ("<setcomp>", CodeKind::Comprehension),
            2 => ("<dictcomp>", CodeKind::Comprehension),
            _ => ("<genexpr>", CodeKind::GeneratorExp),
        };
        if kind == 3 {
            // `async for` or an await inside a generator expression makes
            // an async generator.
            let awaits = contains_await(elt) || generators.iter().any(|g| g.ifs.iter().any(contains_await));
            if generators.iter().any(|g| g.is_async) || (self.table.scopes[scope].is_async && awaits) {
                code_kind = CodeKind::AsyncGenerator;
            }
        }
        let qualname = self.child_qualname(name);
        self.emit(Op::PushNull);
        self.push_unit(scope, code_kind, name, &qualname, e.span);
        match kind {
            0 => {
                self.emit(Op::BuildList(0));
            }
            1 => {
                self.emit(Op::BuildSet(0));
            }
            2 => {
                self.emit(Op::BuildMap(0));
            }
            _ => {}
        }
        let base = if kind == 3 { 0 } else { 1 };
        self.unit().depth = base;
        self.comp_generator(generators, 0, kind, elt, value)?;
        if kind == 3 {
            let none = self.const_(Value::None);
            self.emit(Op::LoadConst(none));
        }
        self.emit(Op::ReturnValue);
        let code = self.pop_unit();
        self.emit_closure_and_make(code, 0);
        self.expr(&generators[0].iter)?;
        self.emit(if generators[0].is_async { Op::GetAIter } else { Op::GetIter });
        self.emit(Op::Call(1));
        Ok(())
    }

    fn comp_generator(&mut self, gens: &'a [Comprehension], i: usize, kind: u8, elt: &'a Expr, value: Option<&'a Expr>) -> CResult<()> {
        let g = &gens[i];
        let start = self.new_label();
        let end = self.new_label();
        if i == 0 {
            self.emit(Op::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            self.emit(if g.is_async { Op::GetAIter } else { Op::GetIter });
        }
        self.bind(start);
        if g.is_async {
            // As `async for`: await __anext__(); StopAsyncIteration ends it.
            let base = if kind == 3 { 0 } else { 1 };
            let saved = self.unit().depth;
            self.unit().depth = base + i as u32 + 1;
            self.push_handler(end, 0);
            self.emit(Op::GetANext);
            self.emit(Op::GetAwaitable(0));
            self.emit(Op::Await);
            self.pop_handler();
            self.unit().depth = saved;
        } else {
            self.jump(Op::ForIter, end);
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if i + 1 < gens.len() {
            self.comp_generator(gens, i + 1, kind, elt, value)?;
        } else {
            let depth = gens.len() as u32 + 1;
            match kind {
                0 => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend(depth));
                }
                1 => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd(depth));
                }
                2 => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(Op::MapAdd(depth));
                }
                _ => {
                    self.expr(elt)?;
                    self.emit(Op::YieldValue);
                    self.emit(Op::Pop);
                }
            }
        }
        self.jump(Op::Jump, start);
        self.bind(end);
        if g.is_async {
            self.emit(Op::EndAsyncFor);
        }
        Ok(())
    }
}

/// Is `e` folded to a constant by CPython's AST optimizer?
fn is_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(_) => true,
        ExprKind::UnaryOp { op: UnaryOp::Neg | UnaryOp::Pos | UnaryOp::Invert, operand } => matches!(operand.kind, ExprKind::Constant(_)),
        ExprKind::Tuple(items) => items.iter().all(is_constant),
        _ => false,
    }
}

/// Is there an `await` anywhere in `e` (nested lambdas and comprehensions
/// included)? Enough to refuse async generator expressions.
fn contains_await(e: &Expr) -> bool {
    if let ExprKind::Await(_) = e.kind {
        return true;
    }
    let mut found = false;
    crate::parser::walk::expr_children(e, &mut |c| found = found || contains_await(c));
    found
}
