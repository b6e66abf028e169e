//! The UI benchmark (PRODUCT.md §4): prints figures, asserts nothing.
//! `cargo xtask bench` builds and precompresses the page, runs it and puts
//! its figures (written as JSON to `LOOPSCOPE_BENCH_JSON`) in the README's
//! table with the engine's and CPython's; the page's weight is measured
//! there (xtask/src/compress.rs).
//!
//! - first render: ms from navigation start to the app's first frame;
//! - step→paint: a step command (Shift+→, one line) issued at the start of
//!   a frame, to the end of that frame's rendering work (a message posted
//!   from the frame's requestAnimationFrame callback arrives after the
//!   frame is painted), on 40_gather_10000 once its tasks exist, and on a
//!   small program for comparison. Steps are 100 ms apart, like a held key;
//! - share links: their length for the examples (as edited programs);
//! - embeds: a cold load of an embed to its first interactive step; the
//!   bytes the demo page transfers before any click and after the first
//!   (as served here, uncompressed, and as gzip -9 of the same files).
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

/// gzip -9 size of a file of the page, from the `.gz` copy `cargo xtask
/// bench` (or `dist`) wrote next to it.
fn gzip_size(path: &std::path::Path) -> u64 {
    let mut gz = path.as_os_str().to_owned();
    gz.push(".gz");
    std::fs::metadata(&gz)
        .unwrap_or_else(|_| panic!("no {} (run `cargo xtask bench`: it precompresses the page)", std::path::Path::new(&gz).display()))
        .len()
}

/// The figures the table is made of, written as JSON at the end.
static FIGURES: std::sync::Mutex<Vec<(String, serde_json::Value)>> = std::sync::Mutex::new(Vec::new());

fn record(key: &str, value: serde_json::Value) {
    FIGURES.lock().unwrap().push((key.to_string(), value));
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

async fn step_times(driver: &WebDriver, n: usize, label: &str) -> WebDriverResult<Vec<f64>> {
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
    Ok(paint)
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
    let d = driver.clone();
    until("the page mounts", || {
        let d = d.clone();
        async move { Ok(d.find_all(By::Css("[data-testid=examples]")).await?.into_iter().next()) }
    })
    .await
    .click()
    .await?;
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

/// The longest task the page ran (a long-task observer, so frames the
/// browser could not paint) while recording `source`, going to its end,
/// scrubbing to a quarter, the middle and back, and stepping back.
async fn long_tasks(url: &'static str, label: &str, source: &str, patience_s: u64) {
    let source = source.to_string();
    let label = label.to_string();
    with_page(&format!("bench-long-{}", label.len()), url, move |driver| async move {
        let d = driver.clone();
        until("the page mounts", || {
            let d = d.clone();
            async move { Ok(d.find_all(By::Css("[data-testid=editor] textarea")).await?.into_iter().next()) }
        })
        .await;
        driver.execute("window.longest = []; new PerformanceObserver(l => { for (const e of l.getEntries()) window.longest.push(e.duration); }).observe({type: 'longtask'});", vec![]).await?;
        let started = std::time::Instant::now();
        driver
            .execute(
                "const t = document.querySelector('[data-testid=editor] textarea'); t.value = arguments[0]; t.dispatchEvent(new InputEvent('input', {bubbles: true}));",
                vec![serde_json::json!(source)],
            )
            .await?;
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        loop {
            tokio::time::sleep(std::time::Duration::from_millis(250)).await;
            let counter = text(&driver, "[data-testid=step-counter]").await.unwrap_or_default();
            if (counter.contains("step") && !counter.contains("recording")) || started.elapsed().as_secs() > patience_s {
                break;
            }
        }
        let recorded = started.elapsed().as_secs_f64();
        let script = "const r = document.querySelector('[data-testid=scrubber]'); r.value = arguments[0]; r.dispatchEvent(new Event('input', {bubbles: true}));";
        let last: usize = driver.execute("return parseInt(document.querySelector('[data-testid=scrubber]').max)", vec![]).await?.convert()?;
        for at in [last, last / 4, last / 2, 0, last] {
            driver.execute(script, vec![serde_json::json!(at)]).await?;
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        }
        for _ in 0..5 {
            driver.execute("document.querySelector('[data-testid=step-back]').click()", vec![]).await?;
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let mut tasks: Vec<f64> = driver.execute("return window.longest", vec![]).await?.convert()?;
        tasks.sort_by(f64::total_cmp);
        record("long_task_ms", serde_json::json!([label, tasks.last().copied().unwrap_or(0.0)]));
        println!(
            "long tasks, {label}: recorded in {recorded:.1} s, {} steps; {} tasks over 50 ms, longest {:.0} ms, median of those {:.0} ms (goal: none over 50 ms)",
            last + 1,
            tasks.len(),
            tasks.last().copied().unwrap_or(0.0),
            if tasks.is_empty() { 0.0 } else { percentile(&tasks, 0.5) },
        );
        Ok(())
    })
    .await;
}

fn link_lengths() {
    use loopscope_web::link::{Launch, Program};
    let mut code: Vec<(usize, usize)> = loopscope_web::examples::EXAMPLES
        .iter()
        .map(|e| {
            let l = Launch { program: Some(Program::Code(e.source.into())), ..Launch::default() };
            (l.fragment().len(), e.source.lines().count())
        })
        .collect();
    code.sort();
    let (max, lines) = code[code.len() - 1];
    let median = code[code.len() / 2].0;
    let hundred = code.iter().filter(|c| c.1 <= 100).map(|c| c.0).max().unwrap_or(0);
    println!(
        "share link fragment, the {} examples as edited programs: median {median}, max {max} characters ({lines} lines); longest of ≤100 lines {hundred} (goal < 2,000); as an example number: 14",
        code.len()
    );
}

/// Bytes the page and its frames fetched, as served (uncompressed here)
/// and as gzip -9 of the same files.
const TRANSFERRED: &str = "
    const wins = [window, ...[...document.querySelectorAll('iframe')].map(f => f.contentWindow)];
    return wins.flatMap(w => [...w.performance.getEntriesByType('navigation'), ...w.performance.getEntriesByType('resource')])
        .map(e => [e.name, e.transferSize]);";

/// What the page and its frames fetched: (requests, bytes as served here
/// (no compression, no caching headers), bytes a static host that gzips
/// and lets the browser cache would send: each file once, gzip -9).
async fn transferred(driver: &WebDriver, dist: &std::path::Path) -> WebDriverResult<(usize, u64, u64)> {
    let entries: Vec<(String, u64)> = driver.execute(TRANSFERRED, vec![]).await?.convert()?;
    let raw = entries.iter().map(|e| e.1).sum();
    let mut files: Vec<&str> = entries
        .iter()
        .filter(|e| e.1 > 0)
        .map(|(name, _)| name.split(['#', '?']).next().unwrap_or("").rsplit('/').next().unwrap_or(""))
        .map(|f| if f.is_empty() { "index.html" } else { f })
        .collect();
    files.sort();
    files.dedup();
    let gz = files.iter().map(|f| dist.join(f)).filter(|p| p.is_file()).map(|p| gzip_size(&p)).sum();
    Ok((entries.len(), raw, gz))
}

async fn embed_figures(url: &'static str, dist: &std::path::Path) {
    let mut loads = Vec::new();
    for i in 0..5 {
        let page = format!("{url}embed.html#v=1&example=12");
        let took = std::sync::Arc::new(std::sync::Mutex::new(0.0));
        let t = took.clone();
        with_page(&format!("bench-embed-{i}"), &page, |driver| async move {
            let d = driver.clone();
            let at: f64 = until("the embed can step", || {
                let d = d.clone();
                async move {
                    let v: Option<f64> = d
                        .execute("const b = document.querySelector('[data-testid=step-forward]'); return b && !b.disabled ? performance.now() : null", vec![])
                        .await?
                        .convert()?;
                    Ok(v)
                }
            })
            .await;
            *t.lock().unwrap() = at;
            Ok(())
        })
        .await;
        loads.push(*took.lock().unwrap());
    }
    loads.sort_by(f64::total_cmp);
    println!(
        "embed, cold load to its first interactive step (fresh profile, 5 loads): min {:.0} ms, median {:.0} ms, max {:.0} ms",
        loads[0], loads[2], loads[4]
    );

    let dist = dist.to_path_buf();
    with_page("bench-demo", &format!("{url}demo.html"), |driver| async move {
        let d = driver.clone();
        let button = until("the author script's buttons", || {
            let d = d.clone();
            async move { Ok(d.find_all(By::Css("[data-testid=activate]")).await?.into_iter().next()) }
        })
        .await;
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        let page = std::fs::metadata(dist.join("demo.html")).map(|m| m.len()).unwrap_or(0);
        let page_gz = gzip_size(&dist.join("demo.html"));
        let script: u64 = driver
            .execute("return performance.getEntriesByType('resource').filter(e => e.name.endsWith('embed.js')).reduce((s, e) => s + e.transferSize, 0)", vec![])
            .await?
            .convert()?;
        let (n, raw, gz) = transferred(&driver, &dist).await?;
        println!(
            "demo page before any click: the page {page} B ({page_gz} B gzip); the author script {script} B ({} B gzip); with the three load=click iframes' posters: {n} requests, {raw} B as served here (no gzip, no caching), {gz} B from a gzipping, caching static host; beyond the page itself: {} B as served, {} B gzip (goal < 30 KB)",
            gzip_size(&dist.join("embed.js")),
            raw.saturating_sub(page),
            gz.saturating_sub(page_gz)
        );
        let (raw2, gz2) = (raw, gz);
        driver.execute("window.scrollTo(0, 0)", vec![]).await?;
        button.click().await?;
        let d = driver.clone();
        until("the first embed runs", || {
            let d = d.clone();
            async move {
                let ok: bool = d
                    .execute("const f = document.querySelector('iframe').contentDocument; const b = f && f.querySelector('[data-testid=step-forward]'); return !!b && !b.disabled", vec![])
                    .await?
                    .convert()?;
                Ok(ok.then_some(()))
            }
        })
        .await;
        let (n3, raw3, gz3) = transferred(&driver, &dist).await?;
        println!(
            "demo page after the first activation: {n3} requests, {raw3} B as served ({} B more), {gz3} B gzip ({} B more)",
            raw3 - raw2,
            gz3 - gz2
        );
        Ok(())
    })
    .await;
}

#[tokio::main]
async fn main() {
    let dist = dist();
    assert!(dist.join("index.html").is_file(), "no built page in {}", dist.display());
    link_lengths();
    let url = server::serve(dist.clone());
    embed_figures(url, &dist).await;

    let sleeps = |n: usize| format!("import asyncio\n\nasync def main():\n    for i in range({n}):\n        await asyncio.sleep(0)\n    print('done')\n\nasyncio.run(main())\n");
    long_tasks(url, "20,000 sleep(0)", &sleeps(20_000), 120).await;
    long_tasks(url, "100,000 sleep(0)", &sleeps(100_000), 300).await;
    long_tasks(url, "while True: await sleep(0)", "import asyncio\n\nasync def main():\n    while True:\n        await asyncio.sleep(0)\n\nasyncio.run(main())\n", 600).await;
    long_tasks(url, "40_gather_10000", loopscope_web::examples::EXAMPLES.iter().find(|e| e.file == "40_gather_10000.py").unwrap().source, 200).await;
    long_tasks(url, "sum(range(10**9))", "print(sum(range(10**9)))\n", 60).await;

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
            record("first_render_ms", serde_json::json!(first));
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
        let small = step_times(&driver, 60, "12_sequential_vs_gather (4 tasks)").await?;
        record("step_paint_4_ms", serde_json::json!(small));

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
            let paint = step_times(&driver, 100.min(last - from), &label).await?;
            record("step_paint_10000_ms", serde_json::json!(paint));
        }
        driver
            .screenshot(&browser::screenshot_dir().join("bench-10000-tasks.png"))
            .await?;
        Ok(())
    })
    .await;
    if let Ok(path) = std::env::var("LOOPSCOPE_BENCH_JSON") {
        let figures: Vec<serde_json::Value> = FIGURES.lock().unwrap().iter().map(|(k, v)| serde_json::json!([k, v])).collect();
        std::fs::write(&path, serde_json::Value::Array(figures).to_string()).expect("write the figures");
    }
}
