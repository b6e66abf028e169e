//! The UI benchmark (PRODUCT.md §4): prints figures, asserts nothing.
//!
//!   cargo xtask test   (or: trunk build --release=true --offline=true --dist target/e2e-dist)
//!   LOOPSCOPE_DIST=target/e2e-dist cargo test -p loopscope-web --features e2e --test bench
//!
//! - page weight: gzip -9 of the html, js, wasm and css in the built page;
//! - first render: ms from navigation start to the app's first frame;
//! - step→paint: a step command (Shift+→, one line) issued at the start of
//!   a frame, to the end of that frame's rendering work (a message posted
//!   from the frame's requestAnimationFrame callback arrives after the
//!   frame is painted), on 40_gather_10000 once its tasks exist, and on a
//!   small program for comparison. Steps are 100 ms apart, like a held key.
#![cfg(not(target_arch = "wasm32"))]

mod browser;
mod server;

use browser::{until, with_page};
use std::path::PathBuf;
use thirtyfour::prelude::*;

fn dist() -> PathBuf {
    std::env::var("LOOPSCOPE_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/e2e-dist"))
}

fn gzip_size(path: &std::path::Path) -> u64 {
    let out = std::process::Command::new("gzip")
        .args(["-9", "-c"])
        .arg(path)
        .output()
        .expect("gzip");
    out.stdout.len() as u64
}

fn page_weight(dist: &std::path::Path) {
    let mut total = (0, 0);
    let mut rows = Vec::new();
    for entry in std::fs::read_dir(dist).unwrap().flatten() {
        let path = entry.path();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !["html", "js", "wasm", "css"].contains(&ext) {
            continue;
        }
        let raw = entry.metadata().unwrap().len();
        let gz = gzip_size(&path);
        total.0 += raw;
        total.1 += gz;
        rows.push((ext.to_string(), raw, gz));
    }
    rows.sort_by(|a, b| b.2.cmp(&a.2));
    println!("page weight (gzip -9):");
    for (ext, raw, gz) in rows {
        println!("  {ext:5} {:>9} B raw {:>8} B gzip", raw, gz);
    }
    println!("  total {:>9} B raw {:>8} B gzip ({:.1} KB; budget 400 KB)", total.0, total.1, total.1 as f64 / 1024.0);
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i]
}

const STEP_SCRIPT: &str = "
const done = arguments[arguments.length - 1];
const n = arguments[0];
const paint = [];
let i = 0;
function one() {
  requestAnimationFrame(() => {
    const t0 = performance.now();
    document.body.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowRight', shiftKey: true, bubbles: true}));
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      paint.push(performance.now() - t0);
      if (++i < n) setTimeout(one, 100); else setTimeout(() => done(paint), 50);
    };
    ch.port2.postMessage(0);
  });
}
one();";

async fn step_times(driver: &WebDriver, n: usize, label: &str) -> WebDriverResult<()> {
    let mut paint: Vec<f64> = driver
        .execute_async(STEP_SCRIPT, vec![serde_json::json!(n)])
        .await?
        .convert()?;
    paint.sort_by(f64::total_cmp);
    println!(
        "step→paint {label}: p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms over {} steps (budget: p95 ≤ 16 ms)",
        percentile(&paint, 0.5),
        percentile(&paint, 0.95),
        paint.last().copied().unwrap_or(f64::NAN),
        paint.len(),
    );
    Ok(())
}

async fn text(driver: &WebDriver, css: &str) -> WebDriverResult<String> {
    driver
        .execute(
            &format!("const e = document.querySelector('{css}'); return e ? e.textContent : ''"),
            vec![],
        )
        .await?
        .convert()
}

async fn open_example(driver: &WebDriver, file: &str, patience_s: u64) -> WebDriverResult<f64> {
    let n = loopscope_web::examples::EXAMPLES.iter().position(|e| e.file == file).unwrap() + 1;
    driver.find(By::Css("[data-testid=examples]")).await?.click().await?;
    let item = driver.find(By::Css(format!("[data-testid=example-{n}]"))).await?;
    item.scroll_into_view().await?;
    let started = std::time::Instant::now();
    item.click().await?;
    loop {
        tokio::time::sleep(std::time::Duration::from_millis(250)).await;
        let counter = text(driver, "[data-testid=step-counter]").await.unwrap_or_default();
        if counter.contains("step") && !counter.contains("recording") {
            break;
        }
        if started.elapsed().as_secs() > patience_s {
            println!("  (still recording after {patience_s} s: {counter})");
            break;
        }
    }
    Ok(started.elapsed().as_secs_f64())
}

#[tokio::main]
async fn main() {
    let dist = dist();
    assert!(dist.join("index.html").is_file(), "no built page in {}", dist.display());
    page_weight(&dist);
    let url = server::serve(dist);

    // First render, three fresh loads.
    for i in 0..3 {
        with_page(&format!("bench-first-{i}"), url, |driver| async move {
            let d = driver.clone();
            let first: f64 = until("the app renders", || {
                let d = d.clone();
                async move {
                    let v: Option<f64> = d
                        .execute("return window.loopscopeFirstRender || null", vec![])
                        .await?
                        .convert()?;
                    Ok(v)
                }
            })
            .await;
            let fcp: f64 = driver
                .execute(
                    "const e = performance.getEntriesByName('first-contentful-paint')[0]; return e ? e.startTime : -1",
                    vec![],
                )
                .await?
                .convert()?;
            println!("first render: app mounted at {first:.0} ms after navigation start (first contentful paint {fcp:.0} ms)");
            Ok(())
        })
        .await;
    }

    with_page("bench-steps", url, |driver| async move {
        driver
            .set_script_timeout(std::time::Duration::from_secs(600))
            .await?;
        let took = open_example(&driver, "12_sequential_vs_gather.py", 60).await?;
        println!("12_sequential_vs_gather: recorded in {took:.1} s, {}", text(&driver, "[data-testid=step-counter]").await?);
        step_times(&driver, 60, "12_sequential_vs_gather (4 tasks)").await?;

        let took = open_example(&driver, "40_gather_10000.py", 200).await?;
        let counter = text(&driver, "[data-testid=step-counter]").await?;
        let capped = text(&driver, "[data-testid=capped]").await?;
        println!("40_gather_10000: recorded in {took:.1} s: {counter} {capped}");
        // Steps through two stretches: a quarter of the way in (tasks
        // starting and waiting) and half way (timers firing).
        let last: usize = driver
            .execute(
                "const r = document.querySelector('[data-testid=scrubber]'); return parseInt(r.max)",
                vec![],
            )
            .await?
            .convert()?;
        for from in [last / 4, last / 2] {
            driver
                .execute(
                    "const r = document.querySelector('[data-testid=scrubber]'); r.value = arguments[0]; r.dispatchEvent(new Event('input', {bubbles: true}));",
                    vec![serde_json::json!(from)],
                )
                .await?;
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
            let tasks = text(&driver, "[data-testid=panel-tasks] .panel-title .n").await?;
            let timers = text(&driver, ".timers-row .sub .n").await?;
            let label = format!("40_gather_10000 from step {from} ({tasks} tasks, {timers} timers)");
            step_times(&driver, 100.min(last - from), &label).await?;
        }
        driver
            .screenshot(&browser::screenshot_dir().join("bench-10000-tasks.png"))
            .await?;
        Ok(())
    })
    .await;
}
