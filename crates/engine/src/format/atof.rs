//! Decimal text to `f64`, correctly rounded (half to even): what
//! `str::parse::<f64>` returns, for the same inputs, without the standard
//! library's 10 KB table of powers of five (this crate already carries big
//! integers). Exact small cases take Clinger's fast path; the rest divide
//! or multiply big integers, which is slower but rare (literals and
//! `float()` of long or extreme decimals, and the half-way checks of
//! 16/17-digit reprs).

use num_bigint::BigUint;
use num_integer::Integer;
use num_traits::{Pow, ToPrimitive, Zero};

/// `s.parse::<f64>().ok()`: an optional sign, then `inf`, `infinity` or
/// `nan` in any case, or digits with an optional `.` (at least one digit
/// in all) and an optional exponent (`e`/`E`, optional sign, digits).
pub fn parse_f64(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let (neg, b) = match b.first() {
        Some(b'-') => (true, &b[1..]),
        Some(b'+') => (false, &b[1..]),
        _ => (false, b),
    };
    let v = if b.eq_ignore_ascii_case(b"inf") || b.eq_ignore_ascii_case(b"infinity") {
        f64::INFINITY
    } else if b.eq_ignore_ascii_case(b"nan") {
        f64::NAN
    } else {
        decimal(b)?
    };
    Some(if neg { -v } else { v })
}

/// The powers of ten that are exact doubles.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22,
];

/// The value of an unsigned decimal.
fn decimal(b: &[u8]) -> Option<f64> {
    // value = digits × 10^exp, digits without leading zeros.
    let mut digits: Vec<u8> = Vec::new();
    let mut exp: i64 = 0;
    let mut seen = false;
    let mut i = 0;
    let mut frac = false;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() {
            seen = true;
            if !(digits.is_empty() && c == b'0') {
                digits.push(c);
            }
            if frac {
                exp -= 1;
            }
        } else if c == b'.' && !frac {
            frac = true;
        } else {
            break;
        }
        i += 1;
    }
    if !seen {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        let eneg = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        let mut e: i64 = 0;
        while i < b.len() && b[i].is_ascii_digit() {
            e = (e * 10 + (b[i] - b'0') as i64).min(1 << 40);
            i += 1;
        }
        if i == start {
            return None;
        }
        exp += if eneg { -e } else { e };
    }
    if i != b.len() {
        return None;
    }
    while digits.last() == Some(&b'0') {
        digits.pop();
        exp += 1;
    }
    if digits.is_empty() {
        return Some(0.0);
    }
    // The value lies in [10^(n+exp-1), 10^(n+exp)).
    let magnitude = digits.len() as i64 + exp;
    if magnitude > 310 {
        return Some(f64::INFINITY);
    }
    if magnitude < -330 {
        return Some(0.0);
    }
    if digits.len() <= 15 && exp.abs() <= 22 {
        // Both operands exact: one IEEE operation rounds correctly.
        let d = digits.iter().fold(0u64, |a, &c| a * 10 + (c - b'0') as u64) as f64;
        let p = POW10[exp.unsigned_abs() as usize];
        return Some(if exp < 0 { d / p } else { d * p });
    }
    let d = BigUint::parse_bytes(&digits, 10)?;
    let ten = BigUint::from(10u32);
    if exp >= 0 {
        Some(round_to_f64(d * ten.pow(exp as u32), 0, false))
    } else {
        let p: BigUint = ten.pow((-exp) as u32);
        // Enough quotient bits (>= 55) for the rounding decision.
        let s = (55 + p.bits() as i64 - d.bits() as i64).max(0);
        let (q, r) = (d << s as usize).div_rem(&p);
        Some(round_to_f64(q, -s, !r.is_zero()))
    }
}

/// The double nearest to (q + f) × 2^e2, where 0 < f < 1 if `sticky`
/// (else f = 0), ties to even. With `sticky`, q has at least 55 bits.
fn round_to_f64(q: BigUint, e2: i64, sticky: bool) -> f64 {
    let len = q.bits() as i64;
    if len == 0 {
        return 0.0;
    }
    if len + e2 > 1024 {
        return f64::INFINITY;
    }
    // Exponent of the last mantissa bit: 53 bits, or fewer when subnormal.
    let mut target = (len + e2 - 53).max(-1074);
    let shift = target - e2;
    let mut m = if shift <= 0 {
        q.to_u64().unwrap_or(0) << (-shift)
    } else {
        let shift = shift as usize;
        let m = &q >> shift;
        let rem = &q - (&m << shift);
        let half = BigUint::from(1u32) << (shift - 1);
        let m = m.to_u64().unwrap_or(0);
        let up = rem > half || (rem == half && (sticky || m & 1 == 1));
        m + up as u64
    };
    if m == 1 << 53 {
        m >>= 1;
        target += 1;
    }
    if m < 1 << 52 {
        // Subnormal (target is -1074), or zero.
        return f64::from_bits(m);
    }
    let biased = target + 52 + 1023;
    if biased >= 2047 {
        return f64::INFINITY;
    }
    f64::from_bits(((biased as u64) << 52) | (m & ((1 << 52) - 1)))
}

#[cfg(test)]
mod tests {
    use super::parse_f64;

    fn same(s: &str) {
        let ours = parse_f64(s);
        let std = s.parse::<f64>().ok();
        match (ours, std) {
            (Some(a), Some(b)) => assert!(a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan() && a.is_sign_negative() == b.is_sign_negative()), "{s:?}: {a:e} vs {b:e}"),
            (a, b) => assert_eq!(a.is_some(), b.is_some(), "{s:?}: accepted {:?} vs {:?}", a, b),
        }
    }

    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn edge_cases_match_std() {
        for s in [
            "0", "0.0", "-0.0", "+0", "1", "1.", ".5", ".", "", "-", "+", "e5", "1e", "1e+", "1e-", "1e5", "1E5", "1e+5",
            "1.5e-5", "inf", "-inf", "+INF", "Infinity", "-iNfInItY", "infinit", "nan", "-nan", "NaN", "+nAn", "nan1",
            "1..2", "1.2.3", "1e5.5", " 1", "1 ", "1_0", "0x10", "9007199254740993", "9007199254740992.5",
            "9007199254740993.0000000000000000001", "2.4703282292062327e-324", "2.4703282292062328e-324",
            "4.9406564584124654e-324", "2.2250738585072011e-308", "2.2250738585072014e-308",
            "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e308", "1e309",
            "1e-400", "1e400", "0e999999999999999", "1e-999999999999999", "1e999999999999999",
            "0.30000000000000004", "0.1", "0.2", "123456789012345678901234567890", "3.14159265358979323846264338327950288",
            "1e23", "8.589973e9", "7.0e-10", "5e-324", "4e-324", "3e-324", "2e-324", "1e-323", "00000.00001e5",
            "100000000000000000000000", "1e22", "1e-22", "123456789012345e-22", "123456789012345e22",
        ] {
            same(s);
        }
        // Exactly half-way between two doubles, with many digits.
        same("2.470328229206232720882538124808558664741305298881280761718750e-324");
        same(&format!("{}e-1074", "4940656458412465441765687928682213723650598026143247644255856825006755072702087518652998363616359923797965646954457177309266567103559397963987747960107818781263007131903114045278458171678489821036887186360569987307230500063874091535649843873124733972731696151400317153853980741262385655911710266585566867681870395603106249319452715914924553293054565444011274801297099995419319894090804165633245247571478690147267801593552386115501348035264934720193790268107107491703332226844753335720832431936092382893458368060106011506169809753078342277318329247904982524730776375927247874656084778203734469699533647017972677717585125660551199131504891101451037862738167250955837389733598993664809941164205702637090279242767544565229087538682506419718265533447265625"));
        same("1797693134862315708145274237317043567980705675258449965989174768031572607800285387605895586327668781715404589535143824642343213268894641827684675467035375169860499105765512820762454900903893289440758685084551339423045832369032229481658085593321233482747978262041447231687381771809192998812504040261841248583679.9");
    }

    #[test]
    fn random_decimals_match_std() {
        let mut seed = 12345;
        for _ in 0..200_000 {
            let n = 1 + lcg(&mut seed) as usize % 25;
            let mut s = String::new();
            for k in 0..n {
                let d = if k == 0 { 1 + lcg(&mut seed) % 9 } else { lcg(&mut seed) % 10 };
                s.push((b'0' + d as u8) as char);
            }
            let dot = lcg(&mut seed) as usize % (n + 1);
            if lcg(&mut seed) % 2 == 0 {
                s.insert(dot, '.');
            }
            let e = lcg(&mut seed) as i64 % 700 - 350;
            same(&format!("{s}e{e}"));
            same(&s);
        }
    }

    #[test]
    fn random_doubles_round_trip_like_std() {
        let mut seed = 99;
        for _ in 0..100_000 {
            let bits = (lcg(&mut seed) << 33) ^ lcg(&mut seed) ^ (lcg(&mut seed) << 62);
            let x = f64::from_bits(bits);
            if !x.is_finite() {
                continue;
            }
            same(&format!("{x:e}"));
            same(&format!("{x:.17e}"));
            same(&format!("{x:.16e}"));
            same(&format!("{x:.25e}"));
        }
    }

    #[test]
    fn random_text_is_accepted_as_std_accepts_it() {
        let alphabet = b"0123456789.eE+-_ainfINF";
        let mut seed = 5;
        for _ in 0..200_000 {
            let n = lcg(&mut seed) as usize % 8;
            let s: String = (0..n).map(|_| alphabet[lcg(&mut seed) as usize % alphabet.len()] as char).collect();
            same(&s);
        }
    }
}
