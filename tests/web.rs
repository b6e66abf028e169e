//! Component tests in a real browser (headless Chromium through
//! wasm-bindgen-test-runner): mount the editor and the page, act on the DOM
//! as a user would, and assert on what it shows.
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use loopscope_web::app::App;
use loopscope_web::components::editor::{Editor, Props as EditorProps};
use loopscope_web::examples::EXAMPLES;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    Element, Event, EventInit, HtmlElement, HtmlTextAreaElement, KeyboardEvent, KeyboardEventInit,
};
use yew::{AttrValue, Callback};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh element in the body to mount a component into.
fn root() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

/// Lets Yew render what the last event scheduled.
async fn settle() {
    TimeoutFuture::new(0).await;
    TimeoutFuture::new(0).await;
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

fn textarea(root: &Element) -> HtmlTextAreaElement {
    find(root, "[data-testid=editor] textarea")
        .dyn_into()
        .unwrap()
}

fn highlight_text(root: &Element) -> String {
    find(root, "[data-testid=editor] pre")
        .text_content()
        .unwrap()
}

fn click(root: &Element, selector: &str) {
    find(root, selector)
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

fn type_text(ta: &HtmlTextAreaElement, value: &str) {
    ta.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    ta.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

/// Sends a key to the textarea; true if the page handled it (prevented the
/// browser's default).
fn press(ta: &HtmlTextAreaElement, key: &str, shift: bool) -> bool {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_shift_key(shift);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    !ta.dispatch_event(&event).unwrap()
}

/// Mounts a bare editor whose `on_change` records every text it reports.
async fn mount_editor(source: &str) -> (Element, Rc<RefCell<Vec<String>>>) {
    let root = root();
    let changes = Rc::new(RefCell::new(Vec::new()));
    let seen = changes.clone();
    let props = EditorProps {
        source: AttrValue::from(source.to_string()),
        on_change: Callback::from(move |text| seen.borrow_mut().push(text)),
        marks: Default::default(),
        errors: Default::default(),
        breakpoints: Default::default(),
        on_breakpoint: None,
        readonly: false,
    };
    yew::Renderer::<Editor>::with_root_and_props(root.clone(), props).render();
    settle().await;
    (root, changes)
}

#[wasm_bindgen_test]
async fn editor_shows_the_text_with_line_numbers() {
    let source = "import asyncio\n\nasync def main():\n    pass\n";
    let (root, _) = mount_editor(source).await;
    assert_eq!(textarea(&root).value(), source);
    // The highlight layer holds the same text (plus one space for the last line).
    assert_eq!(highlight_text(&root), format!("{source} "));
    assert_eq!(count(&root, "[data-testid=line-numbers] span"), 5);
    assert_eq!(
        find(&root, "[data-testid=line-numbers]")
            .text_content()
            .unwrap(),
        "12345"
    );
}

#[wasm_bindgen_test]
async fn tab_inserts_four_spaces_and_shift_tab_dedents() {
    let (root, changes) = mount_editor("ab").await;
    let ta = textarea(&root);
    ta.set_selection_range(1, 1).unwrap();
    assert!(press(&ta, "Tab", false), "Tab must not move the focus away");
    assert_eq!(ta.value(), "a    b");
    assert_eq!(
        (ta.selection_start().unwrap(), ta.selection_end().unwrap()),
        (Some(5), Some(5))
    );
    assert_eq!(changes.borrow().last().map(String::as_str), Some("a    b"));

    // Shift-Tab takes up to four spaces off the start of the caret's line.
    let (root, changes) = mount_editor("        x").await;
    let ta = textarea(&root);
    ta.set_selection_range(9, 9).unwrap();
    assert!(press(&ta, "Tab", true));
    assert_eq!(ta.value(), "    x");
    assert_eq!(ta.selection_start().unwrap(), Some(5));
    assert_eq!(changes.borrow().last().map(String::as_str), Some("    x"));
}

#[wasm_bindgen_test]
async fn escape_then_tab_leaves_the_editor() {
    let (root, _) = mount_editor("x").await;
    let ta = textarea(&root);
    assert!(!press(&ta, "Escape", false));
    assert!(
        !press(&ta, "Tab", false),
        "after Escape, Tab is the browser's again"
    );
    assert_eq!(ta.value(), "x");
}

/// Mounts the whole page on a clean localStorage and waits until the first
/// program is recorded.
async fn mount_page() -> Element {
    loopscope_web::storage::clear();
    let root = root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    recorded(&root).await;
    root
}

/// Waits until the run is recorded to its end.
async fn recorded(root: &Element) {
    for _ in 0..2000 {
        if count(root, "[data-testid=step-counter] .recording") == 0 {
            return;
        }
        TimeoutFuture::new(5).await;
    }
    panic!("the run was not recorded in time");
}

#[wasm_bindgen_test]
async fn page_starts_with_the_first_example() {
    let root = mount_page().await;
    assert_eq!(textarea(&root).value(), EXAMPLES[0].source);
    assert!(find(&root, "header")
        .text_content()
        .unwrap()
        .contains("Loopscope"));
    assert_eq!(
        find(&root, "[data-testid=program-title]")
            .text_content()
            .unwrap(),
        EXAMPLES[0].title
    );
    assert!(find(&root, "[data-testid=example-note]")
        .text_content()
        .unwrap()
        .contains(EXAMPLES[0].watch_for));
    for panel in [
        "panel-loop",
        "panel-tasks",
        "controls",
        "panel-timeline",
        "panel-console",
    ] {
        assert_eq!(
            count(&root, &format!("[data-testid={panel}]")),
            1,
            "{panel}"
        );
    }
}

#[wasm_bindgen_test]
async fn examples_menu_lists_every_example_and_loads_the_one_picked() {
    let root = mount_page().await;
    assert_eq!(
        count(&root, "[data-testid=examples-menu]"),
        0,
        "the menu starts closed"
    );

    click(&root, "[data-testid=examples]");
    settle().await;
    assert_eq!(
        find(&root, "[data-testid=examples]")
            .get_attribute("aria-expanded")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        count(&root, "[data-testid=examples-menu] [role=menuitem]"),
        (EXAMPLES.len() + loopscope_web::examples::PAIRS.len()) as u32,
        "the examples, then the compare pairs"
    );
    let item = find(&root, "[data-testid=example-4]")
        .text_content()
        .unwrap();
    assert!(
        item.contains(EXAMPLES[3].title) && item.contains(EXAMPLES[3].watch_for),
        "{item}"
    );

    click(&root, "[data-testid=example-4]");
    settle().await;
    assert_eq!(
        count(&root, "[data-testid=examples-menu]"),
        0,
        "picking closes the menu"
    );
    assert_eq!(textarea(&root).value(), EXAMPLES[3].source);
    assert_eq!(highlight_text(&root), format!("{} ", EXAMPLES[3].source));
    assert_eq!(
        find(&root, "[data-testid=program-title]")
            .text_content()
            .unwrap(),
        EXAMPLES[3].title
    );
}

#[wasm_bindgen_test]
async fn editing_updates_the_highlight_layer_and_marks_the_program_edited() {
    let root = mount_page().await;
    type_text(&textarea(&root), "print('hi')\nprint('there')");
    settle().await;
    assert_eq!(highlight_text(&root), "print('hi')\nprint('there') ");
    assert_eq!(count(&root, "[data-testid=line-numbers] span"), 2);
    // No longer the example's code: the learner's own program.
    assert_eq!(find(&root, "[data-testid=program-title]").text_content().unwrap(), "Your program");

    // The menu closes on Escape without loading anything.
    click(&root, "[data-testid=examples]");
    settle().await;
    let init = KeyboardEventInit::new();
    init.set_key("Escape");
    init.set_bubbles(true);
    let escape = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    find(&root, "[data-testid=example-1]")
        .dispatch_event(&escape)
        .unwrap();
    settle().await;
    assert_eq!(count(&root, "[data-testid=examples-menu]"), 0);
    assert_eq!(textarea(&root).value(), "print('hi')\nprint('there')");
}

#[wasm_bindgen_test]
async fn every_engine_highlight_becomes_a_coloured_span() {
    // Holds for the stub highlighter (no spans) and for the real one.
    let source = EXAMPLES[6].source;
    let (root, _) = mount_editor(source).await;
    let expected: Vec<String> = engine::highlight(source)
        .iter()
        .map(|h| {
            format!(
                "{}:{}",
                h.class.css(),
                &source[h.span.start as usize..h.span.end as usize]
            )
        })
        .collect();
    let spans = root
        .query_selector_all("[data-testid=editor] pre span")
        .unwrap();
    let shown: Vec<String> = (0..spans.length())
        .map(|i| spans.item(i).unwrap().dyn_into::<Element>().unwrap())
        .map(|s| format!("{}:{}", s.class_name(), s.text_content().unwrap()))
        .collect();
    assert_eq!(shown, expected);
    assert_eq!(highlight_text(&root), format!("{source} "));
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

/// The step number the counter shows.
fn step_shown(root: &Element) -> usize {
    find(root, "[data-testid=step-counter] b")
        .text_content()
        .unwrap()
        .replace(',', "")
        .parse()
        .unwrap()
}

/// Loads example `n` (1-based, as in the menu) and waits until it is recorded.
async fn load_example(root: &Element, n: usize) {
    click(root, "[data-testid=examples]");
    settle().await;
    click(root, &format!("[data-testid=example-{n}]"));
    settle().await;
    recorded(root).await;
    settle().await;
}

/// A key pressed with the focus on the page (not in the editor).
async fn key(key: &str, shift: bool) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_shift_key(shift);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    document().body().unwrap().dispatch_event(&event).unwrap();
    settle().await;
}

async fn scrub_to(root: &Element, step: usize) {
    let input: web_sys::HtmlInputElement = find(root, "[data-testid=scrubber]").dyn_into().unwrap();
    input.set_value(&step.to_string());
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    settle().await;
}

fn example_index(file: &str) -> usize {
    EXAMPLES.iter().position(|e| e.file == file).unwrap() + 1
}

#[wasm_bindgen_test]
async fn the_buttons_and_keys_step_forward_and_back() {
    let root = mount_page().await;
    load_example(&root, example_index("12_sequential_vs_gather.py")).await;
    assert_eq!(text(&root, "[data-testid=clock]"), "0.000");
    assert_eq!(step_shown(&root), 0);

    click(&root, "[data-testid=step-end]");
    settle().await;
    assert_eq!(text(&root, "[data-testid=clock]"), "9.000");
    assert!(text(&root, "[data-testid=narration]").contains("finished at t=9.000"));
    let last = step_shown(&root);
    assert!(text(&root, "[data-testid=console]").contains("Concurrent took 3.0s"));

    click(&root, "[data-testid=step-start]");
    settle().await;
    assert_eq!(step_shown(&root), 0);
    click(&root, "[data-testid=step-forward]");
    settle().await;
    let first_poll = step_shown(&root);
    assert!(first_poll > 1, "a poll spans several lines");
    click(&root, "[data-testid=step-back]");
    settle().await;
    assert_eq!(step_shown(&root), 0);

    // Keys: → by the stride, Shift+→ by one line, End, Home, ←.
    key("ArrowRight", false).await;
    assert_eq!(step_shown(&root), first_poll);
    key("ArrowRight", true).await;
    assert_eq!(step_shown(&root), first_poll + 1);
    key("ArrowLeft", true).await;
    assert_eq!(step_shown(&root), first_poll);
    key("End", false).await;
    assert_eq!(step_shown(&root), last);
    key("Home", false).await;
    assert_eq!(step_shown(&root), 0);

    // Stride: line steps one at a time.
    click(&root, "[data-testid=stride-line]");
    settle().await;
    click(&root, "[data-testid=step-forward]");
    settle().await;
    assert_eq!(step_shown(&root), 1);

    // Next output goes to the step that printed "Sequential:".
    click(&root, "[data-testid=step-next-output]");
    settle().await;
    assert_eq!(count(&root, "[data-testid=console-line]"), 1);
    assert!(text(&root, "[data-testid=console]").contains("Sequential:"));
}

#[wasm_bindgen_test]
async fn the_panels_show_the_engines_view_of_a_step() {
    let root = mount_page().await;
    let n = example_index("14_create_task_start_order.py");
    load_example(&root, n).await;

    // The first step at which the ready queue holds the three workers.
    // (As the page records it: in slices of the same budget.)
    let run = loopscope_web::run::Run::record_to_end(EXAMPLES[n - 1].source);
    let (k, view, k2) = run
        .history(|h| {
            let ready = |k: usize| h.lists(&h.step(k)).ready.iter().filter_map(|r| r.task).collect::<Vec<_>>();
            let k = (0..h.len()).find(|&k| ready(k) == [2, 3, 4]).expect("a step with A, B, C ready");
            // One second later: three timers wake the workers.
            let k2 = (k..h.len()).find(|&k| h.step(k).timers_len() == 3).unwrap();
            let s = h.step(k);
            (k, (h.lists(&s), s), k2)
        })
        .unwrap();
    scrub_to(&root, k).await;
    assert_eq!(step_shown(&root), k);
    let items = root.query_selector_all("[data-testid=ready-item]").unwrap();
    let shown: Vec<String> = (0..items.length())
        .map(|i| items.item(i).unwrap().text_content().unwrap())
        .collect();
    let expected: Vec<String> = view.0.ready.iter().map(|r| r.label.to_string()).collect();
    assert_eq!(shown, expected);
    assert_eq!(count(&root, "[data-testid=task-row]"), view.0.tasks.len() as u32);
    assert_eq!(
        text(&root, "[data-testid=narration] .sentence"),
        view.1.narration
    );
    assert_eq!(
        find(&root, "[data-testid=task-row][data-task='1']")
            .get_attribute("data-state")
            .as_deref(),
        Some("running")
    );

    // The running line is marked in the editor, at the engine's line.
    if let Some(line) = view.1.line {
        assert_eq!(
            find(&root, "[data-testid=running-line]").get_attribute("data-line"),
            Some(line.to_string())
        );
    }

    scrub_to(&root, k2).await;
    assert_eq!(count(&root, "[data-testid=timer-item]"), 3);
    assert!(text(&root, "[data-testid=timers]").contains("1.000"));
    // Each waiting worker's line is marked with a dot in its colour.
    assert!(count(&root, "[data-testid=line-numbers] .dot") >= 1);
}

#[wasm_bindgen_test]
async fn a_syntax_error_is_underlined_and_explained() {
    let root = mount_page().await;
    type_text(&textarea(&root), "import asyncio\n\nasync def main()\n    pass\n");
    for _ in 0..100 {
        TimeoutFuture::new(20).await;
        if count(&root, "[data-testid=editor-error]") == 1 {
            break;
        }
    }
    assert!(
        text(&root, "[data-testid=editor-error]").contains("SyntaxError: expected ':'"),
        "{}",
        text(&root, "[data-testid=editor-error]")
    );
    assert!(text(&root, "[data-testid=narration]").contains("SyntaxError"));
    assert_eq!(text(&root, "[data-testid=editor] .squiggle"), ")");
    assert_eq!(count(&root, "[data-testid=line-numbers] .ln-error"), 1);
    // The text layer still matches the textarea.
    assert_eq!(
        highlight_text(&root),
        "import asyncio\n\nasync def main()\n    pass\n "
    );
}

#[wasm_bindgen_test]
async fn a_runtime_error_underlines_the_line_that_raised_it() {
    let root = mount_page().await;
    load_example(&root, example_index("42_uncaught_exception.py")).await;
    click(&root, "[data-testid=step-end]");
    settle().await;
    assert!(text(&root, "[data-testid=editor-error]").contains("ValueError"));
    let marked = root.query_selector_all("[data-testid=editor] .squiggle").unwrap();
    let marked: String = (0..marked.length())
        .map(|i| marked.item(i).unwrap().text_content().unwrap())
        .collect();
    assert_eq!(marked, "return {key.strip(): int(value)}");
    assert!(text(&root, "[data-testid=stderr]").contains("Traceback"));
    assert!(text(&root, "[data-testid=outcome]").contains("uncaught ValueError"));
}

#[wasm_bindgen_test]
async fn editing_reruns_and_keeps_the_step() {
    let root = mount_page().await;
    load_example(&root, example_index("12_sequential_vs_gather.py")).await;
    scrub_to(&root, 20).await;
    let ta = textarea(&root);
    let edited = ta.value().replace("(\"eggs\", 1)", "(\"eggs\", 4)");
    type_text(&ta, &edited);
    // Re-run after typing settles, back at step 20.
    for _ in 0..100 {
        TimeoutFuture::new(20).await;
        if count(&root, ".recording") == 0 && text(&root, "[data-testid=clock]") != "" {
            let end = text(&root, ".clock-end");
            if end.contains("13.000") {
                break;
            }
        }
    }
    assert!(text(&root, ".clock-end").contains("13.000"), "{}", text(&root, ".clock-end"));
    assert_eq!(step_shown(&root), 20);
}

#[wasm_bindgen_test]
async fn play_advances_until_paused() {
    let root = mount_page().await;
    load_example(&root, example_index("19_sleep_zero_ping_pong.py")).await;
    // Fastest speed.
    let speed: web_sys::HtmlInputElement = find(&root, "[data-testid=speed]").dyn_into().unwrap();
    speed.set_value("5");
    let init = EventInit::new();
    init.set_bubbles(true);
    speed
        .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    click(&root, "[data-testid=play]");
    settle().await;
    assert_eq!(
        find(&root, "[data-testid=play]").get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    TimeoutFuture::new(300).await;
    click(&root, "[data-testid=play]");
    settle().await;
    let at = step_shown(&root);
    assert!(at > 0, "play moved on");
    TimeoutFuture::new(200).await;
    assert_eq!(step_shown(&root), at, "pause stops");
}

#[wasm_bindgen_test]
async fn the_program_survives_a_reload() {
    let root = mount_page().await;
    type_text(&textarea(&root), "print('kept')\n");
    settle().await;
    // A second page, as after a reload, reads the stored program.
    let again = self::root();
    yew::Renderer::<App>::with_root(again.clone()).render();
    settle().await;
    assert_eq!(textarea(&again).value(), "print('kept')\n");
    assert_eq!(text(&again, "[data-testid=program-title]"), "Your program");
    loopscope_web::storage::clear();
}

#[wasm_bindgen_test]
async fn a_long_list_renders_only_the_rows_in_view() {
    use loopscope_web::components::virtual_list::{Props, VirtualList};
    let style = document().create_element("style").unwrap();
    style.set_text_content(Some(".test-list { height: 200px; overflow: auto; position: relative }"));
    document().head().unwrap().append_child(&style).unwrap();
    let root = root();
    let props = Props {
        count: 10_000,
        row_height: 20,
        row: Callback::from(|i: usize| yew::html! { <span class="r">{ i }</span> }),
        class: "test-list".into(),
        testid: None,
        follow: Some(9_999),
        label: None,
    };
    yew::Renderer::<VirtualList>::with_root_and_props(root.clone(), props).render();
    settle().await;
    settle().await;
    let rows = count(&root, ".vrow");
    assert!(rows > 5 && rows < 40, "{rows} rows rendered");
    // Following the last row scrolled to the end.
    assert!(text(&root, ".vlist").contains("9999"));
    assert!(!text(&root, ".vlist").contains("5000"));
}

#[wasm_bindgen_test]
async fn a_line_number_click_or_f9_toggles_a_breakpoint() {
    let root = root();
    let toggled = Rc::new(RefCell::new(Vec::new()));
    let seen = toggled.clone();
    let props = EditorProps {
        source: AttrValue::from("a = 1\nb = 2\nc = 3\n"),
        on_change: Callback::from(|_| {}),
        marks: Default::default(),
        errors: Default::default(),
        breakpoints: Rc::new(vec![2]),
        on_breakpoint: Some(Callback::from(move |line| seen.borrow_mut().push(line))),
        readonly: false,
    };
    yew::Renderer::<Editor>::with_root_and_props(root.clone(), props).render();
    settle().await;
    // Line 2 shows its breakpoint.
    assert_eq!(count(&root, "[data-line='2'].ln-bp"), 1);
    assert_eq!(count(&root, ".ln-bp"), 1);
    let three: web_sys::HtmlElement = root.query_selector("[data-testid=line-numbers] [data-line='3']").unwrap().unwrap().dyn_into().unwrap();
    three.click();
    settle().await;
    assert_eq!(*toggled.borrow(), vec![3]);
    // F9 on the caret's line (the second).
    let ta = textarea(&root);
    ta.set_selection_range(7, 7).unwrap();
    press(&ta, "F9", false);
    settle().await;
    assert_eq!(*toggled.borrow(), vec![3, 2]);
}

/// Loopscope's own failure: a notice on top of the page as it was, with the
/// details (what failed, the program) to copy; the learner's program is
/// kept in storage.
#[wasm_bindgen_test]
async fn an_internal_error_keeps_the_program_and_shows_copyable_details() {
    let root = mount_page().await;
    let program = "import asyncio\nprint('mine')\n";
    type_text(&textarea(&root), program);
    settle().await;
    loopscope_web::crash::keep_program(true);
    loopscope_web::crash::show("panicked at crates/engine/src/x.rs:1:1: boom");
    loopscope_web::crash::show("panicked again");
    let document = document();
    let notices = document.query_selector_all("[data-testid=internal-error]").unwrap();
    assert_eq!(notices.length(), 1, "one notice");
    let details: HtmlTextAreaElement = document.query_selector("[data-testid=internal-error-details]").unwrap().unwrap().dyn_into().unwrap();
    let text = details.value();
    // (Other tests' pages share the document: the program is whichever
    // editor comes first, so only its presence is checked here.)
    assert!(text.contains("boom") && text.contains("--- program ---\n"), "{text}");
    let kept = text.split("--- program ---\n").nth(1).unwrap_or_default().to_string();
    assert_eq!(loopscope_web::storage::load().map(|(p, _)| p), Some(kept));
    let _ = program;
    // The page as it was stays under it.
    assert_eq!(count(&root, "[data-testid=step-counter]"), 1);
    notices.item(0).unwrap().dyn_into::<Element>().unwrap().remove();
}
