//! The Examples menu: a curated list of programs, each with a title and
//! one sentence on what to watch for. The first one is loaded at start.
//!
//! The programs themselves are the engine's conformance corpus
//! (`crates/engine/tests/data/corpus/`), where each sits beside the output
//! CPython gives it: one copy, embedded here and checked there.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Example {
    /// The file name in the engine's corpus.
    pub file: &'static str,
    pub title: &'static str,
    pub watch_for: &'static str,
    pub source: &'static str,
}

macro_rules! example {
    ($dir:literal / $file:literal, $title:literal, $watch_for:literal) => {
        Example {
            file: $file,
            title: $title,
            watch_for: $watch_for,
            source: include_str!(concat!("../crates/engine/tests/data/corpus/", $dir, "/", $file)),
        }
    };
}

pub const EXAMPLES: &[Example] = &[
    example!(
        "reference/programs" / "01_tut_io_operation.py",
        "One I/O operation",
        "main awaits a single 3 s sleep: with nothing else ready, the clock jumps straight to t=3."
    ),
    example!(
        "reference/programs" / "02_tut_hello_world.py",
        "Hello, World",
        "main prints, then gives the loop back at the await: World appears only when its 1 s timer fires."
    ),
    example!(
        "reference/programs" / "03_tut_say_hello.py",
        "Say hello",
        "asyncio.run takes any coroutine: say_hello becomes the only task and sleeps on one timer."
    ),
    example!(
        "reference/programs" / "04_tut_gather_three_tasks.py",
        "gather three tasks",
        "gather runs the three coroutines concurrently: all start at t=0 and all finish at t=2, not t=6."
    ),
    example!(
        "reference/programs" / "05_tut_create_task_delayed.py",
        "create_task and wait",
        "create_task only schedules the task: it starts when main awaits, so \"Doing other stuff...\" prints first."
    ),
    example!(
        "reference/programs" / "06_tut_return_value.py",
        "Return a value",
        "asyncio.run hands back the coroutine's return value; nothing ever waits, so the clock stays at 0."
    ),
    example!(
        "reference/programs" / "07_tut_say_after_times.py",
        "say_after with timestamps",
        "gather runs both say_after calls concurrently: total time is the longest delay, 2 s, not the sum."
    ),
    example!(
        "reference/programs" / "08_tut_fetch_gather_urls.py",
        "Fetch URLs with gather",
        "The three fetches sleep at the same time; gather returns their results in argument order at t=1."
    ),
    example!(
        "reference/programs" / "09_tut_create_task_two_fetches.py",
        "Two fetch tasks",
        "Both tasks start before main awaits the first, so their 1 s sleeps overlap and both finish at t=1."
    ),
    example!(
        "reference/programs" / "10_tut_compute_heavy.py",
        "Heavy computation",
        "compute_heavy never awaits: while it runs the event loop is blocked and no other task could run."
    ),
    example!(
        "reference/programs" / "11_tut_legacy_event_loop.py",
        "Legacy event loop",
        "run_until_complete is the older asyncio.run: three counts print One, One, One, then Two three times at t=1."
    ),
    example!(
        "reference/programs" / "12_sequential_vs_gather.py",
        "Sequential await vs gather",
        "Awaiting one cook after another takes 3 + 2 + 1 = 6 s; gather runs the same three at once and takes only 3 s."
    ),
    example!(
        "reference/programs" / "13_gather_result_order.py",
        "gather keeps argument order",
        "The downloads finish fast, medium, slow, yet gather returns the results in the order the coroutines were passed."
    ),
    example!(
        "reference/programs" / "14_create_task_start_order.py",
        "create_task start order",
        "create_task only puts each task's first step in the ready queue: A, B and C run in that order once main awaits sleep(0)."
    ),
    example!(
        "reference/programs" / "15_await_coroutine_inline.py",
        "Awaiting a coroutine runs it inline",
        "await helper() never gives the loop back because helper never suspends: the background task waits until sleep(0)."
    ),
    example!(
        "reference/programs" / "16_forgot_await.py",
        "Forgetting await",
        "Calling send_email without await only makes a coroutine object: alice's email never runs and Python warns it was never awaited."
    ),
    example!(
        "reference/programs" / "17_time_sleep_blocks.py",
        "time.sleep blocks the loop",
        "time.sleep(2) holds the loop, so the ticker stops for 2 s (a blocking span on the timeline); asyncio.sleep(2) lets it keep ticking."
    ),
    example!(
        "reference/programs" / "18_cpu_bound_blocks.py",
        "A CPU loop starves other tasks",
        "Without an await between chunks the spinner only runs after all the number crunching; with sleep(0) they take turns."
    ),
    example!(
        "reference/programs" / "19_sleep_zero_ping_pong.py",
        "sleep(0) takes turns",
        "await asyncio.sleep(0) sends a task to the back of the ready queue, so Ping and Pong alternate without the clock moving."
    ),
    example!(
        "reference/programs" / "20_nested_coroutines.py",
        "Nested coroutines",
        "Each task's stack shows main, build_report and fetch_user or fetch_orders: the whole chain is suspended at the innermost await."
    ),
    example!(
        "reference/programs" / "21_gather_exception.py",
        "An exception in gather",
        "b fails at t=2 and gather raises at once, but c keeps running and still finishes at t=3."
    ),
    example!(
        "reference/programs" / "23_try_except_finally.py",
        "try / except / finally across awaits",
        "The finally block runs when the coroutine resumes after its sleep, whether it returns or raises."
    ),
    example!(
        "reference/programs" / "24_task_cancel.py",
        "Cancelling a task",
        "cancel() only requests it: CancelledError is raised inside the download at its await, its finally runs, then main sees it."
    ),
    example!(
        "reference/programs" / "25_wait_for_timeout.py",
        "wait_for with a timeout",
        "Each query gets 2 s: the 1 s one returns, the 2 s and 5 s ones are cancelled when the timeout timer fires first."
    ),
    example!(
        "reference/programs" / "28_queue_workers.py",
        "Queue with workers",
        "The producer blocks when the queue holds 3 jobs; three workers take jobs as they free up, and join() waits for all."
    ),
    example!(
        "reference/programs" / "29_lock_counter.py",
        "A race fixed with a Lock",
        "Without the lock all five tasks read 0 before anyone writes, so the counter ends at 1; with the lock they go one at a time."
    ),
    example!(
        "reference/programs" / "30_event_signal.py",
        "Event as a start signal",
        "The three runners wait on the Event; set() wakes them all in the order they started waiting."
    ),
    example!(
        "reference/programs" / "32_taskgroup.py",
        "TaskGroup",
        "When photos fails, the TaskGroup cancels videos and raises an ExceptionGroup that except* catches."
    ),
    example!(
        "reference/programs" / "36_web_scraper.py",
        "A scraper with gather",
        "Four fetches wait at the same time, so the crawl takes as long as the slowest page, 3 s."
    ),
    example!(
        "reference/programs" / "39_deadlock_event.py",
        "Deadlock: an Event nobody sets",
        "After t=1 nothing is ready and no timer is left, yet main and the consumer still wait: the run ends as a deadlock."
    ),
    example!(
        "reference/programs" / "40_gather_10000.py",
        "Ten thousand tasks",
        "gather starts 10,000 tasks at once: the task list and the timeline scroll, and the whole run takes 0.9 s of virtual time."
    ),
    example!(
        "reference/programs" / "42_uncaught_exception.py",
        "An uncaught exception",
        "int(' fast') raises ValueError inside parse_config; nothing catches it, so the traceback ends the run at t=1."
    ),
    example!(
        "reference/aiohttp/programs" / "01_tut_fetch_status.py",
        "aiohttp: fetch three statuses",
        "Each request is in flight like a timer: the three overlap and the fastest URL answers first, not the first one asked."
    ),
    example!(
        "reference/aiohttp/programs" / "02_tut_fetch_all_urls.py",
        "aiohttp: one session, many pages",
        "One ClientSession serves all three requests; gather returns the pages in the order of the URLs."
    ),
    example!(
        "asyncio" / "109_semaphore_downloads.py",
        "Semaphore: two at a time",
        "Five downloads but only two slots: the others wait at async with until a slot frees, so they run in pairs over 3 s."
    ),
    example!(
        "asyncio" / "110_aiohttp_polite_scraper.py",
        "aiohttp scraper",
        "The four requests are in flight together (see the timers); each prints when its response arrives, the 404 included."
    ),
];

/// Two programs side by side in compare mode: the same work done two ways.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pair {
    pub title: &'static str,
    pub watch_for: &'static str,
    /// Each side's short name and program.
    pub left: (&'static str, &'static str),
    pub right: (&'static str, &'static str),
}

macro_rules! pair_side {
    ($name:literal, $file:literal) => {
        ($name, include_str!(concat!("../crates/engine/tests/data/corpus/compare/", $file)))
    };
}

/// The compare mode's pairs (the engine's `corpus/compare/`, checked
/// against CPython there). The first one opens by default.
pub const PAIRS: &[Pair] = &[
    Pair {
        title: "Sequential await vs gather",
        watch_for: "Awaiting one say_after after the other takes 1 + 2 = 3 s; gather waits for both at once and takes 2 s.",
        left: pair_side!("sequential", "01a_say_after_sequential.py"),
        right: pair_side!("gather", "01b_say_after_gather.py"),
    },
    Pair {
        title: "Awaiting a coroutine vs create_task",
        watch_for: "await brew() runs each brew to its end before the next starts (3 s); create_task starts both, so they overlap (2 s).",
        left: pair_side!("await", "02a_await_coroutines.py"),
        right: pair_side!("create_task", "02b_create_tasks.py"),
    },
    Pair {
        title: "time.sleep vs asyncio.sleep",
        watch_for: "time.sleep holds the loop: the ticker cannot tick until both workers are done (2.9 s); asyncio.sleep lets all three take turns (1 s).",
        left: pair_side!("time.sleep", "03a_time_sleep.py"),
        right: pair_side!("asyncio.sleep", "03b_asyncio_sleep.py"),
    },
    Pair {
        title: "A counter without and with a Lock",
        watch_for: "Without the lock every task reads 0 before any writes, so the final count is 1; with the lock they take turns and it is 5.",
        left: pair_side!("no lock", "04a_counter_without_lock.py"),
        right: pair_side!("Lock", "04b_counter_with_lock.py"),
    },
    Pair {
        title: "Unbounded vs Semaphore-limited fetching",
        watch_for: "All six requests at once take 1 s; a Semaphore(2) lets two in flight at a time, so the six take 3 s.",
        left: pair_side!("unbounded", "05a_fetch_unbounded.py"),
        right: pair_side!("Semaphore(2)", "05b_fetch_with_semaphore.py"),
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reference_program_is_listed_once() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/crates/engine/tests/data/corpus/reference/programs");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|name| name.ends_with(".py"))
            .collect();
        on_disk.sort();
        let listed: Vec<&str> = EXAMPLES.iter().map(|e| e.file).filter(|f| on_disk.iter().any(|d| d == f)).collect();
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

    #[test]
    fn every_pair_differs_in_its_total_time_or_its_output() {
        use engine::Recording;
        for p in PAIRS {
            let run = |src: &str| {
                let h = Recording::new(src, "main.py").unwrap().run_to_end(&Default::default());
                (h.clock(h.len() - 1), h.output.iter().map(|o| o.text.clone()).collect::<Vec<_>>())
            };
            let (l, r) = (run(p.left.1), run(p.right.1));
            assert!(l != r, "{}: the two sides do the same", p.title);
            assert!(p.watch_for.ends_with('.'), "{}", p.title);
        }
    }

    #[test]
    fn every_example_runs_to_the_end_it_is_meant_to_have() {
        use engine::Recording;
        use engine::Outcome;
        for e in EXAMPLES {
            let history = Recording::new(e.source, "main.py")
                .unwrap_or_else(|err| panic!("{}: {err:?}", e.file))
                .run_to_end(&Default::default());
            let outcome = history.outcome.clone().unwrap();
            let expected = match e.file {
                "39_deadlock_event.py" => matches!(outcome, Outcome::Deadlock { .. }),
                "42_uncaught_exception.py" => matches!(outcome, Outcome::Uncaught { .. }),
                _ => outcome == Outcome::Ok,
            };
            assert!(expected, "{}: {outcome:?}", e.file);
            assert!(!history.output.is_empty(), "{} prints nothing", e.file);
        }
    }
}
