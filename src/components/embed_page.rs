//! The embed view, for an iframe in a tutorial: a compact layout that
//! works from 400×300 up, with the panels the author chose, the editor
//! editable, read-only or hidden, and a link that opens the full page at
//! the same state. The step controls come first (and stay in view when a
//! fixed-height frame scrolls), then the narration. Same components and test ids as the full
//! page.

use crate::address;
use crate::components::{wired, Editor, LoopPanel, TasksPanel};
use crate::examples::EXAMPLES;
use crate::hooks::{Callbacks, Derived};
use crate::link::{EditorMode, Embed, Panel};
use crate::look::time;
use crate::state::State;
use yew::prelude::*;

/// What the embed view is drawn from.
pub struct EmbedView<'a> {
    pub state: &'a State,
    pub cb: &'a Callbacks,
    pub derived: &'a Derived,
    pub embed: &'a Embed,
    /// The element whose height is reported to the page around.
    pub root: NodeRef,
}

pub fn embed_page(v: EmbedView) -> Html {
    let EmbedView { state, cb, derived, embed, root } = v;
    let view = state.track.view.clone();
    let clock = view.as_ref().map_or(0.0, |v| v.clock);
    let has = |p: Panel| embed.panels.has(p);
    let pair = state.compare.as_ref().and_then(|c| c.pair).and_then(|i| crate::examples::PAIRS.get(i));
    let title = match (pair, state.example) {
        (Some(p), _) => p.title,
        (None, _) if state.compare.is_some() => "Two asyncio programs",
        (None, Some(i)) if !state.edited => EXAMPLES[i].title,
        _ => "An asyncio program",
    };
    let editor = embed.editor != EditorMode::Hidden;
    let side = has(Panel::Loop) || has(Panel::Tasks);
    // The full page at this program and step (the reader's own program
    // there is kept: the link opens as a shared one).
    let open_full = address::full_page(&state.launch(true));

    html! {
        <div ref={root} class={classes!("page", "embed", (editor && side).then_some("two-columns"))} data-testid="embed-view">
            <header class="embed-bar">
                <span class="brand-mark" aria-hidden="true">{ "◎" }</span>
                <span class="embed-title" data-testid="program-title">{ title }</span>
                if !has(Panel::Loop) {
                    <span class="embed-clock" title="Virtual time">{ "t = " }<b data-testid="clock">{ time(clock) }</b>{ " s" }</span>
                }
                // A srcdoc embed (from a CDN, or in a notebook) has no full page beside it.
                if !address::is_srcdoc() {
                    <a class="open-full" data-testid="open-full" href={open_full} target="_blank" rel="noopener"
                        title="Open this program at this step in Loopscope's full page">{ "Open in Loopscope ↗" }</a>
                }
            </header>
            if let Some(notice) = &state.notice {
                <p class="banner banner-bad" role="alert" data-testid="link-notice">{ notice.clone() }</p>
            }
            if let Some(c) = state.compare.as_deref() {
                { crate::components::compare_view::compare_view(state, c, cb) }
            } else {
            <section class="panel controls-panel" data-testid="controls" aria-label="Controls">
                { wired::controls(state, cb) }
            </section>
            if has(Panel::Narration) {
                <section class="panel narration-panel" aria-label="Narration">
                    { wired::narration(state, cb) }
                </section>
            }
            <div class="embed-main">
                if editor {
                    <section class="panel editor-panel" aria-label="Program" style={format!("--lines:{}", state.source.lines().count().max(4))}>
                        <Editor source={state.source.clone()} on_change={cb.change.clone()} marks={derived.marks.clone()} errors={derived.errors.clone()}
                            readonly={embed.editor == EditorMode::ReadOnly}
                            breakpoints={state.breakpoints.clone()} on_breakpoint={cb.breakpoint.clone()} />
                        if let Some(e) = derived.errors.first() {
                            <p class="editor-error" data-testid="editor-error" role="alert">
                                <span class="warn-icon" aria-hidden="true">{ "✗" }</span>{ &e.message }
                            </p>
                        }
                    </section>
                }
                if side {
                    <div class="side">
                        if has(Panel::Loop) {
                            <LoopPanel run={state.track.run.clone()} view={view.clone()} end_clock={state.track.end_clock} />
                        }
                        if has(Panel::Tasks) {
                            <TasksPanel run={state.track.run.clone()} view={view.clone()} />
                        }
                    </div>
                }
            </div>
            if has(Panel::Console) {
                { wired::console(state) }
            }
            if has(Panel::Timeline) {
                { wired::timeline(state, cb) }
            }
            }
        </div>
    }
}
