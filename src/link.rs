//! Links that open the page in a given state: a share link's fragment
//! (`#v=1&code=…&step=17&granularity=line&breakpoints=3,9`) and an embed's
//! parameters (`embed.html#example=12&panels=loop,console&editor=readonly`).
//!
//! Query and fragment use one syntax, `key=value` pairs joined by `&`; the
//! fragment wins where both give a key. The program travels compressed
//! (`code=`: raw deflate, base64url), as plain percent-encoded text
//! (`text=`, what the author script writes), or as an example number
//! (`example=`, 1-based as in the menu). Parsing is pure: the page hands in
//! `location`'s pieces and gets a `Launch` or a `LinkError` to show.

use crate::examples::{EXAMPLES, PAIRS};
use crate::state::{Stride, SPEEDS};
use std::fmt::Write as _;

/// The link format's version; a link made by a newer Loopscope says so.
pub const VERSION: u32 = 1;
/// The longest query + fragment accepted (characters).
pub const MAX_LINK: usize = 200_000;
/// The longest program a link may unpack to (bytes).
pub const MAX_PROGRAM: usize = 256 * 1024;
/// The most breakpoints a link may set.
pub const MAX_BREAKPOINTS: usize = 1000;

/// Where the program comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Program {
    Code(String),
    /// An index into `EXAMPLES`.
    Example(usize),
}

/// The panels an embed can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    Loop,
    Tasks,
    Timeline,
    Console,
    Narration,
}

impl Panel {
    pub const ALL: [Panel; 5] = [Panel::Loop, Panel::Tasks, Panel::Timeline, Panel::Console, Panel::Narration];

    pub fn name(self) -> &'static str {
        match self {
            Panel::Loop => "loop",
            Panel::Tasks => "tasks",
            Panel::Timeline => "timeline",
            Panel::Console => "console",
            Panel::Narration => "narration",
        }
    }

    fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// A set of panels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Panels(u8);

impl Panels {
    /// What an embed shows unless told otherwise.
    pub const DEFAULT: Panels = Panels(0b11011); // loop, tasks, console, narration

    pub fn none() -> Panels {
        Panels(0)
    }

    pub fn has(self, p: Panel) -> bool {
        self.0 & p.bit() != 0
    }

    pub fn with(self, p: Panel, on: bool) -> Panels {
        Panels(if on { self.0 | p.bit() } else { self.0 & !p.bit() })
    }

    pub fn names(self) -> String {
        let names: Vec<&str> = Panel::ALL.iter().filter(|p| self.has(**p)).map(|p| p.name()).collect();
        names.join(",")
    }
}

/// What the reader may do with an embed's program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditorMode {
    Edit,
    ReadOnly,
    Hidden,
}

impl EditorMode {
    pub const ALL: [EditorMode; 3] = [EditorMode::Edit, EditorMode::ReadOnly, EditorMode::Hidden];

    pub fn name(self) -> &'static str {
        match self {
            EditorMode::Edit => "edit",
            EditorMode::ReadOnly => "readonly",
            EditorMode::Hidden => "hidden",
        }
    }
}

/// Light, dark, or what the system prefers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn name(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn parse(s: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.name() == s)
    }
}

/// How an embed looks and starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Embed {
    pub panels: Panels,
    pub editor: EditorMode,
    pub theme: Theme,
    pub autoplay: bool,
    /// `load=click`: the frame shows the program and fetches the engine
    /// only when the reader clicks (the loader in Trunk.toml does that).
    pub click_to_load: bool,
}

impl Default for Embed {
    fn default() -> Self {
        Embed {
            panels: Panels::DEFAULT,
            editor: EditorMode::ReadOnly,
            theme: Theme::Auto,
            autoplay: false,
            click_to_load: false,
        }
    }
}

/// Everything a link can say about how the page opens.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Launch {
    pub program: Option<Program>,
    pub step: Option<usize>,
    pub stride: Option<Stride>,
    /// Sorted, without repeats.
    pub breakpoints: Vec<u32>,
    pub speed: Option<u32>,
    /// Set for the embed view (`?embed`, `embed.html`).
    pub embed: Option<Embed>,
    /// Set for compare mode (`mode=compare`).
    pub compare: Option<CompareLink>,
}

/// Compare mode's two programs: a built-in pair (`pair=N`) or two programs
/// (`left=`, `right=`, packed as `code=`), and where each stands
/// (`step=L,R`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CompareLink {
    /// An index into `PAIRS`.
    pub pair: Option<usize>,
    pub sides: Option<[String; 2]>,
    pub steps: [usize; 2],
}

/// Why a link could not be opened (the page shows the message and keeps
/// the learner's own program).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// The program in the link is cut short (a link copied in part).
    Truncated,
    /// The link is longer than `MAX_LINK`, or its program than `MAX_PROGRAM`.
    TooLong,
    /// A newer (or unknown) link format.
    Version(String),
    /// A parameter whose value cannot be read.
    Bad { key: String, value: String, expected: String },
    /// The program's bytes are not text or not a valid encoding.
    Damaged,
}

impl LinkError {
    pub fn message(&self) -> String {
        match self {
            LinkError::Truncated => "This link is cut short: the program in it is incomplete. Ask for the whole link (it may have been split across lines).".into(),
            LinkError::TooLong => format!("This link is too long to open (programs up to {} KB). Your own program is unchanged.", MAX_PROGRAM / 1024),
            LinkError::Version(v) => format!("This link was made by a different version of Loopscope (link format {v}; this page reads format {VERSION}). Your own program is unchanged."),
            LinkError::Bad { key, value, expected } => {
                let shown: String = value.chars().take(40).collect();
                format!("This link's {key} is \"{shown}\", which is not {expected}. Your own program is unchanged.")
            }
            LinkError::Damaged => "This link is damaged: the program in it cannot be read. Your own program is unchanged.".into(),
        }
    }
}

// ---- base64url (RFC 4648 §5, no padding) ----

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn b64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | (b as u32) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(B64[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn b64_decode(text: &str) -> Option<Vec<u8>> {
    let digit = |c: u8| B64.iter().position(|&d| d == c).map(|v| v as u32);
    // Standard base64 too ('+', '/', padding), as a mail client may rewrite.
    let cleaned: Vec<u8> = text
        .bytes()
        .filter(|&c| c != b'=')
        .map(|c| match c {
            b'+' => b'-',
            b'/' => b'_',
            c => c,
        })
        .collect();
    if cleaned.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(cleaned.len() * 3 / 4);
    for chunk in cleaned.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= digit(c)? << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

// ---- percent-encoding ----

/// Percent-decodes `s` (UTF-8); `+` stays a plus.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Percent-encodes all but the characters `encodeURIComponent` keeps.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

// ---- the program ----

/// The program as a `code=` value: raw deflate, then base64url.
pub fn pack(source: &str) -> String {
    b64_encode(&miniz_oxide::deflate::compress_to_vec(source.as_bytes(), 10))
}

/// The program in a `code=` value.
pub fn unpack(code: &str) -> Result<String, LinkError> {
    use miniz_oxide::inflate::TINFLStatus;
    // A link cut inside a base64 group: its last character holds no whole
    // byte, and the deflate stream then ends early (Truncated).
    let code = if code.len() % 4 == 1 { &code[..code.len() - 1] } else { code };
    let bytes = b64_decode(code).ok_or(LinkError::Damaged)?;
    let text = miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, MAX_PROGRAM).map_err(|e| match e.status {
        TINFLStatus::HasMoreOutput => LinkError::TooLong,
        TINFLStatus::FailedCannotMakeProgress => LinkError::Truncated,
        _ => LinkError::Damaged,
    })?;
    String::from_utf8(text).map_err(|_| LinkError::Damaged)
}

// ---- parsing ----

/// `key=value` pairs of a query or fragment (without its `?` / `#`).
fn pairs(s: &str) -> impl Iterator<Item = (&str, &str)> {
    s.split('&').filter(|p| !p.is_empty()).map(|p| p.split_once('=').unwrap_or((p, "")))
}

fn bad(key: &str, value: &str, expected: &str) -> LinkError {
    LinkError::Bad { key: key.into(), value: value.into(), expected: expected.into() }
}

fn flag(key: &str, value: &str) -> Result<bool, LinkError> {
    match value {
        "" | "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" => Ok(false),
        _ => Err(bad(key, value, "1 or 0")),
    }
}

fn number(key: &str, value: &str) -> Result<usize, LinkError> {
    value.parse().map_err(|_| bad(key, value, "a whole number"))
}

/// True when the address asks for the embed view (`embed.html`, or an
/// `embed` parameter that is not `embed=0`), even if the rest is bad.
pub fn wants_embed(path: &str, query: &str, fragment: &str) -> bool {
    path.ends_with("embed.html")
        || pairs(query).chain(pairs(fragment)).filter(|(k, _)| *k == "embed").last().is_some_and(|(k, v)| flag(k, v).unwrap_or(true))
}

impl Launch {
    /// Reads a page address's pieces: its path (`embed.html` opens the
    /// embed view), query and fragment, each without its `?` / `#`.
    pub fn parse(path: &str, query: &str, fragment: &str) -> Result<Launch, LinkError> {
        if query.len() + fragment.len() > MAX_LINK {
            return Err(LinkError::TooLong);
        }
        let mut launch = Launch::default();
        let mut embed = wants_embed(path, query, fragment).then(Embed::default);
        let mut code = None;
        let (mut compare, mut pair, mut left, mut right, mut steps2) = (false, None, None, None, None);
        // Fragment after query: its values win.
        for (key, value) in pairs(query).chain(pairs(fragment)) {
            let value = &*percent_decode(value).ok_or(LinkError::Damaged)?;
            match key {
                "v" if value != VERSION.to_string() => {
                    return Err(LinkError::Version(value.chars().take(12).collect()));
                }
                "code" => code = Some(Program::Code(unpack(value)?)),
                "text" => {
                    if value.len() > MAX_PROGRAM {
                        return Err(LinkError::TooLong);
                    }
                    code = Some(Program::Code(value.to_string()))
                }
                "example" => {
                    let n = number(key, value)?;
                    if n == 0 || n > EXAMPLES.len() {
                        return Err(bad(key, value, &format!("an example's number (1 to {})", EXAMPLES.len())));
                    }
                    code = Some(Program::Example(n - 1));
                }
                "step" => match value.split_once(',') {
                    Some((a, b)) => steps2 = Some([number(key, a)?, number(key, b)?]),
                    None => launch.step = Some(number(key, value)?),
                },
                "mode" => match value {
                    "compare" => compare = true,
                    "single" | "" => compare = false,
                    _ => return Err(bad(key, value, "compare or single")),
                },
                "pair" => {
                    let n = number(key, value)?;
                    if n == 0 || n > PAIRS.len() {
                        return Err(bad(key, value, &format!("a pair's number (1 to {})", PAIRS.len())));
                    }
                    pair = Some(n - 1);
                }
                "left" => left = Some(unpack(value)?),
                "right" => right = Some(unpack(value)?),
                "granularity" => {
                    let stride = Stride::ALL.into_iter().find(|s| s.name() == value);
                    launch.stride = Some(stride.ok_or_else(|| bad(key, value, "poll, line or iteration"))?);
                }
                "breakpoints" => {
                    let mut lines = Vec::new();
                    for line in value.split(',').filter(|l| !l.is_empty()) {
                        match line.parse::<u32>() {
                            Ok(n) if n > 0 => lines.push(n),
                            _ => return Err(bad(key, value, "line numbers separated by commas")),
                        }
                    }
                    lines.sort_unstable();
                    lines.dedup();
                    if lines.len() > MAX_BREAKPOINTS {
                        return Err(LinkError::TooLong);
                    }
                    launch.breakpoints = lines;
                }
                "speed" => {
                    let n = number(key, value)?;
                    if !SPEEDS.contains(&(n as u32)) {
                        return Err(bad(key, value, "a speed of 1, 2, 4, 8, 16 or 32 steps a second"));
                    }
                    launch.speed = Some(n as u32);
                }
                "embed" => {
                    flag(key, value)?;
                }
                // Options of the embed view; read below once `embed` is known.
                "panels" | "editor" | "theme" | "autoplay" | "load" => {}
                // Unknown keys (a newer minor option, a tracker's) are ignored.
                _ => {}
            }
        }
        if let Some(embed) = embed.as_mut() {
            for (key, value) in pairs(query).chain(pairs(fragment)) {
                let value = &*percent_decode(value).ok_or(LinkError::Damaged)?;
                match key {
                    "panels" => {
                        let mut panels = Panels::none();
                        for name in value.split(',').filter(|n| !n.is_empty()) {
                            let panel = Panel::ALL.into_iter().find(|p| p.name() == name);
                            let panel = panel.ok_or_else(|| bad(key, value, "a list of loop, tasks, timeline, console, narration"))?;
                            panels = panels.with(panel, true);
                        }
                        embed.panels = panels;
                    }
                    "editor" => {
                        let mode = EditorMode::ALL.into_iter().find(|m| m.name() == value);
                        embed.editor = mode.ok_or_else(|| bad(key, value, "edit, readonly or hidden"))?;
                    }
                    "theme" => embed.theme = Theme::parse(value).ok_or_else(|| bad(key, value, "light, dark or auto"))?,
                    "autoplay" => embed.autoplay = flag(key, value)?,
                    "load" => {
                        embed.click_to_load = match value {
                            "click" => true,
                            "auto" | "" => false,
                            _ => return Err(bad(key, value, "click or auto")),
                        }
                    }
                    _ => {}
                }
            }
        }
        launch.program = code;
        launch.embed = embed;
        if compare {
            let sides = match (left, right) {
                (Some(l), Some(r)) => Some([l, r]),
                (None, None) if pair.is_some() => None,
                _ => return Err(bad("mode", "compare", "given both programs (pair=N, or left= and right=)")),
            };
            launch.compare = Some(CompareLink { pair, sides, steps: steps2.unwrap_or([0, 0]) });
        } else if let Some([a, b]) = steps2 {
            return Err(bad("step", &format!("{a},{b}"), "one step number (two are for compare mode)"));
        }
        Ok(launch)
    }

    /// True when the link says anything about the page (a bare address
    /// opens the learner's own program).
    pub fn is_empty(&self) -> bool {
        *self == Launch::default()
    }

    /// The fragment (without `#`) that opens this state: the share link's.
    pub fn fragment(&self) -> String {
        let mut out = format!("v={VERSION}");
        match &self.program {
            Some(Program::Example(i)) => {
                let _ = write!(out, "&example={}", i + 1);
            }
            Some(Program::Code(source)) => {
                let _ = write!(out, "&code={}", pack(source));
            }
            None => {}
        }
        if let Some(c) = &self.compare {
            out.push_str("&mode=compare");
            match (&c.sides, c.pair) {
                (Some([l, r]), _) => {
                    let _ = write!(out, "&left={}&right={}", pack(l), pack(r));
                }
                (None, Some(i)) => {
                    let _ = write!(out, "&pair={}", i + 1);
                }
                (None, None) => {}
            }
            if c.steps != [0, 0] {
                let _ = write!(out, "&step={},{}", c.steps[0], c.steps[1]);
            }
        }
        if let Some(step) = self.step.filter(|&s| s > 0) {
            let _ = write!(out, "&step={step}");
        }
        if let Some(stride) = self.stride.filter(|&s| s != Stride::Poll) {
            let _ = write!(out, "&granularity={}", stride.name());
        }
        if !self.breakpoints.is_empty() {
            let lines: Vec<String> = self.breakpoints.iter().map(u32::to_string).collect();
            let _ = write!(out, "&breakpoints={}", lines.join(","));
        }
        if let Some(speed) = self.speed {
            let _ = write!(out, "&speed={speed}");
        }
        if let Some(embed) = &self.embed {
            let default = Embed::default();
            if embed.panels != default.panels {
                let _ = write!(out, "&panels={}", embed.panels.names());
            }
            if embed.editor != default.editor {
                let _ = write!(out, "&editor={}", embed.editor.name());
            }
            if embed.theme != default.theme {
                let _ = write!(out, "&theme={}", embed.theme.name());
            }
            if embed.autoplay {
                out.push_str("&autoplay=1");
            }
            if embed.click_to_load {
                out.push_str("&load=click");
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_fragment(f: &str) -> Result<Launch, LinkError> {
        Launch::parse("/", "", f)
    }

    #[test]
    fn base64url_round_trips_every_length() {
        for n in 0..70u8 {
            let bytes: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37).wrapping_add(n)).collect();
            let text = b64_encode(&bytes);
            assert!(text.bytes().all(|c| B64.contains(&c)), "{text}");
            assert_eq!(b64_decode(&text).unwrap(), bytes);
        }
        assert_eq!(b64_encode(b"Man"), "TWFu");
        assert_eq!(b64_encode(b"\xfb\xff"), "-_8");
        assert_eq!(b64_decode("+/8=").unwrap(), b"\xfb\xff", "standard base64 is read too");
        assert_eq!(b64_decode("A"), None);
        assert_eq!(b64_decode("AB*D"), None);
    }

    #[test]
    fn a_share_link_round_trips_program_step_granularity_and_breakpoints() {
        let launch = Launch {
            program: Some(Program::Code("import asyncio\n\nprint('héllo ✓')\n".into())),
            step: Some(17),
            stride: Some(Stride::Line),
            breakpoints: vec![3, 9],
            ..Launch::default()
        };
        let fragment = launch.fragment();
        assert!(fragment.starts_with("v=1&code="), "{fragment}");
        assert!(fragment.ends_with("&step=17&granularity=line&breakpoints=3,9"), "{fragment}");
        assert_eq!(parse_fragment(&fragment).unwrap(), launch);

        let example = Launch { program: Some(Program::Example(11)), ..Launch::default() };
        assert_eq!(example.fragment(), "v=1&example=12");
        assert_eq!(parse_fragment("v=1&example=12").unwrap(), example);
    }

    #[test]
    fn a_hundred_line_program_makes_a_link_under_two_thousand_characters() {
        let longest = EXAMPLES.iter().map(|e| e.source).filter(|s| s.lines().count() <= 100).max_by_key(|s| s.lines().count()).unwrap();
        let fragment = Launch { program: Some(Program::Code(longest.into())), ..Launch::default() }.fragment();
        assert!(fragment.len() < 2000, "{} lines → {} characters", longest.lines().count(), fragment.len());
    }

    #[test]
    fn embed_options_are_read_from_the_query_and_the_fragment() {
        let l = Launch::parse("/", "embed&example=3", "step=5&panels=loop,console&editor=hidden&theme=dark&autoplay=1&speed=8&granularity=iteration&load=click").unwrap();
        assert_eq!(l.program, Some(Program::Example(2)));
        assert_eq!(l.step, Some(5));
        assert_eq!(l.stride, Some(Stride::Iteration));
        assert_eq!(l.speed, Some(8));
        let e = l.embed.clone().unwrap();
        assert_eq!(e.panels, Panels::none().with(Panel::Loop, true).with(Panel::Console, true));
        assert_eq!((e.editor, e.theme, e.autoplay, e.click_to_load), (EditorMode::Hidden, Theme::Dark, true, true));
        assert_eq!(Launch::parse("/embed.html", "", &l.fragment()), Ok(l.clone()));

        let page = Launch::parse("/loopscope/embed.html", "", "text=print(1%2B1)%0A").unwrap();
        assert_eq!(page.program, Some(Program::Code("print(1+1)\n".into())));
        assert_eq!(page.embed, Some(Embed::default()));
        assert!(Launch::parse("/index.html", "", "panels=loop").unwrap().embed.is_none(), "panels alone is not an embed");
        assert!(Launch::parse("/", "", "").unwrap().is_empty());
        assert_eq!(Launch::parse("/embed.html", "embed=0", "").unwrap().embed, Some(Embed::default()));
        assert_eq!(Launch::parse("/", "embed=0", "").unwrap().embed, None);
        assert!(wants_embed("/", "embed&step=x", "") && wants_embed("/", "", "embed") && !wants_embed("/", "", "step=1"));
        assert_eq!(Launch::parse("/", "", "panels=").map(|l| l.embed), Ok(None));
        assert_eq!(Launch::parse("/", "embed", "panels=").unwrap().embed.unwrap().panels, Panels::none());
    }

    #[test]
    fn every_kind_of_bad_link_is_named() {
        let code = Launch { program: Some(Program::Code("print('a fairly long program ' * 3)\n".repeat(8))), ..Launch::default() }.fragment();
        for cut in 1..12 {
            assert_eq!(parse_fragment(&code[..code.len() - cut]), Err(LinkError::Truncated), "cut {cut}");
        }
        assert_eq!(parse_fragment("v=2&example=1"), Err(LinkError::Version("2".into())));
        assert_eq!(parse_fragment("v=1&code=%%%"), Err(LinkError::Damaged));
        assert_eq!(parse_fragment("v=1&code=!!!!"), Err(LinkError::Damaged));
        assert_eq!(parse_fragment(&format!("code={}", b64_encode(&miniz_oxide::deflate::compress_to_vec(&[0xff, 0xfe], 6)))), Err(LinkError::Damaged));
        let huge = pack(&"x".repeat(MAX_PROGRAM + 1));
        assert!(huge.len() < 2000, "a long program of one letter compresses well");
        assert_eq!(parse_fragment(&format!("code={huge}")), Err(LinkError::TooLong));
        assert_eq!(parse_fragment(&"a".repeat(MAX_LINK + 1)), Err(LinkError::TooLong));
        for (f, key) in [("example=99", "example"), ("example=0", "example"), ("step=-1", "step"), ("granularity=word", "granularity"), ("breakpoints=1,x", "breakpoints"), ("speed=3", "speed")] {
            match parse_fragment(f) {
                Err(LinkError::Bad { key: k, .. }) => assert_eq!(k, key, "{f}"),
                other => panic!("{f}: {other:?}"),
            }
        }
        assert!(matches!(Launch::parse("/", "embed", "editor=big"), Err(LinkError::Bad { .. })));
        assert!(matches!(Launch::parse("/", "embed", "load=later"), Err(LinkError::Bad { .. })));
        assert!(matches!(Launch::parse("/", "embed", "panels=loop,map"), Err(LinkError::Bad { .. })));
        for e in [LinkError::Truncated, LinkError::TooLong, LinkError::Damaged, LinkError::Version("9".into()), bad("step", "x", "a whole number")] {
            assert!(e.message().len() > 30, "{e:?}");
        }
    }

    #[test]
    fn a_compare_link_round_trips_its_pair_or_programs_and_steps() {
        let pair = Launch { compare: Some(CompareLink { pair: Some(0), sides: None, steps: [4, 7] }), ..Launch::default() };
        assert_eq!(pair.fragment(), "v=1&mode=compare&pair=1&step=4,7");
        assert_eq!(parse_fragment(&pair.fragment()), Ok(pair));
        let own = Launch { compare: Some(CompareLink { pair: None, sides: Some(["print(1)\n".into(), "print(2)\n".into()]), steps: [0, 0] }), ..Launch::default() };
        assert_eq!(parse_fragment(&own.fragment()), Ok(own));
        assert!(matches!(parse_fragment("mode=compare"), Err(LinkError::Bad { .. })));
        assert!(matches!(parse_fragment("mode=compare&pair=9"), Err(LinkError::Bad { .. })));
        assert!(matches!(parse_fragment("mode=triple&pair=1"), Err(LinkError::Bad { .. })));
        assert!(matches!(parse_fragment("example=2&step=1,2"), Err(LinkError::Bad { .. })));
    }

    #[test]
    fn percent_encoding_round_trips() {
        let s = "async def main():\n    print(\"a&b=c #1 100%\", 'é')\n";
        let e = percent_encode(s);
        assert!(!e.contains(['&', '#', '=', ' ', '\n']), "{e}");
        assert_eq!(percent_decode(&e).unwrap(), s);
        assert_eq!(percent_decode("%zz"), None);
        assert_eq!(percent_decode("%e9"), None, "not UTF-8");
    }
}
