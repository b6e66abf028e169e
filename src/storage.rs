//! The edited program survives a reload: it is kept in localStorage with
//! the example it started from, a program put aside, the theme and
//! projector mode. (An embed never uses it.)

use crate::link::Theme;

const PROGRAM: &str = "loopscope.program";
const EXAMPLE: &str = "loopscope.example";
const THEME: &str = "loopscope.theme";
const PROJECTOR: &str = "loopscope.projector";
const ASIDE: &str = "loopscope.aside";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The program left in the editor last time, and its example's index.
pub fn load() -> Option<(String, Option<usize>)> {
    let s = storage()?;
    let program = s.get_item(PROGRAM).ok()??;
    let example = s.get_item(EXAMPLE).ok()?.and_then(|e| e.parse().ok());
    Some((program, example))
}

/// Why the program cannot be kept for the next visit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unsaved {
    /// No localStorage (blocked by the browser's settings, or a sandbox).
    Disabled,
    /// localStorage refused the write (its quota is used up).
    Full,
}

impl Unsaved {
    pub fn message(self) -> &'static str {
        match self {
            Unsaved::Disabled => "This browser does not let the page keep your program (storage is disabled): it will be gone after a reload. Use Share to keep a link to it.",
            Unsaved::Full => "This browser's storage for the page is full, so your program is not kept: it will be gone after a reload. Use Share to keep a link to it.",
        }
    }
}

pub fn save(program: &str, example: Option<usize>) -> Result<(), Unsaved> {
    let s = storage().ok_or(Unsaved::Disabled)?;
    s.set_item(PROGRAM, program).map_err(|_| Unsaved::Full)?;
    match example {
        Some(i) => s.set_item(EXAMPLE, &i.to_string()).map_err(|_| Unsaved::Full),
        None => s.remove_item(EXAMPLE).map_err(|_| Unsaved::Full),
    }
}

/// The theme picked last time.
pub fn load_theme() -> Theme {
    storage().and_then(|s| s.get_item(THEME).ok()?).and_then(|t| Theme::parse(&t)).unwrap_or_default()
}

pub fn save_theme(theme: Theme) {
    if let Some(s) = storage() {
        let _ = match theme {
            Theme::Auto => s.remove_item(THEME),
            t => s.set_item(THEME, t.name()),
        };
    }
}

/// Whether projector mode was on.
pub fn load_projector() -> bool {
    storage().and_then(|s| s.get_item(PROJECTOR).ok()?).is_some_and(|v| v == "1")
}

pub fn save_projector(on: bool) {
    if let Some(s) = storage() {
        let _ = if on { s.set_item(PROJECTOR, "1") } else { s.remove_item(PROJECTOR) };
    }
}

/// The learner's program put aside when an example replaced it.
pub fn load_aside() -> Option<String> {
    storage()?.get_item(ASIDE).ok()?
}

pub fn save_aside(aside: Option<&str>) {
    if let Some(s) = storage() {
        let _ = match aside {
            Some(text) => s.set_item(ASIDE, text),
            None => s.remove_item(ASIDE),
        };
    }
}

/// Forgets the stored program (tests start from a clean page).
pub fn clear() {
    if let Some(s) = storage() {
        for key in [PROGRAM, EXAMPLE, THEME, PROJECTOR, ASIDE] {
            let _ = s.remove_item(key);
        }
    }
}
