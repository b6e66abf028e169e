//! Call arguments and subscripts.

use super::cursor::{PResult, Parser};
use crate::ast::{Expr, ExprKind, Keyword as KeywordArg};
use crate::lexer::{Keyword, Op, TokenKind};

impl Parser<'_> {
    /// `func(args)`: positional, `*it`, `name=value`, `**mapping`, or a
    /// single unparenthesised generator expression.
    pub(crate) fn call(&mut self, func: Expr) -> PResult<Expr> {
        self.call_with(func, true)
    }

    /// Arguments in parentheses; class bases take no generator expression.
    #[inline(never)]
    pub(crate) fn call_with(&mut self, func: Expr, allow_genexp: bool) -> PResult<Expr> {
        let open = self.bump();
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<KeywordArg> = Vec::new();
        let mut seen_keyword = false;
        let mut seen_double_star = false;
        let mut pending: Option<&'static str> = None;
        loop {
            if self.at_op(Op::RPar) {
                break;
            }
            if let Some(star) = self.eat_op(Op::Star) {
                let value = self.expression()?;
                if self.at_comprehension_start() && self.no_invalid == 0 {
                    return Err(self.error("iterable unpacking cannot be used in comprehension", star.to(value.span)));
                }
                if seen_double_star && self.no_invalid == 0 {
                    return Err(self.error("iterable argument unpacking follows keyword argument unpacking", star));
                }
                let span = star.to(self.o(&value));
                args.push(Expr::new(ExprKind::Starred(Box::new(value)), span));
            } else if let Some(star) = self.eat_op(Op::DoubleStar) {
                let value = self.expression()?;
                let span = star.to(self.o(&value));
                keywords.push(KeywordArg { arg: None, value, span });
                seen_double_star = true;
            } else if self.at_name() && self.kind_at(1) == TokenKind::Op(Op::Equal) {
                let arg = self.expect_name()?;
                let eq = self.bump();
                let value = self.expression()?;
                if self.no_invalid == 0 && self.at_comprehension_start() {
                    return Err(self.error(
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                        arg.span.to(eq),
                    ));
                }
                let span = self.o(&arg).to(self.o(&value));
                keywords.push(KeywordArg { arg: Some(arg), value, span });
                seen_keyword = true;
            } else if matches!(
                self.kind(),
                TokenKind::Keyword(Keyword::True | Keyword::False | Keyword::None)
            ) && self.kind_at(1) == TokenKind::Op(Op::Equal)
                && self.no_invalid == 0
            {
                let kw = self.span();
                let eq = self.tok(self.pos + 1).span;
                return Err(self.error(format!("cannot assign to {}", self.text(kw)), kw.to(eq)));
            } else {
                let e = self.named_expression_in_call()?;
                if self.at_comprehension_start() && !allow_genexp {
                    return Err(self.invalid_syntax());
                }
                if self.at_comprehension_start() {
                    let generators = self.comprehension_clauses()?;
                    let last = generators.last().map(last_comprehension_span).unwrap_or(e.span);
                    if args.is_empty() && keywords.is_empty() && self.at_op(Op::RPar) {
                        let close = self.bump();
                        let genexp =
                            Expr::new(ExprKind::GeneratorExp { elt: Box::new(e), generators }, open.to(close));
                        let span = self.o(&func).to(close);
                        return Ok(Expr::new(
                            ExprKind::Call { func: Box::new(func), args: vec![genexp], keywords },
                            span,
                        ));
                    }
                    if !self.at_op(Op::Comma) {
                        return Err(self.invalid_syntax());
                    }
                    return Err(self.error("Generator expression must be parenthesized", e.span.to(last)));
                }
                if self.at_op(Op::Equal) && self.no_invalid == 0 {
                    let eq = self.span();
                    return Err(self.error(
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                        e.span.to(eq),
                    ));
                }
                if pending.is_none() {
                    if seen_double_star {
                        pending = Some("positional argument follows keyword argument unpacking");
                    } else if seen_keyword {
                        pending = Some("positional argument follows keyword argument");
                    }
                }
                args.push(e);
            }
            if self.eat_op(Op::Comma).is_none() {
                break;
            }
        }
        if let Some(msg) = pending {
            if self.no_invalid == 0 {
                return Err(self.error(msg, self.span()));
            }
        }
        let close = self.expect_op(Op::RPar)?;
        let span = self.o(&func).to(close);
        Ok(Expr::new(ExprKind::Call { func: Box::new(func), args, keywords }, span))
    }

    fn at_comprehension_start(&self) -> bool {
        self.at_kw(Keyword::For)
            || (self.at_kw(Keyword::Async) && self.kind_at(1) == TokenKind::Keyword(Keyword::For))
    }

    /// A positional argument: `name := value` or an expression (a bare
    /// `name = value` is a keyword argument, handled by the caller).
    fn named_expression_in_call(&mut self) -> PResult<Expr> {
        if self.at_name() && self.kind_at(1) == TokenKind::Op(Op::ColonEqual) {
            return self.named_expression();
        }
        let e = self.expression()?;
        if self.at_op(Op::ColonEqual) {
            return Err(self.error(
                format!("cannot use assignment expressions with {}", super::names::expr_name(&e)),
                e.span,
            ));
        }
        Ok(e)
    }

    /// `value[index]`, where the index may be a slice or a tuple of them.
    #[inline(never)]
    pub(crate) fn subscript(&mut self, value: Expr) -> PResult<Expr> {
        self.bump();
        let first = self.slice_item()?;
        let index = if self.at_op(Op::Comma) {
            let start = first.span;
            let mut end = start;
            let mut elts = vec![first];
            while self.at_op(Op::Comma) {
                end = self.bump();
                if self.at_op(Op::RSqb) {
                    break;
                }
                let item = self.slice_item()?;
                end = item.span;
                elts.push(item);
            }
            Expr::new(ExprKind::Tuple(elts), start.to(end))
        } else if matches!(first.kind, ExprKind::Starred(_)) {
            // `a[*b]` is a one-element tuple index.
            let span = first.span;
            Expr::new(ExprKind::Tuple(vec![first]), span)
        } else {
            first
        };
        let close = self.expect_op(Op::RSqb)?;
        let span = self.o(&value).to(close);
        Ok(Expr::new(ExprKind::Subscript { value: Box::new(value), index: Box::new(index) }, span))
    }

    fn slice_item(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            return self.star_expression();
        }
        let start = self.span();
        let lower = if self.at_op(Op::Colon) { None } else { Some(self.named_expression()?) };
        if !self.at_op(Op::Colon) {
            return lower.ok_or_else(|| self.invalid_syntax());
        }
        let mut end = self.bump();
        let upper = if self.starts_expression() {
            let e = self.expression()?;
            end = e.span;
            Some(Box::new(e))
        } else {
            None
        };
        let mut step = None;
        if let Some(colon) = self.eat_op(Op::Colon) {
            end = colon;
            if self.starts_expression() {
                let e = self.expression()?;
                end = e.span;
                step = Some(Box::new(e));
            }
        }
        let span = lower.as_ref().map_or(start, |l| self.o(l)).to(end);
        Ok(Expr::new(ExprKind::Slice { lower: lower.map(Box::new), upper, step }, span))
    }
}

/// The end of a comprehension clause: its last `if`, or its iterable.
fn last_comprehension_span(c: &crate::ast::Comprehension) -> crate::span::Span {
    c.ifs.last().map_or(c.iter.span, |e| e.span)
}

