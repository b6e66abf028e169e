//! The Mersenne Twister (MT19937) core and CPython's seeding.

use num_bigint::{BigInt, BigUint};
use num_traits::Signed;

use super::sha512::sha512;

const N: usize = 624;
const M: usize = 397;

/// Loopscope's default seed: a program that never calls `random.seed`
/// behaves as if it had called `random.seed(0)` first, so every run replays.
pub const DEFAULT_SEED: u64 = 0;

/// CPython's `random.Random`: MT19937 state plus the cached second value of
/// `gauss`.
#[derive(Clone, Debug)]
pub struct Random {
    mt: [u32; N],
    mti: usize,
    /// `gauss_next` of CPython (reset by every `seed`).
    pub gauss_next: Option<f64>,
}

impl Default for Random {
    fn default() -> Self {
        Random::new()
    }
}

impl Random {
    /// A generator seeded with [`DEFAULT_SEED`].
    pub fn new() -> Random {
        let mut r = Random {
            mt: [0; N],
            mti: N + 1,
            gauss_next: None,
        };
        r.seed_u64(DEFAULT_SEED);
        r
    }

    /// `random.Random(n)` / `random.seed(n)` for an int.
    pub fn from_int(n: &BigInt) -> Random {
        let mut r = Random::new();
        r.seed_int(n);
        r
    }

    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1812433253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.mti = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let (mut i, mut j) = (1usize, 0usize);
        let mut k = N.max(key.len());
        while k > 0 {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        self.mt[0] = 0x8000_0000;
        self.mti = N;
    }

    /// Seed from a non-negative magnitude (CPython: `init_by_array` over the
    /// 32-bit words of `abs(n)`, least significant first; 0 → `[0]`).
    fn seed_magnitude(&mut self, n: &BigUint) {
        let mut key: Vec<u32> = n.to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
        self.gauss_next = None;
    }

    /// `seed(n)` for an int (the sign is ignored, as in CPython).
    pub fn seed_int(&mut self, n: &BigInt) {
        self.seed_magnitude(&n.abs().to_biguint().unwrap_or_default());
    }

    /// `seed(n)` for a small non-negative int.
    pub fn seed_u64(&mut self, n: u64) {
        self.seed_magnitude(&BigUint::from(n));
    }

    /// `seed(b)` for bytes (version 2): `int.from_bytes(b + sha512(b))`.
    pub fn seed_bytes(&mut self, b: &[u8]) {
        let mut all = b.to_vec();
        all.extend_from_slice(&sha512(b));
        self.seed_magnitude(&BigUint::from_bytes_be(&all));
    }

    /// `seed(s)` for a str (version 2): its UTF-8 bytes, as [`Self::seed_bytes`].
    pub fn seed_str(&mut self, s: &str) {
        self.seed_bytes(s.as_bytes());
    }

    /// `seed(x)` for a float: CPython seeds with `hash(x)` read as an
    /// unsigned 64-bit number. (NaN hashes by identity in CPython, so its
    /// seed is not reproducible there; here it uses hash 0.)
    pub fn seed_float(&mut self, x: f64) {
        let h = crate::pyhash::hash_float(x, 0);
        self.seed_magnitude(&BigUint::from(h as u64));
    }

    /// The next 32 random bits (`genrand_uint32`).
    pub fn next_u32(&mut self) -> u32 {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        const MATRIX_A: u32 = 0x9908_b0df;
        if self.mti >= N {
            if self.mti == N + 1 {
                self.init_genrand(5489);
            }
            for kk in 0..N {
                let y = (self.mt[kk] & UPPER) | (self.mt[(kk + 1) % N] & LOWER);
                let mag = if y & 1 == 1 { MATRIX_A } else { 0 };
                self.mt[kk] = self.mt[(kk + M) % N] ^ (y >> 1) ^ mag;
            }
            self.mti = 0;
        }
        let mut y = self.mt[self.mti];
        self.mti += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// `random()`: a double in [0, 1) with 53 random bits.
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// `getrandbits(k)` for `k <= 64`.
    pub fn getrandbits_u64(&mut self, k: u32) -> u64 {
        match k {
            0 => 0,
            1..=32 => (self.next_u32() >> (32 - k)) as u64,
            _ => {
                let lo = self.next_u32() as u64;
                let hi = (self.next_u32() >> (64 - k.min(64))) as u64;
                lo | (hi << 32)
            }
        }
    }

    /// `getrandbits(k)` for any `k` (words filled least significant first,
    /// the last one keeping its top bits).
    pub fn getrandbits(&mut self, k: u64) -> BigUint {
        if k <= 64 {
            return BigUint::from(self.getrandbits_u64(k as u32));
        }
        let words = (k - 1) / 32 + 1;
        let mut v = Vec::with_capacity(words as usize);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            v.push(r);
            left = left.saturating_sub(32);
        }
        BigUint::new(v)
    }
}
