//! Prose as plain text for a terminal or a text file: paragraphs wrapped to a width, list
//! items as `- `, quotations as `> `, emphasis as its plain words and links as their text
//! followed by the address.

use engine::markdown::{Chunk, Inline};

/// The width the CLI and transcripts wrap prose to.
pub const WIDTH: usize = 78;

/// Chunks of prose as wrapped lines, each starting with `indent`, with a blank line between
/// chunks; no trailing newline.
pub fn prose<'a>(chunks: impl IntoIterator<Item = &'a Chunk>, indent: &str, width: usize) -> String {
    let mut out: Vec<String> = Vec::new();
    for chunk in chunks {
        if !out.is_empty() {
            out.push(String::new());
        }
        match chunk {
            Chunk::Paragraph(inlines) => out.extend(wrap(&inline_text(inlines), indent, indent, width)),
            Chunk::List(items) => {
                let rest = format!("{indent}  ");
                for item in items {
                    out.extend(wrap(&inline_text(item), &format!("{indent}- "), &rest, width));
                }
            }
            Chunk::Quote(paragraphs) => {
                let quoted = format!("{indent}> ");
                for (i, paragraph) in paragraphs.iter().enumerate() {
                    if i > 0 {
                        out.push(format!("{indent}>"));
                    }
                    out.extend(wrap(&inline_text(paragraph), &quoted, &quoted, width));
                }
            }
        }
    }
    out.join("\n")
}

/// The words of inlines without markup; a link keeps its address in parentheses, since a
/// terminal cannot follow it.
pub fn inline_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for inline in inlines {
        match inline {
            Inline::Text(text) => out.push_str(text),
            Inline::Emphasis(inner) | Inline::Strong(inner) => out.push_str(&inline_text(inner)),
            Inline::Link { text, href } if text == href => out.push_str(text),
            Inline::Link { text, href } => out.push_str(&format!("{text} ({href})")),
        }
    }
    out
}

/// Greedy word wrap: the first line starts with `first`, the others with `rest`. A word
/// longer than the width gets a line of its own rather than being cut.
pub fn wrap(text: &str, first: &str, rest: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = first.to_string();
    let mut empty = true;
    for word in text.split_whitespace() {
        let needed = if empty { word.chars().count() } else { word.chars().count() + 1 };
        if !empty && line.chars().count() + needed > width {
            lines.push(std::mem::replace(&mut line, rest.to_string()));
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    lines.push(line.trim_end().to_string());
    lines
}

/// Cuts text to at most `max` characters at a word boundary, marking the cut with `…`.
pub fn shorten(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let mut out = String::new();
    for word in text.split(' ') {
        let next = if out.is_empty() { word.chars().count() } else { out.chars().count() + 1 + word.chars().count() };
        if next + 1 > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        out = text.chars().take(max.saturating_sub(1)).collect();
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine::markdown;

    #[test]
    fn paragraphs_lists_and_quotes_become_plain_wrapped_text() {
        let chunks = markdown::chunks([
            "It is **Monday**, and *Maya* says the [policy](https://example.com/p) is",
            "not ready for the launch at all.",
            "",
            "- the date is public;",
            "- Support answered 300 tickets last week, which is a lot more than usual.",
            "> We can't answer these.",
            ">",
            "> Not yet.",
        ]);
        assert_eq!(
            prose(&chunks, "  ", 40),
            "  It is Monday, and Maya says the policy\n  (https://example.com/p) is not ready\n  for the \
             launch at all.\n\n  - the date is public;\n  - Support answered 300 tickets last\n    week, which \
             is a lot more than\n    usual.\n\n  > We can't answer these.\n  >\n  > Not yet."
        );
    }

    #[test]
    fn long_words_are_not_cut_and_empty_text_is_one_empty_line() {
        assert_eq!(wrap("a verylongword b", "", "", 5), ["a", "verylongword", "b"]);
        assert_eq!(wrap("", "> ", "> ", 10), [">"]);
    }

    #[test]
    fn shortening_cuts_at_a_word() {
        assert_eq!(shorten("What do you do first?", 40), "What do you do first?");
        assert_eq!(shorten("It is Thursday afternoon and the refund flow ships", 20), "It is Thursday…");
        assert_eq!(shorten("Supercalifragilistic", 6), "Super…");
    }
}
