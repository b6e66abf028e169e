//! Small helpers to visit the children of AST nodes.

use crate::ast::{Expr, ExprKind, FStringPart, Stmt, StmtKind};

/// Calls `f` on each direct sub-expression of `e`, in source order.
pub(crate) fn expr_children<'a>(e: &'a Expr, f: &mut dyn FnMut(&'a Expr)) {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Constant(_) => {}
        ExprKind::JoinedStr(parts) => fstring_children(parts, f),
        ExprKind::BinOp { left, right, .. } => {
            f(left);
            f(right);
        }
        ExprKind::UnaryOp { operand, .. } => f(operand),
        ExprKind::BoolOp { values, .. } => values.iter().for_each(&mut *f),
        ExprKind::Compare { left, comparators, .. } => {
            f(left);
            comparators.iter().for_each(&mut *f);
        }
        ExprKind::Call { func, args, keywords } => {
            f(func);
            args.iter().for_each(&mut *f);
            keywords.iter().for_each(|k| f(&k.value));
        }
        ExprKind::Attribute { value, .. } => f(value),
        ExprKind::Subscript { value, index } => {
            f(value);
            f(index);
        }
        ExprKind::Slice { lower, upper, step } => {
            for part in [lower, upper, step].into_iter().flatten() {
                f(part);
            }
        }
        ExprKind::Starred(v) | ExprKind::Await(v) | ExprKind::YieldFrom(v) => f(v),
        ExprKind::Yield(v) => {
            if let Some(v) = v {
                f(v);
            }
        }
        ExprKind::List(elts) | ExprKind::Tuple(elts) | ExprKind::Set(elts) => elts.iter().for_each(&mut *f),
        ExprKind::Dict { keys, values } => {
            for (k, v) in keys.iter().zip(values) {
                if let Some(k) = k {
                    f(k);
                }
                f(v);
            }
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            f(elt);
            for g in generators {
                f(&g.target);
                f(&g.iter);
                g.ifs.iter().for_each(&mut *f);
            }
        }
        ExprKind::DictComp { key, value, generators } => {
            f(key);
            f(value);
            for g in generators {
                f(&g.target);
                f(&g.iter);
                g.ifs.iter().for_each(&mut *f);
            }
        }
        ExprKind::IfExp { test, body, orelse } => {
            f(body);
            f(test);
            f(orelse);
        }
        ExprKind::Lambda { params, body } => {
            for p in params.posonly.iter().chain(&params.args).chain(&params.kwonly) {
                if let Some(d) = &p.default {
                    f(d);
                }
            }
            f(body);
        }
        ExprKind::NamedExpr { target, value } => {
            f(target);
            f(value);
        }
    }
}

pub(crate) fn fstring_children<'a>(parts: &'a [FStringPart], f: &mut dyn FnMut(&'a Expr)) {
    for part in parts {
        if let FStringPart::Expr(fv) = part {
            f(&fv.value);
            if let Some(spec) = &fv.format_spec {
                fstring_children(spec, f);
            }
        }
    }
}

/// Does this function body contain `yield` (not counting nested
/// functions, lambdas and classes)?
pub(crate) fn body_has_yield(body: &[Stmt]) -> bool {
    let mut found = false;
    for s in body {
        stmt_exprs(s, &mut |e| found |= expr_has_yield(e));
        stmt_bodies(s, &mut |b| found |= body_has_yield(b));
    }
    found
}

fn expr_has_yield(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => true,
        ExprKind::Lambda { .. } => false,
        _ => {
            let mut found = false;
            expr_children(e, &mut |c| found |= expr_has_yield(c));
            found
        }
    }
}

/// The expressions a statement evaluates itself (not in nested bodies,
/// and not inside function or class definitions).
pub(crate) fn stmt_exprs<'a>(s: &'a Stmt, f: &mut dyn FnMut(&'a Expr)) {
    match &s.kind {
        StmtKind::Expr(e) => f(e),
        StmtKind::Assign { targets, value } => {
            f(value);
            targets.iter().for_each(&mut *f);
        }
        StmtKind::AugAssign { target, value, .. } => {
            f(target);
            f(value);
        }
        StmtKind::AnnAssign { target, annotation, value, .. } => {
            if let Some(v) = value {
                f(v);
            }
            f(target);
            f(annotation);
        }
        StmtKind::If { test, .. } | StmtKind::While { test, .. } => f(test),
        StmtKind::For { target, iter, .. } => {
            f(iter);
            f(target);
        }
        StmtKind::Return(Some(v)) => f(v),
        StmtKind::Raise { exc, cause } => {
            if let Some(e) = exc {
                f(e);
            }
            if let Some(c) = cause {
                f(c);
            }
        }
        StmtKind::With { items, .. } => {
            for it in items {
                f(&it.context);
                if let Some(t) = &it.target {
                    f(t);
                }
            }
        }
        StmtKind::Delete(targets) => targets.iter().for_each(&mut *f),
        StmtKind::Assert { test, msg } => {
            f(test);
            if let Some(m) = msg {
                f(m);
            }
        }
        StmtKind::Try { handlers, .. } => {
            for h in handlers {
                if let Some(t) = &h.typ {
                    f(t);
                }
            }
        }
        _ => {}
    }
}

/// The nested statement lists of a compound statement (not function or
/// class bodies).
pub(crate) fn stmt_bodies<'a>(s: &'a Stmt, f: &mut dyn FnMut(&'a [Stmt])) {
    match &s.kind {
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => {
            f(body);
            f(orelse);
        }
        StmtKind::With { body, .. } => f(body),
        StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
            f(body);
            for h in handlers {
                f(&h.body);
            }
            f(orelse);
            f(finalbody);
        }
        _ => {}
    }
}
