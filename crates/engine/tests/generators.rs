//! Generators in the visualizer: a task suspended inside an async
//! generator shows the generator's frame on its stack, named after the
//! function, with its line and locals.

use engine::{RecordOptions, Recording};
use engine::view::TaskState;

#[test]
fn a_suspended_async_generator_frame_is_on_its_tasks_stack() {
    let src = "import asyncio\n\nasync def ticker(n):\n    for i in range(n):\n        await asyncio.sleep(1)\n        yield i\n\nasync def main():\n    async for t in ticker(2):\n        print(t)\n\nasyncio.run(main())\n";
    let r = Recording::new(src, "agen.py").expect("compiles");
    let h = r.run_to_end(&RecordOptions { max_steps: 10_000, ..Default::default() });
    assert!(h.finished);
    let mut seen = false;
    for k in 0..h.len() {
        let s = h.step(k);
        for t in &h.lists(&s).tasks {
            if t.state == TaskState::Waiting {
                let names: Vec<&str> = t.stack.iter().map(|f| &*f.function).collect();
                assert_eq!(names, ["main", "ticker"], "step {k}");
                let top = t.stack.last().unwrap();
                assert_eq!(top.line, 5);
                assert!(top.locals.iter().any(|(n, _)| &**n == "n"), "{:?}", top.locals);
                seen = true;
            }
        }
    }
    assert!(seen, "the task never waited inside the generator");
}
