//! format/: %-formatting, int()/float() parsing, round and arithmetic
//! helpers against CPython 3.11 tables (tools/numerics/make_arith.py).

#[path = "common/numerics.rs"]
mod numerics;
use engine::internals::format::*;
use num_bigint::BigInt;
use numerics::*;

fn hx(n: &BigInt) -> String {
    let s = n.magnitude().to_str_radix(16);
    if n < &BigInt::from(0) {
        format!("-0x{s}")
    } else {
        format!("0x{s}")
    }
}

fn fb(x: f64) -> String {
    format!("{:016x}", x.to_bits())
}

fn arg(field: &str) -> PercentArg {
    let p: Vec<&str> = field.split('\x1e').collect();
    let value = match p[0] {
        "i" => PercentValue::Int(hexint(p[1])),
        "f" => PercentValue::Float(f(p[1])),
        "s" => PercentValue::Str(p[1].to_string()),
        _ => PercentValue::Other,
    };
    PercentArg {
        value,
        type_name: p[2].into(),
        str: p[3].into(),
        repr: p[4].into(),
        ascii: p[5].into(),
    }
}

#[test]
fn percent_matches_cpython() {
    let mut c = Checker::default();
    for r in rows("percent.txt") {
        let args = match r[2].as_str() {
            "T" => PercentArgs::Tuple(r[3..].iter().map(|a| arg(a)).collect()),
            "S" => PercentArgs::Single(arg(&r[3])),
            _ => PercentArgs::Mapping {
                itself: arg(&r[3]),
                entries: r[4..]
                    .iter()
                    .map(|kv| {
                        let (k, v) = kv.split_once('=').unwrap();
                        (k.to_string(), arg(v))
                    })
                    .collect(),
            },
        };
        let want = r[1].clone();
        c.check(
            &format!("{:?} % {:?}", r[0], &r[2..]),
            &show(percent_format(&r[0], &args)),
            &want,
        );
    }
    c.finish("percent");
}

#[test]
fn parse_int_matches_cpython() {
    let mut c = Checker::default();
    for r in rows("parse_int.txt") {
        let base: u32 = r[1].parse().unwrap();
        c.check(
            &format!("int({:?}, {base})", r[0]),
            &show(parse_int(&r[0], base).map(|n| hx(&n))),
            &r[2],
        );
    }
    c.finish("parse_int");
}

#[test]
fn parse_float_matches_cpython() {
    let mut c = Checker::default();
    for r in rows("parse_float.txt") {
        let got = show(parse_float(&r[0]).map(fb));
        // NaN payload/sign bits are not observable from Python; compare NaN-ness.
        let want_nan = r[1].len() == 16 && f(&r[1]).is_nan();
        let got_nan = got.len() == 16 && f(&got).is_nan();
        if want_nan || got_nan {
            c.check(
                &format!("float({:?})", r[0]),
                &got_nan.to_string(),
                &want_nan.to_string(),
            );
        } else {
            c.check(&format!("float({:?})", r[0]), &got, &r[1]);
        }
    }
    c.finish("parse_float");
}

fn nanfix(s: String) -> String {
    // Python cannot observe NaN sign/payload: normalise NaN bit patterns.
    s.split(' ')
        .map(|w| match u64::from_str_radix(w, 16) {
            Ok(b) if w.len() == 16 && f64::from_bits(b).is_nan() => "nan".to_string(),
            _ => w.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn arith_matches_cpython() {
    let mut c = Checker::default();
    for r in rows("arith.txt") {
        let (op, a, b, want) = (r[0].as_str(), r[1].as_str(), r[2].as_str(), r[3].as_str());
        let got = match op {
            "round" => {
                let x = f(a);
                if b == "None" {
                    show(round_float_to_int(x).map(|n| hx(&n)))
                } else {
                    show(round_float_digits(x, b.parse().unwrap()).map(fb))
                }
            }
            "int" => show(float_to_int(f(a)).map(|n| hx(&n))),
            "floor" => show(float_floor(f(a)).map(|n| hx(&n))),
            "ceil" => show(float_ceil(f(a)).map(|n| hx(&n))),
            "is_integer" => (if float_is_integer(f(a)) {
                "True"
            } else {
                "False"
            })
            .to_string(),
            "fdiv" => show(float_div(f(a), f(b)).map(fb)),
            "ffloordiv" => show(float_floordiv(f(a), f(b)).map(fb)),
            "fmod" => show(float_mod(f(a), f(b)).map(fb)),
            "fdivmod" => {
                show(float_divmod(f(a), f(b)).map(|(q, m)| format!("{} {}", fb(q), fb(m))))
            }
            "fpow" => match float_pow(f(a), f(b)) {
                Err(e) if e.kind == "UnsupportedComplex" => "!UnsupportedComplex: complex".into(),
                r => show(r.map(fb)),
            },
            "int_to_f64" => show(int_to_f64(&hexint(a)).map(fb)),
            "truediv" => show(int_true_div(&hexint(a), &hexint(b)).map(fb)),
            "floordiv" => show(int_floordiv(&hexint(a), &hexint(b)).map(|n| hx(&n))),
            "mod" => show(int_mod(&hexint(a), &hexint(b)).map(|n| hx(&n))),
            "divmod" => show(
                int_divmod(&hexint(a), &hexint(b)).map(|(q, m)| format!("{} {}", hx(&q), hx(&m))),
            ),
            "pow" => show(int_pow(&hexint(a), &hexint(b)).map(|p| match p {
                IntPow::Int(n) => hx(&n),
                IntPow::Float(x) => fb(x),
            })),
            "powmod" => {
                let (e, m) = b.split_once(' ').unwrap();
                show(int_pow_mod(&hexint(a), &hexint(e), &hexint(m)).map(|n| hx(&n)))
            }
            "round_int" => hx(&round_int(&hexint(a), b.parse().unwrap())),
            "bit_length" => int_bit_length(&hexint(a)).to_string(),
            "str" => show(int_to_str(&hexint(a))),
            _ => panic!("unknown op {op}"),
        };
        c.check(
            &format!("{op}({a}, {b})"),
            &nanfix(got),
            &nanfix(want.to_string()),
        );
    }
    c.finish("arith");
}
