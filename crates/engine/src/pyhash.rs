//! CPython's hash functions (PYTHONHASHSEED=0) and its set table layout, so
//! set iteration order matches CPython. (Being written on the `random` branch.)
