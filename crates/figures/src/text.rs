//! Words with marked spans: a sentence as runs of text, some marked (the label that leads it,
//! a figure, the point to take away) so that the web app can set them apart, while the CLI
//! prints it as it reads (`Display`). Both draw the same words.

use std::fmt;

/// What a run of words is, for a view that sets some apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// Words like any other.
    Plain,
    /// What the sentence is about, leading it: "Where you were going:", "Next step".
    Label,
    /// A number: a mean rating, a score.
    Figure,
    /// The point to take away: a next step's habit.
    Stress,
}

/// A sentence or a phrase as runs of marked words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
    runs: Vec<(Mark, String)>,
}

impl Text {
    pub fn new() -> Text {
        Text::default()
    }

    /// The text with `words` after it, marked `mark`; runs of one mark join up.
    pub fn with(mut self, mark: Mark, words: impl AsRef<str>) -> Text {
        let words = words.as_ref();
        if words.is_empty() {
            return self;
        }
        match self.runs.last_mut() {
            Some((last, run)) if *last == mark => run.push_str(words),
            _ => self.runs.push((mark, words.to_string())),
        }
        self
    }

    pub fn plain(self, words: impl AsRef<str>) -> Text {
        self.with(Mark::Plain, words)
    }

    pub fn label(self, words: impl AsRef<str>) -> Text {
        self.with(Mark::Label, words)
    }

    pub fn figure(self, words: impl AsRef<str>) -> Text {
        self.with(Mark::Figure, words)
    }

    pub fn stress(self, words: impl AsRef<str>) -> Text {
        self.with(Mark::Stress, words)
    }

    /// Words as a phrase marks them: `<label>…</label>`, `<figure>…</figure>` and
    /// `<stress>…</stress>` mark the words between; every other word is plain.
    pub fn marked(words: &str) -> Text {
        const TAGS: [(&str, Mark); 3] = [("label", Mark::Label), ("figure", Mark::Figure), ("stress", Mark::Stress)];
        let mut text = Text::new();
        let (mut mark, mut rest) = (Mark::Plain, words);
        while let Some(at) = rest.find('<') {
            let tag = TAGS.iter().find_map(|&(name, tagged)| {
                let after = &rest[at + 1..];
                let closing = after.strip_prefix('/').unwrap_or(after);
                let opens = !after.starts_with('/');
                closing.strip_prefix(name).and_then(|r| r.strip_prefix('>')).map(|r| (r, opens, tagged))
            });
            match tag {
                Some((after, opens, tagged)) => {
                    text = text.with(mark, &rest[..at]);
                    mark = if opens { tagged } else { Mark::Plain };
                    rest = after;
                }
                None => {
                    text = text.with(mark, &rest[..=at]);
                    rest = &rest[at + 1..];
                }
            }
        }
        text.with(mark, rest)
    }

    /// The text with `other` after it, marks and all.
    pub fn then(self, other: Text) -> Text {
        other.runs.into_iter().fold(self, |text, (mark, words)| text.with(mark, words))
    }

    /// The runs in order, each with its mark.
    pub fn runs(&self) -> impl Iterator<Item = (Mark, &str)> {
        self.runs.iter().map(|(mark, words)| (*mark, words.as_str()))
    }

    pub fn is_empty(&self) -> bool {
        self.runs.is_empty()
    }

    /// A clause made a sentence of its own: its first letter a capital, and a full stop at the
    /// end unless it already ends one ("your largest loss" becomes "Your largest loss.").
    pub fn sentence(mut self) -> Text {
        if let Some((_, first)) = self.runs.first_mut() {
            *first = capitalised(first);
        }
        let stop = stop(&self.to_string());
        self.plain(stop)
    }
}

impl From<&str> for Text {
    fn from(words: &str) -> Text {
        Text::new().plain(words)
    }
}

impl From<String> for Text {
    fn from(words: String) -> Text {
        Text::new().plain(words)
    }
}

/// The plain words, as a terminal shows them.
impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.runs.iter().try_for_each(|(_, words)| f.write_str(words))
    }
}

/// `words` with a capital first letter: "not passed" becomes "Not passed", "ériger"
/// "Ériger". Only a Latin-1 initial changes (beyond it, a letter stays as it is): the full
/// Unicode case tables would add about 13 KB to each module that draws an ending.
pub fn capitalised(words: &str) -> String {
    let mut letters = words.chars();
    let Some(initial) = letters.next() else { return String::new() };
    let upper = match initial {
        'a'..='z' => initial.to_ascii_uppercase(),
        // Latin-1's small letters with their capitals 0x20 below, but for the division sign.
        'à'..='þ' if initial != '÷' => char::from_u32(initial as u32 - 0x20).unwrap_or(initial),
        _ => initial,
    };
    std::iter::once(upper).chain(letters).collect()
}

/// What ends a sentence after `words`: nothing when they end one already (a full stop, a
/// question or an exclamation mark, or a quotation that ends with one), else a full stop.
pub fn stop(words: &str) -> &'static str {
    let words = words.trim_end_matches(['"', '”', '»', ' ', '\u{a0}', '\u{202f}']);
    if words.ends_with(['.', '?', '!']) { "" } else { "." }
}

#[cfg(test)]
mod tests {
    use super::{Mark, Text, capitalised, stop};

    #[test]
    fn runs_of_one_mark_join_and_the_text_reads_as_its_words() {
        let text = Text::new().label("Next step").plain(" (").plain("Calibration").figure("0.40").plain("): ");
        assert_eq!(
            text.runs().collect::<Vec<_>>(),
            [(Mark::Label, "Next step"), (Mark::Plain, " (Calibration"), (Mark::Figure, "0.40"), (Mark::Plain, "): ")]
        );
        assert_eq!(text.to_string(), "Next step (Calibration0.40): ");
        assert_eq!(Text::from("a").then(Text::new().plain("b").stress("c")).runs().count(), 2);
    }

    #[test]
    fn a_phrases_tags_mark_its_words() {
        let text = Text::marked("<label>Next step</label> (a < b): <stress>Ask.</stress> <em>x</em>");
        assert_eq!(
            text.runs().collect::<Vec<_>>(),
            [
                (Mark::Label, "Next step"),
                (Mark::Plain, " (a < b): "),
                (Mark::Stress, "Ask."),
                (Mark::Plain, " <em>x</em>")
            ]
        );
        assert_eq!(Text::marked("<figure>6.0</figure>").runs().collect::<Vec<_>>(), [(Mark::Figure, "6.0")]);
    }

    #[test]
    fn a_clause_becomes_a_sentence_once() {
        assert_eq!(Text::from("your largest loss").sentence().to_string(), "Your largest loss.");
        assert_eq!(Text::from("ériger").sentence().to_string(), "Ériger.");
        assert_eq!((capitalised("not passed"), capitalised("")), ("Not passed".into(), String::new()));
        assert_eq!(
            (capitalised("þorn"), capitalised("÷ x"), capitalised("ǆ")),
            ("Þorn".into(), "÷ x".into(), "ǆ".into())
        );
        assert_eq!(Text::from("You picked “Wait.”").sentence().to_string(), "You picked “Wait.”");
        assert_eq!((stop("“Wait.”"), stop("“Wait”"), stop("\"Go?\""), stop("done")), ("", ".", "", "."));
        assert_eq!((stop("« Attendre\u{a0}? »"), stop("« Attendre »")), ("", "."));
    }
}
