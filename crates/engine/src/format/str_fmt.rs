//! `format(str, spec)` (CPython's `format_string_internal`).

use super::number::calc_padding;
use super::spec::{check_width, parse_spec, unknown_code};
use super::{PyErr, PyResult};

/// `format(s, spec)` for a Python str: fill/align, width, `.precision`
/// truncation, types `s` and none.
pub fn format_str(s: &str, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let f = parse_spec(spec, 's', '<', "str")?;
    if f.ty != 's' {
        return Err(unknown_code(f.ty, "str"));
    }
    if f.sign == ' ' {
        return Err(PyErr::value("Space not allowed in string format specifier"));
    }
    if f.sign != '\0' {
        return Err(PyErr::value("Sign not allowed in string format specifier"));
    }
    if f.no_neg_0 {
        return Err(PyErr::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if f.alternate {
        return Err(PyErr::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if f.align == '=' {
        return Err(PyErr::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    check_width(f.width)?;
    let mut len = s.chars().count() as i64;
    let mut body: &str = s;
    if f.precision >= 0 && len >= f.precision {
        len = f.precision;
        let cut = s
            .char_indices()
            .nth(len as usize)
            .map(|(i, _)| i)
            .unwrap_or(s.len());
        body = &s[..cut];
    }
    let (left, right) = calc_padding(len, f.width, f.align);
    let mut out = String::with_capacity(body.len() + (left + right) as usize);
    for _ in 0..left {
        out.push(f.fill);
    }
    out.push_str(body);
    for _ in 0..right {
        out.push(f.fill);
    }
    Ok(out)
}
