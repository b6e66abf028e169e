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
