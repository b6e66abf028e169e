//! `format(float, spec)` (CPython's `format_float_internal`).

use super::number::{render_number, NumberParts};
use super::float_repr::{double_to_string, float_repr, DtoaFlags};
use super::spec::{check_width, parse_spec, unknown_code, FormatSpec, Grouping};
use super::{PyErr, PyResult, MAX_FORMAT_WIDTH};

/// `format(x, spec)` for a Python float, e.g. `format_float(1.75, "06.1f")`
/// → `"0001.8"`. An empty spec gives `repr(x)`.
pub fn format_float(x: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let f = parse_spec(spec, '\0', '>', "float")?;
    format_float_spec(x, &f)
}

/// Format `x` under an already parsed spec (also used for ints formatted
/// with a float presentation type).
pub fn format_float_spec(x: f64, f: &FormatSpec) -> PyResult<String> {
    if !matches!(f.ty, '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
        return Err(unknown_code(f.ty, "float"));
    }
    if f.precision > i32::MAX as i64 || f.precision > MAX_FORMAT_WIDTH {
        return Err(PyErr::value("precision too big"));
    }
    check_width(f.width)?;
    let mut flags = DtoaFlags {
        alt: f.alternate,
        no_neg_0: f.no_neg_0,
        ..Default::default()
    };
    let mut ty = f.ty;
    let mut default_precision = 6;
    if ty == '\0' {
        flags.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = x;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let mut precision = f.precision;
    if precision < 0 {
        precision = default_precision;
    } else if ty == 'r' {
        ty = 'g';
    }
    let mut buf = double_to_string(val, ty, precision, flags);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let int_end = body
        .bytes()
        .position(|b| !b.is_ascii_digit())
        .unwrap_or(body.len());
    let digits = &body[..int_end];
    let has_decimal = body[int_end..].starts_with('.');
    let remainder = if has_decimal {
        &body[int_end + 1..]
    } else {
        &body[int_end..]
    };
    let grouping = if f.ty == 'n' {
        Grouping::None
    } else {
        f.grouping
    };
    Ok(render_number(
        f,
        grouping,
        &NumberParts {
            negative,
            prefix: "",
            digits,
            has_decimal,
            remainder,
        },
    ))
}
