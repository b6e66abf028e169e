//! `repr(float)` and CPython's `PyOS_double_to_string`, the common back end
//! of `repr`, `format()` and `%`-formatting of floats.

use super::digits::{fixed_digits, shortest_digits, sig_digits, Digits};

/// Options of [`double_to_string`] (CPython's `Py_DTSF_*` flags).
#[derive(Clone, Copy, Debug, Default)]
pub struct DtoaFlags {
    /// Always write a sign (`+` for non-negative values).
    pub sign: bool,
    /// Append `.0` to integral results written without an exponent.
    pub add_dot_0: bool,
    /// Alternate form (`#`): keep the decimal point and trailing zeros.
    pub alt: bool,
    /// `z`: turn a negative zero result into a positive one.
    pub no_neg_0: bool,
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`.
/// `code` is one of `e E f F g G r` (`r` = repr, precision ignored).
pub fn double_to_string(x: f64, code: char, precision: i64, flags: DtoaFlags) -> String {
    let upper = matches!(code, 'E' | 'F' | 'G');
    let code = code.to_ascii_lowercase();
    let mut out = String::new();
    if x.is_nan() {
        if flags.sign {
            out.push('+');
        }
        out.push_str(if upper { "NAN" } else { "nan" });
        return out;
    }
    let negative = x.is_sign_negative();
    if x.is_infinite() {
        if negative {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(if upper { "INF" } else { "inf" });
        return out;
    }
    let mut precision = precision;
    let d: Digits = match code {
        'e' => {
            precision += 1;
            sig_digits(x, precision)
        }
        'f' => fixed_digits(x, precision),
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            sig_digits(x, precision)
        }
        _ => shortest_digits(x),
    };
    let digits = &d.digits;
    let dlen = digits.len() as i64;
    let mut decpt = d.decpt;
    let mut sign = negative;
    if flags.no_neg_0 && sign && (dlen == 0 || (dlen == 1 && digits[0] == b'0')) {
        sign = false;
    }
    let mut use_exp = false;
    let mut vend = dlen;
    match code {
        'e' => {
            use_exp = true;
            vend = precision;
        }
        'f' => vend = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vend = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0i64;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vend = vend.max(decpt + 1);
    } else {
        vend = vend.max(decpt);
    }
    if sign {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    if decpt <= 0 {
        zeros(&mut out, decpt - vstart);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vstart);
    }
    let push_digits = |out: &mut String, ds: &[u8]| {
        for &c in ds {
            out.push(c as char);
        }
    };
    if 0 < decpt && decpt <= dlen {
        push_digits(&mut out, &digits[..decpt as usize]);
        out.push('.');
        push_digits(&mut out, &digits[decpt as usize..]);
    } else {
        push_digits(&mut out, digits);
    }
    if dlen < decpt {
        zeros(&mut out, decpt - dlen);
        out.push('.');
        zeros(&mut out, vend - decpt);
    } else {
        zeros(&mut out, vend - dlen);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        if exp < 0 {
            out.push('-');
        } else {
            out.push('+');
        }
        let a = exp.unsigned_abs();
        if a < 10 {
            out.push('0');
        }
        out.push_str(&a.to_string());
    }
    out
}

/// `repr(x)` / `str(x)` of a Python float: shortest round-trip digits,
/// exponent form below 1e-4 and from 1e16 up (`1e-05`, `1e+16`, `0.1`,
/// `100.0`, `inf`, `-inf`, `nan`, `-0.0`).
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtoaFlags {
            add_dot_0: true,
            ..Default::default()
        },
    )
}
