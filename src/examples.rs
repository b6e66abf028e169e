//! The Examples menu: the programs in `examples/`, each with a title and one
//! sentence on what to watch for. The first one is loaded at start.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Example {
    /// The file name in `examples/`.
    pub file: &'static str,
    pub title: &'static str,
    pub watch_for: &'static str,
    pub source: &'static str,
}

macro_rules! example {
    ($file:literal, $title:literal, $watch_for:literal) => {
        Example {
            file: $file,
            title: $title,
            watch_for: $watch_for,
            source: include_str!(concat!("../examples/", $file)),
        }
    };
}

pub const EXAMPLES: &[Example] = &[
    example!(
        "01_tut_io_operation.py",
        "One I/O operation",
        "main awaits a single 3 s sleep: with nothing else ready, the clock jumps straight to t=3."
    ),
    example!(
        "02_tut_hello_world.py",
        "Hello, World",
        "main prints, then gives the loop back at the await: World appears only when its 1 s timer fires."
    ),
    example!(
        "03_tut_say_hello.py",
        "Say hello",
        "asyncio.run takes any coroutine: say_hello becomes the only task and sleeps on one timer."
    ),
    example!(
        "04_tut_gather_three_tasks.py",
        "gather three tasks",
        "gather runs the three coroutines concurrently: all start at t=0 and all finish at t=2, not t=6."
    ),
    example!(
        "05_tut_create_task_delayed.py",
        "create_task and wait",
        "create_task only schedules the task: it starts when main awaits, so \"Doing other stuff...\" prints first."
    ),
    example!(
        "06_tut_return_value.py",
        "Return a value",
        "asyncio.run hands back the coroutine's return value; nothing ever waits, so the clock stays at 0."
    ),
    example!(
        "07_tut_say_after_times.py",
        "say_after with timestamps",
        "gather runs both say_after calls concurrently: total time is the longest delay, 2 s, not the sum."
    ),
    example!(
        "08_tut_fetch_gather_urls.py",
        "Fetch URLs with gather",
        "The three fetches sleep at the same time; gather returns their results in argument order at t=1."
    ),
    example!(
        "09_tut_create_task_two_fetches.py",
        "Two fetch tasks",
        "Both tasks start before main awaits the first, so their 1 s sleeps overlap and both finish at t=1."
    ),
    example!(
        "10_tut_compute_heavy.py",
        "Heavy computation",
        "compute_heavy never awaits: while it runs the event loop is blocked and no other task could run."
    ),
    example!(
        "11_tut_legacy_event_loop.py",
        "Legacy event loop",
        "run_until_complete is the older asyncio.run: three counts print One, One, One, then Two three times at t=1."
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_program_in_examples_is_listed_once() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|name| name.ends_with(".py"))
            .collect();
        on_disk.sort();
        let listed: Vec<&str> = EXAMPLES.iter().map(|e| e.file).collect();
        assert_eq!(listed, on_disk);
    }

    #[test]
    fn each_example_has_a_title_a_sentence_and_code() {
        for e in EXAMPLES {
            assert!(!e.title.is_empty(), "{}", e.file);
            assert!(
                e.watch_for.ends_with('.'),
                "{}: one sentence ending in a period",
                e.file
            );
            assert!(e.source.contains("asyncio"), "{}", e.file);
        }
    }
}
