//! Hostile and unlucky cases in the page (issue: nothing breaks it): text
//! that looks like HTML is shown, never run; storage that is full or
//! disabled is said, and the page goes on working.

use super::*;
use crate::embedding::type_program;
use crate::server::{self, Host};

/// `<img onerror>` and `<script>` through every way text reaches the page:
/// output, a task's name, a repr in the locals, an exception, narration.
const HOSTILE: &str = r#"import asyncio

class Evil:
    def __repr__(self):
        return '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'

async def worker(tag):
    print('<img src=x onerror="window.__xss=3">', tag)
    await asyncio.sleep(0.1)
    raise ValueError('<script>window.__xss=4</script><img src=x onerror="window.__xss=5">')

async def main():
    evil = Evil()
    t = asyncio.create_task(worker(repr(evil)), name='<img src=x onerror="window.__xss=6">')
    await asyncio.sleep(0.2)
    print(repr(evil), t.exception())

asyncio.run(main())
"#;

#[tokio::test]
async fn text_that_looks_like_html_is_shown_never_run() {
    with_page("xss", page_url(), |driver| async move {
        type_program(&driver, HOSTILE).await?;
        wait_recorded(&driver).await;
        click(&driver, "step-end").await?;
        let total = step_shown(&driver).await?;
        assert!(total > 10, "{total}");
        // Every step, so every view (tasks, locals, timers, narration,
        // console, timeline) has shown its text.
        for k in 0..=total {
            scrub(&driver, k).await?;
            let (xss, imgs): (Option<i64>, usize) = {
                let v: (Option<i64>, usize) = js(&driver, "return [window.__xss ?? null, document.querySelectorAll('img[src=x], body script:not([type=module])').length]").await?;
                v
            };
            assert_eq!((xss, imgs), (None, 0), "injected at step {k}");
        }
        let console = text(&driver, "[data-testid=console]").await?;
        assert!(console.contains("<img src=x onerror=\"window.__xss=3\">"), "{console}");
        let tasks = text(&driver, "[data-testid=tasks]").await.unwrap_or_default();
        let page: String = js(&driver, "return document.body.innerText").await?;
        assert!(page.contains("window.__xss=6") || tasks.contains("window.__xss=6"), "the task's name is shown as text");
        // The exports carry the text escaped.
        let svg: String = js(&driver, "return document.querySelector('[data-testid=export-svg]') ? 'ok' : 'none'").await?;
        assert_eq!(svg, "ok");
        shot(&driver, "xss").await
    })
    .await;
}

#[tokio::test]
async fn full_storage_is_said_and_the_page_goes_on() {
    with_page("storage-full", page_url(), |driver| async move {
        wait_recorded(&driver).await;
        // Fill the origin's quota, down to single characters.
        let filled: usize = js(&driver, "let n = 0;
            for (let size = 1 << 20; size >= 1; size = size >> 1) {
                for (;;) { try { localStorage.setItem('fill' + n, 'x'.repeat(size)); n++; } catch (e) { break; } }
            }
            return n;").await?;
        assert!(filled > 0);
        // Longer than the program stored now, so the write needs more room.
        let program = format!("# {}\nimport asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n    print('still works')\n\nasyncio.run(main())\n", "-".repeat(4000));
        let program = program.as_str();
        driver
            .execute(
                "const t = document.querySelector('[data-testid=editor] textarea');
                 t.value = arguments[0]; t.dispatchEvent(new InputEvent('input', {bubbles: true}));",
                vec![serde_json::json!(program)],
            )
            .await?;
        let d = driver.clone();
        let notice = until("the page says it cannot save", || {
            let d = d.clone();
            async move {
                let n = text(&d, "[data-testid=storage-notice]").await?;
                Ok((!n.is_empty()).then_some(n))
            }
        })
        .await;
        assert!(notice.contains("full"), "{notice}");
        wait_recorded(&driver).await;
        click(&driver, "step-end").await?;
        let d = driver.clone();
        until("the program runs", || {
            let d = d.clone();
            async move { Ok(text(&d, "[data-testid=console]").await?.contains("still works").then_some(())) }
        })
        .await;
        shot(&driver, "storage-full").await?;
        // Room again: the next edit is saved and the notice goes.
        driver.execute("for (const k of Object.keys(localStorage)) if (k.startsWith('fill')) localStorage.removeItem(k);", vec![]).await?;
        type_program(&driver, &program.replace("still works", "saved")).await?;
        assert_eq!(text(&driver, "[data-testid=storage-notice]").await?, "");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn disabled_storage_is_said_and_the_page_goes_on() {
    // A sandboxed frame (no allow-same-origin) has an opaque origin: its
    // localStorage throws, as with storage blocked in the browser's settings.
    let dist = std::env::var("LOOPSCOPE_DIST").map(PathBuf::from).unwrap_or_else(|_| PathBuf::from("dist"));
    let open = server::start(dist, Host::Open);
    let host = std::env::temp_dir().join(format!("loopscope-sandbox-{}", std::process::id()));
    std::fs::create_dir_all(&host).unwrap();
    std::fs::write(
        host.join("host.html"),
        format!("<!doctype html><title>sandbox</title><iframe sandbox=\"allow-scripts\" src=\"{open}index.html\" style=\"width:1300px;height:900px\"></iframe>"),
    )
    .unwrap();
    let site = server::start(host.clone(), Host::Site);
    with_page("storage-disabled", &format!("{site}host.html"), |driver| async move {
        let frame = driver.find(By::Css("iframe")).await?;
        frame.enter_frame().await?;
        let d = driver.clone();
        let notice = until("the page runs and says it cannot save", || {
            let d = d.clone();
            async move {
                let n = text(&d, "[data-testid=storage-notice]").await?;
                Ok((!n.is_empty()).then_some(n))
            }
        })
        .await;
        assert!(notice.contains("disabled"), "{notice}");
        wait_recorded(&driver).await;
        click(&driver, "step-end").await?;
        let console = text(&driver, "[data-testid=console]").await?;
        assert!(!console.contains("Nothing printed"), "{console}");
        driver.enter_default_frame().await?;
        shot(&driver, "storage-disabled").await
    })
    .await;
    let _ = std::fs::remove_dir_all(host);
}
