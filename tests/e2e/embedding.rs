//! Share links, the embed view, the Embed dialog and the author script's
//! demo page (issue: into tutorials), end to end.

use super::*;
use loopscope_web::link::{Launch, Program};

/// The page's address with `fragment`, after a blank page (a real load,
/// not a same-document fragment change).
async fn load(driver: &WebDriver, path_and_fragment: &str) -> WebDriverResult<()> {
    driver.goto("about:blank").await?;
    driver.goto(format!("{}{path_and_fragment}", page_url())).await
}

async fn local_storage(driver: &WebDriver) -> WebDriverResult<Vec<(String, String)>> {
    js(driver, "return Object.keys(localStorage).sort().map(k => [k, localStorage.getItem(k)])").await
}

/// Replaces the editor's program by typing `source` (saved as the
/// learner's own once typing settles).
pub(crate) async fn type_program(driver: &WebDriver, source: &str) -> WebDriverResult<()> {
    let textarea = driver.find(By::Css(TEXTAREA)).await?;
    textarea.click().await?;
    textarea.send_keys(Key::Control + "a").await?;
    textarea.send_keys(Key::Backspace).await?;
    driver
        .execute(
            "const t = document.querySelector('[data-testid=editor] textarea');
             t.value = arguments[0]; t.dispatchEvent(new InputEvent('input', {bubbles: true}));",
            vec![serde_json::json!(source)],
        )
        .await?;
    wait_for_editor(driver, source).await;
    let d = driver.clone();
    let want = source.to_string();
    until("the program is saved", || {
        let (d, want) = (d.clone(), want.clone());
        async move {
            let saved: Option<String> = js(&d, "return localStorage.getItem('loopscope.program')").await?;
            Ok((saved.as_deref() == Some(want.as_str())).then_some(()))
        }
    })
    .await;
    Ok(())
}

async fn wait_value(driver: &WebDriver, css: &str, what: &str, want: impl Fn(&str) -> bool) -> String {
    let d = driver.clone();
    let script = format!("const e = document.querySelector('{css}'); return e ? e.value : ''");
    until(what, || {
        let (d, script) = (d.clone(), script.clone());
        let ok = &want;
        async move {
            let t: String = js(&d, &script).await?;
            Ok(ok(&t).then_some(t))
        }
    })
    .await
}

async fn wait_text(driver: &WebDriver, css: &str, what: &str, want: impl Fn(&str) -> bool) -> String {
    let d = driver.clone();
    let css = css.to_string();
    until(what, || {
        let (d, css) = (d.clone(), css.clone());
        let ok = &want;
        async move {
            let t = text(&d, &css).await?;
            Ok(ok(&t).then_some(t))
        }
    })
    .await
}

const SHARED: &str = "import asyncio\n\nasync def tick(name, n):\n    for i in range(n):\n        await asyncio.sleep(1)\n        print(name, i)\n\nasync def main():\n    await asyncio.gather(tick('a', 2), tick('b', 3))\n\nasyncio.run(main())\n";
const MINE: &str = "print('my own program')\n";

#[tokio::test]
async fn a_share_link_restores_program_step_granularity_and_breakpoints() {
    with_page("share-round-trip", page_url(), |driver| async move {
        wait_for_editor(&driver, FIRST_EXAMPLE).await;
        type_program(&driver, SHARED).await?;
        wait_recorded(&driver).await;
        click(&driver, "stride-line").await?;
        for _ in 0..7 {
            click(&driver, "step-forward").await?;
        }
        let step = step_shown(&driver).await?;
        assert_eq!(step, 7);
        // A breakpoint on `print(name, i)`.
        driver.find(By::Css("[data-testid=line-numbers] [data-line='6']")).await?.click().await?;
        driver.find(By::Css("[data-line='6'].ln-bp")).await?;
        click(&driver, "share").await?;
        let link: String = js(&driver, "return document.querySelector('[data-testid=share-link]').value").await?;
        assert!(link.starts_with(page_url()) && link.contains("#v=1&code="), "{link}");
        assert!(link.ends_with("&step=7&granularity=line&breakpoints=6"), "{link}");
        shot(&driver, "share-panel").await?;

        // The learner goes on with a program of their own.
        driver.find(By::Css("[data-testid=share-link]")).await?.send_keys(Key::Escape).await?;
        type_program(&driver, MINE).await?;

        load(&driver, &link[page_url().len()..]).await?;
        wait_for_editor(&driver, SHARED).await;
        wait_text(&driver, "[data-testid=step-counter] b", "the link's step", |t| t == "7").await;
        let line_on: String = js(&driver, "return document.querySelector('[data-testid=stride-line]').getAttribute('aria-checked')").await?;
        assert_eq!(line_on, "true");
        driver.find(By::Css("[data-line='6'].ln-bp")).await?;
        assert!(driver.find(By::Css("[data-testid=shared-banner]")).await?.is_displayed().await?);
        let saved: Option<String> = js(&driver, "return localStorage.getItem('loopscope.program')").await?;
        assert_eq!(saved.as_deref(), Some(MINE), "opening a link never overwrites the saved program");

        // The breakpoint stops the run on line 6, forward and back.
        click(&driver, "breakpoint-next").await?;
        let d = driver.clone();
        until("the run stops at the breakpoint's line", || {
            let d = d.clone();
            async move {
                let at: Option<String> = js(&d, "const r = document.querySelector('[data-testid=running-line]'); return r ? r.dataset.line : null").await?;
                Ok((at.as_deref() == Some("6") && step_shown(&d).await? > 7).then_some(()))
            }
        })
        .await;
        let first = step_shown(&driver).await?;
        click(&driver, "breakpoint-next").await?;
        let d = driver.clone();
        until("the next breakpoint hit", || {
            let d = d.clone();
            async move { Ok((step_shown(&d).await? > first).then_some(())) }
        })
        .await;
        click(&driver, "breakpoint-prev").await?;
        let d = driver.clone();
        until("back to the first hit", || {
            let d = d.clone();
            async move { Ok((step_shown(&d).await? == first).then_some(())) }
        })
        .await;
        shot(&driver, "shared-link-opened").await?;

        // A reload keeps the shared view; "my program" brings the learner's back.
        driver.refresh().await?;
        wait_for_editor(&driver, SHARED).await;
        click(&driver, "my-program").await?;
        wait_for_editor(&driver, MINE).await;
        let hash: String = js(&driver, "return location.hash").await?;
        assert_eq!(hash, "", "the link leaves the address bar");
        assert!(driver.find_all(By::Css("[data-testid=shared-banner]")).await?.is_empty());

        // A link pasted into the open page's address bar opens too.
        let example = Launch { program: Some(Program::Example(11)), step: Some(3), ..Launch::default() };
        driver.execute("location.hash = arguments[0]", vec![serde_json::json!(example.fragment())]).await?;
        wait_for_editor(&driver, EXAMPLES[11].source).await;
        wait_text(&driver, "[data-testid=step-counter] b", "step 3", |t| t == "3").await;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn every_kind_of_bad_link_says_so_and_keeps_the_saved_program() {
    with_page("bad-links", page_url(), |driver| async move {
        wait_for_editor(&driver, FIRST_EXAMPLE).await;
        type_program(&driver, MINE).await?;
        let good = Launch { program: Some(Program::Code(SHARED.repeat(3))), ..Launch::default() }.fragment();
        let oversized = Launch { program: Some(Program::Code("#".repeat(300_000))), ..Launch::default() }.fragment();
        let cases = [
            (good[..good.len() - 8].to_string(), "cut short"),
            ("v=2&example=3".to_string(), "different version"),
            ("v=1&code=%%%41".to_string(), "damaged"),
            ("v=1&code=not!base64".to_string(), "damaged"),
            (oversized, "too long"),
            ("v=1&example=3&step=ten".to_string(), "step"),
            ("v=1&example=99".to_string(), "example"),
        ];
        for (fragment, words) in cases {
            load(&driver, &format!("#{fragment}")).await?;
            wait_for_editor(&driver, MINE).await;
            let notice = wait_text(&driver, "[data-testid=link-notice]", "the bad link's message", |t| !t.is_empty()).await;
            assert!(notice.contains(words), "{fragment:.60}: {notice}");
            assert!(driver.find_all(By::Css("[data-testid=shared-banner]")).await?.is_empty());
            let saved: Option<String> = js(&driver, "return localStorage.getItem('loopscope.program')").await?;
            assert_eq!(saved.as_deref(), Some(MINE));
        }
        shot(&driver, "bad-link").await
    })
    .await;
}

/// Runs `script` in the first iframe of the page (same origin here).
async fn in_frame<T: serde::de::DeserializeOwned>(driver: &WebDriver, frame: usize, script: &str) -> WebDriverResult<T> {
    driver
        .execute(
            &format!("const doc = document.querySelectorAll('iframe')[arguments[0]].contentDocument; {script}"),
            vec![serde_json::json!(frame)],
        )
        .await?
        .convert()
}

#[tokio::test]
async fn the_embed_view_honours_every_parameter_and_never_touches_storage() {
    with_page("embed-params", page_url(), |driver| async move {
        wait_for_editor(&driver, FIRST_EXAMPLE).await;
        type_program(&driver, MINE).await?;
        driver.execute("localStorage.setItem('loopscope.theme', 'light')", vec![]).await?;
        let before = local_storage(&driver).await?;

        load(&driver, "embed.html#v=1&example=4&step=5&granularity=line&panels=console,narration&editor=readonly&theme=dark&speed=8").await?;
        wait_for_editor(&driver, EXAMPLES[3].source).await;
        wait_text(&driver, "[data-testid=step-counter] b", "step 5", |t| t == "5").await;
        for gone in ["panel-loop", "panel-tasks", "panel-timeline", "examples", "share", "embed"] {
            assert!(driver.find_all(By::Css(format!("[data-testid={gone}]"))).await?.is_empty(), "{gone} is shown");
        }
        for shown in ["panel-console", "narration", "controls", "editor", "clock", "step-forward", "step-end", "open-full"] {
            assert!(driver.find(By::Css(format!("[data-testid={shown}]"))).await?.is_displayed().await?, "{shown} is not shown");
        }
        let readonly: bool = js(&driver, &format!("return document.querySelector('{TEXTAREA}').readOnly")).await?;
        assert!(readonly);
        let (theme, bg): (String, String) = js(&driver, "return [document.documentElement.dataset.theme, getComputedStyle(document.body).backgroundColor]").await?;
        assert_eq!(theme, "dark");
        assert_eq!(bg, "rgb(15, 18, 24)", "dark colours");
        assert_eq!(text(&driver, ".speed-value").await?, "8/s");
        let line_on: String = js(&driver, "return document.querySelector('[data-testid=stride-line]').getAttribute('aria-checked')").await?;
        assert_eq!(line_on, "true");
        let open: String = js(&driver, "return document.querySelector('[data-testid=open-full]').href").await?;
        assert_eq!(open, format!("{}index.html#v=1&example=4&step=5&granularity=line", page_url()));
        click(&driver, "step-forward").await?;
        wait_text(&driver, "[data-testid=step-counter] b", "step 6", |t| t == "6").await;
        shot(&driver, "embed-readonly-dark").await?;

        // Editor hidden, the other panels, autoplay; light theme.
        load(&driver, "embed.html#v=1&example=12&editor=hidden&panels=loop,tasks,timeline&autoplay=1&speed=32&theme=light").await?;
        let d = driver.clone();
        until("autoplay moves the step", || {
            let d = d.clone();
            async move {
                let step = step_shown(&d).await?;
                Ok((step > 3 && step != usize::MAX).then_some(()))
            }
        })
        .await;
        assert!(driver.find_all(By::Css("[data-testid=editor]")).await?.is_empty());
        assert!(driver.find_all(By::Css("[data-testid=panel-console]")).await?.is_empty());
        assert!(driver.find_all(By::Css("[data-testid=narration]")).await?.is_empty());
        for shown in ["panel-loop", "panel-tasks", "panel-timeline"] {
            assert!(driver.find(By::Css(format!("[data-testid={shown}]"))).await?.is_displayed().await?, "{shown}");
        }
        let bg: String = js(&driver, "return getComputedStyle(document.body).backgroundColor").await?;
        assert_eq!(bg, "rgb(246, 247, 249)", "light colours");

        // Editable: typing re-runs, and still nothing is stored.
        load(&driver, "?embed#v=1&text=print(1%2B1)%0A&editor=edit").await?;
        wait_for_editor(&driver, "print(1+1)\n").await;
        let textarea = driver.find(By::Css(TEXTAREA)).await?;
        textarea.send_keys(Key::Control + Key::End).await?;
        textarea.send_keys("print(3)").await?;
        wait_for_editor(&driver, "print(1+1)\nprint(3)").await;
        wait_text(&driver, "[data-testid=step-counter]", "the edit re-runs", |t| t.ends_with("/ 3")).await;
        click(&driver, "step-end").await?;
        wait_text(&driver, "[data-testid=console]", "both lines printed", |t| t.contains('2') && t.contains('3')).await;
        tokio::time::sleep(std::time::Duration::from_millis(600)).await;

        load(&driver, "").await?;
        wait_for_editor(&driver, MINE).await;
        assert_eq!(local_storage(&driver).await?, before, "the embeds left the storage as it was");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn the_embed_dialog_writes_an_iframe_line_with_a_live_preview() {
    with_page("embed-dialog", page_url(), |driver| async move {
        wait_for_editor(&driver, FIRST_EXAMPLE).await;
        open_example(&driver, 12).await?;
        scrub(&driver, 9).await?;
        click(&driver, "embed").await?;
        let snippet = wait_value(&driver, "[data-testid=embed-snippet]", "the snippet", |t| t.starts_with("<iframe")).await;
        let src = format!("{}embed.html#v=1&amp;example=12&amp;step=9", page_url());
        assert!(snippet.starts_with(&format!("<iframe src=\"{src}\"")), "{snippet}");
        assert!(snippet.contains("title=\"Loopscope: Sequential await vs gather\"") && snippet.contains("loading=\"lazy\""), "{snippet}");
        driver.find(By::Css("[data-testid=embed-panel-timeline]")).await?.click().await?;
        let snippet = wait_value(&driver, "[data-testid=embed-snippet]", "the snippet updates", |t| t.contains("panels=")).await;
        assert!(snippet.contains("&amp;panels=loop,tasks,timeline,console,narration"), "{snippet}");
        // The preview is that embed.
        let preview: String = js(&driver, "return document.querySelector('[data-testid=embed-preview]').src").await?;
        assert!(snippet.contains(&preview.replace('&', "&amp;")), "{preview}");
        let d = driver.clone();
        until("the preview shows the program at step 9", || {
            let d = d.clone();
            async move {
                let step: String = js(&d, "const doc = document.querySelector('[data-testid=embed-preview]').contentDocument;
                    const b = doc && doc.querySelector('[data-testid=step-counter] b'); return b ? b.textContent : ''").await?;
                Ok((step == "9").then_some(()))
            }
        })
        .await;
        let script: String = js(&driver, "return document.querySelector('[data-testid=embed-script-snippet]').value").await?;
        assert!(script.starts_with(&format!("<script src=\"{}embed.js\" defer></script>", page_url())), "{script}");
        assert!(script.contains("<pre data-loopscope data-step=\"9\""), "{script}");
        shot(&driver, "embed-dialog").await
    })
    .await;
}

/// `.wasm` requests made by the page and every frame in it.
const WASM_REQUESTS: &str = "
    const docs = [window, ...[...document.querySelectorAll('iframe')].map(f => f.contentWindow)];
    return docs.flatMap(w => w.performance.getEntriesByType('resource').map(e => e.name)).filter(n => n.endsWith('.wasm')).length;";

#[tokio::test]
async fn the_demo_page_fetches_the_engine_once_on_the_first_click() {
    with_page("demo", &format!("{}demo.html", page_url()), |driver| async move {
        let d = driver.clone();
        let buttons = until("the author script adds its buttons", || {
            let d = d.clone();
            async move {
                let b = d.find_all(By::Css("[data-testid=activate]")).await?;
                Ok((b.len() == 3).then_some(b))
            }
        })
        .await;
        // Readable before anything: the code blocks are there as code.
        let pre: usize = js(&driver, "return [...document.querySelectorAll('pre')].filter(p => p.textContent.includes('asyncio.run(main())')).length").await?;
        assert_eq!(pre, 3);
        // The three iframe embeds (lazy: scrolled to) wait for a click too.
        driver.execute("window.scrollTo(0, document.body.scrollHeight)", vec![]).await?;
        let d = driver.clone();
        until("the iframe embeds show their poster", || {
            let d = d.clone();
            async move {
                let n: usize = js(&d, "return [...document.querySelectorAll('iframe')].filter(f => f.contentDocument && f.contentDocument.querySelector('[data-testid=activate]')).length").await?;
                Ok((n == 3).then_some(()))
            }
        })
        .await;
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        let wasm: usize = js(&driver, WASM_REQUESTS).await?;
        assert_eq!(wasm, 0, "no engine before a click");
        shot(&driver, "demo-before-click").await?;

        driver.execute("window.scrollTo(0, 0)", vec![]).await?;
        buttons[0].click().await?;
        buttons[1].scroll_into_view().await?;
        buttons[1].click().await?;
        // The script's frames come before the page's own iframes now.
        for frame in 0..2 {
            let d = driver.clone();
            until("the embed runs", || {
                let d = d.clone();
                async move {
                    let ok: bool = in_frame(&d, frame, "const b = doc && doc.querySelector('[data-testid=step-counter]'); return !!b && !b.textContent.includes('recording')").await?;
                    Ok(ok.then_some(()))
                }
            })
            .await;
        }
        let wasm: usize = js(&driver, WASM_REQUESTS).await?;
        assert_eq!(wasm, 1, "one engine for both blocks");

        // Both step on their own.
        in_frame::<()>(&driver, 0, "doc.querySelector('[data-testid=step-end]').click()").await?;
        let d = driver.clone();
        until("the first embed is at its end", || {
            let d = d.clone();
            async move {
                let (a, b): (String, String) = in_frame(&d, 0, "const other = document.querySelectorAll('iframe')[1].contentDocument;
                    return [doc.querySelector('[data-testid=step-counter] b').textContent, other.querySelector('[data-testid=step-counter] b').textContent]").await?;
                Ok((a != "0" && b == "12").then_some(()))
            }
        })
        .await;
        let console: String = in_frame(&driver, 0, "return doc.querySelector('[data-testid=console]').textContent").await?;
        assert!(console.contains("[2, 6, 24]"), "{console}");

        // Each frame is sized to its content by the resize message.
        let d = driver.clone();
        until("the frames fit their content", || {
            let d = d.clone();
            async move {
                let fits: Vec<f64> = js(&d, "return [0, 1].map(i => { const f = document.querySelectorAll('iframe')[i];
                    const page = f.contentDocument.querySelector('.page');
                    return Math.abs(f.getBoundingClientRect().height - 2 - page.getBoundingClientRect().height); })").await?;
                Ok(fits.iter().all(|d| *d <= 2.0).then_some(()))
            }
        })
        .await;
        shot(&driver, "demo-two-active").await
    })
    .await;
}

#[tokio::test]
async fn the_resize_message_carries_the_content_height() {
    with_page("embed-resize", &format!("{}demo.html", page_url()), |driver| async move {
        driver
            .execute("window.heights = []; addEventListener('message', e => { if (e.data && e.data.type === 'loopscope:resize') heights.push([e.source === document.querySelectorAll('iframe')[0].contentWindow, e.data.height]); });", vec![])
            .await?;
        let d = driver.clone();
        until("the button", || {
            let d = d.clone();
            async move { Ok(d.find_all(By::Css("[data-testid=activate]")).await?.into_iter().next()) }
        })
        .await
        .click()
        .await?;
        let d = driver.clone();
        let (said, content) = until("a resize message with the content's height", || {
            let d = d.clone();
            async move {
                let (said, content): (Option<f64>, f64) = js(&d, "const mine = heights.filter(h => h[0]).map(h => h[1]);
                    const page = document.querySelectorAll('iframe')[0].contentDocument.querySelector('.page');
                    return [mine.length ? mine[mine.length - 1] : null, page ? page.getBoundingClientRect().height : -1]").await?;
                Ok(said.filter(|s| content > 100.0 && (s - content.ceil()).abs() <= 1.0).map(|s| (s, content)))
            }
        })
        .await;
        assert!(said >= content, "{said} < {content}");
        Ok(())
    })
    .await;
}
