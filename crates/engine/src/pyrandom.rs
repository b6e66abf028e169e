//! CPython's `random` module: the Mersenne Twister and the methods built on
//! it, bit for bit. (Being written on the `random` branch.)
