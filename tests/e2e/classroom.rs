//! In the classroom (issue: compare, projector, keyboard, the learner's
//! program never lost), end to end.

use super::*;

async fn scroll_y(driver: &WebDriver) -> WebDriverResult<f64> {
    js(driver, "return window.scrollY").await
}

async fn key(driver: &WebDriver, keys: impl Into<thirtyfour::TypingData>) -> WebDriverResult<()> {
    driver.action_chain().send_keys(keys).perform().await
}

#[tokio::test]
async fn stepping_keys_never_scroll_the_page_and_sliders_do_not_keep_the_arrows() {
    with_page("keys", page_url(), |driver| async move {
        wait_for_editor(&driver, FIRST_EXAMPLE).await;
        open_example(&driver, 12).await?;
        driver.find(By::Css("h1")).await?.click().await?;
        let page_taller: bool = js(&driver, "return document.documentElement.scrollHeight > innerHeight").await?;
        assert!(page_taller, "the page must scroll for this test to mean anything");
        driver.execute("window.scrollTo(0, 0)", vec![]).await?;
        key(&driver, Key::End).await?;
        let d = driver.clone();
        until("End goes to the last step", || {
            let d = d.clone();
            async move { Ok((text(&d, "[data-testid=step-counter]").await?.starts_with("step 76")).then_some(())) }
        })
        .await;
        key(&driver, Key::Home).await?;
        key(&driver, " ").await?;
        tokio::time::sleep(std::time::Duration::from_millis(400)).await;
        key(&driver, " ").await?;
        assert_eq!(scroll_y(&driver).await?, 0.0, "Space, Home and End do not scroll");
        key(&driver, Key::Home).await?;

        // After the speed slider and the scrubber are used, arrows step.
        let speed = driver.find(By::Css("[data-testid=speed]")).await?;
        speed.click().await?;
        let speed_before = text(&driver, ".speed-value").await?;
        let before = step_shown(&driver).await?;
        key(&driver, Key::Right).await?;
        let d = driver.clone();
        until("→ steps although the slider has the focus", || {
            let d = d.clone();
            async move { Ok((step_shown(&d).await? > before).then_some(())) }
        })
        .await;
        assert_eq!(text(&driver, ".speed-value").await?, speed_before, "the slider did not move");
        let scrubber = driver.find(By::Css("[data-testid=scrubber]")).await?;
        scrubber.click().await?;
        let at = step_shown(&driver).await?;
        key(&driver, Key::Left).await?;
        let d = driver.clone();
        until("← steps back from the scrubber", || {
            let d = d.clone();
            async move { Ok((step_shown(&d).await? < at).then_some(())) }
        })
        .await;

        // ? lists the shortcuts; Esc closes the list.
        driver.find(By::Css("h1")).await?.click().await?;
        key(&driver, "?").await?;
        let list = driver.find(By::Css("[data-testid=shortcuts]")).await?;
        assert!(list.text().await?.contains("play / pause"));
        shot(&driver, "shortcuts").await?;
        key(&driver, Key::Escape).await?;
        let d = driver.clone();
        until("Esc closes the list", || {
            let d = d.clone();
            async move { Ok(d.find_all(By::Css("[data-testid=shortcuts]")).await?.is_empty().then_some(())) }
        })
        .await;

        // P: projector mode, remembered.
        key(&driver, "p").await?;
        driver.find(By::Css(".page.projector")).await?;
        driver.refresh().await?;
        wait_for_editor(&driver, EXAMPLES[11].source).await;
        driver.find(By::Css(".page.projector")).await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn picking_an_example_keeps_the_learners_program_one_click_away() {
    with_page("my-program", page_url(), |driver| async move {
        wait_for_editor(&driver, FIRST_EXAMPLE).await;
        let mine = "import asyncio\n\nasync def main():\n    print('mine')\n\nasyncio.run(main())\n";
        let textarea = driver.find(By::Css(TEXTAREA)).await?;
        textarea.click().await?;
        textarea.send_keys(Key::Control + "a").await?;
        textarea.send_keys(Key::Backspace).await?;
        textarea.send_keys(mine).await?;
        wait_for_editor(&driver, mine).await;
        let typed = mine;
        assert_eq!(text(&driver, "[data-testid=program-title]").await?, "Your program");
        open_example(&driver, 4).await?;
        assert_eq!(text(&driver, "[data-testid=program-title]").await?, EXAMPLES[3].title);
        click(&driver, "my-program").await?;
        wait_for_editor(&driver, typed).await;
        assert_eq!(text(&driver, "[data-testid=program-title]").await?, "Your program");
        // And after a reload too.
        open_example(&driver, 2).await?;
        driver.refresh().await?;
        wait_for_editor(&driver, EXAMPLES[1].source).await;
        click(&driver, "my-program").await?;
        wait_for_editor(&driver, typed).await;
        Ok(())
    })
    .await;
}

async fn side_text(driver: &WebDriver, side: &str, testid: &str) -> WebDriverResult<String> {
    text(driver, &format!("[data-testid=side-{side}] [data-testid={testid}]")).await
}

#[tokio::test]
async fn compare_mode_runs_sequential_against_gather_on_one_time_axis() {
    with_page("compare", page_url(), |driver| async move {
        wait_for_editor(&driver, FIRST_EXAMPLE).await;
        click(&driver, "compare").await?;
        let d = driver.clone();
        until("both totals are known", || {
            let d = d.clone();
            async move {
                let (l, r) = (text(&d, "[data-testid=total-left]").await?, text(&d, "[data-testid=total-right]").await?);
                Ok((l.contains("3.000") && r.contains("2.000")).then_some(()))
            }
        })
        .await;
        for side in ["left", "right"] {
            for id in ["editor", "console", "clock"] {
                driver.find(By::Css(format!("[data-testid=side-{side}] [data-testid={id}]"))).await?;
            }
        }
        // Forward follows virtual time: both clocks move, never apart by more
        // than the next event.
        for _ in 0..12 {
            click(&driver, "step-forward").await?;
        }
        let (l, r) = (side_text(&driver, "left", "clock").await?, side_text(&driver, "right", "clock").await?);
        assert!(l.parse::<f64>().is_ok() && r.parse::<f64>().is_ok(), "{l} {r}");
        shot(&driver, "compare-middle").await?;
        click(&driver, "step-end").await?;
        let d = driver.clone();
        until("both consoles are complete", || {
            let d = d.clone();
            async move {
                let (l, r) = (side_text(&d, "left", "console").await?, side_text(&d, "right", "console").await?);
                Ok((l.contains("3.000world") || l.contains("3.000 world") || (l.contains("world") && l.contains("00:00:03")))
                    .then_some(())
                    .filter(|_| r.contains("world") && r.contains("00:00:02")))
            }
        })
        .await;
        assert_eq!(side_text(&driver, "left", "clock").await?, "3.000");
        assert_eq!(side_text(&driver, "right", "clock").await?, "2.000");
        shot(&driver, "compare-end").await?;

        // The share link reopens the comparison at the same place.
        click(&driver, "step-start").await?;
        for _ in 0..5 {
            click(&driver, "step-forward").await?;
        }
        let steps: Vec<String> = js(&driver, "return ['left', 'right'].map(s => document.querySelector(`[data-testid=side-${s}] [data-testid=clock]`).textContent)").await?;
        click(&driver, "share").await?;
        let link: String = js(&driver, "return document.querySelector('[data-testid=share-link]').value").await?;
        assert!(link.contains("mode=compare&pair=1&step="), "{link}");
        driver.goto("about:blank").await?;
        driver.goto(&link).await?;
        let d = driver.clone();
        until("the comparison reopens", || {
            let d = d.clone();
            async move { Ok(text(&d, "[data-testid=total-right]").await?.contains("2.000").then_some(())) }
        })
        .await;
        let again: Vec<String> = js(&driver, "return ['left', 'right'].map(s => document.querySelector(`[data-testid=side-${s}] [data-testid=clock]`).textContent)").await?;
        assert_eq!(again, steps);
        let link_again = {
            click(&driver, "share").await?;
            js::<String>(&driver, "return document.querySelector('[data-testid=share-link]').value").await?
        };
        assert_eq!(link_again, link, "the same view, the same link");
        driver.find(By::Css("[data-testid=share-link]")).await?.send_keys(Key::Escape).await?;
        // Compare pairs are in the Examples menu (they open in compare mode).
        click(&driver, "compare").await?;
        assert!(driver.find_all(By::Css("[data-testid=total-left]")).await?.is_empty(), "left compare mode");
        driver.find(By::Css("[data-testid=examples]")).await?.click().await?;
        driver.find(By::Css("[data-testid=pair-3]")).await?.click().await?;
        let d = driver.clone();
        until("the time.sleep pair", || {
            let d = d.clone();
            async move { Ok(text(&d, "[data-testid=total-left]").await?.contains("2.900").then_some(())) }
        })
        .await;
        Ok(())
    })
    .await;
}

/// At every step of example 12 (by line), the running line, the narration
/// and the last output line are inside the window.
async fn everything_in_view(driver: &WebDriver, label: &str) -> WebDriverResult<()> {
    open_example(driver, 12).await?;
    click(driver, "stride-line").await?;
    click(driver, "step-start").await?;
    let last: usize = js(driver, "return parseInt(document.querySelector('[data-testid=scrubber]').max)").await?;
    let mut step = 0;
    while step < last {
        driver.action_chain().send_keys(Key::Right).perform().await?;
        let d = driver.clone();
        step = until("the step moves", || {
            let d = d.clone();
            async move {
                let s = step_shown(&d).await?;
                Ok((s > step && s != usize::MAX).then_some(s))
            }
        })
        .await;
        let problems: Vec<String> = js(
            driver,
            "const inView = (e) => { if (!e) return true; const r = e.getBoundingClientRect();
                 return r.top >= 0 && r.bottom <= innerHeight + 0.5 && r.left >= 0 && r.right <= innerWidth + 0.5 && r.height > 0; };
             const lineVisible = (e) => { if (!e) return true; const r = e.getBoundingClientRect();
                 const box = document.querySelector('[data-testid=editor] textarea').getBoundingClientRect();
                 return r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5 && r.top >= 0 && r.bottom <= innerHeight + 0.5; };
             const out = [...document.querySelectorAll('[data-testid=console-line]')].pop();
             const p = [];
             if (!lineVisible(document.querySelector('[data-testid=running-line]'))) p.push('running line');
             if (!inView(document.querySelector('[data-testid=narration]'))) p.push('narration');
             if (!inView(out)) p.push('last output line');
             if (window.scrollY !== 0) p.push('page scrolled');
             return p;",
        )
        .await?;
        assert!(problems.is_empty(), "{label}, step {step}: not in view: {problems:?}");
        if step == last / 2 {
            shot(driver, &format!("fit-{label}")).await?;
        }
    }
    Ok(())
}

#[tokio::test]
async fn a_laptop_screen_shows_code_narration_and_output_at_every_step() {
    let view = Viewport { width: 1366, height: 768, dark: false };
    with_page_in("fit-laptop", page_url(), view, |driver| async move {
        wait_for_editor(&driver, FIRST_EXAMPLE).await;
        everything_in_view(&driver, "1366x768").await
    })
    .await;
}

#[tokio::test]
async fn projector_mode_fits_1280x720_with_the_running_code_in_view() {
    let view = Viewport { width: 1280, height: 720, dark: true };
    with_page_in("fit-projector", page_url(), view, |driver| async move {
        wait_for_editor(&driver, FIRST_EXAMPLE).await;
        click(&driver, "projector").await?;
        everything_in_view(&driver, "projector-1280x720-dark").await
    })
    .await;
}

/// Catches the next file the page saves: its text.
const CATCH_DOWNLOAD: &str = "
    window.saved = null;
    const make = URL.createObjectURL;
    URL.createObjectURL = (blob) => { blob.text().then(t => { window.saved = t; }); return make.call(URL, blob); };
    HTMLAnchorElement.prototype.click = function () { window.savedName = this.download; };";

#[tokio::test]
async fn exports_the_trace_as_the_clis_json_and_the_timeline_as_svg() {
    with_page("export", page_url(), |driver| async move {
        wait_for_editor(&driver, FIRST_EXAMPLE).await;
        open_example(&driver, 12).await?;
        driver.execute(CATCH_DOWNLOAD, vec![]).await?;
        click(&driver, "export-json").await?;
        let d = driver.clone();
        let json: String = until("the JSON file", || {
            let d = d.clone();
            async move { js::<Option<String>>(&d, "return window.saved").await }
        })
        .await;
        let name: String = js(&driver, "return window.savedName").await?;
        assert_eq!(name, "trace.json");
        // The CLI writes the same lines with the same writer, one per line.
        let mut expected = String::new();
        recorded(EXAMPLES[11].source, |h| engine::trace_json(h, "main.py", |l| {
            expected.push_str(l);
            expected.push('\n');
            true
        }));
        assert_eq!(json, expected, "the page's JSON is the trace writer's");
        // And the CLI's own bytes, when its binary is built (the native
        // suite builds it before this one runs).
        let cli = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/debug/loopscope");
        if cli.is_file() {
            let dir = std::env::temp_dir().join(format!("loopscope-export-{}", std::process::id()));
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join("main.py"), EXAMPLES[11].source).unwrap();
            let out = std::process::Command::new(&cli).args(["trace", "--json", "main.py"]).current_dir(&dir).output().unwrap();
            let _ = std::fs::remove_dir_all(&dir);
            assert_eq!(String::from_utf8_lossy(&out.stdout), json, "the page's JSON is the CLI's bytes");
        }

        driver.execute("window.saved = null", vec![]).await?;
        click(&driver, "export-svg").await?;
        let d = driver.clone();
        let svg: String = until("the SVG file", || {
            let d = d.clone();
            async move { js::<Option<String>>(&d, "return window.saved").await }
        })
        .await;
        let (ok, lanes, tasks): (bool, usize, usize) = {
            let v: (bool, usize, usize) = driver
                .execute(
                    "const doc = new DOMParser().parseFromString(arguments[0], 'image/svg+xml');
                     const ok = !doc.querySelector('parsererror') && doc.documentElement.nodeName === 'svg';
                     return [ok, doc.querySelectorAll('g.lane').length, document.querySelectorAll('[data-testid=lane]').length];",
                    vec![serde_json::json!(svg)],
                )
                .await?
                .convert()?;
            v
        };
        assert!(ok, "the SVG parses");
        let tasks_in_run = recorded(EXAMPLES[11].source, |h| h.lanes().len());
        assert_eq!(lanes, tasks_in_run, "one lane per task");
        assert!(tasks > 0);
        Ok(())
    })
    .await;
}

async fn predict_order(driver: &WebDriver) -> WebDriverResult<Vec<usize>> {
    js(driver, "return [...document.querySelectorAll('[data-testid=predict-list-0] [data-testid=predict-line]')].map(li => parseInt(li.dataset.actual))").await
}

#[tokio::test]
async fn predict_the_output_scores_the_order_and_links_to_the_deciding_step() {
    with_page("predict", page_url(), |driver| async move {
        wait_for_editor(&driver, FIRST_EXAMPLE).await;
        open_example(&driver, 13).await?;
        click(&driver, "predict").await?;
        let d = driver.clone();
        let order = until("the lines to order", || {
            let d = d.clone();
            async move {
                let o = predict_order(&d).await?;
                Ok((o.len() > 2).then_some(o))
            }
        })
        .await;
        let n = order.len();
        let placed = order.iter().enumerate().filter(|(i, a)| i == *a).count();
        assert!(placed < n, "the lines are not given in order: {order:?}");
        click(&driver, "predict-check").await?;
        let score = text(&driver, "[data-testid=predict-score]").await?;
        assert_eq!(score, format!("{placed} of {n} in place"));
        shot(&driver, "predict-checked").await?;

        // Put them in order with the ▼ buttons (a bubble sort), then check.
        loop {
            let order = predict_order(&driver).await?;
            let Some(i) = (0..n - 1).find(|&i| order[i] > order[i + 1]) else { break };
            driver
                .execute(
                    "document.querySelectorAll('[data-testid=predict-list-0] [data-testid=predict-line]')[arguments[0]].querySelectorAll('button')[1].click()",
                    vec![serde_json::json!(i)],
                )
                .await?;
            let d = driver.clone();
            until("the line moves", || {
                let d = d.clone();
                let before = order.clone();
                async move { Ok((predict_order(&d).await? != before).then_some(())) }
            })
            .await;
        }
        click(&driver, "predict-check").await?;
        assert_eq!(text(&driver, "[data-testid=predict-score]").await?, format!("{n} of {n} in place"));

        // Swap the first two: a wrong line links to the step that decided it.
        driver
            .execute("document.querySelectorAll('[data-testid=predict-list-0] [data-testid=predict-line]')[0].querySelectorAll('button')[1].click()", vec![])
            .await?;
        let d = driver.clone();
        until("the first two swap", || {
            let d = d.clone();
            async move { Ok((predict_order(&d).await?[..2] == [1, 0]).then_some(())) }
        })
        .await;
        click(&driver, "predict-check").await?;
        assert_eq!(text(&driver, "[data-testid=predict-score]").await?, format!("{} of {n} in place", n - 2));
        let why = driver.find(By::Css("[data-testid=predict-why]")).await?;
        let label = why.text().await?;
        let k: usize = label.trim_start_matches("decided at step ").parse().unwrap();
        why.click().await?;
        let d = driver.clone();
        until("the page goes to the deciding step", || {
            let d = d.clone();
            async move { Ok((step_shown(&d).await? == k).then_some(())) }
        })
        .await;
        assert!(driver.find_all(By::Css("[data-testid=predict-dialog]")).await?.is_empty());
        Ok(())
    })
    .await;
}

/// Serious and critical accessibility problems axe-core finds in the page:
/// "rule: target (how many)".
async fn axe_problems(driver: &WebDriver) -> WebDriverResult<Vec<String>> {
    let axe = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("node_modules/axe-core/axe.min.js"))
        .expect("axe-core in node_modules (cargo xtask test installs it)");
    driver.execute(&axe, vec![]).await?;
    driver.set_script_timeout(std::time::Duration::from_secs(60)).await?;
    driver
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations
                 .filter(v => v.impact === 'serious' || v.impact === 'critical')
                 .flatMap(v => { const seen = new Map(); for (const n of v.nodes) { const what = v.id + ': ' + (n.failureSummary || '').split('\\n').slice(1, 2).join('').replace(/Element has /, ''); if (!seen.has(what)) seen.set(what, what + ' e.g. ' + n.target.join(' ')); } return [...seen.values()]; }).slice(0, 40)));",
            vec![],
        )
        .await?
        .convert()
}

async fn no_serious_problems(driver: &WebDriver, what: &str) -> WebDriverResult<()> {
    let problems = axe_problems(driver).await?;
    assert!(problems.is_empty(), "{what}: axe-core reports\n  {}", problems.join("\n  "));
    Ok(())
}

#[tokio::test]
async fn axe_core_finds_no_serious_problem_in_either_theme() {
    for dark in [false, true] {
        let view = Viewport { width: 1366, height: 768, dark };
        let name = if dark { "axe-dark" } else { "axe-light" };
        with_page_in(name, page_url(), view, move |driver| async move {
            wait_for_editor(&driver, FIRST_EXAMPLE).await;
            open_example(&driver, 12).await?;
            scrub(&driver, 30).await?;
            no_serious_problems(&driver, &format!("{name}: the page")).await?;
            for dialog in ["embed", "predict", "share"] {
                click(&driver, dialog).await?;
                tokio::time::sleep(std::time::Duration::from_millis(300)).await;
                no_serious_problems(&driver, &format!("{name}: the {dialog} dialog")).await?;
                driver.action_chain().send_keys(Key::Escape).perform().await?;
                tokio::time::sleep(std::time::Duration::from_millis(200)).await;
            }
            click(&driver, "compare").await?;
            let d = driver.clone();
            until("compare mode", || {
                let d = d.clone();
                async move { Ok(text(&d, "[data-testid=total-right]").await?.contains("2.000").then_some(())) }
            })
            .await;
            click(&driver, "step-forward").await?;
            no_serious_problems(&driver, &format!("{name}: compare mode")).await?;
            driver.goto(format!("{}embed.html#v=1&example=4&step=9&panels=loop,tasks,timeline,console,narration", page_url())).await?;
            wait_for_editor(&driver, EXAMPLES[3].source).await;
            wait_recorded(&driver).await;
            no_serious_problems(&driver, &format!("{name}: the embed")).await
        })
        .await;
    }
}
