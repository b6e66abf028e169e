//! The timeline as a standalone SVG file (Export SVG): one lane per task
//! over virtual time (or step numbers), waits, runs, time in the ready
//! queue, blocking spans, the axis, in the colours of the page's theme
//! (read from the page by the caller, so the palette lives in the styles
//! only). Pure text, so it can be tested here.

use crate::components::timeline::{lane_label, ticks, trim};
use crate::drawn::drawn;
use crate::look::time;
use crate::snippet::escape;
use crate::state::Axis;
use engine::view::{Lane, SpanKind};
use std::fmt::Write;

/// The colours of the current theme, as CSS colours.
#[derive(Clone, Debug, PartialEq)]
pub struct Palette {
    pub background: String,
    pub text: String,
    pub muted: String,
    pub grid: String,
    /// Task colours, by `task_class` index.
    pub tasks: Vec<String>,
    pub blocking: String,
}

const WIDTH: f64 = 1000.0;
const LABEL: f64 = 190.0;
const LANE: f64 = 24.0;
const TOP: f64 = 44.0;
const AXIS: f64 = 28.0;

/// The timeline of a run as an SVG document.
pub fn timeline_svg(lanes: &[Lane], axis: Axis, end_clock: f64, last_step: usize, palette: &Palette, title: &str) -> String {
    let track = WIDTH - LABEL - 16.0;
    let height = TOP + LANE * lanes.len() as f64 + AXIS + 8.0;
    let mut out = String::new();
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{height}\" viewBox=\"0 0 {WIDTH} {height}\" font-family=\"system-ui, sans-serif\" font-size=\"12\">\n"
    );
    let _ = writeln!(out, "<title>{}</title>", escape(title));
    let _ = writeln!(out, "<rect width=\"100%\" height=\"100%\" fill=\"{}\"/>", palette.background);
    let axis_name = match axis {
        Axis::Time => "virtual time (s)",
        Axis::Steps => "step number",
    };
    let _ = writeln!(
        out,
        "<text x=\"12\" y=\"24\" fill=\"{}\" font-size=\"15\" font-weight=\"600\">{}</text><text x=\"{}\" y=\"24\" fill=\"{}\" text-anchor=\"end\">x: {axis_name}</text>",
        palette.text,
        escape(title),
        WIDTH - 16.0,
        palette.muted
    );
    let end = match axis {
        Axis::Time => end_clock,
        Axis::Steps => last_step as f64,
    };
    let x = |percent: f64| LABEL + percent / 100.0 * track;
    for (i, lane) in lanes.iter().enumerate() {
        let y = TOP + LANE * i as f64;
        let colour = &palette.tasks[(lane.task.saturating_sub(1) as usize) % palette.tasks.len().max(1)];
        let _ = writeln!(out, "<g class=\"lane\" data-task=\"{}\">", lane.task);
        let _ = writeln!(
            out,
            "<rect x=\"{LABEL}\" y=\"{}\" width=\"{track}\" height=\"{}\" fill=\"{}\" opacity=\"0.35\"/>",
            y + 3.0,
            LANE - 6.0,
            palette.grid
        );
        let _ = writeln!(out, "<circle cx=\"16\" cy=\"{}\" r=\"4\" fill=\"{colour}\"/>", y + LANE / 2.0);
        let label: String = lane_label(lane).chars().take(28).collect();
        let fill = if lane.internal { &palette.muted } else { &palette.text };
        let _ = writeln!(out, "<text x=\"26\" y=\"{}\" fill=\"{fill}\">{}</text>", y + LANE / 2.0 + 4.0, escape(&label));
        // As the page draws them: spans that fall together are one element.
        for d in drawn(&lane.spans, axis, end_clock, last_step) {
            let kind = d.kind;
            let (x0, w) = (x(d.left), (d.width / 100.0 * track).max(1.0));
            let tip = format!("{} t={} → {}", kind_label(kind), time(d.t0), time(d.t1));
            let (fill, opacity, y0, h) = match kind {
                SpanKind::Wait => (colour.as_str(), 0.3, y + 5.0, LANE - 10.0),
                SpanKind::Run => (colour.as_str(), 1.0, y + 3.0, LANE - 6.0),
                SpanKind::Ready => (colour.as_str(), 0.55, y + 9.0, LANE - 18.0),
                SpanKind::Blocking => (palette.blocking.as_str(), 1.0, y + 3.0, LANE - 6.0),
            };
            let _ = writeln!(
                out,
                "<rect class=\"{}\" x=\"{x0:.2}\" y=\"{y0}\" width=\"{w:.2}\" height=\"{h}\" fill=\"{fill}\" opacity=\"{opacity}\"><title>{}</title></rect>",
                kind_label(kind),
                escape(&tip)
            );
        }
        out.push_str("</g>\n");
    }
    let axis_y = TOP + LANE * lanes.len() as f64 + 4.0;
    let _ = writeln!(out, "<line x1=\"{LABEL}\" y1=\"{axis_y}\" x2=\"{}\" y2=\"{axis_y}\" stroke=\"{}\"/>", LABEL + track, palette.muted);
    for t in ticks(end, 8) {
        let px = if end > 0.0 { x(t / end * 100.0) } else { LABEL };
        let label = match axis {
            Axis::Time => format!("{}s", trim(t)),
            Axis::Steps => format!("{}", t as usize),
        };
        let _ = writeln!(
            out,
            "<line x1=\"{px:.2}\" y1=\"{axis_y}\" x2=\"{px:.2}\" y2=\"{}\" stroke=\"{}\"/><text x=\"{px:.2}\" y=\"{}\" fill=\"{}\" text-anchor=\"middle\">{label}</text>",
            axis_y + 5.0,
            palette.muted,
            axis_y + 18.0,
            palette.muted
        );
    }
    out.push_str("</svg>\n");
    out
}

fn kind_label(k: SpanKind) -> &'static str {
    match k {
        SpanKind::Run => "runs",
        SpanKind::Wait => "waits",
        SpanKind::Ready => "ready",
        SpanKind::Blocking => "blocks the loop",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine::Recording;

    fn palette() -> Palette {
        Palette {
            background: "#fff".into(),
            text: "#111".into(),
            muted: "#666".into(),
            grid: "#eee".into(),
            tasks: vec!["#2563eb".into(), "#ea580c".into()],
            blocking: "#dc2626".into(),
        }
    }

    #[test]
    fn one_lane_per_task_on_the_time_axis_escaped() {
        let src = crate::examples::EXAMPLES[11].source;
        let h = Recording::new(src, "main.py").unwrap().run_to_end(&Default::default());
        let lanes = h.lanes();
        let svg = timeline_svg(&lanes, Axis::Time, h.clock(h.len() - 1), h.len() - 1, &palette(), "cook <&> \"serve\"");
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.trim_end().ends_with("</svg>"));
        assert_eq!(svg.matches("<g class=\"lane\"").count(), lanes.len());
        assert_eq!(svg.matches("<g ").count(), svg.matches("</g>").count());
        assert!(svg.contains("<title>cook &lt;&amp;&gt; &quot;serve&quot;</title>"));
        assert!(svg.contains(">9s</text>") || svg.contains(">8s</text>"), "the axis runs to the end");
        assert!(svg.contains("class=\"waits\""));
        let steps = timeline_svg(&lanes, Axis::Steps, 0.0, h.len() - 1, &palette(), "t");
        assert!(steps.contains("x: step number"));
    }
}
