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

#[wasm_bindgen_test]
async fn page_starts_with_the_first_example() {
    let root = root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
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
    let root = root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
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
        EXAMPLES.len() as u32
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
    let root = root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    type_text(&textarea(&root), "print('hi')\nprint('there')");
    settle().await;
    assert_eq!(highlight_text(&root), "print('hi')\nprint('there') ");
    assert_eq!(count(&root, "[data-testid=line-numbers] span"), 2);
    assert!(find(&root, "[data-testid=program-title]")
        .text_content()
        .unwrap()
        .ends_with("edited"));

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
    let expected: Vec<String> = engine::highlight::highlight(source)
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
