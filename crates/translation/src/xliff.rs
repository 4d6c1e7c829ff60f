//! XLIFF 2.0, the OASIS format translators' tools read and write: a scenario's units written
//! as one `<file>` of `<unit>`s, and read back from whatever a tool made of it.
//!
//! A unit's line breaks (where a Markdown block starts) are `<ph>` codes of subtype
//! `xlf:lb`, so tools show them as tags a translator keeps; other text is plain, with
//! `xml:space="preserve"`. Reading accepts what tools add: several segments, `<mrk>` and
//! `<pc>` around text, `<cp>` characters, notes, other namespaces' extensions.

use quick_xml::NsReader;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::{Namespace, ResolveResult};

/// The XLIFF 2.0 namespace.
pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// The note category that marks a translation whose source changed after it was made.
pub const CHANGED: &str = "changed";

/// One scenario's translation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    /// The scenario's language (`srcLang`).
    pub source_language: String,
    /// The translation's language (`trgLang`).
    pub target_language: String,
    /// The scenario's id (the `<file>`'s id).
    pub scenario: String,
    pub entries: Vec<Entry>,
}

/// One unit: its source text and, once translated, its target.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    /// What the text is, for the translator.
    pub note: Option<String>,
    /// The source the translation was made from, when that has changed since.
    pub changed: Option<String>,
    pub source: String,
    pub target: Option<String>,
    pub state: State,
}

/// A segment's state, as XLIFF 2.0 names them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum State {
    #[default]
    Initial,
    Translated,
    Reviewed,
    Final,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Initial => "initial",
            State::Translated => "translated",
            State::Reviewed => "reviewed",
            State::Final => "final",
        }
    }

    fn parse(word: &str) -> Option<State> {
        [State::Initial, State::Translated, State::Reviewed, State::Final].into_iter().find(|s| s.as_str() == word)
    }
}

/// The document as XLIFF 2.0.
pub fn write(document: &Document) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<xliff xmlns=\"{NAMESPACE}\" version=\"2.0\" srcLang=\"{}\" trgLang=\"{}\">\n",
        attribute(&document.source_language),
        attribute(&document.target_language)
    ));
    out.push_str(&format!(
        "  <file id=\"{}\" original=\"{}.scenario\">\n",
        attribute(&document.scenario),
        attribute(&document.scenario)
    ));
    for entry in &document.entries {
        out.push_str(&format!("    <unit id=\"{}\">\n", attribute(&entry.id)));
        if entry.note.is_some() || entry.changed.is_some() {
            out.push_str("      <notes>\n");
            if let Some(note) = &entry.note {
                out.push_str(&format!("        <note category=\"context\">{}</note>\n", text(note)));
            }
            if let Some(was) = &entry.changed {
                out.push_str(&format!(
                    "        <note category=\"{CHANGED}\">The source changed after this was translated; it was: {}</note>\n",
                    text(&was.replace('\n', " / "))
                ));
            }
            out.push_str("      </notes>\n");
        }
        out.push_str(&format!("      <segment state=\"{}\">\n", entry.state.as_str()));
        out.push_str(&format!("        <source xml:space=\"preserve\">{}</source>\n", content(&entry.source)));
        if let Some(target) = &entry.target {
            out.push_str(&format!("        <target xml:space=\"preserve\">{}</target>\n", content(target)));
        }
        out.push_str("      </segment>\n    </unit>\n");
    }
    out.push_str("  </file>\n</xliff>\n");
    out
}

/// A unit's text as XLIFF content: line breaks as `<ph>` codes, characters XML cannot hold
/// as `<cp>`.
fn content(value: &str) -> String {
    let mut out = String::new();
    for (n, line) in value.split('\n').enumerate() {
        if n > 0 {
            out.push_str(&format!("<ph id=\"lb{n}\" type=\"fmt\" subType=\"xlf:lb\"/>"));
        }
        for c in line.chars() {
            let allowed = matches!(c, '\t' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..);
            if allowed {
                escape(c, &mut out);
            } else {
                out.push_str(&format!("<cp hex=\"{:04X}\"/>", u32::from(c)));
            }
        }
    }
    out
}

fn text(value: &str) -> String {
    let mut out = String::new();
    for c in value.chars().filter(|c| !c.is_control() || *c == '\t') {
        escape(c, &mut out);
    }
    out
}

fn attribute(value: &str) -> String {
    let mut out = String::new();
    for c in value.chars().filter(|c| !c.is_control()) {
        match c {
            '"' => out.push_str("&quot;"),
            c => escape(c, &mut out),
        }
    }
    out
}

fn escape(c: char, out: &mut String) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        c => out.push(c),
    }
}

/// Why a file cannot be read as a scenario's translation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable(pub String);

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where text being read goes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sink {
    Nowhere,
    Source,
    Target,
    /// An `<ignorable>`'s source or target: whitespace between segments, in both.
    Ignorable,
    Note,
}

/// Reads an XLIFF 2.0 (or 2.1) file holding one `<file>`.
pub fn read(xml: &str) -> Result<Document, Unreadable> {
    let mut reader = NsReader::from_str(xml);
    let mut document = Document::default();
    let mut files = 0;
    let mut root = false;
    let mut entry: Option<Entry> = None;
    let mut into = Sink::Nowhere;
    let mut ignorable = false;
    let mut target_seen = false;
    let mut note_changed = false;
    let mut note = String::new();
    // Depth inside elements of other namespaces, whose content is skipped.
    let mut foreign = 0usize;
    let mut source = String::new();
    let mut target = String::new();
    let at = |reader: &NsReader<&[u8]>| {
        let offset = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX).min(xml.len());
        xml.get(..offset).map_or(1, |before| before.matches('\n').count() + 1)
    };
    loop {
        let next = reader.read_resolved_event().map_err(|e| e.to_string());
        let (ns, event) = match next {
            Ok(next) => next,
            Err(e) => return Err(Unreadable(format!("line {}: this is not well-formed XML: {e}", at(&reader)))),
        };
        let ours = matches!(ns, ResolveResult::Bound(Namespace(n)) if n == NAMESPACE.as_bytes());
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                if foreign > 0 || (!ours && root) {
                    if !empty {
                        foreign += 1;
                    }
                    continue;
                }
                let name = e.local_name();
                let name = name.as_ref();
                if !root {
                    if name != b"xliff" || !ours {
                        return Err(Unreadable(
                            "this is not an XLIFF 2.0 file: its root is not <xliff> in the XLIFF 2.0 namespace \
                             (XLIFF 1.2 files are not read; export the scenario again)"
                                .into(),
                        ));
                    }
                    let version = get(e, "version").unwrap_or_default();
                    if !version.starts_with("2.") {
                        return Err(Unreadable(format!("this is XLIFF {version}; only XLIFF 2.0 and 2.1 are read")));
                    }
                    document.source_language = get(e, "srcLang").unwrap_or_default();
                    document.target_language = get(e, "trgLang").unwrap_or_default();
                    root = true;
                    continue;
                }
                match name {
                    b"file" => {
                        files += 1;
                        document.scenario = get(e, "id").unwrap_or_default();
                    }
                    b"unit" => {
                        let id = get(e, "id").unwrap_or_default();
                        entry = Some(Entry { id, ..Entry::default() });
                        source.clear();
                        target.clear();
                        target_seen = false;
                    }
                    b"segment" => {
                        ignorable = false;
                        if let (Some(entry), Some(state)) = (entry.as_mut(), get(e, "state")) {
                            entry.state = State::parse(&state).ok_or_else(|| {
                                Unreadable(format!("line {}: `{state}` is not an XLIFF 2.0 state", at(&reader)))
                            })?;
                        }
                    }
                    b"ignorable" => ignorable = true,
                    b"source" if entry.is_some() => into = if ignorable { Sink::Ignorable } else { Sink::Source },
                    b"target" if entry.is_some() && !ignorable => {
                        target_seen = true;
                        into = Sink::Target;
                    }
                    b"note" if entry.is_some() => {
                        note_changed = get(e, "category").as_deref() == Some(CHANGED);
                        note.clear();
                        into = Sink::Note;
                    }
                    b"ph" if get(e, "subType").as_deref() == Some("xlf:lb") => {
                        push(into, "\n", &mut source, &mut target)
                    }
                    b"cp" => {
                        let hex = get(e, "hex").unwrap_or_default();
                        let c = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32).ok_or_else(|| {
                            Unreadable(format!("line {}: <cp hex=\"{hex}\"/> is not a character", at(&reader)))
                        })?;
                        push(into, &c.to_string(), &mut source, &mut target);
                    }
                    _ => {}
                }
            }
            Event::End(ref e) => {
                if foreign > 0 {
                    foreign -= 1;
                    continue;
                }
                match e.local_name().as_ref() {
                    b"source" | b"target" => into = Sink::Nowhere,
                    b"note" => {
                        if note_changed && let Some(entry) = entry.as_mut() {
                            entry.changed = Some(note.clone());
                        }
                        into = Sink::Nowhere;
                    }
                    b"ignorable" => ignorable = false,
                    b"unit" => {
                        if let Some(mut done) = entry.take() {
                            done.source = crate::units::normalize(&source);
                            done.target =
                                Some(crate::units::normalize(&target)).filter(|t| target_seen && !t.is_empty());
                            document.entries.push(done);
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(ref t) if foreign == 0 => {
                let piece = t.xml_content().map_err(|e| Unreadable(format!("line {}: {e}", at(&reader))))?;
                literal(into, &piece, &mut source, &mut target, &mut note);
            }
            Event::CData(ref t) if foreign == 0 => {
                let piece = t.decode().map_err(|e| Unreadable(format!("line {}: {e}", at(&reader))))?;
                literal(into, &piece, &mut source, &mut target, &mut note);
            }
            Event::GeneralRef(ref r) if foreign == 0 => {
                let name = r.decode().map_err(|e| Unreadable(format!("line {}: {e}", at(&reader))))?;
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => quick_xml::escape::resolve_predefined_entity(&name)
                        .ok_or_else(|| Unreadable(format!("line {}: unknown entity `&{name};`", at(&reader))))?
                        .to_string(),
                };
                literal(into, &resolved, &mut source, &mut target, &mut note);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !root {
        return Err(Unreadable("this file is empty, or holds no <xliff> element".into()));
    }
    if files != 1 {
        return Err(Unreadable(format!(
            "this XLIFF file holds {files} <file> elements; a scenario's translation is one"
        )));
    }
    Ok(document)
}

/// Literal text: whitespace of any kind is a space (line breaks are `<ph>` codes).
fn literal(into: Sink, piece: &str, source: &mut String, target: &mut String, note: &mut String) {
    let flat = piece.replace(['\n', '\r', '\t'], " ");
    if into == Sink::Note {
        note.push_str(piece);
    } else {
        push(into, &flat, source, target);
    }
}

fn push(into: Sink, piece: &str, source: &mut String, target: &mut String) {
    match into {
        Sink::Source => source.push_str(piece),
        Sink::Target => target.push_str(piece),
        Sink::Ignorable => {
            source.push_str(piece);
            target.push_str(piece);
        }
        Sink::Nowhere | Sink::Note => {}
    }
}

/// An attribute's unescaped value, by its unprefixed name.
fn get(element: &BytesStart, name: &str) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name.as_bytes())
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document() -> Document {
        Document {
            source_language: "en".into(),
            target_language: "fr".into(),
            scenario: "s".into(),
            entries: vec![
                Entry {
                    id: "title".into(),
                    note: Some("The title".into()),
                    source: "Fish & <chips>".into(),
                    target: Some("Poisson & « frites »".into()),
                    state: State::Translated,
                    ..Entry::default()
                },
                Entry { id: "a.p1".into(), source: "One\n- two\n- three".into(), ..Entry::default() },
            ],
        }
    }

    #[test]
    fn a_written_document_reads_back_the_same() {
        let written = write(&document());
        assert!(written.contains("<ph id=\"lb1\" type=\"fmt\" subType=\"xlf:lb\"/>"), "{written}");
        let mut expect = document();
        expect.entries[0].note = None;
        let mut read = read(&written).unwrap();
        read.entries[0].note = None;
        assert_eq!(read, expect);
    }

    #[test]
    fn what_tools_add_is_read_through() {
        let xml = r#"<?xml version="1.0"?>
<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:2.0" xmlns:m="urn:other" version="2.1" srcLang="en" trgLang="de">
 <x:file id="s"><m:meta>skip <x:unit id="nope"/></m:meta>
  <x:unit id="u"><x:segment state="final"><x:source>A <x:pc id="1">b</x:pc>.</x:source>
   <x:target>Ein <x:mrk id="m">b</x:mrk>&#46;<![CDATA[ <x> ]]></x:target></x:segment>
   <x:ignorable><x:source> </x:source></x:ignorable>
   <x:segment><x:source>C<x:cp hex="0007"/></x:source><x:target>D</x:target></x:segment></x:unit>
 </x:file></x:xliff>"#;
        let read = read(xml).unwrap();
        assert_eq!(read.target_language, "de");
        assert_eq!(read.entries.len(), 1);
        assert_eq!(read.entries[0].source, "A b. C\u{7}");
        assert_eq!(read.entries[0].target.as_deref(), Some("Ein b. <x> D"));
    }

    #[test]
    fn other_files_are_refused_with_a_reason() {
        assert!(
            read("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"/>")
                .unwrap_err()
                .0
                .contains("XLIFF 1.2")
        );
        assert!(
            read("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"3.0\"/>")
                .unwrap_err()
                .0
                .contains("3.0")
        );
        assert!(
            read("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\"><file id=\"a\"><unit")
                .is_err()
        );
        assert!(read("").unwrap_err().0.contains("empty"));
    }
}
