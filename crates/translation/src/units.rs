//! A scenario file's translatable text as units with stable ids, and translations written
//! back into the file's text in their places, with every other byte left as it was.
//!
//! A unit is one piece a learner reads: the title, a dimension's or a state's label, a
//! paragraph of a scene, a decision's question, an option, its consequence. Its id comes from
//! the ids in the file and the field's name (`first-move.hold-the-date.coaching`), so it
//! survives edits elsewhere. Its text is unwrapped: lines the author wrapped are joined by a
//! space, and a new line is kept only where Markdown starts a block (a list item, a quoted
//! line, a paragraph after a list). A translation is wrapped again as the source was.

use std::collections::HashMap;
use std::ops::Range;

use engine::parse;
use engine::source::Span;
use engine::syntax::{Block, BlockKind, Field, File};

/// One piece of translatable text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    /// Stable and unique in the file: header fields by key (`title`), declarations by
    /// `key:name` (`state:csat`), a block's parts by `block.field`, an option's by
    /// `block.option.field`, an option's own text by `block.option`, prose by `block.pN`.
    pub id: String,
    /// The text as translators see it; `\n` only where a Markdown block starts, and runs of
    /// spaces as one ([`normalize`]d).
    pub text: String,
    /// What the text is, for the translator.
    pub note: &'static str,
    place: Place,
}

impl Unit {
    /// Where the text is in the file: from its first character to its last.
    pub fn range(&self) -> Range<usize> {
        self.place.range.clone()
    }
}

/// Where a unit's text sits in the file, and how a translation is laid out there.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Place {
    /// From the first character of the text to the last.
    range: Range<usize>,
    /// Whole comment lines inside the range, kept after the text when it is replaced.
    comments: Vec<Range<usize>>,
    /// Each logical line's indentation (the first's is where its wrapped lines go).
    indents: Vec<usize>,
    /// The column the text starts at on its first line.
    column: usize,
    /// At most this many columns a line when wrapping; `None` keeps each logical line on
    /// one line (the source did, or the syntax needs it).
    width: Option<usize>,
    /// False for text that must stay on one line: a conditional line, a state's label.
    lines: bool,
}

/// Every translatable unit of a scenario file, in the file's order.
pub fn units(source: &str) -> Vec<Unit> {
    let (file, _) = parse::parse(source);
    let mut found = Units { source, units: Vec::new() };
    found.header(&file);
    for block in &file.blocks {
        found.block(block);
    }
    // In reading order, as a translator goes through the story.
    found.units.sort_by_key(|u| u.place.range.start);
    found.units
}

struct Units<'a> {
    source: &'a str,
    units: Vec<Unit>,
}

impl Units<'_> {
    fn header(&mut self, file: &File) {
        for field in &file.header {
            match (field.key.text.as_str(), &field.name) {
                ("title", None) => self.field("title".into(), field, "The scenario's title"),
                ("summary", None) => self.field("summary".into(), field, "The scenario's summary in the library"),
                ("goal", None) => self.field("goal".into(), field, "The learner's goal, shown as the scenario starts"),
                ("skills", None) => {
                    self.field("skills".into(), field, "The skills the scenario trains, a list apart by commas")
                }
                ("dimension", Some(name)) => {
                    self.field(format!("dimension:{}", name.text), field, "A scored dimension's label")
                }
                ("rater", Some(name)) => {
                    self.field(format!("rater:{}", name.text), field, "An expert rater: name, role and what they weigh")
                }
                ("state", Some(name)) => self.state(format!("state:{}", name.text), field),
                _ => {}
            }
        }
    }

    /// A state's label: the quoted words at the end of its declaration.
    fn state(&mut self, id: String, field: &Field) {
        let text = &field.value.text;
        let Some(close) = text.rfind('"') else { return };
        let Some(open) = text[..close].rfind('"') else { return };
        let span = field.sub(open + 1..close);
        self.push(id, "A state's label, shown beside its value (one line, no double quotes)", span, false);
    }

    fn block(&mut self, block: &Block) {
        let id = &block.id.text;
        if id.is_empty() || block.kind.is_none() {
            return;
        }
        self.prose(block);
        let mut discussed = 0;
        for field in &block.fields {
            let key = field.key.text.as_str();
            let note = match (block.kind, key) {
                (Some(BlockKind::Decision), "ask") => "A decision's question",
                (Some(BlockKind::Decision), "confidence") => "The question asking how sure the learner is",
                (Some(BlockKind::Decision), "rationale") => "The prompt for the learner's reason",
                (Some(BlockKind::Decision), "reasoning") => "The expert reasoning shown after the decision",
                (Some(BlockKind::Decision), "discuss") => "A discussion prompt for a workshop",
                (Some(BlockKind::Ending), "title") => "An ending's title",
                _ => continue,
            };
            let unit = if key == "discuss" {
                discussed += 1;
                format!("{id}.discuss-{discussed}")
            } else {
                format!("{id}.{key}")
            };
            self.field(unit, field, note);
        }
        for option in &block.options {
            let unit = format!("{id}.{}", option.id.text);
            self.push(unit.clone(), "An option, as the learner reads it", option.text.span, true);
            for field in &option.fields {
                let note = match field.key.text.as_str() {
                    "consequence" => "What happens after the option is chosen",
                    "coaching" => "Coaching on the option, in the feedback",
                    "stakeholder" => "Whose concern the item is, in the debrief",
                    _ => continue,
                };
                self.field(format!("{unit}.{}", field.key.text), field, note);
            }
        }
    }

    /// A block's prose: each paragraph one unit, each conditional line one unit.
    fn prose(&mut self, block: &Block) {
        let mut paragraph: Option<Span> = None;
        let mut n = 0;
        let close = |units: &mut Self, paragraph: &mut Option<Span>, n: &mut usize| {
            if let Some(span) = paragraph.take() {
                *n += 1;
                units.push(format!("{}.p{n}", block.id.text), "A paragraph of the story", span, true);
            }
        };
        for line in &block.prose {
            if line.text.text.is_empty() {
                close(self, &mut paragraph, &mut n);
            } else if line.condition.is_some() {
                close(self, &mut paragraph, &mut n);
                n += 1;
                let note = "A line shown only on some paths (one line)";
                self.push(format!("{}.p{n}", block.id.text), note, line.text.span, false);
            } else {
                let span = line.text.span;
                paragraph = Some(paragraph.map_or(span, |p| Span::new(p.start, span.end)));
            }
        }
        close(self, &mut paragraph, &mut n);
    }

    fn field(&mut self, id: String, field: &Field, note: &'static str) {
        if !field.value.text.is_empty() {
            self.push(id, note, field.value.span, true);
        }
    }

    fn push(&mut self, id: String, note: &'static str, span: Span, lines: bool) {
        let Some((text, place)) = read(self.source, span.range(), lines) else { return };
        if !text.is_empty() {
            self.units.push(Unit { id, text, note, place });
        }
    }
}

/// A physical line: its indentation and its content's range.
type Line = (usize, Range<usize>);

/// The physical lines of a range, and apart from them its whole comment lines.
fn physical(source: &str, range: Range<usize>) -> (Vec<Line>, Vec<Range<usize>>) {
    let mut lines = Vec::new();
    let mut comments = Vec::new();
    let mut at = range.start;
    let mut first = true;
    for raw in source[range.clone()].split_inclusive('\n') {
        let start = at;
        at += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let content = line.trim_start();
        let indent = if first { column(source, start) } else { line.len() - content.len() };
        let begin = start + (line.len() - content.len());
        let end = (begin + content.trim_end().len()).min(range.end);
        if !first && content.starts_with("//") {
            comments.push(start..start + line.len());
        } else {
            lines.push((indent, begin..end));
        }
        first = false;
    }
    (lines, comments)
}

/// The column (in bytes) of an offset on its line.
fn column(source: &str, at: usize) -> usize {
    at - source[..at].rfind('\n').map_or(0, |n| n + 1)
}

/// True when a line starts a Markdown block of its own: a list item or a quoted line.
fn starts_block(content: &str) -> bool {
    content == "-" || content.starts_with("- ") || content.starts_with('>')
}

/// A unit's unwrapped text and its place.
fn read(source: &str, range: Range<usize>, lines: bool) -> Option<(String, Place)> {
    if range.end > source.len() || range.start > range.end {
        return None;
    }
    let (physical, comments) = physical(source, range.clone());
    let column = column(source, range.start);
    let mut text = String::new();
    let mut indents = Vec::new();
    // The indentation of the list item the last line is in, if it is in one.
    let mut item: Option<usize> = None;
    let mut widest = 0;
    // True while the last line was a quoted line with words: a quoted line after it goes on
    // with the same quotation, as a wrapped line does.
    let mut quoting = false;
    for (n, (indent, content)) in physical.iter().enumerate() {
        let mut content = &source[content.clone()];
        let ends_item = item.is_some_and(|dash| *indent <= dash);
        widest = widest.max(if n == 0 { column } else { *indent } + content.chars().count());
        let quoted = content.starts_with('>') && content != ">";
        let goes_on = quoting && quoted && !ends_item;
        quoting = quoted;
        if goes_on {
            content = content[1..].trim_start();
        }
        let starts = starts_block(content) && !goes_on;
        if n > 0 && (starts || ends_item) {
            text.push('\n');
            indents.push(*indent);
        } else if n > 0 {
            text.push(' ');
        } else {
            indents.push(*indent);
        }
        item = if content.starts_with('-') {
            Some(*indent)
        } else if ends_item {
            None
        } else {
            item
        };
        text.push_str(content);
    }
    // A field's first line starts after its key: its wrapped lines go where the source's
    // continuation lines were, or one step deeper than the key.
    let before = &source[range.start - column..range.start];
    if !before.trim().is_empty() {
        let key = before.len() - before.trim_start().len();
        let deeper = physical.iter().skip(1).map(|(i, _)| *i).min().unwrap_or(key + 4);
        if let Some(first) = indents.first_mut() {
            *first = deeper;
        }
    }
    let width = (physical.len() > 1).then_some(widest.max(72));
    // As a translation is compared with it: runs of spaces as one.
    let text = normalize(&text);
    Some((text, Place { range, comments, indents, column, width, lines }))
}

/// Why a translation cannot go into the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The translation of a one-line unit holds a line break.
    OneLine { id: String },
    /// A state's label holds a double quote.
    Quote { id: String },
    /// After writing, the file no longer has the same units, or a unit reads differently:
    /// the translation holds something the file's syntax reads as structure.
    Structure { id: String },
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::OneLine { id } => {
                write!(f, "`{id}` must stay on one line, and its translation holds a line break")
            }
            Refusal::Quote { id } => write!(f, "`{id}` is a state's label, and its translation holds a double quote"),
            Refusal::Structure { id } => write!(
                f,
                "the translation of `{id}` would change the file's structure: a line of it reads as scenario \
                 syntax (a field such as `move:`, a route `->`, an option `*`, a block `==`, a comment `//`) \
                 or it holds an empty line; reword it"
            ),
        }
    }
}

/// The file's text with each unit whose id is in `targets` replaced by its translation, laid
/// out as the source was. Units whose translation equals their text keep their bytes, so a
/// file written back with its own text is the same file. Checks that the result has the same
/// units, each reading as its translation.
pub fn write(source: &str, targets: &HashMap<String, String>) -> Result<String, Refusal> {
    let newline = if source.contains("\r\n") { "\r\n" } else { "\n" };
    let found = units(source);
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    let targets: HashMap<&str, String> = targets.iter().map(|(id, t)| (id.as_str(), normalize(t))).collect();
    for unit in &found {
        let Some(target) = targets.get(unit.id.as_str()).filter(|t| **t != unit.text) else { continue };
        if !unit.place.lines && target.contains('\n') {
            return Err(Refusal::OneLine { id: unit.id.clone() });
        }
        if unit.id.starts_with("state:") && target.contains('"') {
            return Err(Refusal::Quote { id: unit.id.clone() });
        }
        let mut laid = lay_out(&unit.place, target, newline);
        for comment in &unit.place.comments {
            laid.push_str(newline);
            laid.push_str(&source[comment.clone()]);
        }
        edits.push((unit.place.range.clone(), laid));
    }
    edits.sort_by_key(|(range, _)| std::cmp::Reverse(range.start));
    let mut written = source.to_string();
    for (range, text) in edits {
        written.replace_range(range, &text);
    }
    let after = units(&written);
    for (n, unit) in found.iter().enumerate() {
        let wanted = targets.get(unit.id.as_str()).unwrap_or(&unit.text);
        let same = after.get(n).is_some_and(|a| a.id == unit.id && a.text == *wanted);
        if !same {
            return Err(Refusal::Structure { id: unit.id.clone() });
        }
    }
    if let Some(extra) = after.get(found.len()) {
        return Err(Refusal::Structure { id: extra.id.clone() });
    }
    Ok(written)
}

/// A translation as the file can hold it: runs of spaces as one, no empty lines, no spaces
/// at either end of a line. Other spaces (a no-break space before a French colon) are kept.
pub fn normalize(text: &str) -> String {
    let lines: Vec<String> = text
        .split('\n')
        .map(|line| line.split([' ', '\t', '\r']).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect();
    lines.join("\n")
}

/// A translation laid out in a unit's place: each logical line at the indentation of the
/// source's line in the same position (or its last), wrapped to the source's width.
fn lay_out(place: &Place, text: &str, newline: &str) -> String {
    let mut out = String::new();
    for (n, logical) in text.split('\n').enumerate() {
        let indent = place.indents.get(n).or(place.indents.last()).copied().unwrap_or(0);
        let logical = logical.trim();
        if n > 0 {
            out.push_str(newline);
            out.push_str(&" ".repeat(indent));
        }
        let start = if n == 0 { place.column } else { indent };
        // A wrapped list item continues past its `-`; a wrapped quotation keeps its `>`.
        let (prefix, hang) = if logical.starts_with('>') {
            ("> ", indent)
        } else if logical.starts_with('-') {
            ("", indent + 2)
        } else {
            ("", indent)
        };
        let mut used = start;
        let mut first = true;
        for word in logical.split(' ').filter(|w| !w.is_empty()) {
            let len = word.chars().count();
            if first {
                first = false;
            } else if place.width.is_some_and(|width| used + 1 + len > width) {
                out.push_str(newline);
                out.push_str(&" ".repeat(hang));
                out.push_str(prefix);
                used = hang + prefix.len();
            } else {
                out.push(' ');
                used += 1;
            }
            out.push_str(word);
            used += len;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "id: s\ntitle: A title\nsummary: One line\n    and another.\nlanguage: en\nstate load: number 0..10 = 3 \"Support load\"\n\n== scene a\nFirst paragraph,\nwrapped.\n\n> A quotation\n> on two lines.\n\n- one item\n  wrapped\n- two\n[if load > 2] Only sometimes.\n-> b\n\n== decision b\nask: Which?\nreasoning: It depends.\n    - If this, that.\n    - If not, the other.\n    Here, this.\n* x: Go left\n  ratings: p 5, q 6, r 7\n  consequence: You go\n      left.\n";

    #[test]
    fn units_have_stable_ids_and_unwrapped_text() {
        let found: Vec<(String, String)> = units(FILE).into_iter().map(|u| (u.id, u.text)).collect();
        let expect = [
            ("title", "A title"),
            ("summary", "One line and another."),
            ("state:load", "Support load"),
            ("a.p1", "First paragraph, wrapped."),
            ("a.p2", "> A quotation on two lines."),
            ("a.p3", "- one item wrapped\n- two"),
            ("a.p4", "Only sometimes."),
            ("b.ask", "Which?"),
            ("b.reasoning", "It depends.\n- If this, that.\n- If not, the other.\nHere, this."),
            ("b.x", "Go left"),
            ("b.x.consequence", "You go left."),
        ];
        let expect: Vec<(String, String)> = expect.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        assert_eq!(found, expect);
    }

    #[test]
    fn writing_a_file_back_with_its_own_text_changes_nothing() {
        let same: HashMap<String, String> = units(FILE).into_iter().map(|u| (u.id, u.text)).collect();
        assert_eq!(write(FILE, &same).unwrap(), FILE);
    }

    #[test]
    fn a_translation_is_laid_out_as_the_source_was() {
        let mut targets = HashMap::new();
        targets
            .insert("b.reasoning".to_string(), "Cela dépend.\n- Si ceci, cela.\n- Sinon, l'autre.\nIci, ceci.".into());
        targets.insert("state:load".to_string(), "Charge du support".into());
        let written = write(FILE, &targets).unwrap();
        assert!(
            written.contains("reasoning: Cela dépend.\n    - Si ceci, cela.\n    - Sinon, l'autre.\n    Ici, ceci.\n")
        );
        assert!(written.contains("= 3 \"Charge du support\"\n"));
    }

    #[test]
    fn long_translations_wrap_under_their_key() {
        let mut targets = HashMap::new();
        let long = "mot ".repeat(40);
        targets.insert("b.x.consequence".to_string(), long.trim().to_string());
        let written = write(FILE, &targets).unwrap();
        let tail = written.split("consequence: ").nth(1).unwrap();
        let lines: Vec<&str> = tail.lines().collect();
        assert!(lines.len() > 1, "{tail}");
        assert!(lines[1..].iter().all(|l| l.starts_with("      mot")), "{tail}");
        assert!(lines.iter().all(|l| l.len() <= 72), "{tail}");
    }

    #[test]
    fn a_source_with_runs_of_spaces_still_writes_back_and_takes_translations() {
        let file = "id: s\ntitle: Two  spaces\n\n== scene a\nSome  text.\n-> e\n== ending e\ntitle: End\n";
        let same: HashMap<String, String> = units(file).into_iter().map(|u| (u.id, u.text)).collect();
        assert_eq!(same.get("title").map(String::as_str), Some("Two spaces"));
        assert_eq!(write(file, &same).unwrap(), file);
        let mut targets = same.clone();
        targets.insert("a.p1".to_string(), "Du texte.".into());
        let written = write(file, &targets).unwrap();
        assert!(written.contains("title: Two  spaces\n") && written.contains("\nDu texte.\n"), "{written}");
    }

    #[test]
    fn translations_that_would_read_as_syntax_are_refused() {
        let mut targets = HashMap::new();
        targets.insert("a.p4".to_string(), "Two\nlines".into());
        assert_eq!(write(FILE, &targets), Err(Refusal::OneLine { id: "a.p4".into() }));
        let mut targets = HashMap::new();
        targets.insert("b.x.consequence".to_string(), "Vous allez\n-> a".into());
        assert!(matches!(write(FILE, &targets), Err(Refusal::Structure { .. })));
        let mut targets = HashMap::new();
        targets.insert("state:load".to_string(), "say \"hi\"".into());
        assert!(matches!(write(FILE, &targets), Err(Refusal::Quote { .. })));
    }
}
