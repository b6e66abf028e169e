//! The page's effects, as custom hooks (yew's `function_todomvc` style):
//! recording the run in slices, re-running when typing settles and saving
//! the program, playing, the keyboard, the theme, following the address,
//! reporting an embed's height, and the callbacks the components get. `app.rs` is then only layout.

mod address;
mod callbacks;
mod derived;
mod fit;
mod keyboard;
mod play;
mod recording;
mod rerun;
mod resize;
mod look;

pub use address::use_hash_change;
pub use callbacks::{use_callbacks, Callbacks};
pub use derived::{use_derived, Derived};
pub use fit::use_fit;
pub use resize::{use_resize_report, RESIZE};
pub use look::use_look;
pub use keyboard::{use_keyboard, SHORTCUTS};
pub use play::use_play;
pub use recording::{now, use_recording};
pub use rerun::use_rerun_and_save;
