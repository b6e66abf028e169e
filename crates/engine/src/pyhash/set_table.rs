//! CPython 3.11's set table (`Objects/setobject.c`): open addressing with
//! runs of `LINEAR_PROBES` linear probes then perturbed jumps, dummy
//! entries for deletions, `fill`/`used`/`mask`, the resize policy and the
//! `finger` of `pop()`. Iterating in table order gives CPython's order.
//!
//! The table stores caller-supplied keys with their hashes; equality is a
//! closure, so the table knows nothing of the interpreter's values.

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Debug)]
enum Slot<K> {
    Empty,
    Dummy,
    Active(i64, K),
}

/// A set's hash table, laid out exactly like CPython's.
#[derive(Clone, Debug)]
pub struct SetTable<K> {
    table: Vec<Slot<K>>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl<K> Default for SetTable<K> {
    fn default() -> Self {
        SetTable::new()
    }
}

enum Probe {
    Found(usize),
    Free(usize),
}

impl<K> SetTable<K> {
    /// An empty set (8 slots).
    pub fn new() -> SetTable<K> {
        SetTable {
            table: (0..MINSIZE).map(|_| Slot::Empty).collect(),
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        self.used
    }

    /// No elements?
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Active plus dummy slots (CPython's `fill`).
    pub fn fill(&self) -> usize {
        self.fill
    }

    /// Table size minus one (CPython's `mask`).
    pub fn capacity_mask(&self) -> usize {
        self.mask()
    }

    /// Find `hash`/`eq` (an active slot) or the slot where it would go: the
    /// last dummy seen on the probe path, else the first empty slot.
    fn probe(&self, hash: i64, eq: &mut dyn FnMut(&K) -> bool, want_free: bool) -> Probe {
        let mask = self.mask();
        let mut perturb = hash as u64 as usize;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.table[j] {
                    Slot::Empty => {
                        return Probe::Free(if want_free { freeslot.unwrap_or(j) } else { j })
                    }
                    Slot::Active(h, k) => {
                        if *h == hash && eq(k) {
                            return Probe::Found(j);
                        }
                    }
                    Slot::Dummy => freeslot = Some(j),
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    /// Does the set contain an element with this hash that `eq` accepts?
    pub fn contains(&self, hash: i64, mut eq: impl FnMut(&K) -> bool) -> bool {
        matches!(self.probe(hash, &mut eq, false), Probe::Found(_))
    }

    /// The stored element equal to the probe, if any.
    pub fn get(&self, hash: i64, mut eq: impl FnMut(&K) -> bool) -> Option<&K> {
        match self.probe(hash, &mut eq, false) {
            Probe::Found(j) => match &self.table[j] {
                Slot::Active(_, k) => Some(k),
                _ => None,
            },
            Probe::Free(_) => None,
        }
    }

    /// `set.add(key)`: returns true if it was added (false if an equal
    /// element was already there; the stored one is kept).
    pub fn insert(&mut self, hash: i64, key: K, mut eq: impl FnMut(&K) -> bool) -> bool {
        match self.probe(hash, &mut eq, true) {
            Probe::Found(_) => false,
            Probe::Free(j) => {
                let was_empty = matches!(self.table[j], Slot::Empty);
                self.table[j] = Slot::Active(hash, key);
                self.used += 1;
                if was_empty {
                    self.fill += 1;
                    if self.fill * 5 >= self.mask() * 3 {
                        let minused = if self.used > 50000 {
                            self.used * 2
                        } else {
                            self.used * 4
                        };
                        self.resize(minused);
                    }
                }
                true
            }
        }
    }

    /// `set.discard(key)` / `set.remove(key)`: the removed element.
    pub fn remove(&mut self, hash: i64, mut eq: impl FnMut(&K) -> bool) -> Option<K> {
        match self.probe(hash, &mut eq, false) {
            Probe::Found(j) => {
                let old = std::mem::replace(&mut self.table[j], Slot::Dummy);
                self.used -= 1;
                match old {
                    Slot::Active(_, k) => Some(k),
                    _ => None,
                }
            }
            Probe::Free(_) => None,
        }
    }

    /// `set.pop()`: the element at or after the finger (None when empty;
    /// CPython raises KeyError "pop from an empty set").
    pub fn pop(&mut self) -> Option<K> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut j = self.finger & mask;
        while !matches!(self.table[j], Slot::Active(..)) {
            j += 1;
            if j > mask {
                j = 0;
            }
        }
        let old = std::mem::replace(&mut self.table[j], Slot::Dummy);
        self.used -= 1;
        self.finger = j + 1;
        match old {
            Slot::Active(_, k) => Some(k),
            _ => None,
        }
    }

    /// `set.clear()` (back to 8 slots; the pop finger is kept, as in CPython).
    pub fn clear(&mut self) {
        self.table = (0..MINSIZE).map(|_| Slot::Empty).collect();
        self.fill = 0;
        self.used = 0;
    }

    /// Elements in table order (= CPython's iteration order).
    pub fn iter(&self) -> impl Iterator<Item = &K> + '_ {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(_, k) => Some(k),
            _ => None,
        })
    }

    /// Elements with their hashes, in table order.
    pub fn iter_with_hash(&self) -> impl Iterator<Item = (i64, &K)> + '_ {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(h, k) => Some((*h, k)),
            _ => None,
        })
    }

    fn insert_clean(table: &mut [Slot<K>], hash: i64, key: K) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64 as usize;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(table[i], Slot::Empty) {
                table[i] = Slot::Active(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                if let Some(slot) = table[i + 1..=i + LINEAR_PROBES]
                    .iter_mut()
                    .find(|s| matches!(s, Slot::Empty))
                {
                    *slot = Slot::Active(hash, key);
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    /// CPython's `set_table_resize(so, minused)`.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MINSIZE && self.table.len() == MINSIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.table, (0..newsize).map(|_| Slot::Empty).collect());
        self.fill = self.used;
        for s in old {
            if let Slot::Active(h, k) = s {
                Self::insert_clean(&mut self.table, h, k);
            }
        }
    }

    /// Pre-size as `set.update(d)` does for a dict of `n` items before
    /// inserting them one by one.
    pub fn presize_for(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }
}

impl<K: Clone> SetTable<K> {
    /// CPython's `set_merge(self, other)`: `set(s)`, `s.copy()`,
    /// `s.update(t)` and `s | t` for a set `t`. `eq(a, b)` compares keys.
    pub fn merge(&mut self, other: &SetTable<K>, mut eq: impl FnMut(&K, &K) -> bool) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.table = other.table.clone();
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for s in &other.table {
                if let Slot::Active(h, k) = s {
                    Self::insert_clean(&mut self.table, *h, k.clone());
                }
            }
            return;
        }
        for s in &other.table {
            if let Slot::Active(h, k) = s {
                self.insert(*h, k.clone(), |x| eq(x, k));
            }
        }
    }

    /// `set(other_set)` / `other_set.copy()`.
    pub fn copy_of(other: &SetTable<K>, eq: impl FnMut(&K, &K) -> bool) -> SetTable<K> {
        let mut t = SetTable::new();
        t.merge(other, eq);
        t
    }
}
