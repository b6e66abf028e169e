//! Python's number and string formatting, bit for bit: float `repr`,
//! the format-spec mini-language, `int`/`float` parsing, `round`.
//! (Being written on the `format` branch; this stub keeps the API stable.)
