//! Interning: strings back to back in one buffer, and slices of small
//! records in flat arenas, each stored once and named by a u32.

use crate::view::Text;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

pub(super) type FxMap<K, V> = HashMap<K, V, crate::value::FxBuild>;

fn hash_of<T: Hash + ?Sized>(v: &T) -> u64 {
    let mut h = crate::value::FxHasher::default();
    v.hash(&mut h);
    h.finish()
}

/// Interned strings, stored back to back in one buffer (an Rc per string
/// would cost 32 bytes of headers each; there is one per task label and
/// local repr). `get` makes the Rc a view needs.
#[derive(Debug, Default)]
pub struct Strings {
    text: String,
    /// End offset of each string in `text`.
    ends: Vec<u32>,
    /// While recording: hash (salted on collision) → id.
    index: FxMap<u64, u32>,
    /// While recording: long-lived shared texts (task names, function and
    /// local names) by address → id, kept alive so no address is reused.
    shared: FxMap<usize, u32>,
    alive: Vec<Text>,
}

impl Strings {
    pub fn id(&mut self, s: &str) -> u32 {
        let mut salt = 0u64;
        loop {
            let key = hash_of(&(s, salt));
            match self.index.get(&key) {
                Some(&i) if self.str_at(i) == s => return i,
                Some(_) => salt += 1,
                None => {
                    self.text.push_str(s);
                    let i = self.ends.len() as u32;
                    self.ends.push(self.text.len() as u32);
                    self.index.insert(key, i);
                    return i;
                }
            }
        }
    }

    /// `id` for a text that is shared and lives long (the same `Rc` is
    /// seen at many steps): found by its address, without hashing or
    /// comparing its characters.
    pub fn id_shared(&mut self, s: &Text) -> u32 {
        let key = Rc::as_ptr(s) as *const u8 as usize;
        if let Some(&i) = self.shared.get(&key) {
            return i;
        }
        let i = self.id(s);
        self.shared.insert(key, i);
        self.alive.push(s.clone());
        i
    }

    pub(super) fn str_at(&self, i: u32) -> &str {
        let i = i as usize;
        let Some(&end) = self.ends.get(i) else { return "" };
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.text.get(start as usize..end as usize).unwrap_or("")
    }

    pub fn get(&self, i: u32) -> Text {
        Rc::from(self.str_at(i))
    }

    pub(super) fn bytes(&self) -> usize {
        self.text.capacity() + self.ends.capacity() * 4 + (self.index.capacity() + self.shared.capacity()) * 16 + self.alive.capacity() * 16
    }

    pub(super) fn drop_index(&mut self) {
        self.index = FxMap::default();
        self.shared = FxMap::default();
        self.alive = Vec::new();
        self.text.shrink_to_fit();
        self.ends.shrink_to_fit();
    }
}

/// Interned slices of small records, stored back to back.
#[derive(Debug)]
pub(super) struct Arena<T: Copy + Eq + Hash> {
    pub(super) data: Vec<T>,
    pub(super) ranges: Vec<(u32, u32)>,
    index: FxMap<u64, u32>,
}

impl<T: Copy + Eq + Hash> Default for Arena<T> {
    fn default() -> Self {
        Arena { data: Vec::new(), ranges: Vec::new(), index: FxMap::default() }
    }
}

impl<T: Copy + Eq + Hash> Arena<T> {
    pub(super) fn id(&mut self, items: &[T]) -> u32 {
        let h = hash_of(items);
        if let Some(&i) = self.index.get(&h) {
            if self.get(i) == items {
                return i;
            }
        }
        let start = self.data.len() as u32;
        self.data.extend_from_slice(items);
        let i = self.ranges.len() as u32;
        self.ranges.push((start, items.len() as u32));
        self.index.entry(h).or_insert(i);
        i
    }

    pub(super) fn get(&self, i: u32) -> &[T] {
        match self.ranges.get(i as usize) {
            Some(&(s, n)) => &self.data[s as usize..(s + n) as usize],
            None => &[],
        }
    }

    pub(super) fn bytes(&self) -> usize {
        self.data.len() * std::mem::size_of::<T>() + self.ranges.len() * 8 + self.index.capacity() * 16
    }

    pub(super) fn drop_index(&mut self) {
        self.index = FxMap::default();
    }
}
