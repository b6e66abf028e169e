//! Benchmarks (prints figures; not a timed test). Run with
//! `cargo bench -p loopscope-engine --bench engine`.
//!
//! - Engine vs CPython: 40_gather_10000.py and a 100,000-task variant,
//!   through the engine (native, optimised, history off and on) and through
//!   `python3 tools/reference/cpython_ref.py`, with the ratio
//!   (budget: engine ≤ 0.5 × CPython at 10k tasks; 100k linear).
//! - History: recorded steps per second, bytes per step on 40_gather_10000
//!   (budget ≤ 64), time to rebuild a random step (p50/p95; budget ≤ 16 ms),
//!   and the largest run recorded (budget ≥ 1,000,000 steps).

use engine::{RecordOptions, Recording};
use std::path::PathBuf;
use std::time::Instant;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn program(n: usize) -> String {
    let src = std::fs::read_to_string(root().join("crates/engine/tests/data/corpus/reference/programs/40_gather_10000.py")).expect("program");
    if n == 10_000 {
        src
    } else {
        src.replace("10_000", &n.to_string())
    }
}

/// How many times each timed figure is measured (`LOOPSCOPE_BENCH_RUNS`,
/// default 3); min, median and max are printed.
fn runs() -> usize {
    std::env::var("LOOPSCOPE_BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(3).max(1)
}

fn timed<F: FnMut() -> f64>(mut f: F) -> Vec<f64> {
    (0..runs()).map(|_| f()).collect()
}

/// (min, median, max) of some runs.
fn spread(v: &[f64]) -> (f64, f64, f64) {
    let mut v = v.to_vec();
    v.sort_by(f64::total_cmp);
    (v[0], v[v.len() / 2], v[v.len() - 1])
}

fn show(v: &[f64]) -> String {
    let (lo, mid, hi) = spread(v);
    format!("{lo:.3}/{mid:.3}/{hi:.3}s")
}

fn engine_time(src: &str) -> Vec<f64> {
    timed(|| {
        let t = Instant::now();
        let r = engine::run_source(src, "bench.py");
        assert_eq!(r.exit_code, 0);
        t.elapsed().as_secs_f64()
    })
}

fn engine_recorded_time(src: &str) -> (Vec<f64>, usize) {
    let mut steps = 0;
    let t = timed(|| {
        let t = Instant::now();
        let h = Recording::new(src, "bench.py").expect("compiles").run_to_end(&RecordOptions::default());
        steps = h.len();
        t.elapsed().as_secs_f64()
    });
    (t, steps)
}

/// Wall time of `python3 tools/reference/cpython_ref.py` (CPython's own
/// start-up included, as a learner runs it).
fn cpython_time(src: &str) -> Option<Vec<f64>> {
    let dir = std::env::temp_dir().join("loopscope-bench");
    std::fs::create_dir_all(&dir).ok()?;
    let file = dir.join("bench.py");
    std::fs::write(&file, src).ok()?;
    let runner = root().join("tools/reference/cpython_ref.py");
    std::process::Command::new("python3").arg("--version").output().ok()?;
    Some(timed(|| {
        let t = Instant::now();
        let ok = std::process::Command::new("python3").arg(&runner).arg(&file).output().map(|o| o.status.success()).unwrap_or(false);
        assert!(ok, "python3 cpython_ref.py failed");
        t.elapsed().as_secs_f64()
    }))
}

fn percentile(v: &mut [f64], p: f64) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

/// What the page does per step on 40_gather_10000: line steps through
/// the stretches the UI benchmark uses (a quarter and half way in). The
/// full view (every row, as the CLI and tests read it) against what the
/// page reads: `History::step` plus the rows on screen (the first ready
/// handles, 30 timers, 30 tasks). Prints p50/p95 per step.
fn view_per_step(h: &engine::History, n: usize) {
    let last = h.len() - 1;
    for from in [last / 4, last / 2] {
        let (mut full, mut page) = (Vec::new(), Vec::new());
        for k in from..(from + n).min(last) {
            let t = Instant::now();
            let v = h.step(k);
            let lists = h.lists(&v);
            full.push(t.elapsed().as_secs_f64() * 1000.0);
            assert_eq!(v.index, k);
            let t = Instant::now();
            let s = h.step(k);
            let rows = (h.ready_rows(&s, 0..24), h.timer_rows(&s, 0..30), h.task_rows(&s, 0..30));
            page.push(t.elapsed().as_secs_f64() * 1000.0);
            assert_eq!(rows.2.len(), lists.tasks.len().min(30));
        }
        println!(
            "per line step from step {from}: History::step + lists p50 {:.3} ms, p95 {:.3} ms; History::step + rows on screen p50 {:.3} ms, p95 {:.3} ms",
            percentile(&mut full, 0.5),
            percentile(&mut full, 0.95),
            percentile(&mut page, 0.5),
            percentile(&mut page, 0.95)
        );
    }
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` passes nothing
    // useful: run a smaller check then. `cargo bench ... -- view` prints
    // only the per-step view figures.
    let quick = !std::env::args().any(|a| a == "--bench");
    if std::env::args().any(|a| a == "view") {
        let h = Recording::new(&program(10_000), "bench.py").expect("compiles").run_to_end(&RecordOptions::default());
        println!("== 40_gather_10000: {} steps", h.len());
        view_per_step(&h, 100);
        return;
    }
    let mut figures = serde_json::Map::new();
    println!("== engine vs CPython (wall time, min/median/max of {} runs)", runs());
    let sizes: &[usize] = if quick { &[1_000] } else { &[10_000, 100_000] };
    let mut per_task = Vec::new();
    let mut by_size = Vec::new();
    for &n in sizes {
        let src = program(n);
        let e = engine_time(&src);
        let (er, steps) = engine_recorded_time(&src);
        let c = cpython_time(&src);
        let ratio = |v: &[f64], c: &[f64]| spread(v).1 / spread(c).1;
        match &c {
            Some(c) => println!(
                "{n:>7} tasks: engine {} (with history {}, {steps} steps), CPython {}, ratio of medians {:.2} ({:.2} with history)",
                show(&e),
                show(&er),
                show(c),
                ratio(&e, c),
                ratio(&er, c)
            ),
            None => println!("{n:>7} tasks: engine {} (with history {}), CPython not available", show(&e), show(&er)),
        }
        per_task.push((n, spread(&er).1 / n as f64));
        by_size.push(serde_json::json!({"tasks": n, "steps": steps, "engine_s": e, "history_s": er, "cpython_s": c}));
    }
    figures.insert("sizes".into(), by_size.into());
    if per_task.len() == 2 {
        println!("scaling: {:.2} µs/task at {} tasks, {:.2} µs/task at {} tasks (linear if close)", per_task[0].1 * 1e6, per_task[0].0, per_task[1].1 * 1e6, per_task[1].0);
    }

    println!("\n== history on 40_gather_10000");
    let src = program(if quick { 1_000 } else { 10_000 });
    let t = Instant::now();
    let h = Recording::new(&src, "bench.py").expect("compiles").run_to_end(&RecordOptions::default());
    let dt = t.elapsed().as_secs_f64();
    println!("{} steps recorded in {:.3}s: {:.0} steps/s", h.len(), dt, h.len() as f64 / dt);
    println!("store: {} bytes, {:.1} bytes/step (budget 64)", h.bytes(), h.bytes() as f64 / h.len() as f64);
    figures.insert("steps_per_s".into(), (h.len() as f64 / dt).into());
    figures.insert("bytes_per_step".into(), (h.bytes() as f64 / h.len() as f64).into());
    for (what, b) in h.bytes_breakdown() {
        println!("  {what:>15}: {:.1} B/step", b as f64 / h.len() as f64);
    }
    // A jump as the page makes it (the step, then the rows on screen), and
    // separately the whole view (every row's text, as the CLI and the tests
    // read it). Separate loops: freeing a whole view's 100,000 small
    // strings makes the allocator's next large request slow, which would
    // be charged to the page's jump.
    let mut ks = Vec::new();
    let mut x: u64 = 0x9E3779B97F4A7C15;
    for _ in 0..if quick { 20 } else { 300 } {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        ks.push((x % h.len() as u64) as usize);
    }
    let mut page = Vec::new();
    for &k in &ks {
        let t = Instant::now();
        let s = h.step(k);
        let rows = (h.ready_rows(&s, 0..24), h.timer_rows(&s, 0..30), h.task_rows(&s, 0..30));
        page.push(t.elapsed().as_secs_f64() * 1000.0);
        assert_eq!(s.index, k);
        drop(rows);
    }
    let mut full = Vec::new();
    for &k in &ks {
        let t = Instant::now();
        let v = h.step(k);
        let _lists = h.lists(&v);
        full.push(t.elapsed().as_secs_f64() * 1000.0);
        assert_eq!(v.index, k);
    }
    let (p50, p95) = (percentile(&mut page, 0.5), percentile(&mut page, 0.95));
    println!("jump to a random step (step + rows on screen, as the page does): p50 {p50:.2} ms, p95 {p95:.2} ms (budget 16 ms)");
    figures.insert("jump_ms".into(), serde_json::json!([p50, p95]));
    println!("  the whole view of that step (all 10,000 tasks' text): p50 {:.2} ms, p95 {:.2} ms", percentile(&mut full, 0.5), percentile(&mut full, 0.95));
    view_per_step(&h, if quick { 10 } else { 100 });

    println!("\n== the largest run");
    // A CPU loop stepped line by line: over a million recorded steps.
    let big = "def crunch(n):\n    total = 0\n    for i in range(n):\n        total += i % 7\n    return total\n\nprint(crunch(if_n))\n".replace("if_n", if quick { "20_000" } else { "600_000" });
    let t = Instant::now();
    let h = Recording::new(&big, "big.py").expect("compiles").run_to_end(&RecordOptions { max_steps: 5_000_000, ..Default::default() });
    let dt = t.elapsed().as_secs_f64();
    println!(
        "{} steps recorded in {:.2}s ({:.0} steps/s), {:.1} bytes/step, outcome {:?}",
        h.len(),
        dt,
        h.len() as f64 / dt,
        h.bytes() as f64 / h.len() as f64,
        h.outcome
    );
    figures.insert("largest".into(), serde_json::json!({"steps": h.len(), "bytes_per_step": h.bytes() as f64 / h.len() as f64}));
    if let Ok(path) = std::env::var("LOOPSCOPE_BENCH_JSON") {
        std::fs::write(&path, serde_json::Value::Object(figures).to_string()).expect("write the figures");
    }
    let t = Instant::now();
    let v = h.step(h.len() / 2);
    println!("jump to its middle step: {:.2} ms (line {:?})", t.elapsed().as_secs_f64() * 1000.0, v.line);
}
