//! The program editor: a transparent `<textarea>` over a `<pre>` of coloured
//! spans (from the engine's highlighter), with line numbers. The three layers
//! scroll together; Tab indents by four spaces and Shift-Tab dedents. After
//! Escape, Tab moves the focus on instead (no keyboard trap). Clicking a
//! line number (or F9 on the caret's line) toggles a breakpoint there.

use crate::editing::{byte_offset, dedent, indent, utf16_offset};
use crate::look::task_class;
use crate::run::CodeError;
use crate::spans::{mark_errors, segments, visible_range};
use engine::view::{Step, StepKind};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTextAreaElement};
use yew::prelude::*;

/// Task ids shown per marked line; more are counted.
const IDS_PER_LINE: usize = engine::view::LINE_TASKS_LISTED;

/// The lines to mark at one step.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LineMarks {
    /// The line about to run, and the task running it (None: module code).
    pub running: Option<(u32, Option<u32>)>,
    /// Lines where suspended tasks stopped: (line, first task ids, count).
    pub suspended: Vec<(u32, Vec<u32>, usize)>,
}

impl LineMarks {
    pub fn of(step: &Step) -> LineMarks {
        let running = match step.kind {
            StepKind::Line | StepKind::Blocked => step.line.map(|l| (l, step.task)),
            _ => None,
        };
        let suspended = step
            .suspended
            .iter()
            .map(|l| (l.line, l.first.iter().take(IDS_PER_LINE).copied().collect(), l.count))
            .collect();
        LineMarks { running, suspended }
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub source: AttrValue,
    pub on_change: Callback<String>,
    #[prop_or_default]
    pub marks: Rc<LineMarks>,
    #[prop_or_default]
    pub errors: Rc<Vec<CodeError>>,
    /// Lines with a breakpoint, sorted.
    #[prop_or_default]
    pub breakpoints: Rc<Vec<u32>>,
    /// Toggles a breakpoint on a line (none: breakpoints are off).
    #[prop_or_default]
    pub on_breakpoint: Option<Callback<u32>>,
    #[prop_or_default]
    pub readonly: bool,
}

/// Top of a line's box in the code layers.
fn line_top(line: u32) -> String {
    format!("top:calc({} * var(--line) + var(--pad))", line.saturating_sub(1))
}

/// Copies the textarea's scroll position onto the highlight layer and the
/// line numbers.
fn sync_scroll(textarea: &NodeRef, layers: &[&NodeRef]) {
    let Some(ta) = textarea.cast::<Element>() else {
        return;
    };
    for layer in layers {
        if let Some(el) = layer.cast::<Element>() {
            el.set_scroll_top(ta.scroll_top());
            el.set_scroll_left(ta.scroll_left());
        }
    }
}

/// Scrolls the textarea so that the running line's mark is in view, a
/// third of the way down when it has to move.
fn follow_running_line(textarea: &NodeRef, code: &NodeRef) {
    let (Some(ta), Some(code)) = (textarea.cast::<Element>(), code.cast::<Element>()) else {
        return;
    };
    let Some(mark) = code.query_selector(".mark-run").ok().flatten() else {
        return;
    };
    let Some(mark) = mark.dyn_ref::<web_sys::HtmlElement>() else {
        return;
    };
    let (top, height) = (mark.offset_top(), mark.offset_height());
    let (scroll, view) = (ta.scroll_top(), ta.client_height());
    if top < scroll || top + height > scroll + view {
        ta.set_scroll_top((top - view / 3).max(0));
    }
}

fn selection(ta: &HtmlTextAreaElement, text: &str) -> (usize, usize) {
    let get = |v: Result<Option<u32>, _>| byte_offset(text, v.ok().flatten().unwrap_or(0));
    (get(ta.selection_start()), get(ta.selection_end()))
}

#[derive(Properties, PartialEq)]
struct HighlightedProps {
    source: AttrValue,
    errors: Rc<Vec<CodeError>>,
}

/// The coloured text, error pieces underlined. Its own component, so a
/// step (which moves only the line marks) does not re-diff the text.
#[function_component(Highlighted)]
fn highlighted(props: &HighlightedProps) -> Html {
    let highlighted = use_memo((props.source.clone(), props.errors.clone()), |(source, errors)| {
        let highlights = engine::highlight(source);
        let ranges: Vec<(usize, usize)> = errors
            .iter()
            .map(|e| visible_range(source, e.start, e.end))
            .collect();
        mark_errors(segments(source, &highlights), &ranges)
            .into_iter()
            .map(|(class, text, error)| {
                let piece = match class {
                    Some(class) => html! { <span class={class}>{ text }</span> },
                    None => html! { { text } },
                };
                if error {
                    html! { <u class="squiggle">{ piece }</u> }
                } else {
                    piece
                }
            })
            .collect::<Html>()
    });
    (*highlighted).clone()
}

#[function_component(Editor)]
pub fn editor(props: &Props) -> Html {
    let (textarea, code, gutter) = (use_node_ref(), use_node_ref(), use_node_ref());
    let tab_leaves = use_memo((), |_| Rc::new(Cell::new(false)));

    let lines = props.source.split('\n').count();
    let marks = &props.marks;
    let error_lines: Vec<u32> = props.errors.iter().map(|e| e.line).collect();

    // Line backgrounds behind the text: the running line, suspended tasks'
    // lines in their colour, error lines.
    let backgrounds = {
        let running = marks.running.map(|(line, task)| {
            let class = classes!("mark", "mark-run", task.map(task_class));
            html! { <div {class} style={line_top(line)} data-testid="running-line" data-line={line.to_string()}></div> }
        });
        let suspended = marks.suspended.iter().filter(|s| Some(s.0) != marks.running.map(|r| r.0)).map(|(line, ids, _)| {
            html! { <div class={classes!("mark", "mark-task", task_class(ids[0]))} style={line_top(*line)} data-line={line.to_string()}></div> }
        });
        let errors = error_lines.iter().map(|&line| {
            html! { <div class="mark mark-error" style={line_top(line)}></div> }
        });
        html! { <>{ for running }{ for suspended }{ for errors }</> }
    };
    let gutter_line = |n: u32| {
        let running = marks.running.filter(|r| r.0 == n);
        let waiting = marks.suspended.iter().find(|s| s.0 == n);
        let error = error_lines.contains(&n);
        let breakpoint = props.breakpoints.binary_search(&n).is_ok();
        let class = classes!(running.map(|_| "ln-run"), error.then_some("ln-error"), breakpoint.then_some("ln-bp"));
        let onclick = props.on_breakpoint.as_ref().map(|cb| cb.reform(move |_: MouseEvent| n));
        let title = waiting.map(|(_, ids, count)| {
            let names: Vec<String> = ids.iter().map(|id| format!("Task #{id}")).collect();
            let more = count.saturating_sub(ids.len());
            if more > 0 {
                format!("suspended here: {} and {more} more", names.join(", "))
            } else {
                format!("suspended here: {}", names.join(", "))
            }
        });
        html! {
            <span {class} {title} data-line={n.to_string()} {onclick}>
                if let Some((_, task)) = running {
                    <i class={classes!("arrow", task.map(task_class))} aria-hidden="true"></i>
                }
                if let Some((_, ids, _)) = waiting {
                    <i class="dots">{ for ids.iter().map(|id| html! { <b class={classes!("dot", task_class(*id))}></b> }) }</i>
                }
                { n }
            </span>
        }
    };

    // New text (an example loaded) can move the textarea's scroll position.
    {
        let (textarea, code, gutter) = (textarea.clone(), code.clone(), gutter.clone());
        use_effect_with(props.source.clone(), move |_| {
            sync_scroll(&textarea, &[&code, &gutter])
        });
    }

    // The running line is scrolled into view on every step.
    {
        let (textarea, code, gutter) = (textarea.clone(), code.clone(), gutter.clone());
        let line = marks.running.map(|r| r.0);
        use_effect_with(line, move |line| {
            if line.is_some() {
                follow_running_line(&textarea, &code);
                sync_scroll(&textarea, &[&code, &gutter]);
            }
        });
    }

    let onscroll = {
        let (textarea, code, gutter) = (textarea.clone(), code.clone(), gutter.clone());
        move |_: Event| sync_scroll(&textarea, &[&code, &gutter])
    };
    let oninput = props
        .on_change
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
    let onkeydown = {
        let on_change = props.on_change.clone();
        let on_breakpoint = props.on_breakpoint.clone();
        let tab_leaves = tab_leaves.clone();
        move |e: KeyboardEvent| {
            let key = e.key();
            if key == "F9" {
                if let Some(cb) = &on_breakpoint {
                    e.prevent_default();
                    let ta: HtmlTextAreaElement = e.target_unchecked_into();
                    let text = ta.value();
                    let (start, _) = selection(&ta, &text);
                    cb.emit(text[..start].matches('\n').count() as u32 + 1);
                }
                return;
            }
            if key != "Tab" || e.ctrl_key() || e.alt_key() || e.meta_key() || tab_leaves.get() {
                tab_leaves.set(key == "Escape");
                return;
            }
            e.prevent_default();
            let ta: HtmlTextAreaElement = e.target_unchecked_into();
            let text = ta.value();
            let (start, end) = selection(&ta, &text);
            let edit = if e.shift_key() {
                dedent(&text, start, end)
            } else {
                indent(&text, start, end)
            };
            ta.set_value(&edit.text);
            let _ = ta.set_selection_range(
                utf16_offset(&edit.text, edit.start),
                utf16_offset(&edit.text, edit.end),
            );
            on_change.emit(edit.text);
        }
    };

    html! {
        <div class={classes!("editor", props.on_breakpoint.is_some().then_some("with-breakpoints"))} data-testid="editor">
            <div ref={gutter} class="editor-gutter" aria-hidden="true" data-testid="line-numbers"
                title={props.on_breakpoint.is_some().then_some("Click a line number to set or clear a breakpoint (F9 in the editor)")}>
                { for (1..=lines as u32).map(gutter_line) }
            </div>
            <div class="editor-code">
                <pre ref={code} class="editor-highlight" aria-hidden="true">
                    { backgrounds }
                    <Highlighted source={props.source.clone()} errors={props.errors.clone()} />
                    // Keeps a last empty line as tall as the textarea's.
                    { " " }
                </pre>
                <textarea
                    ref={textarea}
                    class="editor-input"
                    aria-label={if props.readonly { "Python program (read only)" } else { "Python program" }}
                    readonly={props.readonly}
                    spellcheck="false"
                    autocomplete="off"
                    autocapitalize="off"
                    autocorrect="off"
                    wrap="off"
                    value={props.source.clone()}
                    {oninput}
                    {onkeydown}
                    {onscroll}
                />
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine::Recording;

    #[test]
    fn marks_the_running_line_and_each_suspended_tasks_line() {
        let src = "import asyncio\n\nasync def w(n):\n    await asyncio.sleep(n)\n\nasync def main():\n    a = asyncio.create_task(w(1))\n    b = asyncio.create_task(w(2))\n    await asyncio.sleep(0)\n    await a\n    await b\n\nasyncio.run(main())\n";
        let h = Recording::new(src, "main.py").unwrap().run_to_end(&Default::default());
        // The first step at which main runs line 10 (`await a`).
        let k = (0..h.len()).find(|&k| h.line(k) == Some(10) && h.kind(k) == StepKind::Line).unwrap();
        let marks = LineMarks::of(&h.step(k));
        assert_eq!(marks.running, Some((10, Some(1))));
        assert_eq!(marks.suspended, vec![(4, vec![2, 3], 2)]);
        assert_eq!(LineMarks::of(&h.step(0)), LineMarks::default());
    }
}
