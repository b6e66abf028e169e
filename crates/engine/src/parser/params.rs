//! Parameter lists of `def` and `lambda`, with CPython's messages for the
//! ways they go wrong.

use super::cursor::{PResult, Parser};
use crate::ast::{Expr, ExprKind, Param, Parameters};
use crate::lexer::{Op, TokenKind};

impl Parser<'_> {
    /// `lambda params: body`.
    #[inline(never)]
    pub(crate) fn lambda(&mut self) -> PResult<Expr> {
        let kw = self.bump();
        let params = self.parameters(true)?;
        if self.eat_op(Op::Colon).is_none() {
            return Err(self.invalid_syntax());
        }
        let body = self.expression()?;
        let span = kw.to(self.o(&body));
        Ok(Expr::new(ExprKind::Lambda { params: Box::new(params), body: Box::new(body) }, span))
    }

    fn at_params_end(&self, lambda: bool) -> bool {
        if lambda {
            self.at_op(Op::Colon)
        } else {
            self.at_op(Op::RPar)
        }
    }

    /// Parameters up to (not including) `)` for a `def`, `:` for a lambda.
    pub(crate) fn parameters(&mut self, lambda: bool) -> PResult<Parameters> {
        let mut ps = Parameters::default();
        let mut seen_slash = false;
        let mut seen_star = false;
        let mut seen_default = false;
        while !self.at_params_end(lambda) {
            if self.at_op(Op::Slash) {
                let slash = self.span();
                if seen_slash {
                    return Err(self.error("/ may appear only once", slash));
                }
                if seen_star {
                    return Err(self.error("/ must be ahead of *", slash));
                }
                if ps.args.is_empty() {
                    return Err(self.error("at least one argument must precede /", slash));
                }
                self.bump();
                ps.posonly = std::mem::take(&mut ps.args);
                seen_slash = true;
            } else if self.at_op(Op::Star) {
                let star = self.span();
                if seen_star {
                    // CPython: `'*' (param_no_default | ',')` must follow.
                    let next = self.tok(self.pos + 1).kind;
                    let after = self.tok(self.pos + 2).kind;
                    let end = if lambda { Op::Colon } else { Op::RPar };
                    let param_follows = next == TokenKind::Name
                        && (after == TokenKind::Op(Op::Comma) || after == TokenKind::Op(end) || (!lambda && after == TokenKind::Op(Op::Colon)));
                    if next == TokenKind::Op(Op::Comma) || param_follows {
                        return Err(self.error("* argument may appear only once", star));
                    }
                    return Err(self.invalid_syntax());
                }
                self.bump();
                seen_star = true;
                if self.at_op(Op::Comma) || self.at_params_end(lambda) {
                    let after = self.kind_at(1);
                    let bare_end = self.at_params_end(lambda)
                        || after == TokenKind::Op(Op::DoubleStar)
                        || (lambda && after == TokenKind::Op(Op::Colon))
                        || (!lambda && after == TokenKind::Op(Op::RPar));
                    if bare_end {
                        // `def` reports the `*`; `lambda` the last token read.
                        let at = if !lambda {
                            star
                        } else if self.at_op(Op::Comma) {
                            self.tok(self.pos + 1).span
                        } else {
                            self.span()
                        };
                        return Err(self.error("named arguments must follow bare *", at));
                    }
                } else {
                    let p = self.param(lambda)?;
                    if self.at_op(Op::Equal) {
                        return Err(self.error("var-positional argument cannot have default value", self.span()));
                    }
                    ps.vararg = Some(p);
                }
            } else if self.at_op(Op::DoubleStar) {
                self.bump();
                let p = self.param(lambda)?;
                if self.at_op(Op::Equal) {
                    return Err(self.error("var-keyword argument cannot have default value", self.span()));
                }
                ps.kwarg = Some(p);
                if self.at_op(Op::Comma) {
                    let next = self.kind_at(1);
                    if matches!(next, TokenKind::Name | TokenKind::Op(Op::Star | Op::DoubleStar | Op::Slash)) {
                        let at = self.tok(self.pos + 1).span;
                        return Err(self.error("arguments cannot follow var-keyword argument", at));
                    }
                    self.bump();
                }
                if !self.at_params_end(lambda) {
                    return Err(self.invalid_syntax());
                }
                break;
            } else if self.at_name() {
                let mut p = self.param(lambda)?;
                if let Some(eq) = self.eat_op(Op::Equal) {
                    if self.at_op(Op::Comma) || self.at_params_end(lambda) {
                        return Err(self.error("expected default value expression", eq));
                    }
                    p.default = Some(self.expression()?);
                }
                if seen_star {
                    ps.kwonly.push(p);
                } else {
                    if p.default.is_some() {
                        seen_default = true;
                    } else if seen_default {
                        return Err(self.error("non-default argument follows default argument", p.span));
                    }
                    ps.args.push(p);
                }
            } else {
                return Err(self.invalid_syntax());
            }
            if self.eat_op(Op::Comma).is_none() {
                break;
            }
        }
        Ok(ps)
    }

    /// A parameter name with, for `def`, an optional annotation.
    fn param(&mut self, lambda: bool) -> PResult<Param> {
        let name = self.expect_name()?;
        let mut span = name.span;
        let mut annotation = None;
        if !lambda && self.eat_op(Op::Colon).is_some() {
            let a = if self.at_op(Op::Star) { self.star_expression()? } else { self.expression()? };
            span = span.to(self.o(&a));
            annotation = Some(a);
        }
        Ok(Param { name, annotation, default: None, span })
    }
}
