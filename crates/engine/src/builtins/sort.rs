//! A stable sort that compares with Python's `<` (which may run Python
//! code and fail), as `sorted()` and `list.sort()` need.

use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Sort `items` by `key` (if any), stable; `reverse` keeps equal items in
/// their original order, as CPython does.
pub fn sort_values(vm: &mut Vm, mut items: Vec<Value>, key: Option<Value>, reverse: bool) -> PyResult<Vec<Value>> {
    let keys: Vec<Value> = match &key {
        Some(k) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in &items {
                ks.push(vm.call_sync(k.clone(), vec![it.clone()], Vec::new())?);
            }
            ks
        }
        None => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    let sorted = merge_sort(vm, idx, &keys)?;
    let mut order = sorted;
    if reverse {
        order.reverse();
    }
    let mut slots: Vec<Option<Value>> = items.drain(..).map(Some).collect();
    Ok(order.into_iter().filter_map(|i| slots[i].take()).collect())
}

fn merge_sort(vm: &mut Vm, v: Vec<usize>, keys: &[Value]) -> PyResult<Vec<usize>> {
    if v.len() <= 1 {
        return Ok(v);
    }
    // Insertion sort for short runs (fewer comparisons, stable).
    if v.len() <= 8 {
        let mut out: Vec<usize> = Vec::with_capacity(v.len());
        for x in v {
            let mut pos = out.len();
            while pos > 0 && vm.lt(&keys[x], &keys[out[pos - 1]])? {
                pos -= 1;
            }
            out.insert(pos, x);
        }
        return Ok(out);
    }
    let mut left = v;
    let right = left.split_off(left.len() / 2);
    let left = merge_sort(vm, left, keys)?;
    let right = merge_sort(vm, right, keys)?;
    let mut out = Vec::with_capacity(left.len() + right.len());
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        // Take from the right only if strictly smaller (stability).
        if vm.lt(&keys[right[j]], &keys[left[i]])? {
            out.push(right[j]);
            j += 1;
        } else {
            out.push(left[i]);
            i += 1;
        }
    }
    out.extend_from_slice(&left[i..]);
    out.extend_from_slice(&right[j..]);
    Ok(out)
}
