//! Any bytes through the front end: decoding, lexing, parsing, compiling,
//! the highlighter and the paste helper. Nothing may panic, overflow its
//! stack or take more than linear time.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let (text, _) = engine::decode_source(bytes);
    let _ = engine::tokenize(&text);
    let _ = engine::parse_module(&text);
    let _ = engine::highlight(&text);
    if let Err(e) = engine::internals::disassemble(&text) {
        let _ = engine::paste_help(&text, &e);
    }
});
