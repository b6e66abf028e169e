//! CPython's `random` module, bit for bit: the Mersenne Twister (MT19937)
//! with CPython's seeding (`init_by_array` over the 32-bit words of
//! `abs(n)`; str/bytes seeds append their SHA-512; float seeds use
//! `hash(x)`), and the methods of `random.Random` built on it.
//!
//! Programs that never call `random.seed` get `mt::DEFAULT_SEED` (= 0): they
//! behave as if `random.seed(0)` had run first, so every run replays.

mod methods;
mod mt;
pub mod sha512;

pub use mt::Random;
