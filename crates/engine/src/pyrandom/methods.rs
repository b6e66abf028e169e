//! CPython's `random.Random` methods built on the generator, bit for bit
//! (3.11's `random.py`).

use num_bigint::{BigInt, BigUint};
use num_traits::{Signed, ToPrimitive};

use super::mt::Random;
use crate::format::{PyErr, PyResult};

const NV_MAGICCONST: f64 = 1.7155277699214135; // 4 * exp(-0.5) / sqrt(2.0)
const TWOPI: f64 = std::f64::consts::TAU; // 2 * pi, as random.TWOPI
const LOG4: f64 = 1.3862943611198906;
const SG_MAGICCONST: f64 = 2.504077396776274; // 1.0 + log(4.5)

fn index_err(msg: &str) -> PyErr {
    PyErr {
        kind: "IndexError",
        msg: msg.to_string(),
    }
}

impl Random {
    /// `_randbelow(n)` for `n > 0`: `getrandbits(n.bit_length())` until
    /// below `n`. Returns 0 for `n == 0` (CPython would loop forever).
    pub fn randbelow_u64(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.getrandbits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    /// `_randbelow(n)` for a big `n`.
    pub fn randbelow(&mut self, n: &BigUint) -> BigUint {
        if let Some(small) = n.to_u64() {
            return BigUint::from(self.randbelow_u64(small));
        }
        let k = n.bits();
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }

    /// `randrange(start)`, `randrange(start, stop)`, `randrange(start, stop,
    /// step)`. Errors as CPython 3.11: "empty range for randrange()",
    /// "empty range for randrange() (3, 3, 0)", "zero step for
    /// randrange()", TypeError "Missing a non-None stop argument".
    pub fn randrange(
        &mut self,
        start: &BigInt,
        stop: Option<&BigInt>,
        step: Option<&BigInt>,
    ) -> PyResult<BigInt> {
        let Some(stop) = stop else {
            if step.is_some() {
                return Err(PyErr::type_err("Missing a non-None stop argument"));
            }
            if start.is_positive() {
                return Ok(BigInt::from(self.randbelow(start.magnitude())));
            }
            return Err(PyErr::value("empty range for randrange()"));
        };
        let width = stop - start;
        let one = BigInt::from(1);
        let step = step.unwrap_or(&one);
        if step == &one {
            if width.is_positive() {
                return Ok(start + BigInt::from(self.randbelow(width.magnitude())));
            }
            return Err(PyErr::value(format!(
                "empty range for randrange() ({}, {}, {})",
                start, stop, width
            )));
        }
        let n = if step.is_positive() {
            num_integer::Integer::div_floor(&(&width + step - 1), step)
        } else if step.is_negative() {
            num_integer::Integer::div_floor(&(&width + step + 1), step)
        } else {
            return Err(PyErr::value("zero step for randrange()"));
        };
        if !n.is_positive() {
            return Err(PyErr::value("empty range for randrange()"));
        }
        Ok(start + step * BigInt::from(self.randbelow(n.magnitude())))
    }

    /// `randrange` for machine ints.
    pub fn randrange_i64(
        &mut self,
        start: i64,
        stop: Option<i64>,
        step: Option<i64>,
    ) -> PyResult<BigInt> {
        let (a, b, c) = (
            BigInt::from(start),
            stop.map(BigInt::from),
            step.map(BigInt::from),
        );
        self.randrange(&a, b.as_ref(), c.as_ref())
    }

    /// `randint(a, b)` = `randrange(a, b + 1)`.
    pub fn randint(&mut self, a: &BigInt, b: &BigInt) -> PyResult<BigInt> {
        let stop = b + 1;
        self.randrange(a, Some(&stop), None)
    }

    /// `randint` for machine ints.
    pub fn randint_i64(&mut self, a: i64, b: i64) -> PyResult<i64> {
        self.randint(&BigInt::from(a), &BigInt::from(b))
            .map(|v| v.to_i64().unwrap_or(0))
    }

    /// `choice(seq)`: the index to pick from a sequence of length `len`.
    /// Error: IndexError "Cannot choose from an empty sequence".
    pub fn choice(&mut self, len: usize) -> PyResult<usize> {
        if len == 0 {
            return Err(index_err("Cannot choose from an empty sequence"));
        }
        Ok(self.randbelow_u64(len as u64) as usize)
    }

    /// `shuffle(x)` in place.
    pub fn shuffle<T>(&mut self, x: &mut [T]) {
        for i in (1..x.len()).rev() {
            let j = self.randbelow_u64(i as u64 + 1) as usize;
            x.swap(i, j);
        }
    }

    /// `sample(population, k)` for a population of length `n`: the chosen
    /// indices in selection order (pool or set algorithm, chosen by
    /// CPython's size threshold). Error: "Sample larger than population or
    /// is negative".
    pub fn sample(&mut self, n: usize, k: i64) -> PyResult<Vec<usize>> {
        if k < 0 || k as u64 > n as u64 {
            return Err(PyErr::value("Sample larger than population or is negative"));
        }
        let k = k as usize;
        let mut setsize: f64 = 21.0;
        if k > 5 {
            let c = ((k * 3) as f64).ln() / 4f64.ln();
            setsize += 4f64.powi(c.ceil() as i32);
        }
        let mut result = Vec::with_capacity(k);
        if (n as f64) <= setsize {
            let mut pool: Vec<usize> = (0..n).collect();
            for i in 0..k {
                let j = self.randbelow_u64((n - i) as u64) as usize;
                result.push(pool[j]);
                pool[j] = pool[n - i - 1];
            }
        } else {
            let mut selected = std::collections::HashSet::new();
            for _ in 0..k {
                let mut j = self.randbelow_u64(n as u64) as usize;
                while selected.contains(&j) {
                    j = self.randbelow_u64(n as u64) as usize;
                }
                selected.insert(j);
                result.push(j);
            }
        }
        Ok(result)
    }

    /// `choices(population, weights, cum_weights=..., k=k)` for a population
    /// of length `n`: the chosen indices. Weights are given as floats.
    pub fn choices(
        &mut self,
        n: usize,
        k: i64,
        weights: Option<&[f64]>,
        cum_weights: Option<&[f64]>,
    ) -> PyResult<Vec<usize>> {
        let count = k.max(0) as usize;
        let cum: Vec<f64> = match (weights, cum_weights) {
            (None, None) => {
                let nf = n as f64;
                let mut out = Vec::with_capacity(count);
                for _ in 0..count {
                    let i = (self.random() * nf).floor() as usize;
                    if i >= n {
                        return Err(index_err("list index out of range"));
                    }
                    out.push(i);
                }
                return Ok(out);
            }
            (Some(_), Some(_)) => {
                return Err(PyErr::type_err(
                    "Cannot specify both weights and cumulative weights",
                ));
            }
            (Some(w), None) => {
                let mut acc = Vec::with_capacity(w.len());
                let mut s = 0.0;
                for (i, &x) in w.iter().enumerate() {
                    s = if i == 0 { x } else { s + x };
                    acc.push(s);
                }
                acc
            }
            (None, Some(c)) => c.to_vec(),
        };
        if cum.len() != n {
            return Err(PyErr::value(
                "The number of weights does not match the population",
            ));
        }
        let Some(&last) = cum.last() else {
            return Err(index_err("list index out of range"));
        };
        let total = last + 0.0;
        if total <= 0.0 {
            return Err(PyErr::value("Total of weights must be greater than zero"));
        }
        if !total.is_finite() {
            return Err(PyErr::value("Total of weights must be finite"));
        }
        let hi = n - 1;
        let mut out = Vec::with_capacity(count);
        for _ in 0..count {
            let x = self.random() * total;
            // bisect_right(cum, x, 0, hi)
            let (mut lo, mut h) = (0usize, hi);
            while lo < h {
                let mid = (lo + h) / 2;
                if x < cum[mid] {
                    h = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out.push(lo);
        }
        Ok(out)
    }

    /// `uniform(a, b)` = `a + (b - a) * random()`.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// `triangular(low, high, mode)`.
    pub fn triangular(&mut self, low: f64, high: f64, mode: Option<f64>) -> f64 {
        let mut u = self.random();
        let mut c = match mode {
            None => 0.5,
            Some(m) => {
                if high - low == 0.0 {
                    return low;
                }
                (m - low) / (high - low)
            }
        };
        let (mut low, mut high) = (low, high);
        if u > c {
            u = 1.0 - u;
            c = 1.0 - c;
            std::mem::swap(&mut low, &mut high);
        }
        low + (high - low) * (u * c).sqrt()
    }

    /// `normalvariate(mu, sigma)` (Kinderman–Monahan).
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = NV_MAGICCONST * (u1 - 0.5) / u2;
            let zz = z * z / 4.0;
            if zz <= -u2.ln() {
                return mu + z * sigma;
            }
        }
    }

    /// `gauss(mu, sigma)` (Box–Muller, caching the second value).
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * TWOPI;
                let g2rad = (-2.0 * (1.0 - self.random()).ln()).sqrt();
                self.gauss_next = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        };
        mu + z * sigma
    }

    /// `expovariate(lambd)`. Error: "float division by zero" for 0.
    pub fn expovariate(&mut self, lambd: f64) -> PyResult<f64> {
        let v = -(1.0 - self.random()).ln();
        if lambd == 0.0 {
            return Err(PyErr::zero_div("float division by zero"));
        }
        Ok(v / lambd)
    }

    /// `gammavariate(alpha, beta)`. Error: "gammavariate: alpha and beta
    /// must be > 0.0".
    pub fn gammavariate(&mut self, alpha: f64, beta: f64) -> PyResult<f64> {
        if alpha <= 0.0 || beta <= 0.0 {
            return Err(PyErr::value("gammavariate: alpha and beta must be > 0.0"));
        }
        if alpha > 1.0 {
            let ainv = (2.0 * alpha - 1.0).sqrt();
            let bbb = alpha - LOG4;
            let ccc = alpha + ainv;
            loop {
                let u1 = self.random();
                if !(1e-7 < u1 && u1 < 0.9999999) {
                    continue;
                }
                let u2 = 1.0 - self.random();
                let v = (u1 / (1.0 - u1)).ln() / ainv;
                let x = alpha * v.exp();
                let z = u1 * u1 * u2;
                let r = bbb + ccc * v - x;
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= z.ln() {
                    return Ok(x * beta);
                }
            }
        } else if alpha == 1.0 {
            Ok(-(1.0 - self.random()).ln() * beta)
        } else {
            let e = std::f64::consts::E;
            loop {
                let u = self.random();
                let b = (e + alpha) / e;
                let p = b * u;
                let x = if p <= 1.0 {
                    p.powf(1.0 / alpha)
                } else {
                    -((b - p) / alpha).ln()
                };
                let u1 = self.random();
                if p > 1.0 {
                    if u1 <= x.powf(alpha - 1.0) {
                        return Ok(x * beta);
                    }
                } else if u1 <= (-x).exp() {
                    return Ok(x * beta);
                }
            }
        }
    }

    /// `betavariate(alpha, beta)`.
    pub fn betavariate(&mut self, alpha: f64, beta: f64) -> PyResult<f64> {
        let y = self.gammavariate(alpha, 1.0)?;
        if y != 0.0 {
            return Ok(y / (y + self.gammavariate(beta, 1.0)?));
        }
        Ok(0.0)
    }

    /// `getrandbits(k)` as an int, with CPython's error for `k < 0`.
    pub fn getrandbits_checked(&mut self, k: i64) -> PyResult<BigInt> {
        if k < 0 {
            return Err(PyErr::value("number of bits must be non-negative"));
        }
        if k as u64 > crate::format::MAX_POW_BITS {
            return Err(PyErr {
                kind: "MemoryError",
                msg: String::new(),
            });
        }
        Ok(BigInt::from(self.getrandbits(k as u64)))
    }
}
