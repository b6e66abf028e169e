//! Loopscope's web page: a Yew app around the engine.

pub mod address;
pub mod ansi;
pub mod app;
pub mod compare;
pub mod crash;
pub mod drawn;
pub mod components;
pub mod editing;
pub mod examples;
pub mod export;
pub mod hooks;
pub mod link;
pub mod look;
pub mod predict;
pub mod run;
pub mod snippet;
pub mod spans;
pub mod state;
pub mod storage;
pub mod svg;
pub mod track;
