//! End-to-end: the release page that `trunk build --release` made (dist/),
//! served on 127.0.0.1 and driven in headless Chromium over WebDriver the
//! way a person uses it. Screenshots go to target/screenshots/.
//!
//! Run by `cargo xtask test`, which builds the page first and passes its
//! folder in LOOPSCOPE_DIST (default: dist/).
#![cfg(not(target_arch = "wasm32"))]

mod browser;
mod server;

use browser::{screenshot_dir, until, with_page};
use std::path::PathBuf;
use thirtyfour::prelude::*;

const TEXTAREA: &str = "[data-testid=editor] textarea";
const FIRST_EXAMPLE: &str = include_str!("../../examples/01_tut_io_operation.py");
const SEVENTH_EXAMPLE: &str = include_str!("../../examples/07_tut_say_after_times.py");

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
        assert!(title.to_lowercase().contains("edited"), "{title}");
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
        let on_disk = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples"))
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .path()
                    .extension()
                    .is_some_and(|x| x == "py")
            })
            .count();
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
        assert_eq!(
            items.len(),
            on_disk,
            "one menu item per program in examples/"
        );
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
