//! `cargo xtask fuzz [SECONDS]`: coverage-guided fuzzing of the engine with
//! cargo-fuzz (libFuzzer, no sanitizer: stable Rust), seeded with every
//! program of the project. Two targets: `parse` (decode, lex, parse,
//! compile, highlight, paste help) and `run` (whole programs under tight
//! limits). A crash, a hang (-timeout) or a memory blow-up (-rss_limit_mb)
//! fails it, and libFuzzer writes the input to crates/engine/fuzz/artifacts/.
//! `cargo xtask test` runs both for a few seconds; the README names the
//! long campaign.

use crate::proc;
use crate::tools::{self, Env};
use std::path::Path;

const CARGO_FUZZ_VERSION: &str = "0.13.2";

fn ensure_cargo_fuzz(env: &Env) -> Result<(), String> {
    let found = proc::output(env.command(&tools::cargo()).args(["fuzz", "--version"]));
    if found.as_deref().is_some_and(|v| v.contains(CARGO_FUZZ_VERSION)) {
        return Ok(());
    }
    eprintln!("xtask: installing cargo-fuzz {CARGO_FUZZ_VERSION} (found: {})", found.as_deref().unwrap_or("none"));
    proc::status(env.command(&tools::cargo()).args(["install", "--locked", &format!("cargo-fuzz@{CARGO_FUZZ_VERSION}")]))
}

/// Copies every `.py` under `from` into `to` (the targets' seed corpus).
fn seed(from: &Path, to: &Path) -> Result<usize, String> {
    std::fs::create_dir_all(to).map_err(|e| e.to_string())?;
    let mut n = 0;
    let mut dirs = vec![from.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?.flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "py") {
                let name = path.strip_prefix(from).unwrap_or(&path).to_string_lossy().replace('/', "_");
                std::fs::copy(&path, to.join(name)).map_err(|e| e.to_string())?;
                n += 1;
            }
        }
    }
    Ok(n)
}

/// Runs each target for `seconds` (one process each, one after the other).
pub fn run(root: &Path, env: &Env, seconds: u64) -> Result<(), String> {
    ensure_cargo_fuzz(env)?;
    let dir = root.join("crates/engine/fuzz");
    for target in ["parse", "run"] {
        let corpus = dir.join("corpus").join(target);
        let n = seed(&root.join("crates/engine/tests/data/corpus"), &corpus)?;
        eprintln!("xtask: fuzz {target}: {n} seed programs, {seconds} s");
        let mut cmd = env.command(&tools::cargo());
        cmd.current_dir(&dir)
            .args(["fuzz", "run", "--sanitizer", "none", "--release", target])
            .arg(&corpus)
            .args(["--", &format!("-max_total_time={seconds}"), "-rss_limit_mb=2048", "-timeout=20", "-max_len=4096", "-print_final_stats=1"]);
        proc::status(&mut cmd)?;
    }
    Ok(())
}
