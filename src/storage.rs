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

pub fn save(program: &str, example: Option<usize>) {
    if let Some(s) = storage() {
        let _ = s.set_item(PROGRAM, program);
        match example {
            Some(i) => {
                let _ = s.set_item(EXAMPLE, &i.to_string());
            }
            None => {
                let _ = s.remove_item(EXAMPLE);
            }
        }
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
