//! The annotated names of a class body, read from the program's source.
//! Loopscope's compiler does not record `__annotations__`, so `dataclasses`
//! finds a class's fields here: the `name: annotation` statements at the
//! top level of the class body, in order.

use crate::ast::{ExprKind, Stmt, StmtKind};
use crate::value::*;
use crate::vm::{PyResult, Vm};

/// `_annotations(cls)`: `[(name, type, type_text)]`; `type` is the object
/// a simple name annotation refers to (else the annotation's text).
pub fn annotations(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::Class(c)) = a.pos.first() else { return Ok(Value::list(Vec::new())) };
    let Some(src) = vm.sources.first().map(|s| s.text.clone()) else { return Ok(Value::list(Vec::new())) };
    let Ok(module) = crate::parser::parse_module(&src) else { return Ok(Value::list(Vec::new())) };
    let path: Vec<&str> = c.qualname.split('.').filter(|p| *p != "<locals>").collect();
    let mut found: Vec<&[Stmt]> = Vec::new();
    find_class(&module.body, &path, &mut found);
    // Several classes of that name: the one whose assigned defaults all
    // exist on the class (the last one otherwise, as it ran last).
    let body = found
        .iter()
        .rev()
        .find(|body| annotated(body).iter().filter(|(_, _, has_value)| *has_value).all(|(n, _, _)| c.dict.borrow().contains_key(n.as_str())))
        .or(found.last())
        .copied();
    let Some(body) = body else { return Ok(Value::list(Vec::new())) };
    let mut out = Vec::new();
    for (name, span, _) in annotated(body) {
        let text = src.get(span.0..span.1).unwrap_or("").trim().to_string();
        let value = if is_identifier(&text) {
            let g = vm.main_globals.borrow().get(text.as_str()).cloned();
            match g.or_else(|| vm.builtins.borrow().get(text.as_str()).cloned()) {
                Some(v) => v,
                None => Value::str(&text),
            }
        } else {
            Value::str(&text)
        };
        out.push(Value::tuple(vec![Value::str(&name), value, Value::str(&text)]));
    }
    Ok(Value::list(out))
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    matches!(cs.next(), Some(c) if c == '_' || c.is_alphabetic()) && cs.all(|c| c == '_' || c.is_alphanumeric())
}

/// (name, annotation byte span, has a value) of the class body's
/// annotated assignments.
fn annotated(body: &[Stmt]) -> Vec<(String, (usize, usize), bool)> {
    let mut out = Vec::new();
    for s in body {
        if let StmtKind::AnnAssign { target, annotation, value, simple: true } = &s.kind {
            if let ExprKind::Name(n) = &target.kind {
                out.push((n.clone(), (annotation.span.start as usize, annotation.span.end as usize), value.is_some()));
            }
        }
    }
    out
}

/// Bodies of the classes at `path` (class and function names, outermost
/// first), searching nested blocks too.
fn find_class<'a>(stmts: &'a [Stmt], path: &[&str], out: &mut Vec<&'a [Stmt]>) {
    let Some((first, rest)) = path.split_first() else { return };
    for s in stmts {
        match &s.kind {
            StmtKind::ClassDef(cd) if cd.name.name == *first => {
                if rest.is_empty() {
                    out.push(&cd.body);
                } else {
                    find_class(&cd.body, rest, out);
                }
            }
            StmtKind::FunctionDef(fd) if fd.name.name == *first && !rest.is_empty() => find_class(&fd.body, rest, out),
            StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } | StmtKind::For { body, orelse, .. } => {
                find_class(body, path, out);
                find_class(orelse, path, out);
            }
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                find_class(body, path, out);
                for h in handlers {
                    find_class(&h.body, path, out);
                }
                find_class(orelse, path, out);
                find_class(finalbody, path, out);
            }
            StmtKind::With { body, .. } => find_class(body, path, out),
            _ => {}
        }
    }
}
