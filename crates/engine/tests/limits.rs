//! Every run limit ends the run with a LIMIT line (exit code 4) that
//! says which limit was hit, at the virtual time it was hit.

use engine::run_source_with_limits;
use engine::Limits;

fn last_line(src: &str, limits: Limits) -> (String, i32) {
    let r = run_source_with_limits(src, "limits.py", Some(limits));
    let last = r.stamped.trim_end().lines().last().unwrap_or("").to_string();
    (last, r.exit_code)
}

#[test]
fn task_cap() {
    let src = "import asyncio\nasync def w():\n    await asyncio.sleep(1)\nasync def main():\n    ts = [asyncio.create_task(w()) for _ in range(50)]\n    await asyncio.gather(*ts)\n    print('done')\nasyncio.run(main())\n";
    let (last, code) = last_line(src, Limits { max_tasks: 20, ..Limits::default() });
    assert_eq!((last.as_str(), code), ("0.000\tLIMIT more than 20 tasks", 4));
    let (last, code) = last_line(src, Limits { max_tasks: 51, ..Limits::default() });
    assert_eq!((last.as_str(), code), ("1.000\tdone", 0));
}

#[test]
fn ops_without_yield() {
    let src = "import asyncio\nasync def main():\n    await asyncio.sleep(2)\n    while True:\n        pass\nasyncio.run(main())\n";
    let (last, code) = last_line(src, Limits { max_ops_without_yield: 10_000, ..Limits::default() });
    assert_eq!(code, 4);
    assert!(last.starts_with("2.000\tLIMIT"), "{last}");
}

#[test]
fn virtual_time() {
    let src = "import asyncio\nasync def main():\n    await asyncio.sleep(500)\n    print('never')\nasyncio.run(main())\n";
    let (last, code) = last_line(src, Limits { max_virtual_time: 100.0, ..Limits::default() });
    assert_eq!(code, 4);
    assert!(last.starts_with("0.000\tLIMIT virtual time would pass 100"), "{last}");
}

#[test]
fn loop_iterations() {
    let src = "import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(0)\nasyncio.run(main())\n";
    let (last, code) = last_line(src, Limits { max_iterations: 1000, ..Limits::default() });
    assert_eq!(code, 4);
    assert!(last.contains("LIMIT"), "{last}");
}
