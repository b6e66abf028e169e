//! Any bytes as a whole program, run to the end under tight limits (the
//! operation, time, output and memory budgets): it must end with CPython's
//! answer, an error or a named limit — never a panic, an abort or a hang.
#![no_main]
use libfuzzer_sys::fuzz_target;

/// The memory budget counts what the run holds, as in the page and the CLI.
#[global_allocator]
static ALLOCATOR: engine::Counting<std::alloc::System> = engine::Counting(std::alloc::System);

fuzz_target!(|bytes: &[u8]| {
    let (text, error) = engine::decode_source(bytes);
    if error.is_some() {
        return;
    }
    let limits = engine::Limits {
        max_ops_without_yield: 200_000,
        max_iterations: 20_000,
        max_output_bytes: 64 << 10,
        max_collection_len: 100_000,
        max_tasks: 1_000,
        max_memory: 256 << 20,
        ..engine::Limits::default()
    };
    let _ = engine::run_source_with_limits(&text, "fuzz.py", Some(limits));
});
