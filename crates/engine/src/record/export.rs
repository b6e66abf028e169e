//! The recorded run as JSON Lines (`docs/trace-schema.md`): a header, one
//! line per step, a footer. One writer for `loopscope trace --json` and
//! the page's "Export JSON", so both give the same bytes. It hands out one
//! line at a time, so a caller can stream it.

use super::history::History;
use crate::outcome::Outcome;
use crate::view::*;
use std::fmt::Write;

/// The schema's version (docs/trace-schema.md).
pub const TRACE_VERSION: u32 = 1;

/// Calls `line` with each line of the trace of `h` (no trailing newline):
/// the header, every step, the footer.
///
/// `line` returns false to stop (a size cap, a closed pipe): then this
/// returns false too, having built nothing more.
pub fn trace_json(h: &History, file: &str, mut line: impl FnMut(&str) -> bool) -> bool {
    let mut out = String::new();
    out.push_str("{\"schema\":\"loopscope-trace\",\"version\":");
    let _ = write!(out, "{TRACE_VERSION},\"file\":");
    string(&mut out, file);
    let _ = write!(out, ",\"steps\":{}}}", h.len());
    if !line(&out) {
        return false;
    }
    for k in 0..h.len() {
        out.clear();
        step_line(&mut out, h, k);
        if !line(&out) {
            return false;
        }
    }
    out.clear();
    footer(&mut out, h);
    line(&out)
}

fn step_line(out: &mut String, h: &History, k: usize) {
    let s = h.step(k);
    let lists = h.lists(&s);
    let _ = write!(out, "{{\"index\":{},\"kind\":\"{:?}\",\"clock\":", s.index, s.kind);
    number(out, s.clock);
    let _ = write!(out, ",\"iteration\":{},\"poll\":{},\"task\":", s.iteration, s.poll);
    opt_int(out, s.task);
    out.push_str(",\"line\":");
    opt_int(out, s.line);
    out.push_str(",\"narration\":");
    string(out, &s.narration);
    out.push_str(",\"ready\":");
    list(out, &lists.ready, |out, r| {
        out.push_str("{\"task\":");
        opt_int(out, r.task);
        out.push_str(",\"label\":");
        string(out, &r.label);
        out.push('}');
    });
    out.push_str(",\"timers\":");
    list(out, &lists.timers, |out, t| {
        out.push_str("{\"when\":");
        number(out, t.when);
        out.push_str(",\"task\":");
        opt_int(out, t.task);
        out.push_str(",\"label\":");
        string(out, &t.label);
        out.push('}');
    });
    out.push_str(",\"tasks\":");
    list(out, &lists.tasks, task);
    let _ = write!(out, ",\"output_lines\":{}}}", s.output_lines);
}

fn task(out: &mut String, t: &TaskView) {
    let _ = write!(out, "{{\"id\":{},\"name\":", t.id);
    string(out, &t.name);
    out.push_str(",\"coro\":");
    string(out, &t.coro);
    let _ = write!(out, ",\"state\":\"{:?}\",\"waiting_on\":", t.state);
    opt_string(out, t.waiting_on.as_deref());
    out.push_str(",\"stack\":");
    list(out, &t.stack, |out, f| {
        out.push_str("{\"function\":");
        string(out, &f.function);
        let _ = write!(out, ",\"line\":{},\"locals\":", f.line);
        list(out, &f.locals, |out, (name, repr)| {
            out.push('[');
            string(out, name);
            out.push(',');
            string(out, repr);
            out.push(']');
        });
        out.push('}');
    });
    out.push_str(",\"result\":");
    opt_string(out, t.result.as_deref());
    out.push('}');
}

fn footer(out: &mut String, h: &History) {
    let outcome = h.outcome.clone().unwrap_or(Outcome::Ok);
    let _ = write!(out, "{{\"outcome\":\"{}\",\"message\":", outcome.kind());
    string(out, &outcome.message());
    let _ = write!(out, ",\"exit_code\":{},\"output\":", outcome.exit_code());
    list(out, &h.output, |out, l| {
        out.push_str("{\"t\":");
        number(out, l.t);
        out.push_str(",\"text\":");
        string(out, &l.text);
        let _ = write!(out, ",\"step\":{}}}", l.step);
    });
    out.push_str(",\"stderr\":");
    string(out, &h.stderr);
    out.push_str(",\"warnings\":");
    list(out, &h.warnings, |out, w| match w {
        Warning::NeverAwaited { coro, line } => {
            out.push_str("{\"NeverAwaited\":{\"coro\":");
            string(out, coro);
            out.push_str(",\"line\":");
            opt_int(out, *line);
            out.push_str("}}");
        }
        Warning::BlockedLoop { what, seconds, step } => {
            out.push_str("{\"BlockedLoop\":{\"what\":");
            string(out, what);
            out.push_str(",\"seconds\":");
            number(out, *seconds);
            let _ = write!(out, ",\"step\":{step}}}}}");
        }
        Warning::UnretrievedException { task, exception } => {
            out.push_str("{\"UnretrievedException\":{\"task\":");
            string(out, task);
            out.push_str(",\"exception\":");
            string(out, exception);
            out.push_str("}}");
        }
        Warning::Deadlock { waiting } => {
            out.push_str("{\"Deadlock\":{\"waiting\":");
            list(out, waiting, |out, w| string(out, w));
            out.push_str("}}");
        }
    });
    out.push('}');
}

fn list<T>(out: &mut String, items: &[T], mut each: impl FnMut(&mut String, &T)) {
    out.push('[');
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        each(out, it);
    }
    out.push(']');
}

fn opt_int(out: &mut String, v: Option<impl std::fmt::Display>) {
    match v {
        Some(n) => {
            let _ = write!(out, "{n}");
        }
        None => out.push_str("null"),
    }
}

fn opt_string(out: &mut String, v: Option<&str>) {
    match v {
        Some(s) => string(out, s),
        None => out.push_str("null"),
    }
}

/// A JSON number: the shortest text that reads back as `x` (`1.0`,
/// `0.25`, `1e-9`); `null` for NaN and infinities, which JSON lacks.
fn number(out: &mut String, x: f64) {
    if x.is_finite() {
        let _ = write!(out, "{x:?}");
    } else {
        out.push_str("null");
    }
}

/// A JSON string (the `json` module's own quoting, UTF-8 kept).
fn string(out: &mut String, s: &str) {
    out.push_str(&crate::modules::json::quote(s, false));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_and_numbers_are_json() {
        let mut s = String::new();
        string(&mut s, "a\"b\\c\nd\u{1}é");
        assert_eq!(s, r#""a\"b\\c\nd\u0001é""#);
        let mut n = String::new();
        for x in [1.0, 0.25, 1e-9, f64::NAN] {
            number(&mut n, x);
            n.push(' ');
        }
        assert_eq!(n, "1.0 0.25 1e-9 null ");
    }
}
