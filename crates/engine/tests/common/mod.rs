//! Shared helpers for the corpus tests.

use std::path::{Path, PathBuf};

pub fn corpus_dir(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/corpus").join(sub)
}

/// The `.py` files of a corpus folder, sorted.
pub fn programs(sub: &str) -> Vec<PathBuf> {
    programs_in(&corpus_dir(sub))
}

pub fn programs_in(dir: &Path) -> Vec<PathBuf> {
    let sub = dir.display().to_string();
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("corpus folder {sub}: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().map(|x| x == "py").unwrap_or(false))
        .collect();
    v.sort();
    v
}

pub fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_default()
}

/// A line-by-line diff summary of expected vs actual (first difference).
/// (Not every test binary that includes this module uses it.)
#[allow(dead_code)]
pub fn first_difference(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    for i in 0..e.len().max(a.len()) {
        let (x, y) = (e.get(i).copied().unwrap_or("<missing>"), a.get(i).copied().unwrap_or("<missing>"));
        if x != y {
            return format!("line {}: expected {:?}\n           got      {:?}", i + 1, x, y);
        }
    }
    "(same lines)".to_string()
}
