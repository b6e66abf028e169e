//! The page (PRODUCT.md §2): the header, the editor beside the event loop
//! and the tasks, the controls with the narration, the timeline and the
//! console; or, for an iframe (`embed.html`, `?embed`), the compact embed
//! view (`components/embed_page.rs`). Layout only: the effects (recording,
//! re-running, saving, playing, the keyboard, the theme) are hooks in
//! `hooks/`.

use crate::address;
use crate::components::compare_view::compare_view;
use crate::components::embed_page::{embed_page, EmbedView};
use crate::components::{wired, Editor, EmbedDialog, Header, LinkBanner, LoopPanel, PredictDialog, Share, Shortcuts, TasksPanel};
use crate::examples::EXAMPLES;
use crate::hooks::{
    now, use_callbacks, use_derived, use_hash_change, use_keyboard, use_play, use_recording, use_rerun_and_save,
    use_fit, use_look, use_resize_report,
};
use crate::link::Embed;
use crate::state::State;
use crate::storage;
use yew::prelude::*;

/// How the page opens: the link it was opened with, and whether it is an
/// embed (which never reads or writes the reader's storage).
fn opening() -> (State, Option<Embed>) {
    let link = address::launch();
    let embed = match &link {
        Ok(launch) => launch.embed.clone(),
        Err(_) => address::is_embed().then(Embed::default),
    };
    if embed.is_some() {
        (State::open(None, link), embed)
    } else {
        let mut state = State::open(storage::load(), link);
        state.theme = storage::load_theme();
        state.projector = storage::load_projector();
        state.aside = storage::load_aside().map(AttrValue::from);
        (state, None)
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let opened = use_memo((), |_| opening());
    let embed = opened.1.clone();
    let state = use_reducer(|| opened.0.clone());
    let persist = embed.is_none();
    let root = use_node_ref();

    use_recording(&state);
    let unsaved = use_rerun_and_save(&state, persist);
    crate::crash::keep_program(persist && !state.shared);
    use_play(&state);
    use_keyboard(&state);
    use_look(&state, persist);
    use_hash_change(&state, persist);
    use_resize_report(root.clone(), embed.is_some());
    use_fit(root.clone(), embed.is_none() && state.compare.is_none());

    // When the first frame is painted (read by the benchmark).
    use_effect_with((), |_| {
        if let Some(window) = web_sys::window() {
            let _ = js_sys::Reflect::set(&window, &"loopscopeFirstRender".into(), &now().into());
        }
    });

    let cb = use_callbacks(&state);
    let derived = use_derived(&state);
    let example = state.example.and_then(|i| EXAMPLES.get(i));
    let view = state.track.view.clone();

    if let Some(embed) = embed {
        return embed_page(EmbedView { state: &state, cb: &cb, derived: &derived, embed: &embed, root });
    }

    let example = example.filter(|_| state.still_the_example());
    let title = match example {
        Some(e) => e.title,
        None if state.shared => "Shared program",
        None => "Your program",
    };

    html! {
        <div ref={root} class={classes!("page", state.projector.then_some("projector"))}>
            <Header
                menu_open={state.menu_open}
                current={state.example}
                on_toggle={cb.toggle_menu.clone()}
                on_close={cb.close_menu.clone()}
                on_pick={cb.pick.clone()}
                on_pick_pair={cb.pick_pair.clone()}
                compare={state.compare.is_some()}
                on_compare={cb.compare.clone()}
                projector={state.projector}
                on_projector={cb.projector.clone()}
                theme={state.theme}
                on_theme={cb.theme.clone()}
                on_help={cb.help.clone()}
            >
                <Share state={state.clone()} />
                <EmbedDialog state={state.clone()} />
                <PredictDialog state={state.clone()} />
            </Header>
            if let Some(c) = state.compare.as_deref() {
                { compare_view(&state, c, &cb) }
            } else {
            <main class="layout">
                <section class="panel editor-panel" aria-label="Program">
                    <LinkBanner notice={state.notice.clone()} shared={state.shared}
                        on_dismiss={cb.dismiss_notice.clone()} on_mine={cb.my_program.clone()} on_keep={cb.keep_shared.clone()}
                        aside={state.aside.is_some()} on_aside={cb.back_to_aside.clone()} />
                    if let Some(why) = unsaved {
                        <p class="banner banner-bad" role="status" data-testid="storage-notice">{ why.message() }</p>
                    }
                    <div class="editor-head" data-testid="example-note">
                        <h2 class="program-title" data-testid="program-title">
                            { title }
                            if state.edited && example.is_some() { <span class="edited">{ " · edited" }</span> }
                        </h2>
                        if let Some(e) = example {
                            <p class="watch-for"><strong>{ "Watch for: " }</strong>{ e.watch_for }</p>
                        }
                    </div>
                    <Editor source={state.source.clone()} on_change={cb.change.clone()} marks={derived.marks.clone()} errors={derived.errors.clone()}
                        breakpoints={state.breakpoints.clone()} on_breakpoint={cb.breakpoint.clone()} />
                    if let Some(e) = derived.errors.first() {
                        <p class="editor-error" data-testid="editor-error" role="alert">
                            <span class="warn-icon" aria-hidden="true">{ "✗" }</span>{ &e.message }
                        </p>
                    }
                    if let Some(help) = derived.paste_help.as_ref() {
                        <p class="paste-help" data-testid="paste-help">
                            <span>{ help.message }</span>
                            <button class="button small" data-testid="paste-fix" title="Apply the fix to the program (Ctrl+Z in the editor undoes it)"
                                onclick={cb.change.reform({ let fixed = help.fixed.clone(); move |_: MouseEvent| fixed.clone() })}>{ help.action }</button>
                        </p>
                    }
                </section>
                <div class="side">
                    <LoopPanel run={state.track.run.clone()} view={view.clone()} end_clock={state.track.end_clock} />
                    <TasksPanel run={state.track.run.clone()} view={view.clone()} />
                    { wired::console(&state) }
                </div>
                <section class="panel controls-panel" data-testid="controls" aria-label="Controls">
                    { wired::controls(&state, &cb) }
                    { wired::narration(&state, &cb) }
                </section>
                { wired::timeline(&state, &cb) }
            </main>
            }
            if state.help {
                <Shortcuts on_close={cb.help.clone()} />
            }
        </div>
    }
}
