//! Writing a merged panel into its scenario file: the panel's raters declared in place of the
//! file's, and every option's `ratings:` line rewritten, every other byte left as it was, so
//! the author reviews a small diff. The result is read back before it is handed over.

use std::fmt;
use std::ops::Range;

use engine::parse;
use engine::scenario::content_hash;
use engine::syntax::{BlockKind, Field};

use super::Merge;

/// Why a merge cannot be written into a scenario file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WriteRefusal {
    /// The text is not the version of the scenario the panel rated.
    Changed { found: u32, expected: u32 },
    /// The file has no `rater` declaration to put the panel's in place of.
    NoRaters,
    /// A rated option of the merge has no single `ratings:` line in the file.
    NoRatingsLine { decision: String, option: String },
    /// The written file would not read back as the same scenario with the panel's ratings.
    Unreadable { errors: usize },
}

impl fmt::Display for WriteRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteRefusal::Changed { found, expected } => write!(
                f,
                "the scenario file changed after it was rated (content hash {found:08x}, the panel rated {expected:08x})"
            ),
            WriteRefusal::NoRaters => f.write_str("the scenario file declares no raters to replace"),
            WriteRefusal::NoRatingsLine { decision, option } => {
                write!(f, "option `{option}` of decision `{decision}` has no single `ratings:` line to rewrite")
            }
            WriteRefusal::Unreadable { errors } => {
                write!(f, "the written file would not read back cleanly ({errors} error(s)); it was left as it was")
            }
        }
    }
}

impl std::error::Error for WriteRefusal {}

/// The scenario file `text` with the panel of `merge`: its raters declared where the file's
/// first `rater` declaration stood (the file's own declarations removed), and each rated
/// option's `ratings:` value replaced. Refuses when `text` is not the version the panel rated,
/// when a line to rewrite is not where it should be, or when the result would not read back
/// with exactly the panel's ratings.
pub fn write(text: &str, merge: &Merge) -> Result<String, WriteRefusal> {
    let found = content_hash(text);
    if found != merge.hash {
        return Err(WriteRefusal::Changed { found, expected: merge.hash });
    }
    let (file, _) = parse::parse(text);
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();

    let declared: Vec<&Field> = file.header.iter().filter(|f| f.key.text == "rater" && f.name.is_some()).collect();
    let Some(first) = declared.first() else {
        return Err(WriteRefusal::NoRaters);
    };
    let mut panel = String::new();
    for rater in &merge.raters {
        let about = rater.about.as_ref().map(|a| format!(", {a}")).unwrap_or_default();
        panel.push_str(&format!("rater {}: {}{about}{newline}", rater.id, rater.name));
    }
    edits.push((lines(text, first), panel));
    edits.extend(declared.iter().skip(1).map(|f| (lines(text, f), String::new())));

    for decision in &merge.decisions {
        let block = file.blocks.iter().find(|b| b.kind == Some(BlockKind::Decision) && b.id.text == decision.decision);
        for option in &decision.options {
            let missing =
                || WriteRefusal::NoRatingsLine { decision: decision.decision.clone(), option: option.id.clone() };
            let item = block.and_then(|b| b.options.iter().find(|o| o.id.text == option.id)).ok_or_else(missing)?;
            let fields: Vec<&Field> = item.fields.iter().filter(|f| f.key.text == "ratings").collect();
            let [field] = fields.as_slice() else {
                return Err(missing());
            };
            let pairs: Vec<String> =
                merge.raters.iter().zip(&option.ratings).map(|(r, value)| format!("{} {value}", r.id)).collect();
            let value = pairs.join(", ");
            let first_line = field.lines.first().copied().unwrap_or(field.value.span);
            // A value that starts on the key's line after `ratings:` needs its space.
            let space = if text.get(..first_line.start).is_some_and(|before| before.ends_with(':')) { " " } else { "" };
            edits.push((first_line.start..first_line.end, format!("{space}{value}")));
            for line in field.lines.iter().skip(1) {
                edits.push((whole_lines(text, line.start, line.end), String::new()));
            }
        }
    }

    edits.sort_by_key(|(range, _)| std::cmp::Reverse(range.start));
    let mut written = text.to_string();
    for (range, replacement) in edits {
        written.replace_range(range, &replacement);
    }
    verify(&written, merge)?;
    Ok(written)
}

/// Checks that `written` reads as a scenario whose every rated option has exactly the
/// panel's ratings.
fn verify(written: &str, merge: &Merge) -> Result<(), WriteRefusal> {
    let scenario = engine::read(written).map_err(|diagnostics| WriteRefusal::Unreadable {
        errors: diagnostics.iter().filter(|d| d.severity == engine::Severity::Error).count(),
    })?;
    let ids: Vec<&str> = scenario.raters().iter().map(|r| r.id.as_str()).collect();
    let wanted: Vec<&str> = merge.raters.iter().map(|r| r.id.as_str()).collect();
    let mut same = ids == wanted;
    for figures in &merge.decisions {
        let decision = scenario.decisions().find(|(id, _)| scenario.node(*id).id == figures.decision).map(|(_, d)| d);
        for option in &figures.options {
            let choice = decision.and_then(|d| d.options.iter().find(|o| o.id == option.id));
            let ratings: Option<Vec<(usize, u8)>> =
                choice.map(|c| c.ratings.iter().map(|r| (r.rater, r.value)).collect());
            let expected: Vec<(usize, u8)> = option.ratings.iter().copied().enumerate().collect();
            same &= ratings.as_ref() == Some(&expected);
        }
    }
    if same { Ok(()) } else { Err(WriteRefusal::Unreadable { errors: 0 }) }
}

/// The whole lines a field stands on, its key line and any continuation lines, with their
/// line ends.
fn lines(text: &str, field: &Field) -> Range<usize> {
    let end = field.lines.last().map_or(field.value.span.end, |l| l.end).max(field.key.span.end);
    whole_lines(text, field.key.span.start, end)
}

/// From the start of the line holding `start` to just past the line end after `end`.
fn whole_lines(text: &str, start: usize, end: usize) -> Range<usize> {
    let from = text.get(..start).and_then(|before| before.rfind('\n')).map_or(0, |at| at + 1);
    let to = text.get(end..).and_then(|after| after.find('\n')).map_or(text.len(), |at| end + at + 1);
    from..to
}

/// An id for each rater from their name, as the scenario language takes ids: lowercase
/// letters and digits, words joined by `-`; `rater` for a name with neither; a second
/// `dana` becomes `dana-2`.
pub fn rater_ids(names: &[&str]) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for name in names {
        let words: Vec<String> = name
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| w.to_lowercase().chars().filter(|c| c.is_alphanumeric()).collect::<String>())
            .filter(|w| !w.is_empty())
            .collect();
        let base = if words.is_empty() { "rater".to_string() } else { words.join("-") };
        let mut id = base.clone();
        let mut n = 2;
        while ids.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        ids.push(id);
    }
    ids
}
