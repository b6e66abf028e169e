//! The `template % args` driver: walks a parsed template over the
//! arguments exactly in CPython's order and raises CPython's errors.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::arith_float::float_to_int;
use super::arith_int::int_to_f64;
use super::percent::{
    parse_percent, percent_char, percent_char_code, percent_float, percent_int, percent_str,
    unsupported_char, PercentArgKey, PercentConv, PercentCount, PercentItem,
};
use super::{PyErr, PyResult, MAX_FORMAT_WIDTH};

/// What kind of value an argument is, as far as `%` cares.
#[derive(Clone, Debug, PartialEq)]
pub enum PercentValue {
    /// An int (a bool is `Int(0|1)` with `str` "True"/"False").
    Int(BigInt),
    Float(f64),
    Str(String),
    /// Anything else (list, None, ...): only `%s %r %a` accept it.
    Other,
}

/// One argument: its value plus the `str()`, `repr()` and `ascii()` texts
/// and type name the interpreter computed.
#[derive(Clone, Debug, PartialEq)]
pub struct PercentArg {
    pub value: PercentValue,
    pub type_name: String,
    pub str: String,
    pub repr: String,
    pub ascii: String,
}

/// The right operand of `%`.
#[derive(Clone, Debug, PartialEq)]
pub enum PercentArgs {
    /// A tuple: its items are the positional arguments.
    Tuple(Vec<PercentArg>),
    /// A single non-tuple, non-mapping value.
    Single(PercentArg),
    /// A mapping (dict; CPython also treats any non-tuple, non-str object
    /// with `__getitem__`, e.g. a list, this way): `%(key)s` looks up
    /// `entries` (str keys), a plain `%s` uses the mapping itself.
    Mapping {
        itself: PercentArg,
        entries: Vec<(String, PercentArg)>,
    },
}

struct Cursor<'a> {
    args: &'a PercentArgs,
    /// Current argument list: `None` while it is a single object.
    current: Option<&'a [PercentArg]>,
    single: Option<&'a PercentArg>,
    idx: i64,
    len: i64,
}

impl<'a> Cursor<'a> {
    fn next(&mut self) -> PyResult<&'a PercentArg> {
        if self.idx < self.len {
            let i = self.idx;
            self.idx += 1;
            return Ok(match (self.current, self.single) {
                (Some(items), _) if self.len >= 0 => &items[i as usize],
                (_, Some(one)) => one,
                _ => unreachable!(),
            });
        }
        Err(PyErr::type_err("not enough arguments for format string"))
    }
}

fn star_value(arg: &PercentArg, ssize: bool) -> PyResult<i64> {
    match &arg.value {
        PercentValue::Int(n) => n
            .to_i64()
            .filter(|v| ssize || (i32::MIN as i64..=i32::MAX as i64).contains(v))
            .ok_or_else(|| {
                PyErr::overflow(if ssize {
                    "Python int too large to convert to C ssize_t"
                } else {
                    "Python int too large to convert to C int"
                })
            }),
        _ => Err(PyErr::type_err("* wants int")),
    }
}

/// `template % args` with CPython's results and errors ("not enough
/// arguments for format string", "not all arguments converted during string
/// formatting", "%d format: a real number is required, not str",
/// "unsupported format character 'z' (0x7a) at index 3", ...).
/// A missing mapping key is `PyErr { kind: "KeyError", msg: repr(key) }`.
pub fn percent_format(template: &str, args: &PercentArgs) -> PyResult<String> {
    let is_mapping = matches!(args, PercentArgs::Mapping { .. });
    let mut cur = match args {
        PercentArgs::Tuple(items) => Cursor {
            args,
            current: Some(items),
            single: None,
            idx: 0,
            len: items.len() as i64,
        },
        PercentArgs::Single(a) => Cursor {
            args,
            current: None,
            single: Some(a),
            idx: -2,
            len: -1,
        },
        PercentArgs::Mapping { itself, .. } => Cursor {
            args,
            current: None,
            single: Some(itself),
            idx: -2,
            len: -1,
        },
    };
    let mut out = String::new();
    for item in parse_percent(template) {
        let spec = match item {
            PercentItem::Literal(s) => {
                out.push_str(&s);
                continue;
            }
            PercentItem::Error(e) => {
                if e.msg == "incomplete format key" && !is_mapping {
                    return Err(PyErr::type_err("format requires a mapping"));
                }
                return Err(e);
            }
            PercentItem::Spec(s) => s,
        };
        if let PercentArgKey::Mapping(key) = &spec.key {
            let PercentArgs::Mapping { entries, .. } = cur.args else {
                return Err(PyErr::type_err("format requires a mapping"));
            };
            let found = entries.iter().find(|(k, _)| k == key).map(|(_, v)| v);
            let v = found.ok_or_else(|| PyErr {
                kind: "KeyError",
                msg: super::parse::py_str_repr(key),
            })?;
            cur.current = None;
            cur.single = Some(v);
            cur.idx = -2;
            cur.len = -1;
        }
        let mut c = PercentConv {
            ljust: spec.ljust,
            plus: spec.plus,
            blank: spec.blank,
            alt: spec.alt,
            zero: spec.zero,
            width: -1,
            prec: -1,
            conv: spec.conv,
        };
        match spec.width {
            PercentCount::None => {}
            PercentCount::Value(v) => c.width = v,
            PercentCount::Star => {
                let w = star_value(cur.next()?, true)?;
                if w < 0 {
                    c.ljust = true;
                }
                c.width = w.saturating_abs();
            }
        }
        match spec.precision {
            PercentCount::None => {}
            PercentCount::Value(v) => c.prec = v,
            PercentCount::Star => c.prec = star_value(cur.next()?, false)?.max(0),
        }
        let arg = cur.next()?;
        if c.width > MAX_FORMAT_WIDTH {
            return Err(PyErr::value("width too big"));
        }
        let piece = match c.conv {
            's' => percent_str(&arg.str, &c),
            'r' => percent_str(&arg.repr, &c),
            'a' => percent_str(&arg.ascii, &c),
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let n = match &arg.value {
                    PercentValue::Int(n) => n.clone(),
                    PercentValue::Float(x) if !matches!(c.conv, 'o' | 'x' | 'X') => {
                        float_to_int(*x)?
                    }
                    _ => {
                        let what = if matches!(c.conv, 'o' | 'x' | 'X') {
                            "an integer"
                        } else {
                            "a real number"
                        };
                        return Err(PyErr::type_err(format!(
                            "%{} format: {} is required, not {}",
                            c.conv, what, arg.type_name
                        )));
                    }
                };
                percent_int(&n, &c)?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = match &arg.value {
                    PercentValue::Float(x) => *x,
                    PercentValue::Int(n) => int_to_f64(n)?,
                    _ => {
                        return Err(PyErr::type_err(format!(
                            "must be real number, not {}",
                            arg.type_name
                        )))
                    }
                };
                percent_float(x, &c)?
            }
            'c' => {
                let ch = match &arg.value {
                    PercentValue::Str(s) if s.chars().count() == 1 => {
                        s.chars().next().unwrap_or(' ')
                    }
                    PercentValue::Int(n) => {
                        if n.is_negative() || n.bits() > 64 {
                            return Err(PyErr::overflow("%c arg not in range(0x110000)"));
                        }
                        percent_char_code(n)?
                    }
                    _ => return Err(PyErr::type_err("%c requires int or char")),
                };
                percent_char(ch, &c)
            }
            other => return Err(unsupported_char(other, spec.index)),
        };
        out.push_str(&piece);
        if is_mapping && cur.idx < cur.len {
            return Err(PyErr::type_err(
                "not all arguments converted during string formatting",
            ));
        }
    }
    if cur.idx < cur.len && !is_mapping {
        return Err(PyErr::type_err(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}
