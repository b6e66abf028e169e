//! pyhash: hashes and set iteration order against CPython 3.11 with
//! PYTHONHASHSEED=0 (tools/numerics/make_hash.py).

#[path = "common/numerics.rs"]
mod numerics;
use engine::internals::pyhash::*;
use numerics::*;

fn parse_tuple_item(s: &str) -> i64 {
    if let Some(inner) = s.strip_prefix('(') {
        let inner = inner.strip_suffix(')').unwrap();
        let items = split_top(inner);
        let hashes: Vec<i64> = items.iter().map(|x| parse_tuple_item(x)).collect();
        return hash_tuple(&hashes);
    }
    match &s[..1] {
        "i" => hash_int(&hexint(&s[1..])),
        "f" => hash_float(f(&s[1..]), 0),
        _ => hash_str(&s[1..].replace("\\x28", "(").replace("\\x29", ")")),
    }
}

/// Split on \x1f at nesting depth 0.
fn split_top(s: &str) -> Vec<String> {
    if s.is_empty() {
        return vec![];
    }
    let mut out = vec![String::new()];
    let mut depth = 0;
    for ch in s.chars() {
        match ch {
            '(' => depth += 1,
            ')' => depth -= 1,
            '\x1f' if depth == 0 => {
                out.push(String::new());
                continue;
            }
            _ => {}
        }
        out.last_mut().unwrap().push(ch);
    }
    out
}

#[test]
fn hashes_match_cpython() {
    let mut c = Checker::default();
    for r in rows("hash.txt") {
        let got = match r[0].as_str() {
            "str" => hash_str(&r[1]),
            "bytes" => {
                let b: Vec<u8> = (0..r[1].len())
                    .step_by(2)
                    .map(|i| u8::from_str_radix(&r[1][i..i + 2], 16).unwrap())
                    .collect();
                hash_bytes(&b)
            }
            "int" => {
                let n = hexint(&r[1]);
                if let Ok(v) = i64::try_from(&n) {
                    assert_eq!(hash_i64(v), hash_int(&n));
                }
                hash_int(&n)
            }
            "float" => hash_float(f(&r[1]), 0),
            "bool" => hash_bool(r[1] == "True"),
            "tuple" => parse_tuple_item(&r[1]),
            other => panic!("{other}"),
        };
        c.check(
            &format!("hash({} {:?})", r[0], r[1]),
            &got.to_string(),
            &r[2],
        );
    }
    c.finish("hash");
}

#[derive(Clone, Debug, PartialEq)]
enum Key {
    Int(num_bigint::BigInt),
    Str(String),
}

fn key(s: &str) -> Key {
    match &s[..1] {
        "i" => Key::Int(hexint(&s[1..])),
        _ => Key::Str(s[1..].to_string()),
    }
}

fn khash(k: &Key) -> i64 {
    match k {
        Key::Int(n) => hash_int(n),
        Key::Str(s) => hash_str(s),
    }
}

fn keys(s: &str) -> Vec<Key> {
    if s.is_empty() {
        vec![]
    } else {
        s.split('\x1f').map(key).collect()
    }
}

fn show(t: &SetTable<Key>) -> String {
    t.iter()
        .map(|k| match k {
            Key::Int(n) => {
                let h = n.magnitude().to_str_radix(16);
                if n.sign() == num_bigint::Sign::Minus {
                    format!("i-0x{h}")
                } else {
                    format!("i0x{h}")
                }
            }
            Key::Str(s) => format!("s{s}"),
        })
        .collect::<Vec<_>>()
        .join("\x1f")
}

#[test]
fn set_order_matches_cpython() {
    let mut c = Checker::default();
    let mut seq = String::new();
    let mut sets: [SetTable<Key>; 2] = [SetTable::new(), SetTable::new()];
    for r in rows("sets.txt") {
        if r[0] != seq {
            seq = r[0].clone();
            sets = [SetTable::new(), SetTable::new()];
        }
        let w: usize = r[1].parse().unwrap();
        let (op, arg, want) = (r[2].as_str(), r[3].as_str(), r[4].as_str());
        let mut popped = String::new();
        match op {
            "add" => {
                let k = key(arg);
                let h = khash(&k);
                sets[w].insert(h, k.clone(), |x| *x == k);
            }
            "discard" => {
                let k = key(arg);
                sets[w].remove(khash(&k), |x| *x == k);
            }
            "pop" => {
                popped = match sets[w].pop() {
                    Some(k) => show(&{
                        let mut t = SetTable::new();
                        t.insert(0, k, |_| false);
                        t
                    }),
                    None => "-".into(),
                };
            }
            "clear" => sets[w].clear(),
            "update" => {
                for k in keys(arg) {
                    let h = khash(&k);
                    sets[w].insert(h, k.clone(), |x| *x == k);
                }
            }
            "update_dict" => {
                let ks = keys(arg);
                sets[w].presize_for(ks.len());
                for k in ks {
                    let h = khash(&k);
                    sets[w].insert(h, k.clone(), |x| *x == k);
                }
            }
            "merge" => {
                let other = sets[1 - w].clone();
                sets[w].merge(&other, |a, b| a == b);
            }
            "copy" => sets[w] = SetTable::copy_of(&sets[1 - w], |a, b| a == b),
            other => panic!("{other}"),
        }
        if op == "pop" {
            c.check(&format!("seq {seq} pop"), &popped, arg);
        }
        c.check(&format!("seq {seq} {op} {arg:?}"), &show(&sets[w]), want);
    }
    c.finish("sets");
}
