//! The page's components, one per file.

pub mod console;
pub mod controls;
pub mod editor;
pub mod examples_menu;
pub mod header;
pub mod icons;
pub mod loop_panel;
pub mod narration;
pub mod tasks_panel;
pub mod timeline;
pub mod virtual_list;

pub use console::Console;
pub use controls::Controls;
pub use editor::Editor;
pub use examples_menu::ExamplesMenu;
pub use header::Header;
pub use loop_panel::LoopPanel;
pub use narration::Narration;
pub use tasks_panel::TasksPanel;
pub use timeline::Timeline;
pub use virtual_list::VirtualList;
