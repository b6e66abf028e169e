//! Helpers shared by the numerics_* tests: reading the CPython tables in
//! tests/data/numerics (see tools/numerics/common.py for the format).
#![allow(dead_code)]

use num_bigint::BigInt;

pub fn load(name: &str) -> String {
    let path = format!(
        "{}/tests/data/numerics/{}",
        env!("CARGO_MANIFEST_DIR"),
        name
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

pub fn unesc(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            match it.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some('r') => out.push('\r'),
                Some(o) => out.push(o),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Lines split on tabs, fields unescaped.
pub fn rows(name: &str) -> Vec<Vec<String>> {
    load(name)
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| l.split('\t').map(unesc).collect())
        .collect()
}

pub fn f(h: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(h, 16).unwrap())
}

pub fn hexint(s: &str) -> BigInt {
    let (neg, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s),
    };
    let n = BigInt::parse_bytes(body.trim_start_matches("0x").as_bytes(), 16).unwrap();
    if neg {
        -n
    } else {
        n
    }
}

/// Render a result the way the tables do: the value, or "!Kind: msg".
pub fn show<T: std::fmt::Display>(r: Result<T, engine::internals::format::PyErr>) -> String {
    match r {
        Ok(v) => v.to_string(),
        Err(e) => format!("!{}: {}", e.kind, e.msg),
    }
}

/// Compare, collecting failures; panics with the first few at the end.
#[derive(Default)]
pub struct Checker {
    pub total: usize,
    pub fails: Vec<String>,
}

impl Checker {
    pub fn check(&mut self, what: &str, got: &str, want: &str) {
        self.total += 1;
        if got != want {
            self.fails
                .push(format!("{what}: got {got:?}, want {want:?}"));
        }
    }
    pub fn finish(self, name: &str) {
        if !self.fails.is_empty() {
            let shown: Vec<_> = self.fails.iter().take(25).cloned().collect();
            panic!(
                "{name}: {} of {} cases differ from CPython:\n{}",
                self.fails.len(),
                self.total,
                shown.join("\n")
            );
        }
        eprintln!("{name}: {} cases match CPython", self.total);
    }
}
