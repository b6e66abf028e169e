//! "Did you mean: 'x'?" for NameError and AttributeError, as CPython
//! 3.11's traceback printer computes it: a Levenshtein distance where a
//! case change costs 1 and other edits 2, at most a third of the
//! characters changed, the first best candidate wins.

use super::Vm;
use crate::value::Value;
use std::rc::Rc;

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_STRING_SIZE: usize = 40;
const MAX_CANDIDATES: usize = 750;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.to_ascii_lowercase() == b.to_ascii_lowercase() {
        CASE_COST
    } else {
        MOVE_COST
    }
}

fn distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while !a.is_empty() && !b.is_empty() && a[0] == b[0] {
        a = &a[1..];
        b = &b[1..];
    }
    while !a.is_empty() && !b.is_empty() && a[a.len() - 1] == b[b.len() - 1] {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the edit matrix, updated in place.
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut diag = bi * MOVE_COST;
        result = diag;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = diag + substitution_cost(code, ac);
            diag = row[ai];
            let insert_delete = result.min(diag) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest candidate to `name`, if any is close enough.
pub fn suggest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let list: Vec<&str> = candidates.into_iter().collect();
    if list.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for item in list {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.map(|(_, bd)| d < bd).unwrap_or(true) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s.to_string())
}

impl Vm {
    /// NameError for `name`, with the suggestion CPython would print
    /// (frame locals, then globals, then builtins).
    pub fn name_error(&mut self, name: &str) -> Value {
        let exc = self.exc("NameError", format!("name '{name}' is not defined"));
        let mut hint = None;
        if let Some(f) = self.cur.frames.last() {
            let locals: Vec<Rc<str>> = f.code.varnames.iter().cloned().collect();
            hint = suggest(name, locals.iter().map(|s| &**s));
            if hint.is_none() {
                let globals: Vec<Rc<str>> = f.globals.borrow().keys().cloned().collect();
                hint = suggest(name, globals.iter().map(|s| &**s));
            }
        }
        if hint.is_none() {
            let builtins: Vec<Rc<str>> = self.builtins.borrow().keys().cloned().collect();
            hint = suggest(name, builtins.iter().map(|s| &**s));
        }
        if let (Value::Instance(i), Some(h)) = (&exc, hint) {
            if let Some(mut d) = i.exc_mut() {
                d.suggestion = Some(Rc::from(h.as_str()));
            }
        }
        exc
    }

    /// AttributeError for `obj.name`; the suggestion is computed when the
    /// traceback is printed.
    pub fn attribute_error(&mut self, obj: &Value, name: &str, msg: String) -> Value {
        let exc = self.exc("AttributeError", msg);
        if let Value::Instance(i) = &exc {
            if let Some(mut d) = i.exc_mut() {
                d.attr_target = Some((obj.clone(), Rc::from(name)));
            }
        }
        exc
    }

    /// The " Did you mean: 'x'?" suffix for an uncaught exception.
    pub fn suggestion_suffix(&mut self, exc: &Value) -> String {
        let Value::Instance(i) = exc else { return String::new() };
        let (sugg, target) = match i.exc() {
            Some(d) => (d.suggestion.clone(), d.attr_target.clone()),
            None => return String::new(),
        };
        if let Some(s) = sugg {
            return format!(". Did you mean: '{s}'?");
        }
        if let Some((obj, name)) = target {
            let names = self.dir_names(&obj);
            if let Some(s) = suggest(&name, names.iter().map(|s| s.as_str())) {
                return format!(". Did you mean: '{s}'?");
            }
        }
        String::new()
    }

    /// `dir(obj)`, sorted.
    pub fn dir_names(&mut self, v: &Value) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        if let Value::Instance(i) = v {
            names.extend(i.dict.borrow().keys().map(|k| k.to_string()));
        }
        if let Value::Module(m) = v {
            names.extend(m.globals.borrow().keys().map(|k| k.to_string()));
        }
        let classes: Vec<Rc<crate::value::Class>> = match v {
            Value::Class(c) => std::iter::once(c.clone()).chain(c.mro.iter().cloned()).collect(),
            _ => {
                let cls = self.types.type_of(v);
                std::iter::once(cls.clone()).chain(cls.mro.iter().cloned()).collect()
            }
        };
        for c in classes {
            names.extend(c.dict.borrow().keys().map(|k| k.to_string()).filter(|k| k != "__new__"));
        }
        crate::order::sort(&mut names);
        names.dedup();
        names
    }
}

#[cfg(test)]
mod tests {
    use super::suggest;

    #[test]
    fn close_names_are_suggested() {
        assert_eq!(suggest("totl", ["total", "count"]), Some("total".to_string()));
        assert_eq!(suggest("uper", ["upper", "lower", "split"]), Some("upper".to_string()));
        assert_eq!(suggest("xyz", ["total", "count"]), None);
        assert_eq!(suggest("Print", ["print"]), Some("print".to_string()));
    }
}
