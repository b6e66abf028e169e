//! End-to-end: the release page that `trunk build --release` made (dist/),
//! served on 127.0.0.1 and driven in headless Chromium over WebDriver the
//! way a person uses it. Screenshots go to target/screenshots/.
//!
//! Run by `cargo xtask test`, which builds the page first and passes its
//! folder in LOOPSCOPE_DIST (default: dist/).
#![cfg(not(target_arch = "wasm32"))]

mod browser;
mod classroom;
mod embedding;
mod packages;
mod robustness;
mod server;

use browser::{screenshot_dir, until, with_page};
use std::path::PathBuf;
use thirtyfour::prelude::*;

const TEXTAREA: &str = "[data-testid=editor] textarea";
const FIRST_EXAMPLE: &str = include_str!("../../crates/engine/tests/data/corpus/reference/programs/01_tut_io_operation.py");
const SEVENTH_EXAMPLE: &str = include_str!("../../crates/engine/tests/data/corpus/reference/programs/07_tut_say_after_times.py");

fn page_url() -> &'static str {
    let dist = std::env::var("LOOPSCOPE_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist"));
    assert!(
        dist.join("index.html").is_file(),
        "no built page in {}: run `cargo xtask test`, which builds it with trunk",
        dist.display()
    );
    server::serve(dist)
}

async fn js<T: serde::de::DeserializeOwned>(
    driver: &WebDriver,
    script: &str,
) -> WebDriverResult<T> {
    driver.execute(script, Vec::new()).await?.convert()
}

async fn editor_value(driver: &WebDriver) -> WebDriverResult<String> {
    js(
        driver,
        &format!("return document.querySelector('{TEXTAREA}').value"),
    )
    .await
}

async fn highlight_text(driver: &WebDriver) -> WebDriverResult<String> {
    js(
        driver,
        "return document.querySelector('[data-testid=editor] pre').textContent",
    )
    .await
}

async fn line_numbers(driver: &WebDriver) -> WebDriverResult<usize> {
    Ok(driver
        .find_all(By::Css("[data-testid=line-numbers] span"))
        .await?
        .len())
}

async fn shot(driver: &WebDriver, name: &str) -> WebDriverResult<()> {
    driver
        .screenshot(&screenshot_dir().join(format!("{name}.png")))
        .await
}

/// Waits for the app to mount and show `source` in the editor.
async fn wait_for_editor(driver: &WebDriver, source: &str) {
    let d = driver.clone();
    until("the editor shows the program", || {
        let d = d.clone();
        async move { Ok(editor_value(&d).await.ok().filter(|v| v == source)) }
    })
    .await;
}

#[tokio::test]
async fn the_page_opens_with_the_first_example() {
    with_page("home", page_url(), |driver| async move {
        wait_for_editor(&driver, FIRST_EXAMPLE).await;
        assert_eq!(driver.title().await?, "Loopscope");
        assert!(driver.find(By::Css("header")).await?.text().await?.contains("Loopscope"));
        let menu = driver.find(By::Css("[data-testid=examples]")).await?;
        assert!(menu.is_displayed().await?);
        assert!(menu.text().await?.contains("Examples"));
        assert_eq!(highlight_text(&driver).await?, format!("{FIRST_EXAMPLE} "));
        assert_eq!(line_numbers(&driver).await?, FIRST_EXAMPLE.split('\n').count());
        let note = driver.find(By::Css("[data-testid=example-note]")).await?.text().await?;
        assert!(note.contains("One I/O operation") && note.contains("Watch for"), "{note}");
        for panel in ["panel-loop", "panel-tasks", "controls", "panel-timeline", "panel-console"] {
            let el = driver.find(By::Css(format!("[data-testid={panel}]"))).await?;
            assert!(el.is_displayed().await?, "{panel} is not shown");
        }
        // The textarea lies exactly over the highlighted text, same metrics.
        let same: bool = js(
            &driver,
            "const t = document.querySelector('[data-testid=editor] textarea');
             const p = document.querySelector('[data-testid=editor] pre');
             const a = t.getBoundingClientRect(), b = p.getBoundingClientRect();
             const s = getComputedStyle(t), q = getComputedStyle(p);
             return a.left === b.left && a.top === b.top && a.width === b.width
                 && ['fontFamily', 'fontSize', 'lineHeight', 'paddingTop', 'paddingLeft', 'whiteSpace', 'tabSize']
                    .every(k => s[k] === q[k]);",
        )
        .await?;
        assert!(same, "the textarea and the highlight layer do not line up");
        shot(&driver, "home").await
    })
    .await;
}

#[tokio::test]
async fn typing_edits_the_program_and_tab_indents() {
    with_page("typing", page_url(), |driver| async move {
        wait_for_editor(&driver, FIRST_EXAMPLE).await;
        let textarea = driver.find(By::Css(TEXTAREA)).await?;
        textarea.click().await?;
        textarea.send_keys(Key::Control + "a").await?;
        textarea.send_keys(Key::Backspace).await?;
        textarea.send_keys("async def main():\n" + Key::Tab + "print('hi')").await?;
        let typed = "async def main():\n    print('hi')";
        wait_for_editor(&driver, typed).await;
        assert_eq!(highlight_text(&driver).await?, format!("{typed} "));
        assert_eq!(line_numbers(&driver).await?, 2);
        let title = driver.find(By::Css("[data-testid=program-title]")).await?.text().await?;
        assert_eq!(title, "Your program", "the code is no longer the example's");
        assert!(driver.active_element().await?.element_id() == textarea.element_id(), "Tab kept the focus");

        textarea.send_keys(Key::Shift + Key::Tab + Key::Shift).await?;
        wait_for_editor(&driver, "async def main():\nprint('hi')").await;

        // A long program: the highlight layer and line numbers scroll with it.
        textarea.send_keys(Key::Control + "a").await?;
        let long: String = (1..=60).map(|i| format!("print({i})\n")).collect();
        textarea.send_keys(long.as_str()).await?;
        wait_for_editor(&driver, &long).await;
        assert_eq!(line_numbers(&driver).await?, 61);
        let d = driver.clone();
        until("the layers scroll together", || {
            let d = d.clone();
            async move {
                let locked: bool = js(
                    &d,
                    "const e = document.querySelector('[data-testid=editor]');
                     const t = e.querySelector('textarea');
                     return t.scrollTop > 0
                         && e.querySelector('pre').scrollTop === t.scrollTop
                         && e.querySelector('[data-testid=line-numbers]').scrollTop === t.scrollTop;",
                )
                .await?;
                Ok(locked.then_some(()))
            }
        })
        .await;
        shot(&driver, "typing").await
    })
    .await;
}

#[tokio::test]
async fn the_examples_menu_loads_the_program_picked() {
    with_page("examples", page_url(), |driver| async move {
        wait_for_editor(&driver, FIRST_EXAMPLE).await;
        let listed = loopscope_web::examples::EXAMPLES.len();
        assert!(
            driver
                .find_all(By::Css("[data-testid=examples-menu]"))
                .await?
                .is_empty(),
            "menu starts closed"
        );

        driver
            .find(By::Css("[data-testid=examples]"))
            .await?
            .click()
            .await?;
        let d = driver.clone();
        let items = until("the menu lists the examples", || {
            let d = d.clone();
            async move {
                let items = d
                    .find_all(By::Css("[data-testid=examples-menu] [role=menuitem]"))
                    .await?;
                Ok((!items.is_empty()).then_some(items))
            }
        })
        .await;
        let pairs = loopscope_web::examples::PAIRS.len();
        assert_eq!(items.len(), listed + pairs, "one menu item per example and per compare pair");
        assert!(items[6].text().await?.contains("say_after with timestamps"));
        shot(&driver, "examples-menu").await?;

        items[6].click().await?;
        wait_for_editor(&driver, SEVENTH_EXAMPLE).await;
        assert_eq!(
            highlight_text(&driver).await?,
            format!("{SEVENTH_EXAMPLE} ")
        );
        assert!(
            driver
                .find_all(By::Css("[data-testid=examples-menu]"))
                .await?
                .is_empty(),
            "picking closes the menu"
        );
        let note = driver
            .find(By::Css("[data-testid=example-note]"))
            .await?
            .text()
            .await?;
        assert!(
            note.contains("say_after with timestamps") && note.contains("2 s, not the sum"),
            "{note}"
        );
        shot(&driver, "example-picked").await
    })
    .await;
}

// ---- The visualizer, as a learner uses it ----

use browser::{with_page_in, Viewport};
use loopscope_web::examples::{Example, EXAMPLES};

fn example(file: &str) -> (usize, &'static Example) {
    let i = EXAMPLES.iter().position(|e| e.file == file).unwrap();
    (i + 1, &EXAMPLES[i])
}

async fn text(driver: &WebDriver, css: &str) -> WebDriverResult<String> {
    js(
        driver,
        &format!("const e = document.querySelector('{css}'); return e ? e.textContent : ''"),
    )
    .await
}

async fn step_shown(driver: &WebDriver) -> WebDriverResult<usize> {
    Ok(text(driver, "[data-testid=step-counter] b")
        .await?
        .replace(',', "")
        .parse()
        .unwrap_or(usize::MAX))
}

/// Waits until recording is over (no "recording…" in the step counter).
async fn wait_recorded(driver: &WebDriver) {
    let d = driver.clone();
    until("the run is recorded", || {
        let d = d.clone();
        async move {
            // Not the run of the text before an edit (re-run 300 ms later).
            let pending: bool = js(&d, "return !!document.querySelector('[data-testid=step-counter][data-pending]')").await?;
            let counter = text(&d, "[data-testid=step-counter]").await?;
            let compiled = text(&d, "[data-testid=editor-error]").await?;
            Ok((!pending && ((counter.contains("step") && !counter.contains("recording")) || !compiled.is_empty())).then_some(()))
        }
    })
    .await;
}

/// Picks example n (1-based) from the menu and waits until it is recorded.
async fn open_example(driver: &WebDriver, n: usize) -> WebDriverResult<()> {
    driver.find(By::Css("[data-testid=examples]")).await?.click().await?;
    let item = format!("[data-testid=example-{n}]");
    let d = driver.clone();
    let picked = until("the menu opens", || {
        let (d, item) = (d.clone(), item.clone());
        async move { Ok(d.find_all(By::Css(item)).await?.into_iter().next()) }
    })
    .await;
    picked.scroll_into_view().await?;
    picked.click().await?;
    wait_for_editor(driver, EXAMPLES[n - 1].source).await;
    wait_recorded(driver).await;
    Ok(())
}

/// Drags the scrubber to step k (as an input event, like a drag ends).
async fn scrub(driver: &WebDriver, k: usize) -> WebDriverResult<()> {
    driver
        .execute(
            "const r = document.querySelector('[data-testid=scrubber]');
             r.value = arguments[0]; r.dispatchEvent(new Event('input', {bubbles: true}));",
            vec![serde_json::json!(k)],
        )
        .await?;
    let d = driver.clone();
    until("the scrubber moves the step", || {
        let d = d.clone();
        async move { Ok((step_shown(&d).await? == k).then_some(())) }
    })
    .await;
    Ok(())
}

async fn click(driver: &WebDriver, testid: &str) -> WebDriverResult<()> {
    driver
        .find(By::Css(format!("[data-testid={testid}]")))
        .await?
        .click()
        .await
}

/// Reads the engine's record of a program, made in the page's slices (the
/// page must show exactly this). Recorded anew on each call, so nothing
/// that is not `Send` lives across an await.
fn recorded<R>(source: &str, read: impl FnOnce(&engine::History) -> R) -> R {
    loopscope_web::run::Run::record_to_end(source)
        .history(read)
        .unwrap()
}

#[tokio::test]
async fn sequential_takes_6_seconds_and_gather_3() {
    with_page("sequential-vs-gather", page_url(), |driver| async move {
        wait_for_editor(&driver, FIRST_EXAMPLE).await;
        let (n, _) = example("12_sequential_vs_gather.py");
        open_example(&driver, n).await?;
        assert_eq!(text(&driver, "[data-testid=clock]").await?, "0.000");

        // "next output" until the sequential total is printed: at t=6.
        for _ in 0..10 {
            if text(&driver, "[data-testid=console]").await?.contains("Sequential took 6.0s") {
                break;
            }
            click(&driver, "step-next-output").await?;
        }
        let console = text(&driver, "[data-testid=console]").await?;
        assert!(console.contains("6.000Sequential took 6.0s"), "{console}");
        assert_eq!(text(&driver, "[data-testid=clock]").await?, "6.000");
        shot(&driver, "12-sequential-done-at-6").await?;

        click(&driver, "step-end").await?;
        assert_eq!(text(&driver, "[data-testid=clock]").await?, "9.000");
        assert!(text(&driver, "[data-testid=outcome]").await?.contains("finished at t=9.000"));
        assert!(text(&driver, "[data-testid=console]").await?.contains("Concurrent took 3.0s"));

        // Three overlapping waits after t=6: Task-2..4 wait from 6 for 3, 2, 1 s.
        let waits: Vec<(f64, f64)> = js(
            &driver,
            "return [2, 3, 4].map(id => {
                 const s = [...document.querySelectorAll(`[data-testid=lane][data-task='${id}'] .sp-wait`)]
                     .map(e => [parseFloat(e.style.left), parseFloat(e.style.width)])
                     .sort((a, b) => b[1] - a[1])[0];
                 return s || [-1, -1];
             })",
        )
        .await?;
        let (six, second) = (600.0 / 9.0, 100.0 / 9.0);
        for (i, (left, width)) in waits.iter().enumerate() {
            assert!((left - six).abs() < 0.05, "Task-{} waits from {left}%", i + 2);
            assert!((width - (3 - i) as f64 * second).abs() < 0.05, "Task-{} waits {width}%", i + 2);
        }
        shot(&driver, "12-sequential-vs-gather-end").await?;

        // Back one poll, then a click on the timeline jumps in time.
        let end = step_shown(&driver).await?;
        click(&driver, "step-back").await?;
        assert!(step_shown(&driver).await? < end);
        let track = driver
            .find(By::Css("[data-testid=lane][data-task='1'] .track"))
            .await?;
        track.click().await?; // its middle: t=4.5, so the first step at t=5
        let d = driver.clone();
        until("the click jumps to t=5", || {
            let d = d.clone();
            async move { Ok((text(&d, "[data-testid=clock]").await? == "5.000").then_some(())) }
        })
        .await;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn create_task_queues_a_b_c_in_order() {
    with_page("create-task-order", page_url(), |driver| async move {
        wait_for_editor(&driver, FIRST_EXAMPLE).await;
        let (n, ex) = example("14_create_task_start_order.py");
        open_example(&driver, n).await?;
        let poll = engine::Granularity::Poll;
        // The first step at which the three workers are ready, two polls
        // on, one poll back from there, the first poll and the end.
        let (len, k, ready, narration, k3, ready3, back3, first_poll) = recorded(ex.source, |h| {
            let labels = |k: usize| -> Vec<String> { h.lists(&h.step(k)).ready.iter().map(|r| r.label.to_string()).collect() };
            let k = (0..h.len())
                .find(|&k| h.lists(&h.step(k)).ready.iter().filter_map(|r| r.task).collect::<Vec<_>>() == [2, 3, 4])
                .unwrap();
            let k3 = h.next(h.next(k, poll), poll);
            (h.len(), k, labels(k), h.step(k).narration, k3, labels(k3), h.prev(k3, poll), h.next(0, poll))
        });
        assert_eq!(
            step_shown_total(&driver).await?,
            len - 1,
            "the page recorded as many steps as the engine"
        );
        scrub(&driver, k).await?;
        let shown: Vec<String> = js(
            &driver,
            "return [...document.querySelectorAll('[data-testid=ready-item]')].map(e => e.textContent)",
        )
        .await?;
        assert_eq!(shown, ready);
        assert!(shown[0].starts_with("Task-2") && shown[2].starts_with("Task-4"), "{shown:?}");
        assert_eq!(text(&driver, "[data-testid=narration] .sentence").await?, narration);
        shot(&driver, "14-create-task-order-ready-abc").await?;

        // Two polls on: main yields at sleep(0), then Task-2 (A) runs and
        // leaves the queue.
        click(&driver, "step-forward").await?;
        click(&driver, "step-forward").await?;
        assert_eq!(step_shown(&driver).await?, k3);
        let shown: Vec<String> = js(
            &driver,
            "return [...document.querySelectorAll('[data-testid=ready-item]')].map(e => e.textContent)",
        )
        .await?;
        assert_eq!(shown, ready3);
        assert!(!shown[0].starts_with("Task-2"), "{shown:?}");
        assert!(text(&driver, "[data-testid=console]").await?.contains("A: started"));
        shot(&driver, "14-create-task-order-a-ran").await?;
        // And back.
        click(&driver, "step-back").await?;
        assert_eq!(step_shown(&driver).await?, back3);

        // Keyboard: End, Home, → by one poll, Shift+→ by one line.
        let body = driver.find(By::Css("body")).await?;
        body.send_keys(Key::End).await?;
        assert_eq!(step_shown(&driver).await?, len - 1);
        body.send_keys(Key::Home).await?;
        assert_eq!(step_shown(&driver).await?, 0);
        body.send_keys(Key::Right).await?;
        assert_eq!(step_shown(&driver).await?, first_poll);
        body.send_keys(Key::Shift + Key::Right).await?;
        assert_eq!(step_shown(&driver).await?, first_poll + 1);
        Ok(())
    })
    .await;
}

async fn step_shown_total(driver: &WebDriver) -> WebDriverResult<usize> {
    let counter = text(driver, "[data-testid=step-counter]").await?;
    Ok(counter
        .split('/')
        .nth(1)
        .map(|s| s.trim().replace(',', ""))
        .and_then(|s| s.parse().ok())
        .unwrap_or(usize::MAX))
}

#[tokio::test]
async fn editing_a_sleep_changes_the_timeline_and_survives_a_reload() {
    with_page("edit-and-reload", page_url(), |driver| async move {
        wait_for_editor(&driver, FIRST_EXAMPLE).await;
        let (n, ex) = example("02_tut_hello_world.py");
        open_example(&driver, n).await?;
        click(&driver, "step-end").await?;
        assert_eq!(text(&driver, ".clock-end").await?, "/ 1.000");
        let ticks: Vec<String> = js(&driver, "return [...document.querySelectorAll('.tick')].map(e => e.textContent)").await?;
        assert_eq!(ticks.last().map(String::as_str), Some("1s"), "{ticks:?}");

        // Select the 1 of sleep(1) and type 3 over it.
        let at = ex.source.find("sleep(1)").unwrap() + "sleep(".len();
        let textarea = driver.find(By::Css(TEXTAREA)).await?;
        textarea.click().await?;
        driver
            .execute(
                "const t = document.querySelector('[data-testid=editor] textarea'); t.focus(); t.setSelectionRange(arguments[0], arguments[0] + 1);",
                vec![serde_json::json!(at)],
            )
            .await?;
        textarea.send_keys("3").await?;
        let edited = ex.source.replacen("sleep(1)", "sleep(3)", 1);
        wait_for_editor(&driver, &edited).await;
        let d = driver.clone();
        until("the re-run ends at t=3", || {
            let d = d.clone();
            async move { Ok((text(&d, ".clock-end").await? == "/ 3.000").then_some(())) }
        })
        .await;
        let ticks: Vec<String> = js(&driver, "return [...document.querySelectorAll('.tick')].map(e => e.textContent)").await?;
        assert_eq!(ticks.last().map(String::as_str), Some("3s"), "{ticks:?}");
        assert!(text(&driver, "[data-testid=program-title]").await?.contains("edited"));
        // Kept at the same step (the last one still exists).
        assert_eq!(text(&driver, "[data-testid=clock]").await?, "3.000");
        shot(&driver, "02-edited-sleep-3").await?;

        driver.refresh().await?;
        wait_for_editor(&driver, &edited).await;
        assert!(text(&driver, "[data-testid=program-title]").await?.contains("edited"));
        wait_recorded(&driver).await;
        assert_eq!(text(&driver, ".clock-end").await?, "/ 3.000");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn every_example_at_a_middle_step_and_at_the_end() {
    with_page("every-example", page_url(), |driver| async move {
        wait_for_editor(&driver, FIRST_EXAMPLE).await;
        for (i, ex) in EXAMPLES.iter().enumerate() {
            open_example(&driver, i + 1).await?;
            let total = step_shown_total(&driver).await?;
            let (len, (clock, narration, tasks), last) = recorded(ex.source, |h| {
                let v = h.step(h.len() / 2);
                (h.len(), (v.clock, v.narration.clone(), v.tasks_len()), h.output.last().map(|l| l.text.clone()).unwrap_or_default())
            });
            assert_eq!(total, len - 1, "{}", ex.file);
            let stem = ex.file.trim_end_matches(".py");
            // The middle step, shown as the engine has it.
            let k = len / 2;
            scrub(&driver, k).await?;
            assert_eq!(text(&driver, "[data-testid=clock]").await?, format!("{clock:.3}"), "{}", ex.file);
            assert_eq!(text(&driver, "[data-testid=narration] .sentence").await?, narration, "{}", ex.file);
            let rows: usize = js(&driver, "return document.querySelectorAll('[data-testid=tasks] [data-testid=task-row]').length").await?;
            if tasks <= loopscope_web::components::tasks_panel::FULL_LIMIT {
                assert_eq!(rows, tasks, "{}", ex.file);
            } else {
                // Virtualised: only the rows in view are in the page.
                assert!(rows > 0 && rows < 100, "{}: {rows} rows", ex.file);
                let shown = text(&driver, "[data-testid=panel-tasks] .panel-title .n").await?;
                assert_eq!(shown.replace(',', ""), tasks.to_string(), "{}", ex.file);
            }
            shot(&driver, &format!("ex-{stem}-middle")).await?;
            click(&driver, "step-end").await?;
            let narration = text(&driver, "[data-testid=narration]").await?;
            assert!(!narration.contains("internal error"), "{}: {narration}", ex.file);
            // The step-end click renders on the next frame: wait for the
            // console to show the end (a slow machine read it too early).
            let d = driver.clone();
            let wanted = last.clone();
            let shown = until(&format!("{}: the last line in the console", ex.file), || {
                let (d, wanted) = (d.clone(), wanted.clone());
                async move {
                    let out = text(&d, "[data-testid=console]").await?;
                    Ok(out.contains(&wanted).then_some(out))
                }
            })
            .await;
            assert!(shown.contains(&last), "{}: {shown}", ex.file);
            shot(&driver, &format!("ex-{stem}-end")).await?;
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn narrow_and_dark_screens() {
    // A phone, light.
    let phone = Viewport { width: 360, height: 780, dark: false };
    with_page_in("narrow", page_url(), phone, |driver| async move {
        wait_for_editor(&driver, FIRST_EXAMPLE).await;
        let (n, ex) = example("17_time_sleep_blocks.py");
        open_example(&driver, n).await?;
        let width: i64 = js(&driver, "return window.innerWidth").await?;
        assert_eq!(width, 360);
        let k = recorded(ex.source, |h| (0..h.len()).find(|&k| h.kind(k) == engine::view::StepKind::Blocked).unwrap());
        scrub(&driver, k + 1).await?;
        let overflow: i64 = js(&driver, "return document.documentElement.scrollWidth").await?;
        assert!(overflow <= 360, "the page is {overflow} px wide at 360");
        assert!(text(&driver, "[data-testid=warnings]").await?.contains("blocked for 2.000 s"));
        shot(&driver, "narrow-17-blocked").await?;
        driver.execute("document.querySelector('[data-testid=panel-timeline]').scrollIntoView()", vec![]).await?;
        shot(&driver, "narrow-17-timeline").await
    })
    .await;
    // Wide, dark.
    let dark = Viewport { dark: true, ..Viewport::WIDE };
    with_page_in("dark", page_url(), dark, |driver| async move {
        wait_for_editor(&driver, FIRST_EXAMPLE).await;
        let dark: bool = js(&driver, "return matchMedia('(prefers-color-scheme: dark)').matches").await?;
        assert!(dark);
        let (n, ex) = example("29_lock_counter.py");
        open_example(&driver, n).await?;
        let k = recorded(ex.source, |h| (0..h.len()).max_by_key(|&k| { let s = h.step(k); s.tasks_len() * 1000 + s.timers_len() }).unwrap());
        scrub(&driver, k).await?;
        shot(&driver, "dark-29-lock").await?;
        // Projector mode: larger type.
        let before: f64 = js(&driver, "return parseFloat(getComputedStyle(document.querySelector('.clock')).fontSize)").await?;
        click(&driver, "projector").await?;
        let after: f64 = js(&driver, "return parseFloat(getComputedStyle(document.querySelector('.clock')).fontSize)").await?;
        assert!(after > before, "{before} -> {after}");
        shot(&driver, "dark-projector").await
    })
    .await;
    // A phone, dark, with a deadlock.
    let phone_dark = Viewport { width: 360, height: 780, dark: true };
    with_page_in("narrow-dark", page_url(), phone_dark, |driver| async move {
        wait_for_editor(&driver, FIRST_EXAMPLE).await;
        let (n, _) = example("39_deadlock_event.py");
        open_example(&driver, n).await?;
        click(&driver, "step-end").await?;
        assert!(text(&driver, "[data-testid=outcome]").await?.contains("deadlock"));
        assert!(text(&driver, "[data-testid=warnings]").await?.contains("Deadlock"));
        shot(&driver, "narrow-dark-39-deadlock").await
    })
    .await;
}
