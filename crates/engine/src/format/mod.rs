//! Python's number and string formatting, bit for bit with CPython 3.11:
//! float `repr`, the format-spec mini-language (`format()` / f-strings),
//! old-style `%` formatting, `int()` / `float()` parsing, and the numeric
//! helpers behind `round`, `/`, `//`, `%`, `divmod`, `**` and friends.
//!
//! Everything here is a plain function over Rust types (`f64`, `i64`,
//! `BigInt`, `&str`); errors come back as [`PyErr`] carrying the CPython
//! exception class name and message.

pub mod arith_float;
pub mod arith_int;
pub mod atof;
pub mod digits;
pub mod float_fmt;
pub mod int_fmt;
pub mod number;
pub mod parse;
pub mod percent;
pub mod percent_run;
pub mod float_repr;
pub mod round;
pub mod spec;
pub mod str_fmt;

pub use arith_float::*;
pub use arith_int::*;
pub use float_fmt::format_float;
pub use int_fmt::{format_int, format_int_i64, int_digits_limit, int_to_str, int_to_str_radix, set_int_digits_limit, INT_MAX_STR_DIGITS};
pub use parse::{parse_float, parse_int};
pub use percent::{
    parse_percent, percent_char, percent_float, percent_int, percent_str, PercentArgKey,
    PercentCount, PercentItem, PercentSpec,
};
pub use percent_run::{percent_format, PercentArg, PercentArgs, PercentValue};
pub use float_repr::float_repr;
pub use round::{round_float, round_float_digits, round_float_to_int, round_int, Rounded};
pub use spec::{parse_spec, FormatSpec};
pub use str_fmt::format_str;

/// A Python exception raised by one of these helpers: `kind` is the class
/// name (`"ValueError"`, `"OverflowError"`, `"ZeroDivisionError"`,
/// `"TypeError"`, or `"UnsupportedComplex"` for results CPython would return
/// as a `complex`, which Loopscope does not model), `msg` is CPython's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PyErr {
    pub kind: &'static str,
    pub msg: String,
}

impl PyErr {
    /// A `ValueError` with the given message.
    pub fn value(msg: impl Into<String>) -> PyErr {
        PyErr {
            kind: "ValueError",
            msg: msg.into(),
        }
    }
    /// An `OverflowError` with the given message.
    pub fn overflow(msg: impl Into<String>) -> PyErr {
        PyErr {
            kind: "OverflowError",
            msg: msg.into(),
        }
    }
    /// A `ZeroDivisionError` with the given message.
    pub fn zero_div(msg: impl Into<String>) -> PyErr {
        PyErr {
            kind: "ZeroDivisionError",
            msg: msg.into(),
        }
    }
    /// A `TypeError` with the given message.
    pub fn type_err(msg: impl Into<String>) -> PyErr {
        PyErr {
            kind: "TypeError",
            msg: msg.into(),
        }
    }
    /// CPython would have produced a `complex` here (e.g. `(-8.0) ** (1/3)`).
    pub fn unsupported_complex(msg: impl Into<String>) -> PyErr {
        PyErr {
            kind: "UnsupportedComplex",
            msg: msg.into(),
        }
    }
}

impl std::fmt::Display for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind, self.msg)
    }
}

/// Result type of every fallible helper in this module.
pub type PyResult<T> = Result<T, PyErr>;

/// Loopscope's own cap on format widths and precisions (CPython accepts up to
/// `sys.maxsize` and then runs out of memory); past it we raise
/// `ValueError("width too big")` / `ValueError("precision too big")`.
pub const MAX_FORMAT_WIDTH: i64 = 1_000_000;

/// `12,345`: an integer with its thousands grouped by commas.
pub fn group_thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}
