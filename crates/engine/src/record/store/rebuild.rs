//! Rebuilding step k: which records make it up (`StepRows`, no text), the
//! rows of a window of its lists, its sentence, or its whole view.

use super::*;
use crate::record::narrate::{RenderCtx, Scene};

impl Store {
    pub(super) fn label(&self, q: &Queued, k: u32) -> Text {
        let text = self.strings.get(q.label);
        if q.task == NONE {
            return text;
        }
        match self.task_name_at(q.task & !SET_BY, k) {
            Some(name) => Rc::from(format!("{name} {text}").as_str()),
            None => text,
        }
    }

    /// Which records make up step `k`: one pass over the queued handles,
    /// the timers (already in deadline order once the run is finished)
    /// and the tasks (a binary search each), making no text.
    pub fn rows(&self, k: usize) -> StepRows {
        self.scan(k, |_, _, _| {})
    }

    /// `rows`, calling `visit` with each shown task's entry and version
    /// on the way.
    fn scan(&self, k: usize, mut visit: impl FnMut(u32, u32, &TaskVersion)) -> StepRows {
        let ks = k as u32;
        let loop_id = value_at(&self.loops, ks, 0);
        let open = |q: &Queued| q.from <= ks && ks < q.until && q.loop_id == loop_id;
        // Handles and timers are recorded in the order they were queued:
        // none after the first one queued later than step k is open.
        let queued = self.handles.partition_point(|q| q.from <= ks);
        let mut ready: Vec<u32> = Vec::new();
        for (b, start) in (0..queued).step_by(BLOCK).enumerate() {
            // A finished run skips the blocks of handles all gone by step k.
            if self.handle_blocks.get(b).is_some_and(|&until| until <= ks) {
                continue;
            }
            ready.extend((start as u32..(start + BLOCK).min(queued) as u32).filter(|&i| open(&self.handles[i as usize])));
        }
        let mut stepped = vec![false; self.tasks.len() + 1];
        for &i in &ready {
            let t = self.handles[i as usize].task;
            if t != NONE && t & SET_BY == 0 {
                if let Some(s) = stepped.get_mut(t as usize) {
                    *s = true;
                }
            }
        }
        let timers: Vec<u32> = if self.finished {
            // In deadline order; blocks all set after step k or all gone
            // by then are skipped.
            let mut v = Vec::new();
            for (block, &(from, until)) in self.timer_order.chunks(BLOCK).zip(&self.timer_blocks) {
                if from <= ks && ks < until {
                    v.extend(block.iter().copied().filter(|&i| open(&self.timers[i as usize].q)));
                }
            }
            v
        } else {
            let set = self.timers.partition_point(|t| t.q.from <= ks);
            let mut v: Vec<u32> = (0..set as u32).filter(|&i| open(&self.timers[i as usize].q)).collect();
            v.sort_by(|&a, &b| timer_cmp(&self.timers[a as usize], &self.timers[b as usize]));
            v
        };
        let mut tasks = Vec::new();
        for (i, rec) in self.tasks.iter().enumerate() {
            if rec.created > ks {
                continue;
            }
            let id = i as u32 + 1;
            let versions = self.versions_of(id);
            let n = versions.partition_point(|v| v.step <= ks);
            if n > 0 {
                let at = (n as u32 - 1) | if stepped[id as usize] { QUEUED } else { 0 };
                tasks.push((id, at));
                visit(id, at, &versions[n - 1]);
            }
        }
        StepRows { k: ks, ready, timers, tasks }
    }

    /// A shown task (an entry of `StepRows::tasks`) at step `k`.
    pub(super) fn task_row(&self, (id, at): (u32, u32), k: u32) -> Option<TaskView> {
        let rec = self.tasks.get((id as usize).wrapping_sub(1))?;
        let v = *self.versions_of(id).get((at & !QUEUED) as usize)?;
        let step_line = self.steps.get(k as usize).map(|s| s.line).unwrap_or(0);
        let stack = self
            .stacks
            .get(v.stack)
            .iter()
            .map(|f| FrameView {
                function: self.strings.get(f.function),
                line: if f.line == 0 { step_line } else { f.line },
                locals: self.locals.get(f.locals).iter().map(|(n, r)| (self.strings.get(*n), self.strings.get(*r))).collect(),
            })
            .collect();
        let text = if v.text == NONE { None } else { Some(self.strings.get(v.text)) };
        let state = shown_state(v.state, at);
        let (waiting_on, result) = match state {
            TaskState::Waiting => (text, None),
            TaskState::Done | TaskState::Failed => (None, text),
            _ => (None, None),
        };
        Some(TaskView { id, name: self.strings.get(v.name), coro: self.strings.get(rec.coro), state, waiting_on, stack, result, internal: rec.internal })
    }

    /// Rows `range` of the ready queue of `rows` (first to run first).
    pub fn ready_rows(&self, rows: &StepRows, range: Range<usize>) -> Vec<HandleView> {
        window(&rows.ready, range).iter().filter_map(|&i| self.handles.get(i as usize)).map(|q| HandleView { task: task_of(q), label: self.label(q, rows.k) }).collect()
    }

    /// Rows `range` of the timers of `rows`, by deadline.
    pub fn timer_rows(&self, rows: &StepRows, range: Range<usize>) -> Vec<TimerView> {
        window(&rows.timers, range).iter().filter_map(|&i| self.timers.get(i as usize)).map(|t| TimerView { when: t.when, task: task_of(&t.q), label: self.label(&t.q, rows.k) }).collect()
    }

    /// Rows `range` of the tasks of `rows`, by id.
    pub fn task_rows(&self, rows: &StepRows, range: Range<usize>) -> Vec<TaskView> {
        window(&rows.tasks, range).iter().filter_map(|&t| self.task_row(t, rows.k)).collect()
    }

    /// Task `id` as shown in `rows`, if it is.
    pub fn task_in(&self, rows: &StepRows, id: u32) -> Option<TaskView> {
        let i = rows.tasks.binary_search_by_key(&id, |t| t.0).ok()?;
        self.task_row(rows.tasks[i], rows.k)
    }

    /// Step `k` without the text of its lists.
    pub fn step(&self, k: usize) -> Step {
        let ks = k as u32;
        let s = self.steps[k];
        let task = running_task(&s);
        let mut states = [0usize; 7];
        let mut running = None;
        // Suspended tasks by line: a slot per program line, a map beyond.
        let mut by_line: Vec<Option<LineTasks>> = vec![None; self.source_lines.len() + 1];
        let mut beyond: std::collections::BTreeMap<u32, LineTasks> = Default::default();
        let rows = self.scan(k, |id, at, v| {
            let state = shown_state(v.state, at);
            states[state as usize] += 1;
            if state == TaskState::Running && running.is_none() {
                running = Some((id, at));
            }
            if !matches!(state, TaskState::Waiting | TaskState::Ready | TaskState::Scheduled) || Some(id) == task {
                return;
            }
            let Some(top) = self.stacks.get(v.stack).last() else { return };
            let line = if top.line == 0 { s.line } else { top.line };
            let e = match by_line.get_mut(line as usize) {
                Some(slot) => slot.get_or_insert_with(|| LineTasks { line, first: Vec::new(), count: 0 }),
                None => beyond.entry(line).or_insert_with(|| LineTasks { line, first: Vec::new(), count: 0 }),
            };
            if e.first.len() < LINE_TASKS_LISTED {
                e.first.push(id);
            }
            e.count += 1;
        });
        let mut suspended: Vec<LineTasks> = by_line.into_iter().flatten().collect();
        suspended.extend(beyond.into_values());
        suspended.sort_by_key(|l| l.line);
        let running = running.and_then(|r| self.task_row(r, ks));
        // The sentence reads the step's task, the head of the ready queue
        // and whether a timer is set.
        let next_ready = self.ready_rows(&rows, 0..1);
        let about = self.task_in(&rows, s.who);
        let (clock, line) = (self.clock(k), self.line(k));
        let scene = Scene { line, clock, task: about.as_ref(), next_ready: next_ready.first(), timer_set: !rows.timers.is_empty() };
        let narration = self.narrate(k, &scene);
        Step {
            index: k,
            kind: s.kind,
            clock,
            iteration: self.iteration(k),
            poll: value_at(&self.polls, ks, 0) as u64,
            task,
            line,
            narration,
            output_lines: self.output_lines(k),
            states,
            running,
            suspended,
            rows,
        }
    }

    /// Step `k`'s sentence, read from its scene.
    pub(super) fn narrate(&self, k: usize, v: &Scene) -> String {
        let ks = k as u32;
        let s = self.steps[k];
        let code = v.line.and_then(|l| self.source_lines.get(l as usize - 1)).cloned().unwrap_or_else(|| Rc::from(""));
        let arg = match self.args.binary_search_by_key(&ks, |(st, _)| *st) {
            Ok(i) => self.strings.get(self.args[i].1),
            Err(_) => Rc::from(""),
        };
        let prev_code = if k > 0 { self.line(k - 1).and_then(|l| self.source_lines.get(l as usize - 1)).cloned().unwrap_or_else(|| Rc::from("")) } else { Rc::from("") };
        let cx = RenderCtx { who: s.who, code: &code, prev_clock: if k > 0 { self.clock(k - 1) } else { 0.0 }, prev_code: &prev_code, arg: &arg };
        crate::record::narrate::render(s.narration, v, &cx)
    }

    /// Every row of the lists of `rows`.
    pub fn lists(&self, rows: &StepRows) -> StepLists {
        StepLists { ready: self.ready_rows(rows, 0..usize::MAX), timers: self.timer_rows(rows, 0..usize::MAX), tasks: self.task_rows(rows, 0..usize::MAX) }
    }
}
