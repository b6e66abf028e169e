//! Predict-the-output: the learner puts the lines a program prints into the
//! order they expect; the run then says which lines are in place, and for
//! each one out of place, the step that decided the real order (the poll
//! that ran the code which printed it, with its narration). Pure logic.

use engine::view::StepKind;
use engine::{Granularity, History};

/// At most this many lines are predicted (the first ones printed).
pub const MAX_LINES: usize = 24;

/// One line to place: its text, and where it really comes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Card {
    pub text: String,
    /// Its index in the real output.
    pub actual: usize,
}

/// The lines of a run to predict, in a scrambled order (never the real one
/// when the lines differ), the same each time for the same output.
pub fn cards(h: &History) -> Vec<Card> {
    let lines: Vec<Card> = h.output.iter().take(MAX_LINES).enumerate().map(|(i, l)| Card { text: l.text.clone(), actual: i }).collect();
    scramble(lines)
}

fn scramble(mut cards: Vec<Card>) -> Vec<Card> {
    let n = cards.len();
    if n < 2 {
        return cards;
    }
    // A fixed-seed Fisher–Yates from the texts (stable across reloads).
    let mut seed = cards.iter().flat_map(|c| c.text.bytes()).fold(0x9E37_79B9_7F4A_7C15u64, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01B3));
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for i in (1..n).rev() {
        let j = (next() % (i as u64 + 1)) as usize;
        cards.swap(i, j);
    }
    if in_place(&cards) == n && cards.windows(2).any(|w| w[0].text != w[1].text) {
        // Still the real order: rotate by one.
        cards.rotate_left(1);
    }
    cards
}

/// How many cards are where their text really comes (a line printed twice
/// may stand at either of its places).
pub fn in_place(order: &[Card]) -> usize {
    let actual = actual_texts(order);
    order.iter().enumerate().filter(|(i, c)| actual.get(*i) == Some(&c.text.as_str())).count()
}

fn actual_texts(order: &[Card]) -> Vec<&str> {
    let mut actual = vec![""; order.len()];
    for c in order {
        if let Some(slot) = actual.get_mut(c.actual) {
            *slot = &c.text;
        }
    }
    actual
}

/// The verdict on one place of the learner's order.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    /// The learner's line at this place.
    pub guessed: String,
    /// The line that really comes here.
    pub actual: String,
    pub right: bool,
    /// For a wrong place: the step that decided what really comes here,
    /// and its narration.
    pub decided: Option<(usize, String)>,
}

/// Checks `order` against the run.
pub fn verdicts(h: &History, order: &[Card]) -> Vec<Verdict> {
    let actual = actual_texts(order);
    order
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let right = actual.get(i) == Some(&c.text.as_str());
            let decided = (!right).then(|| deciding_step(h, i)).flatten();
            Verdict { guessed: c.text.clone(), actual: actual.get(i).copied().unwrap_or("").to_string(), right, decided }
        })
        .collect()
}

/// The step that decided when output line `i` came: the start of the poll
/// (or clock jump) that ran the code printing it.
pub fn deciding_step(h: &History, i: usize) -> Option<(usize, String)> {
    let printed = h.output.get(i)?.step;
    let mut k = printed.min(h.len().saturating_sub(1));
    // Back to the step where this stretch of running began.
    if h.kind(k) == StepKind::Line || h.kind(k) == StepKind::Blocked {
        k = h.prev(k, Granularity::Poll);
    }
    Some((k, h.step(k).narration.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine::Recording;

    fn history(src: &str) -> History {
        Recording::new(src, "main.py").unwrap().run_to_end(&Default::default())
    }

    #[test]
    fn the_cards_are_scrambled_and_scoring_counts_lines_in_place() {
        let h = history(crate::examples::EXAMPLES[6].source);
        let cards = cards(&h);
        assert_eq!(cards.len(), h.output.len().min(MAX_LINES));
        assert!(in_place(&cards) < cards.len(), "not given away");
        assert_eq!(cards, super::cards(&h), "the same order each time");
        let mut sorted = cards.clone();
        sorted.sort_by_key(|c| c.actual);
        assert_eq!(in_place(&sorted), sorted.len());
        assert!(verdicts(&h, &sorted).iter().all(|v| v.right && v.decided.is_none()));
        // Swap the first two: two places wrong, each with the step that
        // decided it and its narration.
        sorted.swap(0, 1);
        let v = verdicts(&h, &sorted);
        assert_eq!(v.iter().filter(|v| !v.right).count(), 2);
        for wrong in v.iter().filter(|v| !v.right) {
            let (k, narration) = wrong.decided.clone().unwrap();
            assert!(k < h.len() && !narration.is_empty());
        }
    }

    #[test]
    fn a_line_printed_twice_is_in_place_at_either_of_its_places() {
        let h = history("print('a')\nprint('b')\nprint('a')\n");
        let order: Vec<Card> = [2, 1, 0].iter().map(|&i| Card { text: h.output[i].text.clone(), actual: i }).collect();
        assert_eq!(in_place(&order), 3);
    }

    #[test]
    fn the_deciding_step_is_the_poll_that_ran_the_print() {
        let h = history(crate::examples::EXAMPLES[3].source);
        let (k, _) = deciding_step(&h, h.output.len() - 1).unwrap();
        assert!(k <= h.output.last().unwrap().step);
        assert_ne!(h.kind(k), StepKind::Line);
    }
}
