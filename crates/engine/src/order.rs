//! One stable sort for every element type. The standard library's sort is
//! fast but large: each element type compiles to several KB of wasm. The
//! engine and the page share this one instead: the standard sort of
//! indices behind a `dyn` comparison, compiled once, then a small generic
//! permutation.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`, as `slice::sort_by` does.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = {
        let v = &*v;
        stable_order(v.len(), &mut |i, j| cmp(&v[i], &v[j]))
    };
    if let Some(order) = order {
        permute(v, order);
    }
}

/// Sorts `v` stably, as `slice::sort` does.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp)
}

/// The stable order of `0..n` by `cmp`, or `None` when it is already
/// sorted. The standard sort, instantiated once: on indices.
fn stable_order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Option<Vec<usize>> {
    if (1..n).all(|i| cmp(i - 1, i) != Ordering::Greater) {
        return None;
    }
    let mut a: Vec<usize> = (0..n).collect();
    a.sort_by(|&i, &j| cmp(i, j));
    Some(a)
}

/// Moves the element at `order[k]` to `k`, for every `k`.
fn permute<T>(v: &mut [T], order: Vec<usize>) {
    // dest[i]: where the element now at i belongs.
    let mut dest = vec![0; order.len()];
    for (k, &i) in order.iter().enumerate() {
        dest[i] = k;
    }
    for i in 0..v.len() {
        while dest[i] != i {
            let j = dest[i];
            v.swap(i, j);
            dest.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A deterministic pseudo-random sequence (no dependency needed).
    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn matches_the_standard_stable_sort() {
        let mut seed = 7;
        for n in 0..200 {
            for modulus in [1, 2, 3, 10, 1000] {
                let v: Vec<(u64, usize)> = (0..n).map(|i| (lcg(&mut seed) % modulus, i)).collect();
                let mut ours = v.clone();
                sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
                let mut std = v.clone();
                std.sort_by(|a, b| a.0.cmp(&b.0));
                assert_eq!(ours, std, "n={n} modulus={modulus}");
            }
        }
    }

    #[test]
    fn sorts_strings_and_sorted_input() {
        let mut v = vec!["b".to_string(), "a".to_string(), "c".to_string(), "a".to_string()];
        sort(&mut v);
        assert_eq!(v, ["a", "a", "b", "c"]);
        let mut w: Vec<u32> = (0..50).collect();
        sort(&mut w);
        assert_eq!(w, (0..50).collect::<Vec<_>>());
        let mut r: Vec<u32> = (0..50).rev().collect();
        sort(&mut r);
        assert_eq!(r, (0..50).collect::<Vec<_>>());
    }
}
