//! `cargo xtask bench [RUNS]`: every figure of the performance goals in
//! one run, against CPython on the same machine in the same run, printed
//! as a table and written into the README between its bench markers.
//!
//! - the engine's benchmark (`crates/engine/benches/engine.rs`): engine
//!   and recording time against `python3 tools/reference/cpython_ref.py`
//!   at 10,000 and 100,000 tasks, history bytes per step, jumps;
//! - peak memory: the `loopscope` command as pip installs it (profile
//!   `wheel`) against CPython, each a child measured by the kernel
//!   (`tools/bench/peak_rss.py`);
//! - the page: its weight (gzip -9 and brotli of the files a visit
//!   loads), then the UI benchmark in Chromium (`tests/e2e/bench.rs`):
//!   step→paint, first render, long tasks.
//!
//! Each part writes its figures as JSON; this reads them back as data.

use crate::compress::{self, Weight};
use crate::proc;
use crate::tools::{self, Env};
use serde_json::Value;
use std::path::{Path, PathBuf};

const BEGIN: &str = "<!-- bench:begin (cargo xtask bench writes this table) -->";
const END: &str = "<!-- bench:end -->";

/// (min, median, max).
fn spread(v: &[f64]) -> (f64, f64, f64) {
    let mut v: Vec<f64> = v.iter().copied().filter(|x| x.is_finite()).collect();
    if v.is_empty() {
        return (f64::NAN, f64::NAN, f64::NAN);
    }
    v.sort_by(f64::total_cmp);
    (v[0], v[v.len() / 2], v[v.len() - 1])
}

fn percentile(v: &[f64], p: f64) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(f64::total_cmp);
    v.get(((v.len().max(1) - 1) as f64 * p).round() as usize).copied().unwrap_or(f64::NAN)
}

fn floats(v: &Value) -> Vec<f64> {
    v.as_array().map(|a| a.iter().filter_map(Value::as_f64).collect()).unwrap_or_default()
}

fn read_json(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// One measured child: wall seconds and peak RSS in MiB.
struct Child {
    seconds: f64,
    mib: f64,
}

fn peak_rss(root: &Path, cmd: &[&Path]) -> Result<Child, String> {
    let mut c = std::process::Command::new("python3");
    c.arg(root.join("tools/bench/peak_rss.py")).args(cmd);
    let out = c.output().map_err(|e| format!("python3: {e}"))?;
    if !out.status.success() {
        return Err(format!("peak_rss.py {}: {}", cmd[0].display(), String::from_utf8_lossy(&out.stderr)));
    }
    let v: Value = serde_json::from_slice(&out.stdout).map_err(|e| e.to_string())?;
    Ok(Child { seconds: v["seconds"].as_f64().unwrap_or(f64::NAN), mib: v["max_rss_kib"].as_f64().unwrap_or(f64::NAN) / 1024.0 })
}

/// Peak memory and time of `loopscope run` and of CPython, `runs` times
/// each, at each size of the gather program.
struct Memory {
    tasks: usize,
    loopscope: Vec<Child>,
    cpython: Vec<Child>,
}

fn memory(root: &Path, env: &Env, runs: usize, out: &Path) -> Result<Vec<Memory>, String> {
    let mut build = env.command(&tools::cargo());
    build.args(["build", "--profile", "wheel", "-p", "loopscope-cli"]).current_dir(root);
    proc::status(&mut build)?;
    let cli = root.join("target/wheel/loopscope");
    let reference = root.join("tools/reference/cpython_ref.py");
    let python = PathBuf::from("python3");
    let source = std::fs::read_to_string(root.join("crates/engine/tests/data/corpus/reference/programs/40_gather_10000.py")).map_err(|e| e.to_string())?;
    let mut all = Vec::new();
    for tasks in [10_000usize, 100_000] {
        let file = out.join(format!("gather_{tasks}.py"));
        std::fs::write(&file, source.replace("10_000", &tasks.to_string())).map_err(|e| e.to_string())?;
        let run = PathBuf::from("run");
        let mut m = Memory { tasks, loopscope: Vec::new(), cpython: Vec::new() };
        for _ in 0..runs {
            m.loopscope.push(peak_rss(root, &[&cli, &run, &file])?);
            m.cpython.push(peak_rss(root, &[&python, &reference, &file])?);
        }
        let med = |v: &[Child], f: fn(&Child) -> f64| spread(&v.iter().map(f).collect::<Vec<_>>()).1;
        eprintln!(
            "xtask: {tasks} tasks: loopscope run {:.0} MiB {:.2} s, CPython {:.0} MiB {:.2} s (medians)",
            med(&m.loopscope, |c| c.mib),
            med(&m.loopscope, |c| c.seconds),
            med(&m.cpython, |c| c.mib),
            med(&m.cpython, |c| c.seconds)
        );
        all.push(m);
    }
    Ok(all)
}

fn engine(root: &Path, env: &Env, runs: usize, out: &Path) -> Result<Value, String> {
    let json = out.join("engine.json");
    let mut cmd = env.command(&tools::cargo());
    cmd.args(["bench", "-p", "loopscope-engine", "--bench", "engine"]).current_dir(root);
    cmd.env("LOOPSCOPE_BENCH_JSON", &json).env("LOOPSCOPE_BENCH_RUNS", runs.to_string());
    proc::status(&mut cmd)?;
    read_json(&json)
}

fn page(root: &Path, env: &Env, out: &Path) -> Result<(Vec<Weight>, Value), String> {
    let dist = root.join("target/bench-dist");
    let _ = std::fs::remove_dir_all(&dist);
    crate::dist::build_page(root, env, &dist)?;
    let weights = compress::precompress(&dist)?;
    let json = out.join("page.json");
    let mut cmd = env.command(&tools::cargo());
    cmd.args(["test", "-p", "loopscope-web", "--features", "e2e", "--test", "bench"]).current_dir(root);
    cmd.env("LOOPSCOPE_DIST", &dist).env("LOOPSCOPE_BENCH_JSON", &json);
    cmd.env("CHROMEDRIVER", &env.chromedriver).env("CHROME_BIN", &env.chrome);
    proc::status(&mut cmd)?;
    Ok((weights, read_json(&json)?))
}

/// The page figures by key (the UI benchmark writes `[key, value]` pairs).
fn page_values<'a>(page: &'a Value, key: &str) -> Vec<&'a Value> {
    page.as_array().map(|a| a.iter().filter(|p| p[0] == key).map(|p| &p[1]).collect()).unwrap_or_default()
}

/// 100000 → "100,000".
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn kb(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / 1024.0)
}

fn secs(v: &[f64]) -> String {
    let (lo, mid, hi) = spread(v);
    format!("{lo:.3} / {mid:.3} / {hi:.3} s")
}

/// The README table: one row per goal of the performance issue.
fn table(weights: &[Weight], engine: &Value, memory: &[Memory], page: &Value, runs: usize) -> String {
    let mut rows: Vec<[String; 3]> = Vec::new();
    let page_files: Vec<&Weight> = weights.iter().filter(|w| compress::is_page_file(&w.file)).collect();
    let sum = |f: fn(&Weight) -> u64| page_files.iter().map(|w| f(w)).sum::<u64>();
    let wasm = page_files.iter().find(|w| w.file.ends_with(".wasm"));
    rows.push([
        "page: html + js + wasm + css as a visit loads them".into(),
        format!(
            "{} gzip -9, {} brotli ({} raw); the engine (wasm) {} gzip, {} brotli",
            kb(sum(|w| w.gzip)),
            kb(sum(|w| w.brotli)),
            kb(sum(|w| w.raw)),
            wasm.map_or("-".into(), |w| kb(w.gzip)),
            wasm.map_or("-".into(), |w| kb(w.brotli))
        ),
        "≤ 400 KB gzip".into(),
    ]);
    let sizes = engine["sizes"].as_array().cloned().unwrap_or_default();
    let median = |s: &Value, k: &str| spread(&floats(&s[k])).1;
    for s in &sizes {
        let n = s["tasks"].as_u64().unwrap_or(0);
        let c = median(s, "cpython_s");
        rows.push([
            format!("{} tasks (`40_gather_10000.py` scaled), recording (history on) vs CPython 3.11", grouped(n)),
            format!("{} vs {} ({:.2}×)", secs(&floats(&s["history_s"])), secs(&floats(&s["cpython_s"])), median(s, "history_s") / c),
            if n == 10_000 { "≤ 0.5×".into() } else { "linear".into() },
        ]);
        rows.push([
            format!("{} tasks, the engine alone (no history)", grouped(n)),
            format!("{} ({:.2}× CPython's)", secs(&floats(&s["engine_s"])), median(s, "engine_s") / c),
            if n == 10_000 { "≤ 0.2×".into() } else { String::new() },
        ]);
    }
    if let [small, big] = &sizes[..] {
        rows.push([
            "recording 100,000 tasks / recording 10,000 (medians)".into(),
            format!("{:.1}×", median(big, "history_s") / median(small, "history_s")),
            "≤ 11×".into(),
        ]);
    }
    for m in memory {
        let (lo, mid, hi) = spread(&m.loopscope.iter().map(|c| c.mib).collect::<Vec<_>>());
        let (clo, cmid, chi) = spread(&m.cpython.iter().map(|c| c.mib).collect::<Vec<_>>());
        rows.push([
            format!("peak RSS, {} tasks: `loopscope run` vs CPython", grouped(m.tasks as u64)),
            format!("{lo:.0} / {mid:.0} / {hi:.0} MiB vs {clo:.0} / {cmid:.0} / {chi:.0} MiB ({:.2}×)", mid / cmid),
            "≤ CPython".into(),
        ]);
    }
    rows.push(["history, bytes per recorded step (40_gather_10000)".into(), format!("{:.1}", engine["bytes_per_step"].as_f64().unwrap_or(f64::NAN)), "≤ 64".into()]);
    let jump = floats(&engine["jump_ms"]);
    if let [p50, p95] = jump[..] {
        rows.push(["jump to a random step of 40_gather_10000 (as the page reads it)".into(), format!("p50 {p50:.2} ms, p95 {p95:.2} ms"), String::new()]);
    }
    let paint: Vec<f64> = page_values(page, "step_paint_10000_ms").iter().flat_map(|v| floats(v)).collect();
    let small: Vec<f64> = page_values(page, "step_paint_4_ms").iter().flat_map(|v| floats(v)).collect();
    rows.push([
        "step → painted frame, 10,000 tasks, headless Chromium".into(),
        format!("p50 {:.1} ms, p95 {:.1} ms ({} steps); 4 tasks: p50 {:.1}, p95 {:.1} ms", percentile(&paint, 0.5), percentile(&paint, 0.95), paint.len(), percentile(&small, 0.5), percentile(&small, 0.95)),
        "p95 ≤ 12 ms".into(),
    ]);
    let first: Vec<f64> = page_values(page, "first_render_ms").iter().filter_map(|v| v.as_f64()).collect();
    let (lo, mid, hi) = spread(&first);
    rows.push(["first render (app mounted after navigation start)".into(), format!("{lo:.0} / {mid:.0} / {hi:.0} ms ({} loads)", first.len()), "≤ 300 ms".into()]);
    let long: Vec<String> = page_values(page, "long_task_ms").iter().map(|v| format!("{} {:.0} ms", v[0].as_str().unwrap_or("?"), v[1].as_f64().unwrap_or(f64::NAN))).collect();
    rows.push(["longest task while recording, scrubbing, stepping".into(), long.join("; "), "none over 50 ms".into()]);
    if let Some(steps) = engine["largest"]["steps"].as_u64() {
        rows.push(["largest run recorded".into(), format!("{} steps ({:.1} B/step)", grouped(steps), engine["largest"]["bytes_per_step"].as_f64().unwrap_or(f64::NAN)), "≥ 1,000,000".into()]);
    }
    let mut t = format!("Timed figures are min / median / max of {runs} runs.\n\n| what | measured | goal |\n|---|---|---|\n");
    for [a, b, c] in rows {
        t.push_str(&format!("| {a} | {b} | {c} |\n"));
    }
    t
}

/// Replaces what is between the markers of `readme` with `table`.
fn splice(readme: &str, table: &str, stamp: &str) -> Result<String, String> {
    let a = readme.find(BEGIN).ok_or("the README has no bench:begin marker")? + BEGIN.len();
    let b = readme.find(END).ok_or("the README has no bench:end marker")?;
    if b < a {
        return Err("the README's bench markers are out of order".into());
    }
    Ok(format!("{}\n{stamp}\n\n{table}{}", &readme[..a], &readme[b..]))
}

pub fn run(root: &Path, runs: usize) -> Result<(), String> {
    let env = tools::ensure(root, tools::Need::All)?;
    let out = root.join("target/bench");
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    let engine = engine(root, &env, runs, &out)?;
    let memory = memory(root, &env, runs, &out)?;
    let (weights, page) = page(root, &env, &out)?;
    let table = table(&weights, &engine, &memory, &page, runs);
    let date = proc::output(&mut std::process::Command::new("date").arg("+%Y-%m-%d")).unwrap_or_default();
    let cpus = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    let stamp = format!("Measured by `cargo xtask bench {runs}` on {date}, {cpus} cores (this machine is shared: figures move between runs).");
    println!("\n{stamp}\n\n{table}");
    let readme = root.join("README.md");
    let text = std::fs::read_to_string(&readme).map_err(|e| e.to_string())?;
    std::fs::write(&readme, splice(&text, &table, &stamp)?).map_err(|e| e.to_string())?;
    eprintln!("xtask: README.md's table regenerated");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!((grouped(0), grouped(999), grouped(1000), grouped(1_200_008)), ("0".into(), "999".into(), "1,000".into(), "1,200,008".into()));
    }

    #[test]
    fn spread_is_min_median_max() {
        assert_eq!(spread(&[3.0, 1.0, 2.0]), (1.0, 2.0, 3.0));
        assert!(spread(&[]).0.is_nan());
    }

    #[test]
    fn splice_replaces_only_between_the_markers() {
        let readme = format!("intro\n{BEGIN}\nold table\n{END}\nafter\n");
        let out = splice(&readme, "| new |\n", "stamp").unwrap();
        assert_eq!(out, format!("intro\n{BEGIN}\nstamp\n\n| new |\n{END}\nafter\n"));
        assert!(splice("no markers", "t", "s").is_err());
    }

    #[test]
    fn the_table_has_a_row_per_goal() {
        let engine = serde_json::json!({
            "sizes": [
                {"tasks": 10000, "steps": 79032, "engine_s": [0.1, 0.1, 0.1], "history_s": [0.2, 0.2, 0.2], "cpython_s": [0.5, 0.5, 0.5]},
                {"tasks": 100000, "steps": 790068, "engine_s": [1.0], "history_s": [2.0], "cpython_s": [4.0]}
            ],
            "bytes_per_step": 63.7, "jump_ms": [0.2, 0.3], "largest": {"steps": 1200008, "bytes_per_step": 16.0}
        });
        let page = serde_json::json!([["first_render_ms", 250.0], ["step_paint_10000_ms", [5.0, 9.0]], ["long_task_ms", ["40_gather_10000", 74.0]]]);
        let weights = vec![Weight { file: "loopscope-web-1_bg.wasm".into(), raw: 2_000_000, gzip: 700_000, brotli: 550_000 }];
        let memory = vec![Memory { tasks: 10_000, loopscope: vec![Child { seconds: 0.2, mib: 30.0 }], cpython: vec![Child { seconds: 0.5, mib: 40.0 }] }];
        let t = table(&weights, &engine, &memory, &page, 3);
        assert!(t.contains("(0.40×)"), "{t}");
        assert!(t.contains("| recording 100,000 tasks / recording 10,000 (medians) | 10.0× | ≤ 11× |"), "{t}");
        assert!(t.contains("683.6 KB gzip"), "{t}");
        assert!(t.contains("30 / 30 / 30 MiB vs 40 / 40 / 40 MiB (0.75×)"), "{t}");
        assert!(t.contains("40_gather_10000 74 ms"), "{t}");
    }
}
