//! The page's components, one per file.

pub mod compare_view;
pub mod console;
pub mod controls;
pub mod editor;
pub mod embed_dialog;
pub mod embed_page;
pub mod examples_menu;
pub mod header;
pub mod link_banner;
pub mod icons;
pub mod loop_panel;
pub mod narration;
pub mod predict_dialog;
pub mod share;
pub mod shortcuts;
pub mod tasks_panel;
pub mod timeline;
pub mod virtual_list;
pub mod wired;

pub use console::Console;
pub use controls::Controls;
pub use editor::Editor;
pub use embed_dialog::EmbedDialog;
pub use examples_menu::ExamplesMenu;
pub use header::Header;
pub use link_banner::LinkBanner;
pub use loop_panel::LoopPanel;
pub use narration::Narration;
pub use predict_dialog::PredictDialog;
pub use share::Share;
pub use shortcuts::Shortcuts;
pub use tasks_panel::TasksPanel;
pub use timeline::Timeline;
pub use virtual_list::VirtualList;
