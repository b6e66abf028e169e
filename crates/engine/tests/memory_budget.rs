//! The memory budget, in a test binary of its own: the budget counts every
//! byte the process holds, so no other test may run beside it.

use engine::run_source_with_limits;

/// Counts the bytes held, as the page and the CLI do, for the memory budget.
#[global_allocator]
static ALLOCATOR: engine::Counting<std::alloc::System> = engine::Counting(std::alloc::System);

#[test]
fn the_run_has_one_memory_budget_for_all_its_objects() {
    // Many lists, each under the per-container cap: MemoryError once they
    // take the budget together (CPython would take 40 GB, then fail).
    let limits = engine::Limits { max_memory: 200 << 20, ..engine::Limits::default() };
    let src = "print('start')\nxs = []\nfor i in range(1000):\n    xs.append([0] * 5_000_000)\nprint('never')\n";
    let r = run_source_with_limits(src, "big.py", Some(limits.clone()));
    assert_eq!((r.stamped.as_str(), r.exit_code), ("0.000\tstart\n0.000\tUNCAUGHT MemoryError\n", 1), "{}", r.stderr);
    assert!(r.stderr.ends_with("MemoryError\n"), "{}", r.stderr);
    // Small objects count too, and the handler runs (it frees the list).
    let src = "xs = []\ntry:\n    while True:\n        xs.append('x' * 1000 + str(len(xs)))\nexcept MemoryError:\n    n = len(xs)\n    xs = None\n    print('caught', n > 10000)\nprint('after')\n";
    let r = run_source_with_limits(src, "small.py", Some(limits));
    assert_eq!((r.stamped.as_str(), r.exit_code), ("0.000\tcaught True\n0.000\tafter\n", 0), "{}", r.stderr);
}
