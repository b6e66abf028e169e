//! What an author pastes: the `<iframe>` line for an embed, and the
//! author script with a code block it upgrades. Pure text, escaped for
//! HTML, so it can be tested here.

use crate::link::{Embed, Launch, Program};
use crate::examples::EXAMPLES;

/// Escapes text for HTML content and double-quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// The iframe's accessible title: names the program.
pub fn title(launch: &Launch) -> String {
    match &launch.program {
        Some(Program::Example(i)) => format!("Loopscope: {}", EXAMPLES[*i].title),
        _ => "Loopscope: step through this asyncio program".into(),
    }
}

/// `<iframe src=… title=… loading="lazy">` for the embed at `src`.
pub fn iframe(src: &str, title: &str, height: u32) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" style=\"border: 1px solid #d0d5dd; border-radius: 8px; max-width: 100%;\"></iframe>",
        escape(src),
        escape(title)
    )
}

/// The author script's tag and a `<pre data-loopscope>` block holding
/// `source`, with the options that differ from an embed's defaults.
pub fn script_block(folder: &str, source: &str, launch: &Launch) -> String {
    let mut attrs = String::new();
    if let Some(step) = launch.step.filter(|&s| s > 0) {
        attrs += &format!(" data-step=\"{step}\"");
    }
    if let Some(stride) = launch.stride.filter(|&s| s != crate::state::Stride::Poll) {
        attrs += &format!(" data-granularity=\"{}\"", stride.name());
    }
    if !launch.breakpoints.is_empty() {
        let lines: Vec<String> = launch.breakpoints.iter().map(u32::to_string).collect();
        attrs += &format!(" data-breakpoints=\"{}\"", lines.join(","));
    }
    let embed = launch.embed.clone().unwrap_or_default();
    let default = Embed::default();
    if embed.panels != default.panels {
        attrs += &format!(" data-panels=\"{}\"", embed.panels.names());
    }
    if embed.editor != default.editor {
        attrs += &format!(" data-editor=\"{}\"", embed.editor.name());
    }
    if embed.theme != default.theme {
        attrs += &format!(" data-theme=\"{}\"", embed.theme.name());
    }
    if embed.autoplay {
        attrs += " data-autoplay=\"1\"";
    }
    format!(
        "<script src=\"{}embed.js\" defer></script>\n\n<pre data-loopscope{attrs}>{}</pre>",
        escape(folder),
        escape(source.trim_end_matches('\n'))
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::{EditorMode, Panel, Panels};

    #[test]
    fn the_iframe_line_is_escaped_lazy_and_titled() {
        let s = iframe("https://x.org/ls/embed.html#v=1&example=12", "Loopscope: \"gather\" <3", 480);
        assert!(s.starts_with("<iframe src=\"https://x.org/ls/embed.html#v=1&amp;example=12\""), "{s}");
        assert!(s.contains("title=\"Loopscope: &quot;gather&quot; &lt;3\""), "{s}");
        assert!(s.contains("loading=\"lazy\"") && s.contains("height=\"480\""), "{s}");
    }

    #[test]
    fn the_script_block_carries_the_options_and_the_escaped_code() {
        let launch = Launch {
            step: Some(4),
            breakpoints: vec![2, 5],
            embed: Some(Embed { panels: Panels::none().with(Panel::Console, true), editor: EditorMode::Edit, ..Embed::default() }),
            ..Launch::default()
        };
        let s = script_block("https://x.org/ls/", "if a < b & c:\n    pass\n", &launch);
        assert!(s.starts_with("<script src=\"https://x.org/ls/embed.js\" defer></script>"), "{s}");
        assert!(s.ends_with("<pre data-loopscope data-step=\"4\" data-breakpoints=\"2,5\" data-panels=\"console\" data-editor=\"edit\">if a &lt; b &amp; c:\n    pass</pre>"), "{s}");
    }
}
