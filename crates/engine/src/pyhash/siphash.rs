//! SipHash-1-3 as CPython's `Python/pyhash.c` computes it.

#[inline]
fn half_round(a: &mut u64, b: &mut u64, c: &mut u64, d: &mut u64, s: u32, t: u32) {
    *a = a.wrapping_add(*b);
    *c = c.wrapping_add(*d);
    *b = b.rotate_left(s) ^ *a;
    *d = d.rotate_left(t) ^ *c;
    *a = a.rotate_left(32);
}

#[inline]
fn single_round(v: &mut [u64; 4]) {
    let [mut v0, mut v1, mut v2, mut v3] = *v;
    half_round(&mut v0, &mut v1, &mut v2, &mut v3, 13, 16);
    half_round(&mut v2, &mut v1, &mut v0, &mut v3, 17, 21);
    *v = [v0, v1, v2, v3];
}

/// SipHash-1-3 of `src` under the key `(k0, k1)` (little-endian words).
pub fn siphash13(k0: u64, k1: u64, src: &[u8]) -> u64 {
    let mut b: u64 = (src.len() as u64) << 56;
    let mut v = [
        k0 ^ 0x736f6d6570736575,
        k1 ^ 0x646f72616e646f6d,
        k0 ^ 0x6c7967656e657261,
        k1 ^ 0x7465646279746573,
    ];
    let mut chunks = src.chunks_exact(8);
    for c in &mut chunks {
        let mi = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
        v[3] ^= mi;
        single_round(&mut v);
        v[0] ^= mi;
    }
    let mut t = [0u8; 8];
    let rest = chunks.remainder();
    t[..rest.len()].copy_from_slice(rest);
    b |= u64::from_le_bytes(t);
    v[3] ^= b;
    single_round(&mut v);
    v[0] ^= b;
    v[2] ^= 0xff;
    single_round(&mut v);
    single_round(&mut v);
    single_round(&mut v);
    (v[0] ^ v[1]) ^ (v[2] ^ v[3])
}
