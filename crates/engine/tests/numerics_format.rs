//! format/: float repr and the format-spec mini-language against CPython
//! 3.11 tables (tools/numerics/make_format.py).

#[path = "common/numerics.rs"]
mod numerics;
use engine::internals::format::*;
use numerics::*;

#[test]
fn float_repr_matches_cpython() {
    let mut c = Checker::default();
    for r in rows("float_repr.txt") {
        c.check(&r[0], &float_repr(f(&r[0])), &r[1]);
    }
    c.finish("float_repr");
}

#[test]
fn format_float_matches_cpython() {
    let mut c = Checker::default();
    for r in rows("format_float.txt") {
        let x = f(&r[0]);
        c.check(
            &format!("format({:?}, {:?})", x, r[1]),
            &show(format_float(x, &r[1])),
            &r[2],
        );
    }
    c.finish("format_float");
}

#[test]
fn format_int_matches_cpython() {
    let mut c = Checker::default();
    for r in rows("format_int.txt") {
        let n = hexint(&r[0]);
        let what = format!("format({}, {:?})", r[0], r[1]);
        c.check(&what, &show(format_int(&n, &r[1])), &r[2]);
        if let Ok(small) = i64::try_from(&n) {
            c.check(&what, &show(format_int_i64(small, &r[1])), &r[2]);
        }
    }
    c.finish("format_int");
}

#[test]
fn format_str_matches_cpython() {
    let mut c = Checker::default();
    for r in rows("format_str.txt") {
        c.check(
            &format!("format({:?}, {:?})", r[0], r[1]),
            &show(format_str(&r[0], &r[1])),
            &r[2],
        );
    }
    c.finish("format_str");
}
