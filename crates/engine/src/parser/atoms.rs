//! Atoms: names, constants, numbers, strings, parenthesised expressions,
//! tuples, lists, dicts, sets and comprehensions.

use super::cursor::{PResult, Parser};
use super::targets::TargetKind;
use crate::ast::{Comprehension, Constant, Expr, ExprKind};
use crate::lexer::{Keyword, NumberKind, Op, TokenKind};
use crate::span::Span;
use num_bigint::BigInt;

impl Parser<'_> {
    pub(crate) fn atom(&mut self) -> PResult<Expr> {
        let span = self.span();
        let kind = match self.kind() {
            TokenKind::Name => ExprKind::Name(self.cur_text().to_string()),
            TokenKind::Keyword(Keyword::True) => ExprKind::Constant(Constant::True),
            TokenKind::Keyword(Keyword::False) => ExprKind::Constant(Constant::False),
            TokenKind::Keyword(Keyword::None) => ExprKind::Constant(Constant::None),
            TokenKind::Op(Op::Ellipsis) => ExprKind::Constant(Constant::Ellipsis),
            TokenKind::Number(kind) => {
                // CPython converts a decimal literal when it parses it, under
                // the default limit (a program's own set_int_max_str_digits
                // runs too late for its literals).
                let text = self.cur_text();
                let digits = text.bytes().filter(u8::is_ascii_digit).count();
                let decimal = kind == NumberKind::Int && !text.starts_with("0x") && !text.starts_with("0X") && !text.starts_with("0o") && !text.starts_with("0O") && !text.starts_with("0b") && !text.starts_with("0B");
                if decimal && digits > crate::format::INT_MAX_STR_DIGITS {
                    return Err(self.error(
                        format!(
                            "Exceeds the limit ({} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                            crate::format::INT_MAX_STR_DIGITS
                        ),
                        span,
                    ));
                }
                ExprKind::Constant(number_value(text, kind))
            }
            TokenKind::String => return self.strings(),
            TokenKind::Op(Op::LPar) => return self.paren(),
            TokenKind::Op(Op::LSqb) => return self.list(),
            TokenKind::Op(Op::LBrace) => return self.dict_or_set(),
            _ => return Err(self.invalid_syntax()),
        };
        self.bump();
        Ok(Expr::new(kind, span))
    }

    fn at_comprehension(&self) -> bool {
        self.at_kw(Keyword::For)
            || (self.at_kw(Keyword::Async) && self.kind_at(1) == TokenKind::Keyword(Keyword::For))
    }

    /// `(...)`: a group, a tuple, a generator expression or `(yield)`.
    #[inline(never)]
    fn paren(&mut self) -> PResult<Expr> {
        let open = self.bump();
        if let Some(close) = self.eat_op(Op::RPar) {
            return Ok(Expr::new(ExprKind::Tuple(Vec::new()), open.to(close)));
        }
        if self.at_kw(Keyword::Yield) {
            let e = self.yield_expr()?;
            let close = self.expect_op(Op::RPar)?;
            self.groups.insert((e.span.start, e.span.end), open.to(close));
            return Ok(e);
        }
        if self.at_op(Op::DoubleStar) && self.no_invalid == 0 {
            let star = self.bump();
            let value = self.bitwise_or()?;
            if self.at_op(Op::RPar) {
                return Err(self.error("cannot use double starred expression here", star.to(value.span)));
            }
            return Err(self.invalid_syntax());
        }
        let first = self.star_named_expression()?;
        if self.at_comprehension() {
            self.no_unpacking_in_comprehension(&first)?;
            let generators = self.comprehension_clauses()?;
            let close = self.expect_op(Op::RPar)?;
            return Ok(Expr::new(ExprKind::GeneratorExp { elt: Box::new(first), generators }, open.to(close)));
        }
        if !self.at_op(Op::Comma) {
            if self.at_op(Op::RPar) {
                if matches!(first.kind, ExprKind::Starred(_)) && self.no_invalid == 0 {
                    return Err(self.error("cannot use starred expression here", first.span));
                }
                let close = self.bump();
                self.groups.insert((first.span.start, first.span.end), open.to(close));
                return Ok(first);
            }
            return Err(self.invalid_syntax());
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma).is_some() {
            if self.at_op(Op::RPar) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        let close = self.expect_op(Op::RPar)?;
        Ok(Expr::new(ExprKind::Tuple(elts), open.to(close)))
    }

    #[inline(never)]
    fn list(&mut self) -> PResult<Expr> {
        let open = self.bump();
        if let Some(close) = self.eat_op(Op::RSqb) {
            return Ok(Expr::new(ExprKind::List(Vec::new()), open.to(close)));
        }
        let first = self.star_named_expression()?;
        if self.at_comprehension() {
            self.no_unpacking_in_comprehension(&first)?;
            let generators = self.comprehension_clauses()?;
            let close = self.expect_op(Op::RSqb)?;
            return Ok(Expr::new(ExprKind::ListComp { elt: Box::new(first), generators }, open.to(close)));
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma).is_some() {
            if self.at_op(Op::RSqb) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        let close = self.expect_op(Op::RSqb)?;
        Ok(Expr::new(ExprKind::List(elts), open.to(close)))
    }

    fn no_unpacking_in_comprehension(&self, elt: &Expr) -> PResult<()> {
        if matches!(elt.kind, ExprKind::Starred(_)) {
            return Err(self.error("iterable unpacking cannot be used in comprehension", elt.span));
        }
        Ok(())
    }

    #[inline(never)]
    fn dict_or_set(&mut self) -> PResult<Expr> {
        let open = self.bump();
        if let Some(close) = self.eat_op(Op::RBrace) {
            return Ok(Expr::new(ExprKind::Dict { keys: Vec::new(), values: Vec::new() }, open.to(close)));
        }
        // A dict starts with `**m` or `key:`; a set with anything else.
        let (first_key, first_value) = if let Some(star) = self.eat_op(Op::DoubleStar) {
            let value = self.bitwise_or()?;
            if self.at_comprehension() {
                return Err(self.error("dict unpacking cannot be used in dict comprehension", star.to(value.span)));
            }
            (None, value)
        } else {
            let first = self.star_named_expression()?;
            if !self.at_op(Op::Colon) || matches!(first.kind, ExprKind::Starred(_)) {
                return self.set_rest(open, first);
            }
            self.bump();
            let value = self.expression()?;
            if self.at_comprehension() {
                let generators = self.comprehension_clauses()?;
                let close = self.expect_op(Op::RBrace)?;
                return Ok(Expr::new(
                    ExprKind::DictComp { key: Box::new(first), value: Box::new(value), generators },
                    open.to(close),
                ));
            }
            (Some(first), value)
        };
        let mut keys = vec![first_key];
        let mut values = vec![first_value];
        while self.eat_op(Op::Comma).is_some() {
            if self.at_op(Op::RBrace) {
                break;
            }
            if self.eat_op(Op::DoubleStar).is_some() {
                keys.push(None);
                values.push(self.bitwise_or()?);
                continue;
            }
            let key = self.expression()?;
            if self.eat_op(Op::Colon).is_none() {
                if self.no_invalid == 0 {
                    let at = self.prev_char(key.span.end);
                    return Err(self.error("':' expected after dictionary key", Span::new(at, at)));
                }
                return Err(self.invalid_syntax());
            }
            if self.no_invalid == 0 && (self.at_op(Op::RBrace) || self.at_op(Op::Comma)) {
                let colon = self.prev_span();
                return Err(self.error("expression expected after dictionary key and ':'", colon));
            }
            keys.push(Some(key));
            values.push(self.expression()?);
        }
        let close = self.expect_op(Op::RBrace)?;
        Ok(Expr::new(ExprKind::Dict { keys, values }, open.to(close)))
    }

    fn set_rest(&mut self, open: Span, first: Expr) -> PResult<Expr> {
        if self.at_comprehension() {
            self.no_unpacking_in_comprehension(&first)?;
            let generators = self.comprehension_clauses()?;
            let close = self.expect_op(Op::RBrace)?;
            return Ok(Expr::new(ExprKind::SetComp { elt: Box::new(first), generators }, open.to(close)));
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma).is_some() {
            if self.at_op(Op::RBrace) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        let close = self.expect_op(Op::RBrace)?;
        Ok(Expr::new(ExprKind::Set(elts), open.to(close)))
    }

    /// `for target in iter if cond ...` clauses, possibly `async for`.
    #[inline(never)]
    pub(crate) fn comprehension_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        while self.at_comprehension() {
            let is_async = self.eat_kw(Keyword::Async).is_some();
            self.bump(); // for
            let target = self.target_list(TargetKind::For)?;
            if self.eat_kw(Keyword::In).is_none() {
                return Err(self.invalid_syntax());
            }
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat_kw(Keyword::If).is_some() {
                ifs.push(self.disjunction()?);
            }
            generators.push(Comprehension { target, iter, ifs, is_async });
        }
        Ok(generators)
    }

    /// Byte offset of the last character before byte offset `end`.
    pub(crate) fn prev_char(&self, end: u32) -> u32 {
        let mut p = (end as usize).min(self.src.len());
        if p == 0 {
            return 0;
        }
        p -= 1;
        while p > 0 && !self.src.is_char_boundary(p) {
            p -= 1;
        }
        p as u32
    }
}

/// The value of a number literal the lexer accepted.
pub(crate) fn number_value(text: &str, kind: NumberKind) -> Constant {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    match kind {
        NumberKind::Imaginary => {
            let body = clean.trim_end_matches(['j', 'J']);
            Constant::Complex(crate::format::atof::parse_f64(body).unwrap_or(f64::INFINITY))
        }
        NumberKind::Float => Constant::Float(crate::format::atof::parse_f64(&clean).unwrap_or(f64::INFINITY)),
        NumberKind::Int => {
            let lower = clean.to_ascii_lowercase();
            let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
                (d, 16)
            } else if let Some(d) = lower.strip_prefix("0o") {
                (d, 8)
            } else if let Some(d) = lower.strip_prefix("0b") {
                (d, 2)
            } else {
                (lower.as_str(), 10)
            };
            match BigInt::parse_bytes(digits.as_bytes(), radix) {
                Some(v) => Constant::Int(v),
                None => Constant::Int(BigInt::from(0)),
            }
        }
    }
}
