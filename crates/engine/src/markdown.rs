//! The Markdown subset of scenario prose: paragraphs, bullet lists and quotations, holding
//! text, emphasis, strong emphasis and links.
//!
//! Prose becomes data here, never HTML: a host renders [`Chunk`]s and [`Inline`]s as its own
//! elements, so nothing an author writes (`<script>`, `javascript:` links) can reach a page as
//! markup. Whatever does not form a construct of the subset stays literal text.

/// A chunk of prose: a paragraph, a bullet list or a quotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Chunk {
    Paragraph(Vec<Inline>),
    /// A bullet list: one entry per `- ` item.
    List(Vec<Vec<Inline>>),
    /// A quotation: one entry per paragraph inside it.
    Quote(Vec<Vec<Inline>>),
}

/// A run of text inside a chunk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Emphasis(Vec<Inline>),
    Strong(Vec<Inline>),
    /// A link; its text is plain, and its address starts `https:`, `http:` or `mailto:`.
    Link {
        text: String,
        href: String,
    },
}

/// The address schemes a link may use; anything else (`javascript:`, relative paths) would
/// let a scenario file act on the page, so it stays text.
const SCHEMES: &[&str] = &["https:", "http:", "mailto:"];

/// How deeply emphasis may nest before the rest is read as text, which bounds recursion on
/// hostile input.
const MAX_DEPTH: usize = 8;

/// Reads lines of prose into chunks. Blank lines separate paragraphs; `- ` starts a list item
/// and `> ` a quotation line; a plain line straight after an item or a quotation line
/// continues it.
pub fn chunks<'a>(lines: impl IntoIterator<Item = &'a str>) -> Vec<Chunk> {
    let mut builder = Builder::default();
    for line in lines {
        builder.line(line.trim());
    }
    builder.close();
    builder.chunks
}

/// Reads one paragraph's text into inlines.
pub fn inlines(text: &str) -> Vec<Inline> {
    Inlines::new(text, 0).run()
}

/// The text of inlines without their markup, for places that show plain text.
pub fn plain(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for inline in inlines {
        match inline {
            Inline::Text(text) | Inline::Link { text, .. } => out.push_str(text),
            Inline::Emphasis(inner) | Inline::Strong(inner) => out.push_str(&plain(inner)),
        }
    }
    out
}

/// Prose cut after its opening sentence: the first sentence of a leading paragraph, and
/// everything after it (the rest of that paragraph first). Prose that does not open with a
/// paragraph has no opening. Nothing is lost: the two halves hold every word, in order.
pub fn opening(chunks: &[Chunk]) -> (Vec<Chunk>, Vec<Chunk>) {
    let Some((Chunk::Paragraph(inlines), after)) = chunks.split_first() else {
        return (Vec::new(), chunks.to_vec());
    };
    let (mut first, mut rest, mut cut) = (Vec::new(), Vec::new(), false);
    for inline in inlines {
        match inline {
            _ if cut => rest.push(inline.clone()),
            Inline::Text(text) => match sentence_end(text) {
                Some(at) => {
                    first.push(Inline::Text(text[..at].to_string()));
                    let tail = text[at..].trim_start();
                    if !tail.is_empty() {
                        rest.push(Inline::Text(tail.to_string()));
                    }
                    cut = true;
                }
                None => first.push(inline.clone()),
            },
            _ => first.push(inline.clone()),
        }
    }
    let mut tail = Vec::new();
    if !rest.is_empty() {
        tail.push(Chunk::Paragraph(rest));
    }
    tail.extend(after.iter().cloned());
    (vec![Chunk::Paragraph(first)], tail)
}

/// Expert reasoning cut into its principle and the rest: the opening sentence ("It depends
/// on …") joined, when a list of cases follows it, by the first sentence after the list,
/// the one that applies it ("Here …, so …"); everything else, in order. Nothing is lost.
pub fn principle(chunks: &[Chunk]) -> (Vec<Chunk>, Vec<Chunk>) {
    let (first, rest) = opening(chunks);
    let Some(Chunk::Paragraph(mut lead)) = first.into_iter().next() else { return (Vec::new(), rest) };
    let list = rest.iter().position(|c| matches!(c, Chunk::List(_)));
    let applied = list.and_then(|l| rest[l..].iter().position(|c| matches!(c, Chunk::Paragraph(_))).map(|p| l + p));
    let Some(at) = applied else { return (vec![Chunk::Paragraph(lead)], rest) };
    let (applies, after) = opening(&rest[at..]);
    let mut remaining = rest[..at].to_vec();
    remaining.extend(after);
    if let Some(Chunk::Paragraph(inlines)) = applies.into_iter().next() {
        lead.push(Inline::Text(" ".to_string()));
        lead.extend(inlines);
    }
    (vec![Chunk::Paragraph(lead)], remaining)
}

/// Where the first sentence of `text` ends: after a `.`, `?` or `!` that a space and a
/// capital letter follow.
fn sentence_end(text: &str) -> Option<usize> {
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    bytes.windows(3).find_map(|w| {
        let [(_, mark), (_, space), (_, next)] = w else { return None };
        (matches!(mark, '.' | '?' | '!') && *space == ' ' && next.is_uppercase()).then_some(w[1].0)
    })
}

/// The chunk being gathered, as raw text until it closes.
#[derive(Default)]
enum Open {
    #[default]
    Nothing,
    Paragraph(String),
    List(Vec<String>),
    /// Quotation paragraphs, and whether the last one was ended by an empty `>` line.
    Quote(Vec<String>, bool),
}

#[derive(Default)]
struct Builder {
    chunks: Vec<Chunk>,
    open: Open,
}

impl Builder {
    fn line(&mut self, line: &str) {
        if line.is_empty() {
            self.close();
        } else if let Some(item) = marker(line, '-') {
            if !matches!(self.open, Open::List(_)) {
                self.close();
            }
            if let Open::List(items) = &mut self.open {
                items.push(item.to_string());
            } else {
                self.open = Open::List(vec![item.to_string()]);
            }
        } else if let Some(quoted) = marker(line, '>') {
            if !matches!(self.open, Open::Quote(..)) {
                self.close();
                self.open = Open::Quote(Vec::new(), true);
            }
            if let Open::Quote(paragraphs, broken) = &mut self.open {
                if quoted.is_empty() {
                    *broken = true;
                } else if *broken || paragraphs.is_empty() {
                    paragraphs.push(quoted.to_string());
                    *broken = false;
                } else {
                    join(paragraphs.last_mut(), quoted);
                }
            }
        } else {
            match &mut self.open {
                Open::Nothing => self.open = Open::Paragraph(line.to_string()),
                Open::Paragraph(text) => join(Some(text), line),
                Open::List(items) => join(items.last_mut(), line),
                Open::Quote(paragraphs, _) => join(paragraphs.last_mut(), line),
            }
        }
    }

    fn close(&mut self) {
        let chunk = match std::mem::take(&mut self.open) {
            Open::Nothing => return,
            Open::Paragraph(text) => Chunk::Paragraph(inlines(&text)),
            Open::List(items) => Chunk::List(items.iter().map(|i| inlines(i)).collect()),
            Open::Quote(paragraphs, _) if paragraphs.is_empty() => return,
            Open::Quote(paragraphs, _) => Chunk::Quote(paragraphs.iter().map(|p| inlines(p)).collect()),
        };
        self.chunks.push(chunk);
    }
}

/// The rest of a line that starts with `c` and a space (or is `c` alone).
fn marker(line: &str, c: char) -> Option<&str> {
    let rest = line.strip_prefix(c)?;
    if rest.is_empty() || rest.starts_with([' ', '\t']) { Some(rest.trim_start()) } else { None }
}

/// Joins a continuation line onto text with a space, as Markdown's soft line break does.
fn join(text: Option<&mut String>, line: &str) {
    if let Some(text) = text {
        text.push(' ');
        text.push_str(line);
    }
}

/// Inline reading of one piece of text.
struct Inlines<'a> {
    text: &'a str,
    depth: usize,
    out: Vec<Inline>,
    buffer: String,
    /// Delimiters already known to have no closer after some point, hence none after any later
    /// point either: remembering it keeps reading linear on text full of stray `*`.
    unclosed: Vec<&'static str>,
}

impl<'a> Inlines<'a> {
    fn new(text: &'a str, depth: usize) -> Inlines<'a> {
        Inlines { text, depth, out: Vec::new(), buffer: String::new(), unclosed: Vec::new() }
    }

    fn run(mut self) -> Vec<Inline> {
        let mut at = 0;
        while let Some(c) = self.text.get(at..).and_then(|rest| rest.chars().next()) {
            at = match c {
                '\\' => self.escape(at),
                '[' => self.link(at),
                '*' | '_' if self.depth < MAX_DEPTH => self.emphasis(at, c),
                _ => {
                    self.buffer.push(c);
                    at + c.len_utf8()
                }
            };
        }
        self.flush();
        self.out
    }

    fn flush(&mut self) {
        if !self.buffer.is_empty() {
            self.out.push(Inline::Text(std::mem::take(&mut self.buffer)));
        }
    }

    /// `\*` and friends: the punctuation character itself, as text.
    fn escape(&mut self, at: usize) -> usize {
        match self.text.get(at + 1..).and_then(|rest| rest.chars().next()) {
            Some(c) if c.is_ascii_punctuation() => {
                self.buffer.push(c);
                at + 2
            }
            _ => {
                self.buffer.push('\\');
                at + 1
            }
        }
    }

    /// `[text](href)` with an allowed scheme; anything else is left as text.
    fn link(&mut self, at: usize) -> usize {
        let rest = &self.text[at..];
        let parsed = rest.find("](").and_then(|close| {
            let label = &rest[1..close];
            let after = &rest[close + 2..];
            let end = after.find(')')?;
            let href = &after[..end];
            let allowed = SCHEMES.iter().any(|scheme| {
                href.len() > scheme.len() && href.get(..scheme.len()).is_some_and(|s| s.eq_ignore_ascii_case(scheme))
            });
            let well_formed = !label.contains(['[', ']']) && !href.contains(char::is_whitespace);
            (allowed && well_formed).then(|| (label, href, close + 2 + end + 1))
        });
        match parsed {
            Some((label, href, len)) => {
                self.flush();
                let text = if label.trim().is_empty() { href } else { label.trim() };
                self.out.push(Inline::Link { text: text.to_string(), href: href.to_string() });
                at + len
            }
            None => {
                self.buffer.push('[');
                at + 1
            }
        }
    }

    /// `**strong**`, `*emphasis*` or `_emphasis_`, when a closer follows; else the marker as text.
    fn emphasis(&mut self, at: usize, c: char) -> usize {
        let strong = c == '*' && self.text[at..].starts_with("**");
        let delimiter = match (strong, c) {
            (true, _) => "**",
            (false, '*') => "*",
            _ => "_",
        };
        if let Some((inner, after)) = self.closed(at, delimiter) {
            let inner = Inlines::new(inner, self.depth + 1).run();
            self.flush();
            self.out.push(if strong { Inline::Strong(inner) } else { Inline::Emphasis(inner) });
            return after;
        }
        if strong && let Some((inner, after)) = self.closed(at, "*") {
            let inner = Inlines::new(inner, self.depth + 1).run();
            self.flush();
            self.out.push(Inline::Emphasis(inner));
            return after;
        }
        self.buffer.push(c);
        at + 1
    }

    /// The content between an opener at `at` and its closer, and the offset after the closer.
    fn closed(&mut self, at: usize, delimiter: &'static str) -> Option<(&'a str, usize)> {
        if self.unclosed.contains(&delimiter) {
            return None;
        }
        let text = self.text;
        let marker = delimiter.as_bytes()[0];
        let start = at + delimiter.len();
        let opens = text[start..].chars().next().is_some_and(|c| !c.is_whitespace())
            && (marker != b'_' || !text[..at].chars().next_back().is_some_and(char::is_alphanumeric));
        if !opens {
            return None;
        }
        let bytes = text.as_bytes();
        let mut i = start + 1;
        while i < bytes.len() {
            if bytes[i] != marker {
                i += 1;
                continue;
            }
            let run_start = i;
            while i < bytes.len() && bytes[i] == marker {
                i += 1;
            }
            let run = i - run_start;
            let after_ws = text[..run_start].chars().next_back().is_some_and(char::is_whitespace);
            let fits = match delimiter {
                "**" => run >= 2,
                "*" => run == 1 || run == 3,
                _ => run == 1 && !text[i..].chars().next().is_some_and(char::is_alphanumeric),
            };
            let close = i - delimiter.len();
            if fits && !after_ws && close > start {
                return Some((&text[start..close], i));
            }
        }
        self.unclosed.push(delimiter);
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text(s.to_string())
    }

    #[test]
    fn paragraphs_lists_and_quotes() {
        let lines = ["One", "line.", "", "- a", "- b", "  more", "> said", ">", "> again", "after"];
        assert_eq!(
            chunks(lines),
            vec![
                Chunk::Paragraph(vec![text("One line.")]),
                Chunk::List(vec![vec![text("a")], vec![text("b more")]]),
                Chunk::Quote(vec![vec![text("said")], vec![text("again after")]]),
            ]
        );
        assert_eq!(chunks(["", "  ", ""]), vec![]);
        assert_eq!(chunks(["Text", "- item"]).len(), 2);
    }

    #[test]
    fn the_opening_is_the_first_sentence_and_nothing_is_lost() {
        let prose = chunks(["It depends on *time*. Here it is short, so act.", "", "- one"]);
        let (first, rest) = opening(&prose);
        assert_eq!(
            first,
            vec![Chunk::Paragraph(vec![text("It depends on "), Inline::Emphasis(vec![text("time")]), text(".")])]
        );
        assert_eq!(
            rest,
            vec![Chunk::Paragraph(vec![text("Here it is short, so act.")]), Chunk::List(vec![vec![text("one")]])]
        );
        let (whole, none) = opening(&chunks(["Just one e.g. sentence"]));
        assert_eq!((whole, none), (chunks(["Just one e.g. sentence"]), vec![]));
        let list = chunks(["- a"]);
        assert_eq!(opening(&list), (vec![], list.clone()));
    }

    #[test]
    fn the_principle_is_the_opening_and_the_sentence_that_applies_it() {
        let reasoning = chunks([
            "It depends on time.",
            "- If short, act.",
            "- If long, ask.",
            "",
            "Here it is short, so act. The panel agreed.",
        ]);
        let (lead, rest) = principle(&reasoning);
        assert_eq!(
            lead,
            vec![Chunk::Paragraph(vec![text("It depends on time."), text(" "), text("Here it is short, so act.")])]
        );
        assert_eq!(
            rest,
            vec![
                Chunk::List(vec![vec![text("If short, act.")], vec![text("If long, ask.")]]),
                Chunk::Paragraph(vec![text("The panel agreed.")])
            ]
        );
        let plain = chunks(["Act now. It is late."]);
        assert_eq!(principle(&plain), opening(&plain));
        assert_eq!(principle(&[]), (vec![], vec![]));
    }

    #[test]
    fn emphasis_strong_and_nesting() {
        assert_eq!(
            inlines("a *b* _c_ **d** e"),
            vec![
                text("a "),
                Inline::Emphasis(vec![text("b")]),
                text(" "),
                Inline::Emphasis(vec![text("c")]),
                text(" "),
                Inline::Strong(vec![text("d")]),
                text(" e"),
            ]
        );
        assert_eq!(
            inlines("**a *b* c**"),
            vec![Inline::Strong(vec![text("a "), Inline::Emphasis(vec![text("b")]), text(" c")])]
        );
        assert_eq!(
            inlines("*a **b** c*"),
            vec![Inline::Emphasis(vec![text("a "), Inline::Strong(vec![text("b")]), text(" c")])]
        );
        assert_eq!(inlines("***x***"), vec![Inline::Strong(vec![Inline::Emphasis(vec![text("x")])])]);
    }

    #[test]
    fn stray_markers_stay_text() {
        assert_eq!(inlines("2 * 3 * 4"), vec![text("2 * 3 * 4")]);
        assert_eq!(inlines("snake_case_name"), vec![text("snake_case_name")]);
        assert_eq!(inlines("*open"), vec![text("*open")]);
        assert_eq!(inlines("\\*not\\*"), vec![text("*not*")]);
        assert_eq!(inlines("end\\"), vec![text("end\\")]);
        assert_eq!(inlines("**"), vec![text("**")]);
    }

    #[test]
    fn links_only_for_safe_schemes() {
        assert_eq!(
            inlines("see [the doc](https://example.com/a) now"),
            vec![
                text("see "),
                Inline::Link { text: "the doc".into(), href: "https://example.com/a".into() },
                text(" now"),
            ]
        );
        assert_eq!(
            inlines("[mail](MAILTO:a@b.c)"),
            vec![Inline::Link { text: "mail".into(), href: "MAILTO:a@b.c".into() }]
        );
        assert_eq!(inlines("[x](javascript:alert(1))"), vec![text("[x](javascript:alert(1))")]);
        assert_eq!(inlines("[x](/relative)"), vec![text("[x](/relative)")]);
        assert_eq!(inlines("[x](https:)"), vec![text("[x](https:)")]);
        assert_eq!(inlines("[x] (https://a)"), vec![text("[x] (https://a)")]);
    }

    #[test]
    fn raw_html_is_literal_text() {
        assert_eq!(inlines("<b>bold</b> & <script>"), vec![text("<b>bold</b> & <script>")]);
    }

    #[test]
    fn deep_nesting_and_multibyte_text_do_not_break() {
        let deep = "*a ".repeat(50) + &"b* ".repeat(50);
        assert!(!inlines(&deep).is_empty());
        let stars = "*x ".repeat(2000);
        assert_eq!(plain(&inlines(&stars)), stars);
        assert_eq!(inlines("é*ü*"), vec![text("é"), Inline::Emphasis(vec![text("ü")])]);
        assert_eq!(plain(&inlines("_é_ [ü](https://ü)")), "é ü");
    }
}
