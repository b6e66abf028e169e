//! Loopscope's web page: a Yew app around the engine.

pub mod app;
pub mod components;
pub mod editing;
pub mod examples;
pub mod spans;
pub mod state;
