//! Simple statements: expression statements, assignments, `return`,
//! `import`, ... and the dispatch to compound statements.

use super::cursor::{PResult, Parser};
use super::expressions::{is_bitwise_or_level, starts_with_display};
use super::names::expr_name;
use super::targets::{invalid_target, invalid_target_error, TargetKind};
use crate::ast::{Alias, BinOp, Expr, ExprKind, Ident, Stmt, StmtKind};
use crate::lexer::{Keyword, Op, TokenKind};
use crate::span::Span;

impl Parser<'_> {
    /// One statement (a compound statement, or a line of simple ones).
    pub(crate) fn statement_into(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        self.enter()?;
        let r = self.statement_inner(out);
        self.leave();
        r
    }

    fn statement_inner(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        match self.kind() {
            TokenKind::Keyword(
                Keyword::If | Keyword::While | Keyword::For | Keyword::Try | Keyword::With | Keyword::Def | Keyword::Class,
            ) => out.push(self.compound_statement(Vec::new())?),
            TokenKind::Keyword(Keyword::Async)
                if matches!(self.kind_at(1), TokenKind::Keyword(Keyword::Def | Keyword::For | Keyword::With)) =>
            {
                out.push(self.compound_statement(Vec::new())?)
            }
            TokenKind::Op(Op::At) => out.push(self.decorated()?),
            TokenKind::Keyword(Keyword::Async) => {
                self.bump();
                return Err(self.invalid_syntax());
            }
            TokenKind::Name if self.cur_text() == "match" && self.is_match_statement() => {
                out.push(self.match_statement()?)
            }
            _ => self.simple_statements(out)?,
        }
        Ok(())
    }

    /// `simple_stmt (';' simple_stmt)* [';'] NEWLINE`.
    pub(crate) fn simple_statements(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            out.push(self.simple_statement()?);
            if self.eat_op(Op::Semi).is_some() {
                if self.kind() == TokenKind::Newline {
                    break;
                }
                continue;
            }
            break;
        }
        if self.kind() == TokenKind::Newline {
            self.bump();
            return Ok(());
        }
        Err(self.invalid_syntax())
    }

    fn simple_statement(&mut self) -> PResult<Stmt> {
        let start = self.span();
        let single = |p: &mut Self, kind| {
            p.bump();
            Ok(Stmt::new(kind, start))
        };
        match self.kind() {
            TokenKind::Keyword(Keyword::Pass) => single(self, StmtKind::Pass),
            TokenKind::Keyword(Keyword::Break) => single(self, StmtKind::Break),
            TokenKind::Keyword(Keyword::Continue) => single(self, StmtKind::Continue),
            TokenKind::Keyword(Keyword::Return) => {
                self.bump();
                let value = if self.starts_expression() || self.at_op(Op::Star) {
                    Some(self.star_expressions()?)
                } else {
                    None
                };
                let span = value.as_ref().map_or(start, |v| start.to(self.o(&v)));
                Ok(Stmt::new(StmtKind::Return(value), span))
            }
            TokenKind::Keyword(Keyword::Raise) => {
                self.bump();
                let mut span = start;
                let (mut exc, mut cause) = (None, None);
                if self.starts_expression() {
                    let e = self.expression()?;
                    span = span.to(self.o(&e));
                    exc = Some(e);
                    if self.eat_kw(Keyword::From).is_some() {
                        let c = self.expression()?;
                        span = span.to(self.o(&c));
                        cause = Some(c);
                    }
                }
                Ok(Stmt::new(StmtKind::Raise { exc, cause }, span))
            }
            TokenKind::Keyword(Keyword::Global | Keyword::Nonlocal) => {
                let is_global = self.at_kw(Keyword::Global);
                self.bump();
                let mut names = vec![self.expect_name()?];
                while self.eat_op(Op::Comma).is_some() {
                    names.push(self.expect_name()?);
                }
                let span = start.to(names[names.len() - 1].span);
                let kind = if is_global { StmtKind::Global(names) } else { StmtKind::Nonlocal(names) };
                Ok(Stmt::new(kind, span))
            }
            TokenKind::Keyword(Keyword::Del) => self.del_statement(),
            TokenKind::Keyword(Keyword::Assert) => {
                self.bump();
                let test = self.expression()?;
                let mut span = start.to(self.o(&test));
                let msg = if self.eat_op(Op::Comma).is_some() {
                    let m = self.expression()?;
                    span = span.to(self.o(&m));
                    Some(m)
                } else {
                    None
                };
                Ok(Stmt::new(StmtKind::Assert { test, msg }, span))
            }
            TokenKind::Keyword(Keyword::Import) => self.import_statement(),
            TokenKind::Keyword(Keyword::From) => self.import_from_statement(),
            _ => self.expression_or_assignment(),
        }
    }

    fn del_statement(&mut self) -> PResult<Stmt> {
        let start = self.bump();
        if matches!(self.kind(), TokenKind::Newline | TokenKind::Op(Op::Semi)) {
            return Err(self.invalid_syntax());
        }
        let begin = self.pos;
        let e = match self.target_list(TargetKind::Del) {
            Ok(e) if matches!(self.kind(), TokenKind::Newline | TokenKind::Op(Op::Semi)) => e,
            first => {
                // CPython's `invalid_del_stmt` reads the targets as
                // expressions to say what cannot be deleted.
                let end = self.pos;
                self.pos = begin;
                if let Ok(full) = self.without_invalid(|p| p.star_expressions()) {
                    if let Some(err) = invalid_target_error(&full, TargetKind::Del) {
                        return Err(err);
                    }
                }
                self.pos = end;
                first?;
                return Err(self.invalid_syntax());
            }
        };
        let span = start.to(self.o(&e));
        let targets = match e.kind {
            ExprKind::Tuple(elts) if !is_parenthesized_tuple(&e.span, &elts) => elts,
            kind => vec![Expr::new(kind, e.span)],
        };
        Ok(Stmt::new(StmtKind::Delete(targets), span))
    }

    fn dotted_name(&mut self) -> PResult<(String, Span)> {
        let first = self.expect_name()?;
        let mut name = first.name;
        let mut span = first.span;
        while self.eat_op(Op::Dot).is_some() {
            let part = self.expect_name()?;
            name.push('.');
            name.push_str(&part.name);
            span = span.to(self.o(&part));
        }
        Ok((name, span))
    }

    fn import_statement(&mut self) -> PResult<Stmt> {
        let start = self.bump();
        let mut names = Vec::new();
        loop {
            let (name, mut span) = self.dotted_name()?;
            let asname = self.as_name()?;
            if let Some(a) = &asname {
                span = span.to(self.o(&a));
            }
            names.push(Alias { name, asname, span });
            if self.eat_op(Op::Comma).is_none() {
                break;
            }
        }
        let span = start.to(names[names.len() - 1].span);
        Ok(Stmt::new(StmtKind::Import(names), span))
    }

    fn as_name(&mut self) -> PResult<Option<Ident>> {
        if self.eat_kw(Keyword::As).is_some() {
            return Ok(Some(self.expect_name()?));
        }
        Ok(None)
    }

    fn import_from_statement(&mut self) -> PResult<Stmt> {
        let start = self.bump();
        let mut level = 0;
        loop {
            if self.eat_op(Op::Dot).is_some() {
                level += 1;
            } else if self.eat_op(Op::Ellipsis).is_some() {
                level += 3;
            } else {
                break;
            }
        }
        let module = if level == 0 || self.at_name() { Some(self.dotted_name()?.0) } else { None };
        if self.eat_kw(Keyword::Import).is_none() {
            return Err(self.invalid_syntax());
        }
        if let Some(star) = self.eat_op(Op::Star) {
            let names = vec![Alias { name: "*".into(), asname: None, span: star }];
            return Ok(Stmt::new(StmtKind::ImportFrom { module, names, level }, start.to(star)));
        }
        let paren = self.eat_op(Op::LPar);
        let mut names = Vec::new();
        let mut end;
        loop {
            let name = self.expect_name()?;
            let mut span = name.span;
            let asname = self.as_name()?;
            if let Some(a) = &asname {
                span = span.to(self.o(&a));
            }
            end = span;
            names.push(Alias { name: name.name, asname, span });
            if self.eat_op(Op::Comma).is_none() {
                break;
            }
            if paren.is_some() && self.at_op(Op::RPar) {
                break;
            }
            if paren.is_none() && self.kind() == TokenKind::Newline && self.no_invalid == 0 {
                return Err(self.error("trailing comma not allowed without surrounding parentheses", self.span()));
            }
        }
        if paren.is_some() {
            end = self.expect_op(Op::RPar)?;
        }
        Ok(Stmt::new(StmtKind::ImportFrom { module, names, level }, start.to(end)))
    }

    /// Expression statements and every kind of assignment.
    fn expression_or_assignment(&mut self) -> PResult<Stmt> {
        let first = self.star_expressions_or_yield()?;
        match self.kind() {
            TokenKind::Op(Op::Equal) => self.assignment(first),
            TokenKind::Op(Op::Colon) => self.annotated_assignment(first),
            TokenKind::Op(Op::ColonEqual) => {
                let last = last_element(&first);
                let save = self.pos;
                self.bump();
                let value_follows = self.without_invalid(|p| p.expression()).is_ok();
                self.pos = save;
                if !matches!(last.kind, ExprKind::Name(_)) && value_follows {
                    return Err(self.error(
                        format!("cannot use assignment expressions with {}", expr_name(last)),
                        last.span,
                    ));
                }
                Err(self.invalid_syntax())
            }
            TokenKind::Op(op) if aug_op(op).is_some() => {
                let op = aug_op(op).unwrap_or(BinOp::Add);
                if !matches!(first.kind, ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }) {
                    return Err(self.error(
                        format!("'{}' is an illegal expression for augmented assignment", expr_name(&first)),
                        first.span,
                    ));
                }
                self.bump();
                let value = self.star_expressions_or_yield()?;
                let span = self.o(&first).to(self.o(&value));
                Ok(Stmt::new(StmtKind::AugAssign { target: first, op, value }, span))
            }
            _ => {
                let span = first.span;
                Ok(Stmt::new(StmtKind::Expr(first), span))
            }
        }
    }

    fn assignment(&mut self, first: Expr) -> PResult<Stmt> {
        let mut items = vec![first];
        while self.eat_op(Op::Equal).is_some() {
            match self.star_expressions_or_yield() {
                Ok(item) => items.push(item),
                Err(e) if super::cursor::is_generic(&e) => {
                    // Every item so far is a target: report a bad one.
                    let bad = items.iter().position(|t| {
                        matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_))
                            || invalid_target(t, TargetKind::Star).is_some()
                    });
                    let Some(bad) = bad else { return Err(e) };
                    let target = &items[bad];
                    if matches!(target.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) && !self.starts_with_paren(target) {
                        return Err(self.error("assignment to yield expression not possible", target.span));
                    }
                    return Err(invalid_target_error(target, TargetKind::Star).unwrap_or(e));
                }
                Err(e) => return Err(e),
            }
        }
        let n = items.len();
        let bad = items[..n - 1]
            .iter()
            .position(|t| matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) || invalid_target(t, TargetKind::Star).is_some());
        if let Some(bad) = bad {
            return Err(self.assignment_error(&items, bad));
        }
        let value = items.pop().unwrap_or_else(|| Expr::new(ExprKind::Tuple(Vec::new()), Span::default()));
        let span = items[0].span.to(self.o(&value));
        Ok(Stmt::new(StmtKind::Assign { targets: items, value }, span))
    }

    /// The error CPython's `invalid_assignment` rules give when target
    /// `bad` of `t0 = t1 = ... = value` cannot be assigned to.
    fn assignment_error(&self, items: &[Expr], bad: usize) -> crate::error::SyntaxError {
        let first = &items[0];
        // `invalid_named_expression` on the statement's first element.
        let e = last_element(first);
        let rhs = &items[1];
        let rhs_ok = starts_with_bitwise_or(rhs) && (items.len() == 2 || !is_bitwise_or_level(rhs) || is_tuple(rhs));
        if rhs_ok {
            if matches!(e.kind, ExprKind::Name(_)) {
                let rhs_start = leading_bitwise_or(rhs);
                return self.error(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    e.span.to(rhs_start.span),
                );
            }
            if is_bitwise_or_level(e) && !starts_with_display(e) && !(std::ptr::eq(e, first) && is_tuple(first)) {
                return self.error(
                    format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(e)),
                    e.span,
                );
            }
        }
        let target = &items[bad];
        if matches!(target.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) && !self.starts_with_paren(target) {
            return self.error("assignment to yield expression not possible", target.span);
        }
        invalid_target_error(target, TargetKind::Star)
            .unwrap_or_else(|| self.error("invalid syntax", target.span))
    }

    fn annotated_assignment(&mut self, target: Expr) -> PResult<Stmt> {
        let parenthesized = self.starts_with_paren(&target);
        let valid = matches!(target.kind, ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. });
        if !valid {
            // CPython's rules for bad targets need `target ':' expression`.
            let save = self.pos;
            self.bump();
            let annotation_follows = self.without_invalid(|p| p.expression()).is_ok();
            self.pos = save;
            let bare_yield = matches!(target.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) && !self.starts_with_paren(&target);
            if !annotation_follows || matches!(target.kind, ExprKind::Starred(_)) || bare_yield {
                return Err(self.invalid_syntax());
            }
        }
        match &target.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
            ExprKind::Tuple(elts) if !is_parenthesized_tuple(&target.span, elts) => {
                let at = elts.first().map_or(target.span, |e| e.span);
                return Err(self.error("only single target (not tuple) can be annotated", at));
            }
            ExprKind::Tuple(_) | ExprKind::List(_) => {
                return Err(self.error(
                    format!("only single target (not {}) can be annotated", expr_name(&target)),
                    target.span,
                ));
            }
            _ => return Err(self.error("illegal target for annotation", target.span)),
        }
        self.bump(); // ':'
        let annotation = self.expression()?;
        let mut span = self.o(&target).to(self.o(&annotation));
        let value = if self.eat_op(Op::Equal).is_some() {
            let v = self.star_expressions_or_yield()?;
            span = span.to(self.o(&v));
            Some(v)
        } else {
            None
        };
        let simple = matches!(target.kind, ExprKind::Name(_)) && !parenthesized;
        Ok(Stmt::new(StmtKind::AnnAssign { target, annotation, value, simple }, span))
    }

    /// Was `e`, the first expression of this statement, written in
    /// parentheses? (`(x): int` is not a simple annotation.)
    pub(crate) fn starts_with_paren(&self, e: &Expr) -> bool {
        self.src.get(..e.span.start as usize).is_some_and(|before| before.trim_end().ends_with('('))
    }
}

/// Is this tuple written with parentheses (its span starts before its
/// first element)?
pub(crate) fn is_parenthesized_tuple(span: &Span, elts: &[Expr]) -> bool {
    elts.first().is_none_or(|f| f.span.start > span.start)
}

fn is_tuple(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Tuple(elts) if !is_parenthesized_tuple(&e.span, elts))
}

/// The last element of an unparenthesised tuple, or `e` itself.
fn last_element(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Tuple(elts) if !is_parenthesized_tuple(&e.span, elts) => elts.last().unwrap_or(e),
        _ => e,
    }
}

/// Does the text of `e` start with something CPython's `bitwise_or` rule
/// accepts (not `not`, `lambda`, `*`, `yield`)?
fn starts_with_bitwise_or(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Tuple(elts) if !is_parenthesized_tuple(&e.span, elts) => {
            elts.first().is_some_and(starts_with_bitwise_or)
        }
        ExprKind::BoolOp { values, .. } => values.first().is_some_and(starts_with_bitwise_or),
        ExprKind::Compare { .. } => true,
        ExprKind::IfExp { body, .. } => starts_with_bitwise_or(body),
        ExprKind::UnaryOp { op: crate::ast::UnaryOp::Not, .. } => false,
        ExprKind::Lambda { .. } | ExprKind::Starred(_) | ExprKind::Yield(_) | ExprKind::YieldFrom(_) => false,
        _ => true,
    }
}

/// The `bitwise_or` that `e` starts with.
fn leading_bitwise_or(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Tuple(elts) if !is_parenthesized_tuple(&e.span, elts) => {
            elts.first().map_or(e, leading_bitwise_or)
        }
        ExprKind::BoolOp { values, .. } => values.first().map_or(e, leading_bitwise_or),
        ExprKind::Compare { left, .. } => leading_bitwise_or(left),
        ExprKind::IfExp { body, .. } => leading_bitwise_or(body),
        _ => e,
    }
}

fn aug_op(op: Op) -> Option<BinOp> {
    Some(match op {
        Op::PlusEqual => BinOp::Add,
        Op::MinusEqual => BinOp::Sub,
        Op::StarEqual => BinOp::Mult,
        Op::AtEqual => BinOp::MatMult,
        Op::SlashEqual => BinOp::Div,
        Op::DoubleSlashEqual => BinOp::FloorDiv,
        Op::PercentEqual => BinOp::Mod,
        Op::DoubleStarEqual => BinOp::Pow,
        Op::LeftShiftEqual => BinOp::LShift,
        Op::RightShiftEqual => BinOp::RShift,
        Op::VbarEqual => BinOp::BitOr,
        Op::CircumflexEqual => BinOp::BitXor,
        Op::AmperEqual => BinOp::BitAnd,
        _ => return None,
    })
}
