//! Exceptions: creating them with CPython's messages, matching `except`
//! clauses, chaining, and rendering tracebacks as CPython prints them.

use super::{Flow, PyResult, Vm};
use crate::value::{new_attrmap, Class, ExcData, Instance, TracebackEntry, Value};
use std::cell::RefCell;
use std::rc::Rc;

impl Vm {
    /// A new exception instance of `class` with `args` (no `__init__` run).
    pub fn new_exception(&self, class: &Rc<Class>, args: Vec<Value>) -> Value {
        let data = ExcData { args, ..ExcData::default() };
        Value::Instance(Rc::new(Instance { class: class.clone(), dict: RefCell::new(new_attrmap()), exc: Some(RefCell::new(data)) }))
    }

    /// A new built-in exception `name(msg)`.
    pub fn exc(&self, name: &str, msg: impl Into<String>) -> Value {
        let class = self.types.exc(name);
        self.new_exception(&class, vec![Value::str(&msg.into())])
    }

    /// `Err(name(msg))`.
    pub fn err<T>(&self, name: &str, msg: impl Into<String>) -> PyResult<T> {
        Err(Flow::Exc(self.exc(name, msg)))
    }

    pub fn type_error<T>(&self, msg: impl Into<String>) -> PyResult<T> {
        self.err("TypeError", msg)
    }

    pub fn value_error<T>(&self, msg: impl Into<String>) -> PyResult<T> {
        self.err("ValueError", msg)
    }

    /// The Python type name of a value, as messages show it (`'int'`).
    pub fn type_name(&self, v: &Value) -> String {
        self.types.type_of(v).name.to_string()
    }

    /// Is `v` an exception instance?
    pub fn is_exception(v: &Value) -> bool {
        matches!(v, Value::Instance(i) if i.exc.is_some())
    }

    /// Does exception `exc` match `typ` (a class or a tuple of classes)?
    pub fn exc_matches(&self, exc: &Value, typ: &Value) -> PyResult<bool> {
        let cls = self.types.type_of(exc);
        match typ {
            Value::Class(c) if c.is_exception() => Ok(cls.is_subclass(c)),
            Value::Tuple(items) => {
                for it in items.iter() {
                    if self.exc_matches(exc, it)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                self.refuse_missing(typ)?;
                self.type_error("catching classes that do not inherit from BaseException is not allowed")
            }
        }
    }

    /// Is `exc` an instance of the built-in exception `name` (or a subclass)?
    pub fn exc_is(&self, exc: &Value, name: &str) -> bool {
        let cls = self.types.type_of(exc);
        match self.types.exceptions.get(name) {
            Some(target) => cls.is_subclass(target),
            None => false,
        }
    }

    /// `e.args`.
    pub fn exc_args(exc: &Value) -> Vec<Value> {
        match exc {
            Value::Instance(i) => i.exc().map(|d| d.args.clone()).unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    /// Record that `exc` passed through a frame at `line`.
    /// The program line an exception was raised at: the innermost entry
    /// of its traceback in the program's own code (not the prelude's).
    pub fn raised_line(&self, exc: &Value) -> Option<u32> {
        let Value::Instance(i) = exc else { return None };
        let d = i.exc()?;
        d.traceback.iter().find(|e| !e.code.internal).map(|e| e.line)
    }

    /// The program line running now: the innermost frame of the program's
    /// own code on the current fiber.
    pub fn learner_line(&self) -> Option<u32> {
        self.cur.frames.iter().rev().find(|f| !f.code.internal && f.line != 0).map(|f| f.line)
    }

    pub fn add_traceback(exc: &Value, code: &Rc<crate::compiler::code::Code>, line: u32) {
        if let Value::Instance(i) = exc {
            if let Some(mut d) = i.exc_mut() {
                d.traceback.push(TracebackEntry { code: code.clone(), line });
            }
        }
    }

    /// Implicit chaining: a new exception raised while `handled` is being
    /// handled gets it as `__context__` (unless that would make a cycle).
    pub fn chain_context(exc: &Value, handled: &Option<Value>) {
        let Some(h) = handled else { return };
        if h.is(exc) {
            return;
        }
        // Break cycles: if exc is already in h's context chain, cut it.
        let mut o = h.clone();
        for _ in 0..100 {
            let next = match &o {
                Value::Instance(i) => i.exc().and_then(|d| d.context.clone()),
                _ => None,
            };
            match next {
                Some(n) if n.is(exc) => {
                    if let Value::Instance(i) = &o {
                        if let Some(mut d) = i.exc_mut() {
                            d.context = None;
                        }
                    }
                    break;
                }
                Some(n) => o = n,
                None => break,
            }
        }
        if let Value::Instance(i) = exc {
            if let Some(mut d) = i.exc_mut() {
                d.context = Some(h.clone());
            }
        }
    }

    /// `str(e)` for an exception, without running Python code for the
    /// built-in cases (user `__str__` is handled by the caller).
    pub fn exc_str_builtin(&mut self, exc: &Value) -> PyResult<String> {
        // ValueError(ValueError(...)) nested deep recurses through str().
        self.enter_native(" while getting the str of an object")?;
        let s = self.exc_str_args(exc);
        self.leave_native();
        s
    }

    fn exc_str_args(&mut self, exc: &Value) -> PyResult<String> {
        let args = Vm::exc_args(exc);
        let is_key_error = self.exc_is(exc, "KeyError");
        if let Value::Instance(i) = exc {
            if let Some(d) = i.exc() {
                if let Some((msg, excs)) = &d.group {
                    let n = excs.len();
                    let msg = match msg {
                        Value::Str(s) => s.to_string(),
                        other => format!("{other:?}"),
                    };
                    return Ok(format!("{} ({} sub-exception{})", msg, n, if n == 1 { "" } else { "s" }));
                }
            }
        }
        if (2..=5).contains(&args.len()) && self.exc_is(exc, "OSError") {
            // OSError(errno, strerror[, filename]): "[Errno 2] No such file".
            let (e, s) = (self.str(&args[0])?, self.str(&args[1])?);
            return Ok(match args.get(2) {
                Some(f) if args.len() >= 3 => format!("[Errno {e}] {s}: {}", self.repr(f)?),
                _ => format!("[Errno {e}] {s}"),
            });
        }
        match args.len() {
            0 => Ok(String::new()),
            1 if is_key_error => self.repr(&args[0]),
            1 => self.str(&args[0]),
            _ => self.repr(&Value::tuple(args)),
        }
    }

    /// The last line of a traceback: `ValueError: bad`, `KeyError: 'x'`,
    /// `asyncio.exceptions.CancelledError`.
    pub fn format_exception_only(&mut self, exc: &Value) -> String {
        let cls = self.types.type_of(exc);
        let name = if &*cls.module == "builtins" || &*cls.module == "__main__" {
            cls.qualname.to_string()
        } else {
            format!("{}.{}", cls.module, cls.qualname)
        };
        let mut msg = match self.str(exc) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        };
        msg.push_str(&self.suggestion_suffix(exc));
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }

    /// The full traceback text CPython prints for an uncaught exception,
    /// with `__cause__`/`__context__` chains.
    pub fn format_traceback(&mut self, exc: &Value) -> String {
        let mut chain: Vec<(Value, &'static str)> = Vec::new();
        let mut cur = exc.clone();
        let mut seen: Vec<Value> = Vec::new();
        loop {
            if seen.iter().any(|s| s.is(&cur)) {
                break;
            }
            seen.push(cur.clone());
            let (cause, context, suppress) = match &cur {
                Value::Instance(i) => match i.exc() {
                    Some(d) => (d.cause.clone(), d.context.clone(), d.suppress_context),
                    None => (None, None, false),
                },
                _ => (None, None, false),
            };
            if let Some(c) = cause {
                chain.push((cur.clone(), "\nThe above exception was the direct cause of the following exception:\n\n"));
                cur = c;
            } else if let (Some(c), false) = (context, suppress) {
                chain.push((cur.clone(), "\nDuring handling of the above exception, another exception occurred:\n\n"));
                cur = c;
            } else {
                chain.push((cur.clone(), ""));
                break;
            }
        }
        let mut out = String::new();
        for (i, (e, _)) in chain.iter().enumerate().rev() {
            out.push_str(&self.format_one_traceback(e));
            if i > 0 {
                out.push_str(chain[i - 1].1);
            }
        }
        out
    }

    fn format_one_traceback(&mut self, exc: &Value) -> String {
        let mut out = String::new();
        let entries: Vec<TracebackEntry> = match exc {
            Value::Instance(i) => i.exc().map(|d| d.traceback.clone()).unwrap_or_default(),
            _ => Vec::new(),
        };
        if !entries.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
        }
        // A line repeated more than three times in a row is printed three
        // times, then counted (CPython's TB_RECURSIVE_CUTOFF).
        const CUTOFF: usize = 3;
        let repeated = |out: &mut String, count: usize| {
            if count > CUTOFF {
                let more = count - CUTOFF;
                out.push_str(&format!("  [Previous line repeated {more} more time{}]\n", if more > 1 { "s" } else { "" }));
            }
        };
        let mut last: Option<(u32, u32, Rc<str>)> = None;
        let mut count = 0;
        for e in entries.iter().rev() {
            let this = (e.code.source_id, e.line, e.code.name.clone());
            if last.as_ref() != Some(&this) {
                repeated(&mut out, count);
                last = Some(this);
                count = 0;
            }
            count += 1;
            if count > CUTOFF {
                continue;
            }
            let src = self.sources.get(e.code.source_id as usize);
            let (file, text) = match src {
                Some(s) => (s.name.clone(), s.lines.line_text(&s.text, e.line).trim().to_string()),
                None => ("<unknown>".to_string(), String::new()),
            };
            out.push_str(&format!("  File \"{}\", line {}, in {}\n", file, e.line, e.code.name));
            if !text.is_empty() {
                out.push_str(&format!("    {text}\n"));
            }
        }
        repeated(&mut out, count);
        out.push_str(&self.format_exception_only(exc));
        out.push('\n');
        out
    }
}
