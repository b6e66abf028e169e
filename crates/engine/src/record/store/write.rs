//! Writing: the recorder's queue changes, task versions and steps go in
//! as they happen; `finish` drops what only recording needed and sorts the
//! timers for reading.

use super::*;

impl Store {
    pub fn queue_change(&mut self, c: QueueChange) {
        let step = self.steps.len() as u32;
        match c {
            QueueChange::Added { seq, when, label, task, steps, loop_id } => {
                let task = match task {
                    Some(t) if !steps => t | SET_BY,
                    Some(t) => t,
                    None => NONE,
                };
                let q = Queued { label: self.strings.id(&label), task, from: step, until: u32::MAX, loop_id };
                if when.is_nan() {
                    self.open_ready.insert(seq, self.handles.len());
                    self.handles.push(q);
                } else {
                    self.open_timers.insert(seq, self.timers.len());
                    self.timers.push(Timer { q, order: seq as u32, when });
                }
            }
            QueueChange::ToReady { seq, label, task, steps, loop_id } => {
                if let Some(i) = self.open_timers.remove(&seq) {
                    self.timers[i].q.until = step;
                }
                let task = match task {
                    Some(t) if !steps => t | SET_BY,
                    Some(t) => t,
                    None => NONE,
                };
                let q = Queued { label: self.strings.id(&label), task, from: step, until: u32::MAX, loop_id };
                self.open_ready.insert(seq, self.handles.len());
                self.handles.push(q);
            }
            QueueChange::Removed { seq } => {
                if let Some(i) = self.open_ready.remove(&seq) {
                    self.handles[i].until = step;
                }
                if let Some(i) = self.open_timers.remove(&seq) {
                    self.timers[i].q.until = step;
                }
            }
        }
    }

    /// Record a task's view from the step about to be pushed on (only if
    /// it differs from its last version).
    pub fn task_version(&mut self, t: &TaskView) {
        let step = self.steps.len() as u32;
        let idx = (t.id as usize).wrapping_sub(1);
        while self.tasks.len() <= idx {
            let id = self.tasks.len() as u32 + 1;
            let _ = id;
            self.tasks.push(TaskRec { coro: NONE, call: NONE, internal: false, created: step, range: (0, 0) });
            self.recording.push(Vec::new());
        }
        // Scratch lists kept between calls: no allocation per version.
        let (mut frames, mut locals) = (std::mem::take(&mut self.scratch_frames), std::mem::take(&mut self.scratch_locals));
        frames.clear();
        let n = t.stack.len();
        for (i, f) in t.stack.iter().enumerate() {
            locals.clear();
            for (name, value) in &f.locals {
                locals.push((self.strings.id_shared(name), self.strings.id(value)));
            }
            // A running task's innermost line is the step's own line: it is
            // not stored, so stepping through lines adds no version.
            let line = if t.state == TaskState::Running && i + 1 == n { 0 } else { f.line };
            frames.push(FrameRec { function: self.strings.id_shared(&f.function), line, locals: self.locals.id(&locals) });
        }
        let text = t.waiting_on.as_deref().or(t.result.as_deref()).map(|w| self.strings.id(w)).unwrap_or(NONE);
        let mut v = TaskVersion { step, state: t.state, name: self.strings.id_shared(&t.name), text, stack: self.stacks.id(&frames) };
        (self.scratch_frames, self.scratch_locals) = (frames, locals);
        if self.tasks[idx].coro == NONE {
            let coro = self.strings.id(&t.coro);
            let call = self.strings.id(&call_text(t));
            let rec = &mut self.tasks[idx];
            rec.coro = coro;
            rec.call = call;
            rec.internal = t.internal;
            rec.created = step;
        }
        let versions = &mut self.recording[idx];
        if v.state == TaskState::Ready {
            // Shown as Ready while its handle is queued: keep what it
            // waited on from before.
            match versions.last() {
                Some(last) if last.state == TaskState::Waiting && last.stack == v.stack && last.name == v.name => return,
                _ => v.state = TaskState::Waiting,
            }
        }
        match versions.last_mut() {
            Some(last) if TaskVersion { step: last.step, ..v } == *last => {}
            Some(last) if last.step == step => *last = v,
            _ => versions.push(v),
        }
    }

    pub fn push(&mut self, s: StepInput) {
        let step = self.steps.len() as u32;
        push_change(&mut self.clocks, step, s.clock);
        push_change(&mut self.iterations, step, s.iteration as u32);
        push_change(&mut self.polls, step, s.poll as u32);
        push_change(&mut self.outputs, step, s.output_lines as u32);
        push_change(&mut self.loops, step, s.loop_id);
        if let Some(a) = s.arg.as_deref() {
            let id = self.strings.id(a);
            self.args.push((step, id));
        }
        self.steps.push(StepRec { kind: s.kind, narration: s.narration, who: s.who.unwrap_or(NONE), line: s.line.unwrap_or(0) });
    }

    /// The run is over: drop what only recording needed, in pieces of
    /// about `budget` task versions copied (the page
    /// finishes a 2,000,000-step run over several frames). True when done;
    /// the store reads the same before, during and after.
    pub fn finish_some(&mut self, budget: usize) -> bool {
        if self.finished {
            return true;
        }
        if !self.finishing {
            self.finishing = true;
            self.strings.drop_index();
            self.locals.drop_index();
            self.stacks.drop_index();
            self.open_ready = Default::default();
            self.open_timers = Default::default();
            self.steps.shrink_to_fit();
            self.handles.shrink_to_fit();
            self.timers.shrink_to_fit();
            self.locals.data.shrink_to_fit();
            self.locals.ranges.shrink_to_fit();
            self.stacks.data.shrink_to_fit();
            self.stacks.ranges.shrink_to_fit();
            for l in [&mut self.iterations, &mut self.polls, &mut self.outputs, &mut self.loops] {
                l.shrink_to_fit();
            }
            self.clocks.shrink_to_fit();
            self.versions = Vec::with_capacity(self.recording.iter().map(|v| v.len()).sum());
        }
        // Each task's versions move to the one flat list (a task counts as
        // one version, so 100,000 small tasks are pieces too).
        let mut left = budget;
        while self.moved < self.recording.len() {
            let vs = &self.recording[self.moved];
            let take = (vs.len() - self.copied).min(left);
            self.versions.extend_from_slice(&vs[self.copied..self.copied + take]);
            self.copied += take;
            left -= take;
            if self.copied == vs.len() {
                let end = self.versions.len() as u32;
                self.tasks[self.moved].range = (end - vs.len() as u32, end);
                self.recording[self.moved] = Vec::new();
                self.moved += 1;
                self.copied = 0;
                left = left.saturating_sub(1);
            }
            if left == 0 {
                return false;
            }
        }
        self.recording = Vec::new();
        self.tasks.shrink_to_fit();
        let mut order: Vec<u32> = (0..self.timers.len() as u32).collect();
        order.sort_by(|&a, &b| timer_cmp(&self.timers[a as usize], &self.timers[b as usize]));
        self.timer_order = order;
        self.handle_blocks = self.handles.chunks(BLOCK).map(|b| b.iter().map(|q| q.until).max().unwrap_or(0)).collect();
        self.timer_blocks = self
            .timer_order
            .chunks(BLOCK)
            .map(|b| {
                let qs = b.iter().map(|&i| &self.timers[i as usize].q);
                (qs.clone().map(|q| q.from).min().unwrap_or(u32::MAX), qs.map(|q| q.until).max().unwrap_or(0))
            })
            .collect();
        self.finished = true;
        true
    }
}

/// The longest call text kept for a lane (characters).
const CALL_CHARS: usize = 48;

/// `cook('coffee', 3)`: the coroutine's name and, while it has not
/// started, its arguments (its only locals then), as the lane's label.
fn call_text(t: &TaskView) -> String {
    let args = match (t.state, t.stack.as_slice()) {
        (TaskState::Scheduled | TaskState::Ready, [frame]) => frame.locals.iter().map(|(_, v)| v.to_string()).collect::<Vec<_>>().join(", "),
        _ => String::new(),
    };
    let mut text = format!("{}({args})", t.coro);
    if text.chars().count() > CALL_CHARS {
        text = text.chars().take(CALL_CHARS - 2).collect::<String>() + "…)";
    }
    text
}
