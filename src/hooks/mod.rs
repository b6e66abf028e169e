//! The page's effects, as custom hooks (yew's `function_todomvc` style):
//! recording the run in slices, re-running when typing settles and saving
//! the program, playing, the keyboard, and the callbacks the components
//! get. `app.rs` is then only layout.

mod callbacks;
mod keyboard;
mod play;
mod recording;
mod rerun;

pub use callbacks::{use_callbacks, Callbacks};
pub use keyboard::use_keyboard;
pub use play::use_play;
pub use recording::{now, use_recording};
pub use rerun::use_rerun_and_save;
