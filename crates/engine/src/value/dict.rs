//! `dict`: insertion-ordered, keyed by Python equality. The hash used here
//! only has to agree with equality (1 == 1.0 == True share one); iteration
//! order is insertion order, as in CPython, so it never shows.

use super::Value;
use indexmap::IndexMap;
use std::cell::{Ref, RefCell, RefMut};
use std::hash::{BuildHasherDefault, Hash, Hasher};

/// A key with its precomputed hash.
#[derive(Clone, Debug)]
pub struct DictKey {
    pub hash: u64,
    pub key: Value,
}

impl Hash for DictKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
    }
}

impl PartialEq for DictKey {
    fn eq(&self, other: &DictKey) -> bool {
        self.hash == other.hash && keys_equal(&self.key, &other.key)
    }
}
impl Eq for DictKey {}

/// Passes a precomputed u64 straight through.
#[derive(Default)]
pub struct PassHasher(u64);

impl Hasher for PassHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = self.0.rotate_left(5) ^ (*b as u64);
            self.0 = self.0.wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub type PassBuild = BuildHasherDefault<PassHasher>;

/// Equality of two hashable keys without running Python code: numbers by
/// value across int/float/bool, strings and bytes by content, tuples and
/// frozensets element-wise, everything else by identity.
pub fn keys_equal(a: &Value, b: &Value) -> bool {
    use Value::*;
    match (a, b) {
        (Str(x), Str(y)) => x == y,
        (Int(x), Int(y)) => x == y,
        (Bool(x), Bool(y)) => x == y,
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => *x == *y as i64,
        (Float(x), Float(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => (*x as f64) == *y && (*y as i64) == *x,
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (*x as i64 as f64) == *y,
        (BigInt(x), BigInt(y)) => x == y,
        (BigInt(x), Float(y)) | (Float(y), BigInt(x)) => {
            use num_traits::ToPrimitive;
            y.fract() == 0.0 && x.to_f64() == Some(*y) && num_bigint::BigInt::from_f64_exact(*y).as_ref() == Some(&**x)
        }
        (Bytes(x), Bytes(y)) => x == y,
        (Tuple(x), Tuple(y)) => x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| keys_equal(p, q)),
        (Set(x), Set(y)) => x.frozen && y.frozen && x.len() == y.len() && x.items().iter().all(|v| y.contains_native(v)),
        (None, None) => true,
        _ => a.is(b),
    }
}

trait FromF64Exact: Sized {
    fn from_f64_exact(f: f64) -> Option<Self>;
}
impl FromF64Exact for num_bigint::BigInt {
    fn from_f64_exact(f: f64) -> Option<Self> {
        use num_traits::FromPrimitive;
        if f.fract() != 0.0 || !f.is_finite() {
            return None;
        }
        num_bigint::BigInt::from_f64(f)
    }
}

/// Mersenne prime modulus of CPython's numeric hash.
const HASH_MODULUS: u64 = (1 << 61) - 1;

/// Python's hash of an i64 (`hash(n)`), as u64 bits.
pub fn hash_i64(n: i64) -> u64 {
    let m = (n.unsigned_abs() % HASH_MODULUS) as i64;
    let h = if n < 0 { -m } else { m };
    (if h == -1 { -2 } else { h }) as u64
}

/// Hash of a value whose hash needs no Python code, or `None` if the value
/// is unhashable (lists, dicts, sets) or needs `__hash__` (instances).
pub fn native_hash(v: &Value) -> Option<u64> {
    native_hash_at(v, 0)
}

/// `native_hash` at nesting `depth` (deep tuples are left to the VM).
fn native_hash_at(v: &Value, depth: usize) -> Option<u64> {
    use Value::*;
    if depth > 100 {
        return Option::None;
    }
    Some(match v {
        Int(i) => hash_i64(*i),
        Bool(b) => *b as u64,
        Float(f) => {
            if f.fract() == 0.0 && f.abs() < 9.2e18 {
                hash_i64(*f as i64)
            } else if f.fract() == 0.0 && f.is_finite() {
                let b = <num_bigint::BigInt as FromF64Exact>::from_f64_exact(*f)?;
                hash_bigint(&b)
            } else {
                f.to_bits().wrapping_mul(0x9E37_79B9_7F4A_7C15)
            }
        }
        BigInt(b) => hash_bigint(b),
        Str(s) => fx_bytes(s.as_bytes(), 0x5354_5200),
        Bytes(b) => fx_bytes(b, 0x4259_5400),
        None => 0xFCA8_6420,
        Ellipsis => 0xE11_1951,
        Tuple(items) => {
            let mut h: u64 = 0x345678;
            for it in items.iter() {
                h = (h ^ native_hash_at(it, depth + 1)?).wrapping_mul(1_000_003).rotate_left(7);
            }
            h
        }
        Set(s) if s.frozen => {
            let mut h: u64 = 0x1234;
            for it in s.items().iter() {
                h = h.wrapping_add(native_hash(it)?.wrapping_mul(0x9E37_79B9));
            }
            h
        }
        List(_) | Dict(_) | Set(_) | Slice(_) => return Option::None,
        Instance(_) => return Option::None,
        other => (other.identity() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 4,
    })
}

fn hash_bigint(b: &num_bigint::BigInt) -> u64 {
    use num_traits::Signed;
    let m = b.abs() % num_bigint::BigInt::from(HASH_MODULUS);
    let m: u64 = m.try_into().unwrap_or(0);
    let h = if b.is_negative() { -(m as i64) } else { m as i64 };
    (if h == -1 { -2 } else { h }) as u64
}

fn fx_bytes(bytes: &[u8], seed: u64) -> u64 {
    let mut h = seed;
    for chunk in bytes.chunks(8) {
        let mut buf = [0u8; 8];
        buf[..chunk.len()].copy_from_slice(chunk);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    h ^ bytes.len() as u64
}

/// The contents of a `dict`.
#[derive(Default, Debug)]
pub struct Dict {
    map: RefCell<IndexMap<DictKey, Value, PassBuild>>,
    /// Natively made dict subclasses (defaultdict, Counter, OrderedDict):
    /// their class; `None` for a plain dict.
    pub class: RefCell<Option<std::rc::Rc<super::Class>>>,
    /// defaultdict's `default_factory`.
    pub factory: RefCell<Option<Value>>,
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    /// Remove and return every (key, value).
    pub fn take_all(&self) -> Vec<(Value, Value)> {
        std::mem::take(&mut *self.map.borrow_mut()).into_iter().map(|(k, v)| (k.key, v)).collect()
    }

    /// The dict subclass this dict is an instance of, if any.
    pub fn flavor(&self) -> Option<std::rc::Rc<super::Class>> {
        self.class.borrow().clone()
    }

    pub fn borrow(&self) -> Ref<'_, IndexMap<DictKey, Value, PassBuild>> {
        self.map.borrow()
    }

    pub fn borrow_mut(&self) -> RefMut<'_, IndexMap<DictKey, Value, PassBuild>> {
        self.map.borrow_mut()
    }

    pub fn len(&self) -> usize {
        self.map.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, key: &DictKey) -> Option<Value> {
        self.map.borrow().get(key).cloned()
    }

    /// Insert or replace; a replaced key keeps its position (and the old
    /// key object, as CPython does).
    pub fn insert(&self, key: DictKey, value: Value) {
        let mut map = self.map.borrow_mut();
        if let Some(slot) = map.get_mut(&key) {
            *slot = value;
        } else {
            map.insert(key, value);
        }
    }

    /// Remove, keeping the order of the rest.
    pub fn remove(&self, key: &DictKey) -> Option<Value> {
        self.map.borrow_mut().shift_remove(key)
    }

    /// Keys, in order.
    pub fn keys(&self) -> Vec<Value> {
        self.map.borrow().keys().map(|k| k.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.map.borrow().values().cloned().collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.map.borrow().iter().map(|(k, v)| (k.key.clone(), v.clone())).collect()
    }

    /// Entry at position `i` (for iterators).
    pub fn entry_at(&self, i: usize) -> Option<(Value, Value)> {
        self.map.borrow().get_index(i).map(|(k, v)| (k.key.clone(), v.clone()))
    }

    /// Convenience for string keys (attribute dicts of modules, kwargs).
    pub fn get_str(&self, key: &str) -> Option<Value> {
        let k = DictKey { hash: native_hash(&Value::str(key)).unwrap_or(0), key: Value::str(key) };
        self.get(&k)
    }

    pub fn set_str(&self, key: &str, value: Value) {
        let kv = Value::str(key);
        let k = DictKey { hash: native_hash(&kv).unwrap_or(0), key: kv };
        self.insert(k, value);
    }
}

impl Drop for Dict {
    fn drop(&mut self) {
        let map = std::mem::take(self.map.get_mut());
        if !map.is_empty() {
            let mut items = Vec::with_capacity(map.len() * 2);
            for (k, v) in map {
                items.push(k.key);
                items.push(v);
            }
            super::objects::drop_values(items);
        }
    }
}
