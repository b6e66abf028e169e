//! CPython 3.11's hash functions with `PYTHONHASHSEED=0` (siphash13 with a
//! zero key for str/bytes, the 2**61-1 modular hash for numbers, xxHash for
//! tuples) and its set table ([`SetTable`]), so that set iteration order is
//! CPython's.

mod set_table;
mod siphash;

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

pub use set_table::SetTable;
pub use siphash::siphash13;

/// `sys.hash_info.modulus`: 2**61 - 1.
pub const MODULUS: u64 = (1u64 << 61) - 1;
/// `sys.hash_info.inf`.
pub const HASH_INF: i64 = 314159;

fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(s)` for a str: siphash13 (zero key) over the PEP 393 buffer —
/// 1 byte per char if all chars < 256, 2 (UTF-16LE units, no surrogates
/// pairs) if < 65536, else 4 (UCS-4 LE). `hash("") == 0`, never -1.
pub fn hash_str(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut buf = Vec::with_capacity(s.len() * 2);
    if max < 256 {
        buf.extend(s.chars().map(|c| c as u8));
    } else if max < 65536 {
        for c in s.chars() {
            buf.extend_from_slice(&(c as u16).to_le_bytes());
        }
    } else {
        for c in s.chars() {
            buf.extend_from_slice(&(c as u32).to_le_bytes());
        }
    }
    fix_minus_one(siphash13(0, 0, &buf) as i64)
}

/// `hash(b)` for bytes: siphash13 (zero key); `hash(b"") == 0`.
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    fix_minus_one(siphash13(0, 0, b) as i64)
}

/// `hash(n)` for an int that fits an `i64`: `n mod (2**61-1)` with the
/// sign of `n`; -1 becomes -2.
pub fn hash_i64(n: i64) -> i64 {
    let m = (n.unsigned_abs() % MODULUS) as i64;
    fix_minus_one(if n < 0 { -m } else { m })
}

/// `hash(n)` for any int.
pub fn hash_int(n: &BigInt) -> i64 {
    if let Some(v) = n.to_i64() {
        return hash_i64(v);
    }
    let m = (n.magnitude() % MODULUS).to_u64().unwrap_or(0) as i64;
    fix_minus_one(if n.sign() == Sign::Minus { -m } else { m })
}

/// `hash(b)` for a bool (= `hash(int(b))`).
pub fn hash_bool(b: bool) -> i64 {
    b as i64
}

/// CPython's `_Py_HashPointer` of an object id (address-like number), used
/// for NaN (3.10+: NaNs hash by identity) and objects without `__hash__`.
pub fn hash_pointer(id: u64) -> i64 {
    fix_minus_one(id.rotate_right(4) as i64)
}

/// `hash(x)` for a float: the modular hash of its exact rational value
/// (so `hash(2.0) == hash(2)`), ±314159 for ±inf, and for NaN the pointer
/// hash of `nan_id` (the object's identity).
pub fn hash_float(x: f64, nan_id: u64) -> i64 {
    if x.is_nan() {
        return hash_pointer(nan_id);
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let bits = x.to_bits();
    let negative = bits >> 63 == 1;
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if biased == 0 {
        (frac, -1074i64)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    // value = m * 2^e; 2^61 ≡ 1 (mod 2^61 - 1), so 2^e ≡ 2^(e mod 61).
    let m = m % MODULUS;
    let shift = e.rem_euclid(61) as u32;
    let h = ((m as u128) << shift) % (MODULUS as u128);
    let h = h as i64;
    fix_minus_one(if negative { -h } else { h })
}

/// `hash(t)` for a tuple given its items' hashes (3.11's xxHash-based
/// `tuplehash`).
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    for &h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((item_hashes.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}
