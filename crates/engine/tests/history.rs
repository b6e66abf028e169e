//! Recorded history: every stored step rebuilds exactly the state seen
//! when it was recorded, navigation at every granularity is consistent,
//! recordings are deterministic, every step has a narration.

mod common;
use common::*;
use engine::{Granularity, History, RecordOptions, Recording};
use engine::view::{Step, StepKind, StepLists};

/// A step and every row of its lists.
fn whole_step(h: &History, k: usize) -> (Step, StepLists) {
    let s = h.step(k);
    let l = h.lists(&s);
    (s, l)
}

fn record(path: &std::path::Path, verify: bool) -> History {
    let src = read(path);
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let mut r = Recording::new(&src, &name).unwrap_or_else(|e| panic!("{name}: {e:?}"));
    if verify {
        r.verify_each_step();
    }
    // Enough to cover every program's behaviour; the few giant runs (a CPU
    // loop of 600,000 lines, 86,400 s of sleeps) end at the cap, which
    // also exercises the step-limit ending.
    r.run_to_end(&RecordOptions { max_steps: 20_000, ..Default::default() })
}

/// The asyncio programs that compile (a few are syntax-error examples).
fn asyncio_programs() -> Vec<std::path::PathBuf> {
    let mut v = programs("reference/programs");
    v.extend(programs("asyncio"));
    v.retain(|p| !p.to_string_lossy().contains("40_gather_10000"));
    v.retain(|p| engine::Recording::new(&read(p), "p.py").is_ok());
    v
}

#[test]
fn every_step_rebuilds_the_recorded_state() {
    let mut failures = Vec::new();
    for p in asyncio_programs() {
        let h = record(&p, true);
        assert!(h.finished);
        if let Some(e) = h.verify_errors.first() {
            failures.push(format!("{}: {} mismatching steps; first: {}", p.display(), h.verify_errors.len(), e));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn recording_is_deterministic() {
    for p in asyncio_programs().iter() {
        let a = record(p, false);
        let b = record(p, false);
        assert_eq!(a.len(), b.len(), "{}", p.display());
        for k in 0..a.len() {
            assert_eq!(whole_step(&a, k), whole_step(&b, k), "{} step {k}", p.display());
        }
        assert_eq!(a.output, b.output);
    }
}

#[test]
fn navigation_is_consistent_at_every_granularity() {
    for p in asyncio_programs().iter().step_by(5) {
        let h = record(p, false);
        let last = h.len() - 1;
        assert_eq!(h.kind(0), StepKind::Start);
        assert_eq!(h.kind(last), StepKind::End);
        for g in [Granularity::Line, Granularity::Poll, Granularity::Iteration, Granularity::Output] {
            // Forward from the start reaches the end in increasing steps.
            let mut k = 0;
            let mut visited = 0;
            while k < last {
                let n = h.next(k, g);
                assert!(n > k, "{} {g:?}: next({k}) = {n}", p.display());
                match g {
                    Granularity::Poll => assert!(matches!(h.kind(n), StepKind::Poll | StepKind::ClockJump | StepKind::Blocked | StepKind::End)),
                    Granularity::Iteration => assert!(h.step(n).iteration != h.step(k).iteration || n == last),
                    Granularity::Output => assert!(h.step(n).output_lines > h.step(k).output_lines || n == last),
                    _ => assert_eq!(n, k + 1),
                }
                k = n;
                visited += 1;
            }
            assert!(visited > 0);
            // Backward from the end reaches the start.
            let mut k = last;
            while k > 0 {
                let p2 = h.prev(k, g);
                assert!(p2 < k);
                k = p2;
            }
        }
        // A breakpoint on every line that runs is found going forward.
        let lines: std::collections::BTreeSet<u32> = (0..h.len()).filter(|k| h.kind(*k) == StepKind::Line).filter_map(|k| h.line(k)).collect();
        for &line in &lines {
            let k = h.next_breakpoint(0, &[line]);
            assert_eq!(h.line(k), Some(line), "{} breakpoint {line}", p.display());
            assert_eq!(h.kind(k), StepKind::Line);
            assert!((1..k).all(|j| h.kind(j) != StepKind::Line || h.line(j) != Some(line)), "the first time line {line} runs");
            // Back from the end finds its last run.
            let back = h.prev_breakpoint(last + 1, &[line]);
            assert_eq!(h.line(back), Some(line));
            assert!((back + 1..=last).all(|j| h.kind(j) != StepKind::Line || h.line(j) != Some(line)));
        }
        // With two breakpoints, forward then back returns to where it was.
        let both: Vec<u32> = lines.iter().copied().take(2).collect();
        let first = h.next_breakpoint(0, &both);
        let second = h.next_breakpoint(first, &both);
        if second != last {
            assert_eq!(h.prev_breakpoint(second, &both), first);
        }
        // No breakpoint: forward goes to the end, back to the start.
        assert_eq!(h.next_breakpoint(0, &[]), last);
        assert_eq!(h.prev_breakpoint(last, &[]), 0);
    }
}

#[test]
fn every_step_has_a_specific_narration() {
    for p in asyncio_programs() {
        let h = record(&p, false);
        for k in 0..h.len() {
            let v = h.step(k);
            assert!(!v.narration.is_empty(), "{} step {k} has no narration", p.display());
            match v.kind {
                StepKind::Line => {
                    let line = v.line.expect("a line step has a line");
                    assert!(v.narration.contains(&format!("line {line}")), "{} step {k}: {}", p.display(), v.narration);
                }
                StepKind::ClockJump => assert!(v.narration.contains(&format!("t={:.3}", v.clock)), "{}", v.narration),
                StepKind::Poll => assert!(!v.narration.contains(" ran.") && !v.narration.contains("Task #"), "{} step {k}: vague narration: {}", p.display(), v.narration),
                _ => {}
            }
            // asyncio's own callbacks are described, never shown by their
            // Python qualnames (`wait_for.<locals>.<lambda>`).
            let internal = |s: &str| {
                ["wait_for.<locals>", "_cancel_and_wait", "_wait.<locals>", "as_completed.<locals>", "shield.<locals>", "_release_waiter", "_on_task_done", "Timeout._on_timeout"]
                    .iter()
                    .any(|n| s.contains(n))
            };
            assert!(!internal(&v.narration), "{} step {k}: internal name in narration: {}", p.display(), v.narration);
            let lists = h.lists(&v);
            for label in lists.ready.iter().map(|h| &h.label).chain(lists.timers.iter().map(|t| &t.label)) {
                assert!(!internal(label), "{} step {k}: internal name in queue label: {label}", p.display());
            }
        }
    }
}

#[test]
fn output_is_stamped_with_steps_in_order() {
    for p in asyncio_programs().iter().step_by(3) {
        let h = record(p, false);
        let mut last = 0;
        for line in &h.output {
            assert!(line.step >= last);
            last = line.step;
        }
        let report = engine::run_source(&read(p), &p.file_name().unwrap().to_string_lossy());
        let stamped: String = h.output.iter().map(|l| format!("{:.3}\t{}\n", l.t, l.text)).collect();
        assert!(report.stamped.starts_with(&stamped), "{}", p.display());
        if h.len() < 20_000 {
            // A complete recording printed everything the plain run did.
            let plain: String = report.stamped.lines().filter(|l| !l.contains("\tUNCAUGHT") && !l.contains("\tDEADLOCK") && !l.contains("\tLIMIT")).map(|l| format!("{l}\n")).collect();
            assert_eq!(stamped, plain, "{}", p.display());
        }
    }
}

/// The page records in small slices; the steps must not depend on where
/// the slices fall.
#[test]
fn slices_do_not_change_the_steps() {
    let mut failures = Vec::new();
    for p in asyncio_programs() {
        let whole = record(&p, false);
        let src = read(&p);
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        let mut r = Recording::new(&src, &name).unwrap();
        let opts = RecordOptions { max_steps: 20_000, ..Default::default() };
        for budget in [64, 1, 7].iter().cycle() {
            if r.advance(*budget, &opts) {
                break;
            }
        }
        let sliced = &r.history;
        let n = whole.len().min(sliced.len());
        let first_diff = (0..n).find(|&k| whole_step(&whole, k) != whole_step(sliced, k));
        if first_diff.is_some() || whole.len() != sliced.len() {
            let k = first_diff.unwrap_or(n);
            let show = |h: &History| if k < h.len() { format!("{:?}: {}", h.kind(k), h.step(k).narration) } else { "(none)".into() };
            failures.push(format!("{name}: {} vs {} steps; step {k}: whole {} / sliced {}", whole.len(), sliced.len(), show(&whole), show(sliced)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// What `History::step` should say of a step's whole lists.
fn expected_step_parts(s: &Step, v: &StepLists) -> ([usize; 7], Option<engine::view::TaskView>, Vec<engine::view::LineTasks>) {
    use engine::view::{LineTasks, TaskState, LINE_TASKS_LISTED};
    let mut states = [0; 7];
    for t in &v.tasks {
        states[t.state as usize] += 1;
    }
    let running = v.tasks.iter().find(|t| t.state == TaskState::Running).cloned();
    let mut lines: std::collections::BTreeMap<u32, LineTasks> = Default::default();
    for t in &v.tasks {
        if !matches!(t.state, TaskState::Waiting | TaskState::Ready | TaskState::Scheduled) || Some(t.id) == s.task {
            continue;
        }
        if let Some(f) = t.stack.last() {
            let e = lines.entry(f.line).or_insert(LineTasks { line: f.line, first: Vec::new(), count: 0 });
            if e.first.len() < LINE_TASKS_LISTED {
                e.first.push(t.id);
            }
            e.count += 1;
        }
    }
    (states, running, lines.into_values().collect())
}

/// The page reads a step as `History::step` plus windows of rows: they
/// must say exactly what the step's whole lists say, at every step, for
/// every window.
#[test]
fn a_step_and_its_windows_of_rows_agree_with_its_whole_lists() {
    let mut checked = 0;
    for p in asyncio_programs().iter().step_by(3) {
        let h = record(p, false);
        let name = p.display();
        for k in 0..h.len() {
            let (s, v) = whole_step(&h, k);
            assert_eq!((s.index, s.kind, s.clock, s.line), (k, h.kind(k), h.clock(k), h.line(k)), "{name} step {k}");
            assert_eq!((s.ready_len(), s.timers_len(), s.tasks_len()), (v.ready.len(), v.timers.len(), v.tasks.len()), "{name} step {k}");
            let (states, running, suspended) = expected_step_parts(&s, &v);
            assert_eq!(s.states, states, "{name} step {k}");
            assert_eq!(s.running, running, "{name} step {k}");
            assert_eq!(s.suspended, suspended, "{name} step {k}");
            for t in &v.tasks {
                assert_eq!(h.task(&s, t.id).as_ref(), Some(t), "{name} step {k}");
            }
            assert_eq!(h.task(&s, 0), None);
            assert_eq!(h.task(&s, u32::MAX), None);
            // Every window (a few sizes, every start, and past the end).
            for n in [0, 1, 3, 7, usize::MAX] {
                let window = |len: usize, a: usize| a..a.saturating_add(n).min(len + 2);
                for a in (0..=v.ready.len() + 1).step_by(1 + v.ready.len() / 16) {
                    let r = window(v.ready.len(), a);
                    assert_eq!(h.ready_rows(&s, r.clone()), v.ready[r.start.min(v.ready.len())..r.end.min(v.ready.len())], "{name} step {k} ready {r:?}");
                }
                for a in (0..=v.timers.len() + 1).step_by(1 + v.timers.len() / 16) {
                    let r = window(v.timers.len(), a);
                    assert_eq!(h.timer_rows(&s, r.clone()), v.timers[r.start.min(v.timers.len())..r.end.min(v.timers.len())], "{name} step {k} timers {r:?}");
                }
                for a in (0..=v.tasks.len() + 1).step_by(1 + v.tasks.len() / 16) {
                    let r = window(v.tasks.len(), a);
                    assert_eq!(h.task_rows(&s, r.clone()), v.tasks[r.start.min(v.tasks.len())..r.end.min(v.tasks.len())], "{name} step {k} tasks {r:?}");
                }
            }
            checked += 1;
        }
    }
    assert!(checked > 1000, "{checked} steps checked");
}

/// While the run is still being recorded (timers not yet in their final
/// order), steps read the same as once it is finished.
#[test]
fn steps_read_the_same_while_recording() {
    for p in asyncio_programs().iter().step_by(4) {
        let whole = record(p, false);
        let src = read(p);
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        let mut r = Recording::new(&src, &name).unwrap();
        let opts = RecordOptions { max_steps: 20_000, ..Default::default() };
        let mut seen = 0;
        while !r.advance(64, &opts) {
            let h = &r.history;
            for k in seen..h.len() {
                let (s, w) = (h.step(k), whole.step(k));
                assert_eq!(whole_step(h, k), whole_step(&whole, k), "{} step {k}", p.display());
                assert_eq!((&s.narration, s.states, &s.suspended), (&w.narration, w.states, &w.suspended));
                assert_eq!(h.timer_rows(&s, 0..usize::MAX), whole.timer_rows(&w, 0..usize::MAX));
            }
            seen = h.len();
        }
    }
}

/// Timers are listed by deadline, equal deadlines in the order they were
/// set, both while recording and once the run is finished.
#[test]
fn timers_are_listed_by_deadline_ties_in_scheduling_order() {
    let src = "import asyncio\n\nasync def w(n):\n    await asyncio.sleep(n)\n\nasync def main():\n    ts = [asyncio.create_task(w(d)) for d in (2, 1, 2, 0.5)]\n    await asyncio.gather(*ts)\n\nasyncio.run(main())\n";
    let check = |h: &History| -> bool {
        let Some(k) = (0..h.len()).find(|&k| h.step(k).timers_len() == 4) else { return false };
        let s = h.step(k);
        let rows = h.timer_rows(&s, 0..4);
        let order: Vec<(f64, Option<u32>)> = rows.iter().map(|t| (t.when, t.task)).collect();
        assert_eq!(order, [(0.5, Some(5)), (1.0, Some(3)), (2.0, Some(2)), (2.0, Some(4))]);
        assert_eq!(h.lists(&s).timers, rows);
        true
    };
    let mut r = Recording::new(src, "main.py").unwrap();
    let mut seen_while_recording = false;
    while !r.advance(16, &RecordOptions::default()) {
        seen_while_recording |= check(&r.history);
    }
    assert!(seen_while_recording);
    assert!(check(&r.history));
}

/// `briefs()` (one pass, what `trace` and `explain` print) says of every
/// step exactly what rebuilding the step says.
#[test]
fn briefs_in_one_pass_match_every_rebuilt_step() {
    let mut checked = 0;
    for path in asyncio_programs() {
        let h = record(&path, false);
        let briefs: Vec<engine::Brief> = h.briefs().collect();
        assert_eq!(briefs.len(), h.len(), "{}", path.display());
        for b in briefs {
            let s = h.step(b.index);
            let name = s.task.and_then(|id| h.task(&s, id)).map(|t| t.name);
            let at = format!("{} step {}", path.display(), b.index);
            assert_eq!((b.kind, b.clock, b.task, b.line, b.output_lines), (s.kind, s.clock, s.task, s.line, s.output_lines), "{at}");
            assert_eq!(b.narration, s.narration, "{at}");
            if name.is_some() {
                assert_eq!(b.task_name, name, "{at}");
            }
            checked += 1;
        }
    }
    assert!(checked > 10_000, "{checked}");
}

/// Once the run is over the store finishes in pieces, one per `advance`:
/// in between, every step reads as it does when all is done.
#[test]
fn steps_read_the_same_while_the_store_finishes_in_pieces() {
    let mut checked = 0;
    for p in asyncio_programs().iter().step_by(7) {
        let src = read(p);
        let opts = RecordOptions { max_steps: 20_000, finish_piece: 3 };
        let mut r = Recording::new(&src, "p.py").unwrap();
        let mut snapshots = Vec::new();
        while !r.advance(1 << 20, &opts) {
            // Over (the end step is there) but not yet finished.
            if r.history.outcome.is_some() {
                let h = &r.history;
                let ks = [0, h.len() / 3, h.len() / 2, h.len() - 1];
                snapshots.push(ks.iter().map(|&k| (k, whole_step(h, k))).collect::<Vec<_>>());
            }
        }
        let done = &r.history;
        assert!(done.finished);
        for snap in &snapshots {
            for (k, seen) in snap {
                assert_eq!(*seen, whole_step(done, *k), "{} step {k}", p.display());
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "only {checked} steps were read mid-finish");
}

/// Lanes built a few versions at a time are the lanes built whole.
#[test]
fn lanes_built_in_pieces_are_the_lanes_built_whole() {
    for p in asyncio_programs().iter().step_by(4) {
        let h = record(p, false);
        let whole = h.lanes();
        for piece in [1, 2, 7] {
            let mut b = engine::LaneBuilder::default();
            let mut pieces = 1;
            while !h.build_lanes(&mut b, piece) {
                pieces += 1;
            }
            assert_eq!(b.into_lanes(), whole, "{} in pieces of {piece}", p.display());
            if piece == 1 {
                assert!(pieces > whole.len(), "{}: {pieces} pieces for {} lanes", p.display(), whole.len());
            }
        }
    }
}

/// A step that changes thousands of tasks at once (`gather` of 1,500 new
/// tasks) takes their views over several `advance` calls, so the page's
/// slices stay short; what it stores is still the live state.
#[test]
fn a_step_of_thousands_of_tasks_is_taken_in_pieces_and_stays_exact() {
    let src = read(&corpus_dir("reference/programs").join("40_gather_10000.py")).replace("10_000", "1_500");
    let mut r = Recording::new(&src, "g.py").unwrap();
    r.verify_each_step();
    let mut calls = 0;
    while !r.advance(1 << 30, &RecordOptions::default()) {
        calls += 1;
    }
    let h = &r.history;
    // Without pieces one call records the whole run.
    assert!(calls >= 1, "the 1,500 views were taken in {calls} more calls");
    assert!(h.verify_errors.is_empty(), "{}", h.verify_errors[0]);
    assert_eq!(h.output.last().map(|l| l.text.as_str()), Some("first ten: [0, 1, 2, 3, 4, 5, 6, 0, 1, 2]"));
}

/// A task starts once: when a later poll resumes it at a line before its
/// first `await` (a loop's head), the narration says it resumes.
#[test]
fn a_task_starts_once_and_then_resumes() {
    let src = "import asyncio\n\nasync def main():\n    for i in range(3):\n        await asyncio.sleep(0)\n\nasyncio.run(main())\n";
    let h = Recording::new(src, "loop.py").unwrap().run_to_end(&RecordOptions::default());
    let said: Vec<String> = (0..h.len()).map(|k| h.step(k).narration.to_string()).filter(|n| n.contains("line 4")).collect();
    assert!(said[0].starts_with("Task-1 (main) starts: the loop runs its first step, line 4"), "{said:#?}");
    assert_eq!(said.iter().filter(|n| n.contains(" starts: ")).count(), 1, "{said:#?}");
    assert_eq!(said.iter().filter(|n| n.starts_with("Task-1 (main) resumes where it left off, line 4")).count(), 3, "{said:#?}");
}
