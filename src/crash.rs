//! When Loopscope itself fails (a bug: a Rust panic). The WebAssembly
//! instance cannot go on after a panic, so the panic hook works with the
//! page as it is: it keeps the learner's program (in localStorage, unless
//! the page is an embed or shows a shared program) and puts a notice on
//! top of the last view drawn (which stays readable), with the details to
//! copy into a bug report and a button to reload. The notice is plain DOM
//! with inline handlers: no Rust code runs once the hook returns.

use std::cell::Cell;
use wasm_bindgen::JsCast;

thread_local! {
    /// Whether the program in the editor is the learner's own to keep (not
    /// an embed's, not a shared link's): the app says so at each render.
    static KEEP: Cell<bool> = const { Cell::new(false) };
}

pub fn keep_program(keep: bool) {
    KEEP.with(|k| k.set(keep));
}

/// Installs the hook (once, at start).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        show(&info.to_string());
    }));
}

/// The program in the editor, as the learner last typed it.
fn editor_text(document: &web_sys::Document) -> Option<String> {
    let ta = document.query_selector("[data-testid=editor] textarea").ok()??;
    Some(ta.dyn_into::<web_sys::HtmlTextAreaElement>().ok()?.value())
}

/// What a bug report needs: the version, what failed, the browser, the program.
pub fn details(what: &str, program: Option<&str>) -> String {
    let agent = web_sys::window().and_then(|w| w.navigator().user_agent().ok()).unwrap_or_default();
    let mut text = format!("Loopscope {} internal error\n{what}\nbrowser: {agent}\n", env!("CARGO_PKG_VERSION"));
    if let Some(p) = program {
        text.push_str("--- program ---\n");
        text.push_str(p);
    }
    text
}

/// Puts the notice on the page (and keeps the program).
pub fn show(what: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if document.query_selector("[data-testid=internal-error]").ok().flatten().is_some() {
        return; // a second failure while reporting the first
    }
    let program = editor_text(&document);
    let embed = crate::address::is_embed();
    if let (Some(p), true) = (&program, KEEP.with(Cell::get)) {
        let _ = crate::storage::save(p, None);
    }
    let Ok(notice) = document.create_element("div") else { return };
    notice.set_class_name("crash");
    let _ = notice.set_attribute("role", "alertdialog");
    let _ = notice.set_attribute("aria-labelledby", "crash-title");
    let _ = notice.set_attribute("data-testid", "internal-error");
    let kept = if embed { "The program and the last step shown stay on the page." } else { "Your program is kept (it will be there after a reload), and the last step shown stays on the page." };
    let parts: [(&str, &str, &[(&str, &str)], String); 5] = [
        ("h2", "crash-title", &[], "Loopscope hit an internal error".into()),
        ("p", "", &[], format!("This is a bug in Loopscope, not in your program. {kept} Reload to go on; the details below help us fix it.")),
        ("textarea", "", &[("readonly", ""), ("rows", "6"), ("data-testid", "internal-error-details"), ("aria-label", "Details of the error")], details(what, program.as_deref())),
        ("button", "", &[("type", "button"), ("class", "button"), ("data-testid", "internal-error-copy"), ("onclick", "navigator.clipboard && navigator.clipboard.writeText(this.parentNode.querySelector('textarea').value); this.textContent = 'Copied'")], "Copy details".into()),
        ("button", "", &[("type", "button"), ("class", "button"), ("onclick", "location.reload()")], "Reload".into()),
    ];
    for (tag, id, attrs, text) in parts {
        let Ok(el) = document.create_element(tag) else { continue };
        if !id.is_empty() {
            el.set_id(id);
        }
        for (k, v) in attrs {
            let _ = el.set_attribute(k, v);
        }
        if tag == "textarea" {
            if let Some(ta) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                ta.set_value(&text);
            }
        } else {
            el.set_text_content(Some(&text));
        }
        let _ = notice.append_child(&el);
    }
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&notice);
    }
}
