//! `str(int)` with CPython 3.11's digit limit and `format(int, spec)`
//! (CPython's `format_long_internal`).

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};

use super::arith_int::int_to_f64;
use super::float_fmt::format_float_spec;
use super::number::{render_number, NumberParts};
use super::spec::{check_width, parse_spec, unknown_code, FormatSpec, Grouping};
use super::{PyErr, PyResult};

/// CPython 3.11's default `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: usize = 4300;

std::thread_local! {
    /// The running program's `sys.get_int_max_str_digits()` (0: no limit).
    /// The VM that runs owns the value and puts it here whenever it runs
    /// (`Vm::int_max_str_digits`), so programs run side by side keep theirs.
    static LIMIT: std::cell::Cell<usize> = const { std::cell::Cell::new(INT_MAX_STR_DIGITS) };
}

/// The limit in force (0: none).
pub fn int_digits_limit() -> usize {
    LIMIT.with(|l| l.get())
}

pub fn set_int_digits_limit(n: usize) {
    LIMIT.with(|l| l.set(n));
}

/// True when `digits` decimal digits are over the limit in force.
pub fn over_digits_limit(digits: usize) -> bool {
    let limit = int_digits_limit();
    limit != 0 && digits > limit
}

fn too_many_digits() -> PyErr {
    PyErr::value(format!(
        "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
        int_digits_limit()
    ))
}

/// `str(n)` / `repr(n)`: decimal, refusing more than 4300 digits like
/// CPython 3.11 ("Exceeds the limit (4300 digits) for integer string
/// conversion; use sys.set_int_max_str_digits() to increase the limit").
pub fn int_to_str(n: &BigInt) -> PyResult<String> {
    // A cheap bound first so that huge ints are refused without converting
    // (a decimal digit is log2(10) < 3.33 bits).
    let limit = int_digits_limit() as u64;
    if limit != 0 && n.bits() > limit * 3322 / 1000 + 10 {
        return Err(too_many_digits());
    }
    let s = n.to_string();
    let digits = s.len() - (n.sign() == Sign::Minus) as usize;
    if over_digits_limit(digits) {
        return Err(too_many_digits());
    }
    Ok(s)
}

/// Digits of `|n|` in base 2, 8, 10 or 16 (lower case, no prefix); base 10
/// is subject to the 4300-digit limit.
pub fn int_to_str_radix(n: &BigInt, base: u32) -> PyResult<String> {
    if base == 10 {
        let s = int_to_str(&n.abs())?;
        return Ok(s);
    }
    Ok(n.abs().to_str_radix(base))
}

/// `format(n, spec)` for a Python int, e.g. `format_int(&1234.into(), ",")`
/// → `"1,234"`. Float types (`e f g %` ...) convert to float first.
pub fn format_int(n: &BigInt, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return int_to_str(n);
    }
    let f = parse_spec(spec, 'd', '>', "int")?;
    format_int_spec(n, &f)
}

/// `format(n, spec)` for an int that fits an `i64`.
pub fn format_int_i64(n: i64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(n.to_string());
    }
    format_int(&BigInt::from(n), spec)
}

/// Format `n` under an already parsed spec.
pub fn format_int_spec(n: &BigInt, f: &FormatSpec) -> PyResult<String> {
    match f.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = int_to_f64(n)?;
            return format_float_spec(x, f);
        }
        t => return Err(unknown_code(t, "int")),
    }
    if f.precision != -1 {
        return Err(PyErr::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if f.no_neg_0 {
        return Err(PyErr::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    check_width(f.width)?;
    if f.ty == 'c' {
        if f.sign != '\0' {
            return Err(PyErr::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if f.alternate {
            return Err(PyErr::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let v = n
            .to_i64()
            .ok_or_else(|| PyErr::overflow("Python int too large to convert to C long"))?;
        let ch = if (0..=0x10ffff).contains(&v) {
            char::from_u32(v as u32)
        } else {
            None
        };
        // Lone surrogates cannot live in a Rust string; they are refused too.
        let ch = ch.ok_or_else(|| PyErr::overflow("%c arg not in range(0x110000)"))?;
        let rem = ch.to_string();
        return Ok(render_number(
            f,
            f.grouping,
            &NumberParts {
                negative: false,
                prefix: "",
                digits: "",
                has_decimal: false,
                remainder: &rem,
            },
        ));
    }
    let (base, prefix) = match f.ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = int_to_str_radix(n, base)?;
    if f.ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = if f.alternate { prefix } else { "" };
    let grouping = if f.ty == 'n' {
        Grouping::None
    } else {
        f.grouping
    };
    Ok(render_number(
        f,
        grouping,
        &NumberParts {
            negative: n.is_negative(),
            prefix,
            digits: &digits,
            has_decimal: false,
            remainder: "",
        },
    ))
}
