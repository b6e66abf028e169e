//! No panics and bounded work on hostile inputs: random specs, templates
//! and strings, huge widths/precisions/exponents.

use engine::internals::format::*;
use engine::internals::Random;
use num_bigint::BigInt;

fn garbage(r: &mut Random, alphabet: &[char], max: usize) -> String {
    let n = r.randbelow_u64(max as u64 + 1) as usize;
    (0..n)
        .map(|_| alphabet[r.randbelow_u64(alphabet.len() as u64) as usize])
        .collect()
}

#[test]
fn random_specs_never_panic() {
    let alphabet: Vec<char> = "<>=^+- z#0123456789,_.eEfFgGn%bcdoxXs*é\u{1}"
        .chars()
        .collect();
    let mut r = Random::new();
    let ints = [
        BigInt::from(0),
        BigInt::from(-7),
        BigInt::from(1) << 200u32,
        BigInt::from(0x10ffff),
    ];
    let floats = [0.0, -0.0, 1.5, -1e300, 5e-324, f64::INFINITY, f64::NAN];
    for _ in 0..20000 {
        let spec = garbage(&mut r, &alphabet, 12);
        for x in floats {
            let _ = format_float(x, &spec);
        }
        for n in &ints {
            let _ = format_int(n, &spec);
        }
        let _ = format_str("héllo", &spec);
    }
}

#[test]
fn random_templates_never_panic() {
    let alphabet: Vec<char> = "%()ab-+ #0123456789.*hlLdiuoxXeEfFgGcrsa%z"
        .chars()
        .collect();
    let mut r = Random::new();
    let arg = |v: PercentValue| PercentArg {
        value: v,
        type_name: "t".into(),
        str: "s".into(),
        repr: "'s'".into(),
        ascii: "'s'".into(),
    };
    for _ in 0..20000 {
        let t = garbage(&mut r, &alphabet, 10);
        let tuple = PercentArgs::Tuple(vec![
            arg(PercentValue::Int(BigInt::from(3))),
            arg(PercentValue::Float(2.5)),
            arg(PercentValue::Str("x".into())),
        ]);
        let _ = percent_format(&t, &tuple);
        let map = PercentArgs::Mapping {
            itself: arg(PercentValue::Other),
            entries: vec![("a".into(), arg(PercentValue::Int(BigInt::from(-1))))],
        };
        let _ = percent_format(&t, &map);
    }
}

#[test]
fn random_literals_never_panic() {
    let alphabet: Vec<char> = "0123456789abcdefxXoObB_+-. eEinfatyINF\t٣１"
        .chars()
        .collect();
    let mut r = Random::new();
    for _ in 0..20000 {
        let s = garbage(&mut r, &alphabet, 12);
        for base in [0, 2, 8, 10, 16, 36] {
            let _ = parse_int(&s, base);
        }
        let _ = parse_float(&s);
    }
}

#[test]
fn huge_sizes_are_refused_not_allocated() {
    assert_eq!(
        format_float(1.0, ".3000000000f").unwrap_err().msg,
        "precision too big"
    );
    assert_eq!(
        format_float(1.0, ".2000000f").unwrap_err().msg,
        "precision too big"
    );
    assert_eq!(
        format_int(&BigInt::from(1), "2000000000d").unwrap_err().msg,
        "width too big"
    );
    assert_eq!(
        format_str("x", "9999999999").unwrap_err().msg,
        "width too big"
    );
    let big = PercentArgs::Tuple(vec![
        PercentArg {
            value: PercentValue::Int(BigInt::from(1) << 40u32),
            type_name: "int".into(),
            str: String::new(),
            repr: String::new(),
            ascii: String::new(),
        };
        2
    ]);
    assert!(percent_format("%*d", &big).is_err());
    assert!(percent_format("%.*f", &big).is_err());
    assert!(int_pow(&BigInt::from(3), &BigInt::from(1u64 << 40)).is_err());
    let huge = BigInt::from(1) << 5_000_000u32;
    assert!(int_to_str(&huge).is_err());
    assert!(int_true_div(&huge, &BigInt::from(3)).is_err());
    assert_eq!(int_true_div(&BigInt::from(3), &huge).unwrap(), 0.0);
    assert!(Random::new().getrandbits_checked(1 << 40).is_err());
    assert_eq!(
        round_int(&BigInt::from(12345), -1_000_000_000_000),
        BigInt::from(0)
    );
    assert!(format_float(1e300, ".999999f").is_ok());
}

#[test]
fn spec_examples() {
    assert_eq!(format_float(0.125, ".2f").unwrap(), "0.12");
    assert_eq!(format_float(1.75, "06.1f").unwrap(), "0001.8");
    assert_eq!(format_float(0.03125, ".1%").unwrap(), "3.1%");
    assert_eq!(format_float(2.675, ".2f").unwrap(), "2.67");
    assert_eq!(float_repr(1e-5), "1e-05");
    assert_eq!(float_repr(1e16), "1e+16");
    assert_eq!(float_repr(100.0), "100.0");
    assert_eq!(float_repr(-0.0), "-0.0");
    assert_eq!(round_float_digits(2.675, 2).unwrap(), 2.67);
}
