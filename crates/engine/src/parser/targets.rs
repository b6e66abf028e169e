//! Assignment, `for`, `with` and `del` targets: parsing target lists and
//! finding the part CPython refuses (`_PyPegen_get_invalid_target`).

use super::cursor::{PResult, Parser};
use super::names::expr_name;
use crate::ast::{CmpOp, Expr, ExprKind};
use crate::error::SyntaxError;
use crate::lexer::Op;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum TargetKind {
    /// Assignment and `with ... as` targets.
    Star,
    Del,
    For,
}

/// The first sub-expression of `e` that cannot be a target of this kind.
pub(crate) fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List(elts) | ExprKind::Tuple(elts) => elts.iter().find_map(|x| invalid_target(x, kind)),
        ExprKind::Starred(value) => {
            if kind == TargetKind::Del {
                Some(e)
            } else {
                invalid_target(value, kind)
            }
        }
        ExprKind::Compare { left, ops, .. } => {
            if kind == TargetKind::For {
                if ops.first() == Some(&CmpOp::In) {
                    return invalid_target(left, kind);
                }
                return None;
            }
            Some(e)
        }
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// CPython's message for an invalid target.
pub(crate) fn invalid_target_error(e: &Expr, kind: TargetKind) -> Option<SyntaxError> {
    let bad = invalid_target(e, kind)?;
    let verb = if kind == TargetKind::Del { "delete" } else { "assign to" };
    Some(SyntaxError::syntax(format!("cannot {verb} {}", expr_name(bad)), bad.span))
}

impl Parser<'_> {
    /// A target list as in `for a, *b in ...` / `with x as (a, b)`: items
    /// at `bitwise_or` precedence (so `in` ends it), checked as targets.
    pub(crate) fn target_list(&mut self, kind: TargetKind) -> PResult<Expr> {
        let start = self.pos;
        let parsed = self.target_list_inner(kind);
        // Not again inside a re-read: each nested `for` re-reading its
        // target within the outer re-read made bracket-nested text cost
        // 2^depth (a fuzzed 3 KB file took 13 s); the first pass has seen
        // the inner targets' own messages already.
        if kind != TargetKind::For || self.no_invalid > 0 || self.second_pass > 0 {
            return parsed;
        }
        let ok = parsed.is_ok() && self.at_kw(crate::lexer::Keyword::In);
        if ok {
            return parsed;
        }
        if let Err(e) = &parsed {
            if !super::cursor::is_generic(e) {
                return parsed;
            }
        }
        // `for x y in z`, `for f() not in z`: CPython re-reads the target as
        // expressions (where a missing comma is noticed) and checks them.
        let end = self.pos;
        self.pos = start;
        self.second_pass += 1;
        let reread = self.star_expressions();
        self.second_pass -= 1;
        match reread {
            Ok(e) => {
                if let Some(err) = invalid_target_error(&e, kind) {
                    return Err(err);
                }
            }
            Err(err) if !super::cursor::is_generic(&err) => return Err(err),
            Err(_) => {}
        }
        self.pos = end;
        parsed
    }

    fn target_list_inner(&mut self, kind: TargetKind) -> PResult<Expr> {
        let first = self.target_item()?;
        let e = if self.at_op(Op::Comma) {
            let start = first.span;
            let mut end = start;
            let mut elts = vec![first];
            while self.at_op(Op::Comma) {
                end = self.bump();
                if !self.starts_expression() && !self.at_op(Op::Star) {
                    break;
                }
                let item = self.target_item()?;
                end = item.span;
                elts.push(item);
            }
            Expr::new(ExprKind::Tuple(elts), start.to(end))
        } else {
            first
        };
        if let Some(err) = invalid_target_error(&e, kind) {
            return Err(err);
        }
        Ok(e)
    }

    /// A target: a primary (`a`, `a.b`, `a[i]`, `(a, b)`, `[a, b]`),
    /// possibly starred, as CPython's `star_target`.
    fn target_item(&mut self) -> PResult<Expr> {
        if let Some(star) = self.eat_op(Op::Star) {
            let value = self.primary()?;
            let span = star.to(self.o(&value));
            return Ok(Expr::new(ExprKind::Starred(Box::new(value)), span));
        }
        self.primary()
    }
}
