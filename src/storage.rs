//! The edited program survives a reload: it is kept in localStorage with
//! the example it started from, and the theme. (An embed never uses it.)

use crate::link::Theme;

const PROGRAM: &str = "loopscope.program";
const EXAMPLE: &str = "loopscope.example";
const THEME: &str = "loopscope.theme";

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

/// Forgets the stored program (tests start from a clean page).
pub fn clear() {
    if let Some(s) = storage() {
        let _ = s.remove_item(PROGRAM);
        let _ = s.remove_item(EXAMPLE);
    }
}
