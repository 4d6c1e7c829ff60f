//! Where a sentence's words come from: a [`Catalogue`] of phrases by id, in Fluent's syntax
//! (the subset `docs/translating.md` lists), said with arguments by [`say!`](crate::say).
//! The web app's catalogue is the learner's language, formatted by the browser; [`English`]
//! is the same English catalogue (`web/lang/en/`) read here, for the author CLI and the
//! golden plans, so a sentence has one wording in every host.
//!
//! A phrase may mark words for a host to draw: `<label>…</label>` (what leads a sentence),
//! `<figure>…</figure>` and `<stress>…</stress>` ([`Text::marked`](crate::Text::marked)).

use std::collections::HashMap;
use std::sync::OnceLock;

/// The phrases of one language, by id.
pub trait Catalogue {
    /// The phrase `id` with `args` (as [`Argument::add`] writes them); its id when there is
    /// no such phrase, so a gap shows rather than hides.
    fn phrase(&self, id: &str, args: &str) -> String;
}

/// Says a phrase of a catalogue: `say!(catalogue, "id")`, or `say!(catalogue, "id", name =
/// value, …)` with arguments the phrase places as `{ $name }` or chooses a variant by. The
/// id is a literal, so a build can find the phrases a part of the app says.
#[macro_export]
macro_rules! say {
    ($catalogue:expr, $id:literal) => {
        $crate::catalogue::Catalogue::phrase($catalogue, $id, "")
    };
    ($catalogue:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = String::new();
        $( $crate::catalogue::Argument::add(&$value, stringify!($name), &mut args); )+
        $crate::catalogue::Catalogue::phrase($catalogue, $id, &args)
    }};
}

/// A value a phrase places: a number (formatted, and choosing plural forms) or a text.
pub trait Argument {
    /// Adds `name` with this value to `args`: `name\x1f` then `n` and the number (with `/`
    /// and its digits when [`Fixed`]), `s` and a [`Signed`] one, or `t` and the text,
    /// arguments apart by `\x1e`.
    fn add(&self, name: &str, args: &mut String);
}

fn add(args: &mut String, name: &str, kind: char, value: &str) {
    if !args.is_empty() {
        args.push('\u{1e}');
    }
    args.push_str(name);
    args.push('\u{1f}');
    args.push(kind);
    args.push_str(value);
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl Argument for $t {
            fn add(&self, name: &str, args: &mut String) {
                add(args, name, 'n', &self.to_string());
            }
        }
    )*};
}
numbers!(u8, u16, u32, u64, usize, i32, i64, f64);

/// A number written with exactly this many digits after the decimal separator: a score of
/// `72.0` stays `72.0` (`72,0` in French) rather than `72`. It is rounded here as
/// `format!("{:.1}")` rounds (the exact value, a half to even: a mean of 6.25 is `6.2`), not
/// by the browser (which rounds a half up), so a figure in a phrase is the figure the same
/// number shows as text, and a catalogue only writes it the language's way.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fixed(pub f64, pub u8);

impl Argument for Fixed {
    fn add(&self, name: &str, args: &mut String) {
        let digits = usize::from(self.1);
        add(args, name, 'n', &format!("{:.digits$}/{}", self.0, self.1));
    }
}

/// A [`Fixed`] number with its sign, but a rounded zero unsigned ([`crate::signed`]): `+0.25`,
/// `-1`, `0.00`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Signed(pub f64, pub u8);

impl Argument for Signed {
    fn add(&self, name: &str, args: &mut String) {
        add(args, name, 's', &format!("{}/{}", crate::signed(self.0, usize::from(self.1)), self.1));
    }
}

/// A number in tenths, written with one decimal by whole-number arithmetic alone (`Tenths(62)`
/// is `6.2`), for the modules that carry no floating-point formatting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tenths(pub u32);

impl Argument for Tenths {
    fn add(&self, name: &str, args: &mut String) {
        add(args, name, 'n', &format!("{}/1", crate::tenths(self.0)));
    }
}

impl Argument for str {
    fn add(&self, name: &str, args: &mut String) {
        add(args, name, 't', self);
    }
}

impl Argument for String {
    fn add(&self, name: &str, args: &mut String) {
        add(args, name, 't', self);
    }
}

impl<T: Argument + ?Sized> Argument for &T {
    fn add(&self, name: &str, args: &mut String) {
        (**self).add(name, args);
    }
}

impl<T: Argument + ?Sized> Argument for Box<T> {
    fn add(&self, name: &str, args: &mut String) {
        (**self).add(name, args);
    }
}

/// The English catalogue the web app ships, read for the hosts without a browser: numbers
/// as Rust writes them (no grouping), English plurals.
#[derive(Clone, Copy, Debug, Default)]
pub struct English;

/// The English phrases the sentences of this crate say: the debrief's, and the levels of
/// confidence the Play view names.
const ENGLISH: &str =
    concat!(include_str!("../../../web/lang/en/debrief.ftl"), "\n", include_str!("../../../web/lang/en/play.ftl"));

impl Catalogue for English {
    fn phrase(&self, id: &str, args: &str) -> String {
        static PHRASES: OnceLock<HashMap<String, Vec<Part>>> = OnceLock::new();
        let phrases = PHRASES.get_or_init(|| read(ENGLISH));
        let mut out = String::new();
        write(phrases, id, &values(args), 0, &mut out);
        out
    }
}

/// Arguments as [`Argument::add`] writes them, by name: each its kind and its value.
fn values(args: &str) -> HashMap<&str, (char, &str)> {
    args.split('\u{1e}')
        .filter_map(|arg| arg.split_once('\u{1f}'))
        .filter_map(|(name, value)| {
            let mut chars = value.chars();
            chars.next().map(|kind| (name, (kind, chars.as_str())))
        })
        .collect()
}

/// A piece of a pattern: text, an argument, another phrase, or a choice among variants.
#[derive(Clone, Debug, PartialEq)]
enum Part {
    Text(String),
    Argument(String),
    Phrase(String),
    Select { on: String, variants: Vec<(String, Vec<Part>)>, fallback: usize },
}

/// A catalogue's phrases: `id = pattern` lines, continued by indented lines or a line that
/// closes a placeable; comments (`#`) and anything else end a phrase. A phrase that cannot
/// be read is left out, as the browser's reader leaves it out.
fn read(catalogue: &str) -> HashMap<String, Vec<Part>> {
    let mut bodies: Vec<(String, String)> = Vec::new();
    let mut open = false;
    for line in catalogue.lines() {
        let entry = line.split_once('=').filter(|(id, _)| {
            let id = id.trim_end_matches(' ');
            let name = id.strip_prefix('-').unwrap_or(id);
            name.starts_with(|c: char| c.is_ascii_alphabetic())
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        });
        match entry {
            Some((id, rest)) => {
                bodies.push((id.trim_end_matches(' ').to_string(), rest.trim().to_string()));
                open = true;
            }
            None if open && (line.starts_with([' ', '\t']) && !line.trim().is_empty() || line.starts_with('}')) => {
                if let Some((_, body)) = bodies.last_mut() {
                    body.push('\n');
                    body.push_str(line.trim());
                }
            }
            None if line.trim().is_empty() => {}
            None => open = false,
        }
    }
    bodies
        .into_iter()
        .filter_map(|(id, body)| {
            let source: Vec<char> = body.trim().chars().collect();
            let mut at = 0;
            pattern(&source, &mut at, &[]).map(|parts| (id, parts))
        })
        .collect()
}

/// A pattern from `at` up to the first of `stops` outside a placeable.
fn pattern(source: &[char], at: &mut usize, stops: &[char]) -> Option<Vec<Part>> {
    let mut parts = Vec::new();
    let mut text = String::new();
    while let Some(&c) = source.get(*at).filter(|c| !stops.contains(c)) {
        *at += 1;
        if c == '{' {
            if !text.is_empty() {
                parts.push(Part::Text(std::mem::take(&mut text)));
            }
            parts.push(placeable(source, at)?);
        } else {
            text.push(c);
        }
    }
    if !text.is_empty() {
        parts.push(Part::Text(text));
    }
    Some(parts)
}

fn space(source: &[char], at: &mut usize) {
    while source.get(*at).is_some_and(|c| c.is_whitespace()) {
        *at += 1;
    }
}

fn expect(source: &[char], at: &mut usize, c: char) -> Option<()> {
    space(source, at);
    (source.get(*at) == Some(&c)).then(|| *at += 1)
}

/// A placeable, after its `{`, through its `}`.
fn placeable(source: &[char], at: &mut usize) -> Option<Part> {
    space(source, at);
    let found = if source.get(*at) == Some(&'"') {
        let end = (*at + 1..source.len()).find(|&i| source[i] == '"')?;
        let literal = source[*at + 1..end].iter().collect();
        *at = end + 1;
        Part::Text(literal)
    } else {
        let start = *at;
        while source.get(*at).is_some_and(|&c| c.is_ascii_alphanumeric() || matches!(c, '$' | '-' | '_')) {
            // `->` ends a name.
            if source.get(*at) == Some(&'-') && source.get(*at + 1) == Some(&'>') {
                break;
            }
            *at += 1;
        }
        let name: String = source[start..*at].iter().collect();
        match name.strip_prefix('$') {
            Some(argument) if !argument.is_empty() => Part::Argument(argument.to_string()),
            None if !name.is_empty() => Part::Phrase(name),
            _ => return None,
        }
    };
    space(source, at);
    let found = if source.get(*at) == Some(&'-') && source.get(*at + 1) == Some(&'>') {
        *at += 2;
        let Part::Argument(on) = found else { return None };
        let mut variants = Vec::new();
        let mut fallback = None;
        loop {
            space(source, at);
            if source.get(*at) == Some(&'}') {
                break;
            }
            let star = source.get(*at) == Some(&'*');
            if star {
                *at += 1;
            }
            expect(source, at, '[')?;
            let close = (*at..source.len()).find(|&i| source[i] == ']')?;
            let key: String = source[*at..close].iter().collect::<String>().trim().to_string();
            *at = close + 1;
            let value = trimmed(pattern(source, at, &['[', '*', '}'])?);
            if star {
                fallback = Some(variants.len());
            }
            variants.push((key, value));
        }
        let fallback = fallback.unwrap_or(variants.len().checked_sub(1)?);
        Part::Select { on, variants, fallback }
    } else {
        found
    };
    expect(source, at, '}')?;
    Some(found)
}

/// A variant's pattern without the line breaks and indentation around it.
fn trimmed(mut parts: Vec<Part>) -> Vec<Part> {
    if let Some(Part::Text(first)) = parts.first_mut() {
        *first = first.trim_start().to_string();
    }
    if let Some(Part::Text(last)) = parts.last_mut() {
        *last = last.trim_end().to_string();
    }
    parts.retain(|p| *p != Part::Text(String::new()));
    parts
}

/// Writes phrase `id` with `values` to `out`, or its id when there is none.
fn write(
    phrases: &HashMap<String, Vec<Part>>,
    id: &str,
    values: &HashMap<&str, (char, &str)>,
    depth: usize,
    out: &mut String,
) {
    match phrases.get(id).filter(|_| depth <= 8) {
        Some(parts) => parts.iter().for_each(|part| write_part(phrases, part, values, depth, out)),
        None => out.push_str(id),
    }
}

fn write_part(
    phrases: &HashMap<String, Vec<Part>>,
    part: &Part,
    values: &HashMap<&str, (char, &str)>,
    depth: usize,
    out: &mut String,
) {
    match part {
        Part::Text(text) => out.push_str(text),
        Part::Phrase(id) => write(phrases, id, values, depth + 1, out),
        Part::Argument(name) => match values.get(name.as_str()) {
            // A number as Rust wrote it, without the digits after `/`.
            Some(('n' | 's', number)) => out.push_str(number.split('/').next().unwrap_or_default()),
            Some((_, text)) => out.push_str(text),
            None => out.push_str(&format!("{{${name}}}")),
        },
        Part::Select { on, variants, fallback } => {
            let chosen = values.get(on.as_str()).and_then(|&(kind, value)| {
                let (shown, digits) = value.split_once('/').unwrap_or((value, ""));
                let number = (kind != 't').then(|| shown.parse::<f64>().ok()).flatten();
                variants
                    .iter()
                    .find(|(key, _)| key == shown || number.is_some_and(|n| key.parse::<f64>() == Ok(n)))
                    .or_else(|| {
                        // English plurals: one for exactly 1 written without decimals.
                        let category = match number {
                            Some(n) if n == 1.0 && digits.trim_start_matches('0').is_empty() => "one",
                            _ => "other",
                        };
                        number.and_then(|_| variants.iter().find(|(key, _)| key == category))
                    })
            });
            let parts = chosen.or(variants.get(*fallback)).map_or(&[][..], |(_, parts)| parts.as_slice());
            parts.iter().for_each(|part| write_part(phrases, part, values, depth, out));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Catalogue, English, Fixed, Signed, read, values, write};

    fn said(catalogue: &str, id: &str, args: &str) -> String {
        let mut out = String::new();
        write(&read(catalogue), id, &values(args), 0, &mut out);
        out
    }

    #[test]
    fn a_phrase_places_its_arguments_and_picks_a_plural() {
        let catalogue = "# a comment\n-term = Judgement\nhello = Hello { $name } from { -term }\n\
            count = { $n ->\n    [one] one call\n   *[other] { $n } calls\n}\nbrace = { \"{\" }x\nbroken = { $\n";
        let args = |list: &[(&str, char, &str)]| {
            list.iter().map(|(n, k, v)| format!("{n}\u{1f}{k}{v}")).collect::<Vec<_>>().join("\u{1e}")
        };
        assert_eq!(said(catalogue, "hello", &args(&[("name", 't', "Ana")])), "Hello Ana from Judgement");
        assert_eq!(said(catalogue, "count", &args(&[("n", 'n', "1")])), "one call");
        assert_eq!(said(catalogue, "count", &args(&[("n", 'n', "3")])), "3 calls");
        assert_eq!(said(catalogue, "count", &args(&[("n", 'n', "1.0/1")])), "1.0 calls");
        assert_eq!(said(catalogue, "brace", ""), "{x");
        assert_eq!(said(catalogue, "broken", ""), "broken", "an unreadable phrase shows its id");
        assert_eq!(said(catalogue, "missing", ""), "missing");
        assert_eq!(said(catalogue, "hello", ""), "Hello {$name} from Judgement");
    }

    #[test]
    fn numbers_go_as_rust_writes_them() {
        assert_eq!(crate::say!(&English, "says-mean-sd", mean = Fixed(6.25, 1), sd = Fixed(1.0, 1)), "6.2 ± 1.0");
        let mut args = String::new();
        super::Argument::add(&Signed(-0.001, 2), "x", &mut args);
        assert_eq!(args, "x\u{1f}s0.00/2");
        assert_eq!(English.phrase("no-such-phrase", ""), "no-such-phrase");
    }
}
