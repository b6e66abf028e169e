//! Expressions, from `star_expressions` down to `await` / primary, with
//! Python's precedence and CPython 3.11's error rules for them.

use super::cursor::{is_generic, PResult, Parser};
use super::names::expr_name;
use crate::ast::{BinOp, BoolOp, CmpOp, Expr, ExprKind, UnaryOp};
use crate::lexer::{Keyword, Op, TokenKind};

impl Parser<'_> {
    /// `star_expressions`: one expression, or a tuple without parentheses.
    pub(crate) fn star_expressions(&mut self) -> PResult<Expr> {
        let first = self.star_expression()?;
        if !self.at_op(Op::Comma) {
            return Ok(first);
        }
        let start = first.span;
        let mut elts = vec![first];
        let mut end = start;
        while self.at_op(Op::Comma) {
            end = self.bump();
            if !self.starts_expression() && !self.at_op(Op::Star) {
                break;
            }
            let e = self.star_expression()?;
            end = e.span;
            elts.push(e);
        }
        Ok(Expr::new(ExprKind::Tuple(elts), start.to(end)))
    }

    /// `star_expressions`, or a `yield` expression (right-hand sides).
    pub(crate) fn star_expressions_or_yield(&mut self) -> PResult<Expr> {
        if self.at_kw(Keyword::Yield) {
            return self.yield_expr();
        }
        self.star_expressions()
    }

    pub(crate) fn star_expression(&mut self) -> PResult<Expr> {
        if let Some(star) = self.eat_op(Op::Star) {
            let value = self.bitwise_or()?;
            let span = star.to(self.o(&value));
            return Ok(Expr::new(ExprKind::Starred(Box::new(value)), span));
        }
        self.expression()
    }

    /// An element of a display: `*x` or a named expression.
    pub(crate) fn star_named_expression(&mut self) -> PResult<Expr> {
        if let Some(star) = self.eat_op(Op::Star) {
            let value = self.bitwise_or()?;
            let span = star.to(self.o(&value));
            return Ok(Expr::new(ExprKind::Starred(Box::new(value)), span));
        }
        self.named_expression()
    }

    /// `yield`, `yield x`, `yield from x`.
    #[inline(never)]
    pub(crate) fn yield_expr(&mut self) -> PResult<Expr> {
        let kw = self.bump();
        if self.eat_kw(Keyword::From).is_some() {
            let value = self.expression()?;
            let span = kw.to(self.o(&value));
            return Ok(Expr::new(ExprKind::YieldFrom(Box::new(value)), span));
        }
        if self.starts_expression() || self.at_op(Op::Star) {
            let value = self.star_expressions()?;
            let span = kw.to(self.o(&value));
            return Ok(Expr::new(ExprKind::Yield(Some(Box::new(value))), span));
        }
        Ok(Expr::new(ExprKind::Yield(None), kw))
    }

    /// `name := value` or an expression.
    pub(crate) fn named_expression(&mut self) -> PResult<Expr> {
        if self.at_name() && self.kind_at(1) == TokenKind::Op(Op::ColonEqual) {
            let target_span = self.bump();
            let name = self.text(target_span).to_string();
            self.bump();
            let value = self.expression()?;
            let span = target_span.to(self.o(&value));
            let target = Expr::new(ExprKind::Name(name), target_span);
            return Ok(Expr::new(ExprKind::NamedExpr { target: Box::new(target), value: Box::new(value) }, span));
        }
        let start_tok = self.pos;
        let e = self.expression()?;
        if self.at_op(Op::ColonEqual) {
            return Err(self.error(format!("cannot use assignment expressions with {}", expr_name(&e)), e.span));
        }
        if self.at_op(Op::Equal) {
            self.invalid_named_assignment(start_tok, &e)?;
        }
        Ok(e)
    }

    /// CPython's `invalid_named_expression`: `x = 1` where a named
    /// expression was expected (an `if` condition, a list element, ...).
    #[inline(never)]
    pub(crate) fn invalid_named_assignment(&mut self, start_tok: usize, e: &Expr) -> PResult<()> {
        let is_name = matches!(e.kind, ExprKind::Name(_)) && self.tok(start_tok).kind == TokenKind::Name;
        if !is_name && (!is_bitwise_or_level(e) || starts_with_display(e)) {
            // Neither of CPython's rules applies: it reads no further.
            return Ok(());
        }
        let save = self.pos;
        self.bump(); // '='
        let (rhs, followed_ok) = self.without_invalid(|p| {
            let rhs = p.bitwise_or();
            let followed_ok = !p.at_op(Op::Equal) && !p.at_op(Op::ColonEqual);
            Ok((rhs, followed_ok))
        })?;
        self.pos = save;
        let Ok(rhs) = rhs else { return Ok(()) };
        if !followed_ok {
            return Ok(());
        }
        let first = self.tok(start_tok).kind;
        if matches!(e.kind, ExprKind::Name(_)) && first == TokenKind::Name {
            return Err(self.error(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                e.span.to(rhs.span),
            ));
        }
        if is_bitwise_or_level(e) && !starts_with_display(e) {
            return Err(self.error(
                format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(e)),
                e.span,
            ));
        }
        Ok(())
    }

    /// Runs `f` with CPython's error rules switched off (its
    /// `expression_without_invalid`), restoring nothing.
    pub(crate) fn without_invalid<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        self.no_invalid += 1;
        let r = f(self);
        self.no_invalid -= 1;
        r
    }

    /// `expression`: a conditional expression, a lambda, or a disjunction.
    pub(crate) fn expression(&mut self) -> PResult<Expr> {
        self.expression_with(true)
    }

    pub(crate) fn expression_with(&mut self, check_comma: bool) -> PResult<Expr> {
        self.enter()?;
        let r = self.expression_inner(check_comma);
        self.leave();
        r
    }

    fn expression_inner(&mut self, check_comma: bool) -> PResult<Expr> {
        if self.at_kw(Keyword::Lambda) {
            return self.lambda();
        }
        let start_tok = self.pos;
        let body = self.disjunction()?;
        if self.at_kw(Keyword::If) {
            let save = self.pos;
            self.bump();
            let test = match self.disjunction() {
                Ok(t) => t,
                Err(e) if is_generic(&e) => {
                    self.pos = save;
                    return Ok(body);
                }
                Err(e) => return Err(e),
            };
            if self.eat_kw(Keyword::Else).is_none() {
                if self.no_invalid == 0 && !self.at_op(Op::Colon) {
                    return Err(self.error("expected 'else' after 'if' expression", body.span.to(test.span)));
                }
                self.pos = save;
                return Ok(body);
            }
            let orelse = match self.expression_with(false) {
                Ok(o) => o,
                Err(e) if is_generic(&e) => {
                    self.pos = save;
                    return Ok(body);
                }
                Err(e) => return Err(e),
            };
            let span = self.o(&body).to(self.o(&orelse));
            return Ok(Expr::new(
                ExprKind::IfExp { test: Box::new(test), body: Box::new(body), orelse: Box::new(orelse) },
                span,
            ));
        }
        if self.no_invalid == 0 && self.starts_expression() {
            self.check_legacy_or_comma(start_tok, &body, check_comma)?;
        }
        Ok(body)
    }

    /// `print x` (a Python 2 statement) and `[a b]` (a missing comma).
    #[inline(never)]
    fn check_legacy_or_comma(&mut self, start_tok: usize, a: &Expr, check_comma: bool) -> PResult<()> {
        let legacy = match &a.kind {
            ExprKind::Name(n) if n == "print" || n == "exec" => Some(n.clone()),
            _ => None,
        };
        let save = self.pos;
        if matches!(a.kind, ExprKind::Name(_)) {
            // CPython's `invalid_legacy_expression` reads the expressions
            // after any name (and so may meet a tokenizer error there),
            // then complains only for `print` and `exec`.
            let b = self.without_invalid(|p| p.star_expressions());
            self.pos = save;
            if let (Some(name), Ok(b)) = (&legacy, b) {
                return Err(self.error(
                    format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                    a.span.to(b.span),
                ));
            }
            if legacy.is_some() {
                return Ok(());
            }
        }
        if !check_comma {
            return Ok(());
        }
        let first = self.tok(start_tok);
        let second = self.tok(start_tok + 1).kind;
        if first.kind == TokenKind::Name
            && (second == TokenKind::String || matches!(self.text(first.span), "_" | "match" | "case"))
        {
            return Ok(());
        }
        // CPython reads the next expression even outside brackets (where
        // it then says nothing); reading may reach the end of the text
        // inside an unclosed bracket, which it reports.
        let b = self.without_invalid(|p| p.expression_with(false));
        self.pos = save;
        if self.prev_level() == 0 {
            return Ok(());
        }
        if let Ok(b) = b {
            return Err(self.error("invalid syntax. Perhaps you forgot a comma?", a.span.to(b.span)));
        }
        Ok(())
    }

    /// Can the current token start an expression?
    pub(crate) fn starts_expression(&self) -> bool {
        match self.kind() {
            TokenKind::Name | TokenKind::Number(_) | TokenKind::String => true,
            TokenKind::Keyword(k) => matches!(
                k,
                Keyword::True | Keyword::False | Keyword::None | Keyword::Not | Keyword::Await | Keyword::Lambda
            ),
            TokenKind::Op(op) => matches!(
                op,
                Op::LPar | Op::LSqb | Op::LBrace | Op::Minus | Op::Plus | Op::Tilde | Op::Ellipsis
            ),
            _ => false,
        }
    }

    pub(crate) fn disjunction(&mut self) -> PResult<Expr> {
        let first = self.conjunction()?;
        if !self.at_kw(Keyword::Or) {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.at_kw(Keyword::Or) {
            let save = self.pos;
            self.bump();
            match self.conjunction() {
                Ok(v) => values.push(v),
                Err(e) if is_generic(&e) => {
                    self.pos = save;
                    break;
                }
                Err(e) => return Err(e),
            }
        }
        if values.len() == 1 {
            if let Some(only) = values.pop() {
                return Ok(only);
            }
        }
        let span = self.o(&values[0]).to(self.o(&values[values.len() - 1]));
        Ok(Expr::new(ExprKind::BoolOp { op: BoolOp::Or, values }, span))
    }

    fn conjunction(&mut self) -> PResult<Expr> {
        let first = self.inversion()?;
        if !self.at_kw(Keyword::And) {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.at_kw(Keyword::And) {
            let save = self.pos;
            self.bump();
            match self.inversion() {
                Ok(v) => values.push(v),
                Err(e) if is_generic(&e) => {
                    self.pos = save;
                    break;
                }
                Err(e) => return Err(e),
            }
        }
        if values.len() == 1 {
            if let Some(only) = values.pop() {
                return Ok(only);
            }
        }
        let span = self.o(&values[0]).to(self.o(&values[values.len() - 1]));
        Ok(Expr::new(ExprKind::BoolOp { op: BoolOp::And, values }, span))
    }

    fn inversion(&mut self) -> PResult<Expr> {
        if let Some(kw) = self.eat_kw(Keyword::Not) {
            self.enter()?;
            let operand = self.inversion();
            self.leave();
            let operand = operand?;
            let span = kw.to(self.o(&operand));
            return Ok(Expr::new(ExprKind::UnaryOp { op: UnaryOp::Not, operand: Box::new(operand) }, span));
        }
        self.comparison()
    }

    fn comparison(&mut self) -> PResult<Expr> {
        let left = self.bitwise_or()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        loop {
            let save = self.pos;
            let Some(op) = self.compare_op() else { break };
            match self.bitwise_or() {
                Ok(c) => {
                    ops.push(op);
                    comparators.push(c);
                }
                Err(e) if is_generic(&e) => {
                    self.pos = save;
                    break;
                }
                Err(e) => return Err(e),
            }
        }
        if ops.is_empty() {
            return Ok(left);
        }
        let span = self.o(&left).to(self.o(&comparators[comparators.len() - 1]));
        Ok(Expr::new(ExprKind::Compare { left: Box::new(left), ops, comparators }, span))
    }

    /// Consumes a comparison operator, if one is next.
    #[inline(never)]
    fn compare_op(&mut self) -> Option<CmpOp> {
        let op = match self.kind() {
            TokenKind::Op(Op::EqEqual) => CmpOp::Eq,
            TokenKind::Op(Op::NotEqual) => CmpOp::NotEq,
            TokenKind::Op(Op::Less) => CmpOp::Lt,
            TokenKind::Op(Op::LessEqual) => CmpOp::LtE,
            TokenKind::Op(Op::Greater) => CmpOp::Gt,
            TokenKind::Op(Op::GreaterEqual) => CmpOp::GtE,
            TokenKind::Keyword(Keyword::In) => CmpOp::In,
            TokenKind::Keyword(Keyword::Is) => {
                self.bump();
                if self.eat_kw(Keyword::Not).is_some() {
                    return Some(CmpOp::IsNot);
                }
                return Some(CmpOp::Is);
            }
            TokenKind::Keyword(Keyword::Not) if self.kind_at(1) == TokenKind::Keyword(Keyword::In) => {
                self.bump();
                self.bump();
                return Some(CmpOp::NotIn);
            }
            _ => return None,
        };
        self.bump();
        Some(op)
    }

    pub(crate) fn bitwise_or(&mut self) -> PResult<Expr> {
        self.binary(1)
    }

    /// Binary operators from `|` (precedence 1) to `*` `/` (6), by
    /// precedence climbing.
    fn binary(&mut self, min_prec: u8) -> PResult<Expr> {
        let mut left = self.factor()?;
        let entered = self.depth;
        let r = loop {
            let Some((op, prec)) = binary_op(self.kind()) else { break Ok(left) };
            if prec < min_prec {
                break Ok(left);
            }
            // A long chain nests the tree as deep as brackets would.
            if let Err(e) = self.enter() {
                break Err(e);
            }
            let save = self.pos;
            self.bump();
            let right = match self.binary(prec + 1) {
                Ok(r) => r,
                // Like CPython's PEG parser, fall back to the shorter
                // expression; the caller reports the error.
                Err(e) if is_generic(&e) => {
                    self.pos = save;
                    break Ok(left);
                }
                Err(e) => break Err(e),
            };
            let span = self.o(&left).to(self.o(&right));
            left = Expr::new(ExprKind::BinOp { left: Box::new(left), op, right: Box::new(right) }, span);
        };
        self.depth = entered;
        r
    }

    /// Unary `+`, `-`, `~`.
    fn factor(&mut self) -> PResult<Expr> {
        let op = match self.kind() {
            TokenKind::Op(Op::Plus) => UnaryOp::Pos,
            TokenKind::Op(Op::Minus) => UnaryOp::Neg,
            TokenKind::Op(Op::Tilde) => UnaryOp::Invert,
            _ => return self.power(),
        };
        let start = self.bump();
        self.enter()?;
        let operand = self.factor();
        self.leave();
        let operand = operand?;
        let span = start.to(self.o(&operand));
        Ok(Expr::new(ExprKind::UnaryOp { op, operand: Box::new(operand) }, span))
    }

    /// `await_primary ['**' factor]`.
    fn power(&mut self) -> PResult<Expr> {
        let base = self.await_primary()?;
        let save = self.pos;
        if self.eat_op(Op::DoubleStar).is_none() {
            return Ok(base);
        }
        self.enter()?;
        let exp = self.factor();
        self.leave();
        let exp = match exp {
            Ok(e) => e,
            Err(e) if is_generic(&e) => {
                self.pos = save;
                return Ok(base);
            }
            Err(e) => return Err(e),
        };
        let span = self.o(&base).to(self.o(&exp));
        Ok(Expr::new(ExprKind::BinOp { left: Box::new(base), op: BinOp::Pow, right: Box::new(exp) }, span))
    }

    fn await_primary(&mut self) -> PResult<Expr> {
        if let Some(kw) = self.eat_kw(Keyword::Await) {
            let value = self.primary()?;
            let span = kw.to(self.o(&value));
            return Ok(Expr::new(ExprKind::Await(Box::new(value)), span));
        }
        self.primary()
    }

    /// An atom followed by attribute references, calls and subscripts.
    pub(crate) fn primary(&mut self) -> PResult<Expr> {
        let e = self.atom()?;
        let entered = self.depth;
        let r = self.trailers(e);
        self.depth = entered;
        r
    }

    /// `.name`, `(args)` and `[index]` after an atom; each nests the tree
    /// one level deeper, so each counts towards the nesting limit.
    fn trailers(&mut self, mut e: Expr) -> PResult<Expr> {
        let mut chain = 0u32;
        loop {
            chain += 1;
            if matches!(self.kind(), TokenKind::Op(Op::Dot | Op::LPar | Op::LSqb)) {
                self.enter()?;
            }
            match self.kind() {
                TokenKind::Op(Op::Dot) => {
                    if self.kind_at(1) != TokenKind::Name {
                        // CPython falls back to the expression so far.
                        return Ok(e);
                    }
                    self.bump();
                    let attr = self.expect_name()?;
                    let span = self.o(&e).to(self.o(&attr));
                    e = Expr::new(ExprKind::Attribute { value: Box::new(e), attr }, span);
                }
                TokenKind::Op(Op::LPar | Op::LSqb) if chain < 64 => {
                    // Keep a copy to fall back to, as CPython's PEG parser
                    // does (only for short chains: copies cost).
                    let save = self.pos;
                    let copy = e.clone();
                    let next = if self.at_op(Op::LPar) { self.call(e) } else { self.subscript(e) };
                    match next {
                        Ok(n) => e = n,
                        Err(err) if is_generic(&err) => {
                            self.pos = save;
                            return Ok(copy);
                        }
                        Err(err) => return Err(err),
                    }
                }
                TokenKind::Op(Op::LPar) => e = self.call(e)?,
                TokenKind::Op(Op::LSqb) => e = self.subscript(e)?,
                _ => return Ok(e),
            }
        }
    }
}

fn binary_op(kind: TokenKind) -> Option<(BinOp, u8)> {
    let TokenKind::Op(op) = kind else { return None };
    Some(match op {
        Op::Vbar => (BinOp::BitOr, 1),
        Op::Circumflex => (BinOp::BitXor, 2),
        Op::Amper => (BinOp::BitAnd, 3),
        Op::LeftShift => (BinOp::LShift, 4),
        Op::RightShift => (BinOp::RShift, 4),
        Op::Plus => (BinOp::Add, 5),
        Op::Minus => (BinOp::Sub, 5),
        Op::Star => (BinOp::Mult, 6),
        Op::Slash => (BinOp::Div, 6),
        Op::DoubleSlash => (BinOp::FloorDiv, 6),
        Op::Percent => (BinOp::Mod, 6),
        Op::At => (BinOp::MatMult, 6),
        _ => return None,
    })
}

/// Could `e` have been parsed by CPython's `bitwise_or` rule?
pub(crate) fn is_bitwise_or_level(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::BoolOp { .. }
            | ExprKind::Compare { .. }
            | ExprKind::UnaryOp { op: UnaryOp::Not, .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Starred(_)
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
    )
}

/// Does `e` start with a list or tuple display, a generator expression or
/// `True` / `False` / `None` (excluded by `invalid_named_expression`)?
pub(crate) fn starts_with_display(e: &Expr) -> bool {
    let mut cur = e;
    loop {
        match &cur.kind {
            ExprKind::BinOp { left, .. } => cur = left,
            ExprKind::Call { func, .. } => cur = func,
            ExprKind::Attribute { value, .. } | ExprKind::Subscript { value, .. } => cur = value,
            ExprKind::List(_) | ExprKind::Tuple(_) | ExprKind::GeneratorExp { .. } => return true,
            ExprKind::Constant(c) => {
                return matches!(c, crate::ast::Constant::True | crate::ast::Constant::False | crate::ast::Constant::None)
            }
            _ => return false,
        }
    }
}
