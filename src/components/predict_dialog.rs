//! Predict the output: a button that opens a dialog where the learner puts
//! the lines the program prints into the order they expect (drag them, or
//! ▲ / ▼ from the keyboard), then checks: each line is marked in place or
//! not, and a wrong one links to the step that decided the real order,
//! with its narration. In compare mode, one list per program.

use crate::components::Dialog;
use crate::predict::{cards, in_place, verdicts, Card};
use crate::run::{Run, Shared};
use crate::state::{Action, State};
use crate::track::Nav;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<State>,
}

/// The programs to predict: (name, run).
fn programs(state: &State) -> Vec<(String, Shared<Run>)> {
    match &state.compare {
        Some(c) => c.sides.iter().map(|s| (s.name.to_string(), s.track.run.clone())).collect(),
        None => vec![("The program".to_string(), state.track.run.clone())],
    }
}

#[function_component(PredictDialog)]
pub fn predict_dialog(props: &Props) -> Html {
    let open = use_state(|| false);
    // Per program: the learner's order; and whether it was checked.
    let orders = use_state(Vec::<Vec<Card>>::new);
    let checked = use_state(|| false);
    let dragging = use_state(|| None::<(usize, usize)>);

    let state = &*props.state;
    let progs = programs(state);
    let ready = progs.iter().all(|(_, r)| r.is_over());

    // Deal the cards once the runs are recorded (and anew for new runs).
    {
        let (orders, checked) = (orders.clone(), checked.clone());
        let ids: Vec<u64> = progs.iter().map(|(_, r)| r.id).collect();
        let runs: Vec<Shared<Run>> = progs.iter().map(|(_, r)| r.clone()).collect();
        use_effect_with((ids, ready, *open), move |(_, ready, open)| {
            if *ready && *open {
                orders.set(runs.iter().map(|r| r.history(cards).unwrap_or_default()).collect());
                checked.set(false);
            }
        });
    }

    let toggle = {
        let open = open.clone();
        move |_: MouseEvent| open.set(!*open)
    };
    let button = html! {
        <button class="button" data-testid="predict" aria-haspopup="dialog" aria-expanded={open.to_string()}
            title="Before stepping: put the output lines in the order you expect" onclick={toggle}>{ "Predict" }</button>
    };
    if !*open {
        return button;
    }

    let close = {
        let open = open.clone();
        Callback::from(move |()| open.set(false))
    };
    let shift = |side: usize, from: usize, to: usize| {
        let (orders, checked) = (orders.clone(), checked.clone());
        move || {
            let mut next = (*orders).clone();
            if let Some(list) = next.get_mut(side) {
                if from < list.len() && to < list.len() && from != to {
                    let card = list.remove(from);
                    list.insert(to, card);
                    orders.set(next);
                    checked.set(false);
                }
            }
        }
    };
    let jump = {
        let (dispatcher, open) = (props.state.dispatcher(), open.clone());
        let runs: Vec<Shared<Run>> = progs.iter().map(|(_, r)| r.clone()).collect();
        let compare = state.compare.is_some();
        move |side: usize, k: usize| {
            let dispatcher = dispatcher.clone();
            let open = open.clone();
            let run = runs[side].clone();
            Callback::from(move |_: MouseEvent| {
                if compare {
                    dispatcher.dispatch(Action::ToTime(run.history(|h| h.clock(k)).unwrap_or(0.0)));
                } else {
                    dispatcher.dispatch(Action::Go(Nav::To(k)));
                }
                open.set(false);
            })
        }
    };

    let lists = progs.iter().enumerate().map(|(side, (name, run))| {
        let Some(order) = orders.get(side) else {
            return html! {};
        };
        let results = (*checked).then(|| run.history(|h| verdicts(h, order))).flatten();
        let n = order.len();
        let items = order.iter().enumerate().map(|(i, card)| {
            let up = { let f = shift(side, i, i.saturating_sub(1)); move |_: MouseEvent| f() };
            let down = { let f = shift(side, i, (i + 1).min(n.saturating_sub(1))); move |_: MouseEvent| f() };
            let ondragstart = { let d = dragging.clone(); move |_: DragEvent| d.set(Some((side, i))) };
            let ondragover = |e: DragEvent| e.prevent_default();
            let ondrop = {
                let (d, orders, checked) = (dragging.clone(), orders.clone(), checked.clone());
                move |e: DragEvent| {
                    e.prevent_default();
                    if let Some((s, from)) = *d {
                        if s == side {
                            let mut next = (*orders).clone();
                            let card = next[side].remove(from);
                            next[side].insert(i, card);
                            orders.set(next);
                            checked.set(false);
                        }
                    }
                    d.set(None);
                }
            };
            let verdict = results.as_ref().and_then(|r| r.get(i));
            let class = classes!("predict-line", verdict.map(|v| if v.right { "right" } else { "wrong" }));
            html! {
                <li {class} draggable="true" data-testid="predict-line" data-actual={card.actual.to_string()} {ondragstart} {ondragover} {ondrop}>
                    <span class="grip" aria-hidden="true">{ "⋮⋮" }</span>
                    <code class="predict-text">{ &card.text }</code>
                    <span class="predict-moves">
                        <button class="icon small" aria-label={format!("Move “{}” up", card.text)} disabled={i == 0} onclick={up}>{ "▲" }</button>
                        <button class="icon small" aria-label={format!("Move “{}” down", card.text)} disabled={i + 1 == n} onclick={down}>{ "▼" }</button>
                    </span>
                    if let Some(v) = verdict {
                        if v.right {
                            <span class="mark-ok" aria-label="in place">{ "✓" }</span>
                        } else {
                            <span class="why">
                                <span class="mark-no" aria-label="out of place">{ "✗" }</span>
                                { " here comes " }<code>{ &v.actual }</code>{ " — " }
                                if let Some((k, narration)) = &v.decided {
                                    <button class="linkish" data-testid="predict-why" onclick={jump(side, *k)}
                                        title="Close and go to the step that decided it">{ format!("decided at step {k}") }</button>
                                    <span class="why-narration">{ format!(": {narration}") }</span>
                                }
                            </span>
                        }
                    }
                </li>
            }
        });
        let score = results.as_ref().map(|_| in_place(order));
        html! {
            <section class="predict-program">
                if progs.len() > 1 { <h3>{ name.clone() }</h3> }
                if n == 0 {
                    <p class="hint">{ "This program prints nothing: nothing to predict." }</p>
                } else {
                    <ol class="predict-list" data-testid={format!("predict-list-{side}")}>{ for items }</ol>
                }
                if let Some(score) = score {
                    <p class="predict-score" data-testid="predict-score">{ format!("{score} of {n} in place") }</p>
                }
            </section>
        }
    });
    let check = {
        let checked = checked.clone();
        move |_: MouseEvent| checked.set(true)
    };
    html! {
        <>
            { button }
            <Dialog title="Predict the output" testid="predict-dialog" class="predict-dialog" opaque=true on_close={close}>
                <p class="popover-note">{ "Put the lines in the order you expect them printed (drag them, or ▲ ▼), then check." }</p>
                if !ready {
                    <p class="hint">{ "Recording the run…" }</p>
                } else {
                    { for lists }
                    <div class="option-row">
                        <button class="button" data-testid="predict-check" onclick={check}>{ "Check my order" }</button>
                    </div>
                }
            </Dialog>
        </>
    }
}
