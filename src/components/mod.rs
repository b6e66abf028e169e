//! The page's components, one per file.

pub mod editor;
pub mod examples_menu;
pub mod header;
pub mod placeholder;

pub use editor::Editor;
pub use examples_menu::ExamplesMenu;
pub use header::Header;
pub use placeholder::Placeholder;
