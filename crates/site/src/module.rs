//! The app's WebAssembly modules: one crate each under `modules/`, one registry here.
//!
//! Four modules draw the page, one at a time: [`Module::App`] (the library and every view
//! but a scenario's), [`Module::Play`] (a scenario being played), [`Module::Join`] (a
//! participant's phone in a workshop, so a join link downloads neither) and [`Module::Vote`]
//! (a participant's phone in a live room, which carries the room's transport and not the
//! join module's solo play and codes). The app mounts the
//! on-demand ones into its page ([`Module::Author`], [`Module::Review`],
//! [`Module::Workshop`], [`Module::Cohort`]); [`Module::Lms`] draws nothing and is loaded
//! only inside an LMS.

use crate::key;
use crate::place;

/// One WebAssembly module: `<name>.js` with `<name>_bg.wasm` beside the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Module {
    App,
    Play,
    Join,
    Vote,
    Author,
    Review,
    Workshop,
    Cohort,
    Lms,
}

impl Module {
    /// Every module, the four that draw the page first.
    pub const ALL: [Module; 9] = [
        Module::App,
        Module::Play,
        Module::Join,
        Module::Vote,
        Module::Author,
        Module::Review,
        Module::Workshop,
        Module::Cohort,
        Module::Lms,
    ];

    /// Its file name (and its crate's binary name).
    pub fn name(self) -> &'static str {
        match self {
            Module::App => "app",
            Module::Play => "play",
            Module::Join => "join",
            Module::Vote => "vote",
            Module::Author => "author",
            Module::Review => "review",
            Module::Workshop => "workshop",
            Module::Cohort => "cohort",
            Module::Lms => "lms",
        }
    }

    /// The stylesheets it draws with beside the page's own `app.css`, in order: `boot.js` links
    /// them before the module first draws, so its first render is styled. Every module that
    /// shows scenes and choices takes `play.css`; the app's own views need none.
    pub fn stylesheets(self) -> &'static [&'static str] {
        match self {
            Module::App | Module::Lms => &[],
            Module::Play => &["play.css"],
            Module::Author => &["play.css", "author.css"],
            Module::Cohort => &["author.css"],
            Module::Review => &["play.css", "review.css"],
            Module::Vote => &["play.css", "vote.css"],
            Module::Join | Module::Workshop => &["play.css", "vote.css", "workshop.css"],
        }
    }
}

/// What `boot.js` needs to know before any module has loaded, as a JavaScript object
/// literal (JSON): the module that draws a link by its first path segment (the rest of the
/// path is a scenario's id), where a scenario's file is, the module for every other link,
/// the LMS module, each module's stylesheets, and the key of the display settings it applies
/// before the first paint.
pub fn boot_table() -> String {
    let pages: Vec<String> = place::PAGES
        .iter()
        .map(|(segment, module)| format!("{{\"segment\":\"{segment}\",\"module\":\"{}\"}}", module.name()))
        .collect();
    let styles: Vec<String> = Module::ALL
        .iter()
        .filter(|m| !m.stylesheets().is_empty())
        .map(|m| {
            let sheets: Vec<String> = m.stylesheets().iter().map(|s| format!("\"{s}\"")).collect();
            format!("\"{}\":[{}]", m.name(), sheets.join(","))
        })
        .collect();
    format!(
        "{{\"pages\":[{}],\"scenario\":\"{}\",\"module\":\"{}\",\"lms\":\"{}\",\"styles\":{{{}}},\"settings\":\"{}\",\"language\":\"{}\"}}",
        pages.join(","),
        place::SCENARIO_FILE,
        Module::App.name(),
        Module::Lms.name(),
        styles.join(","),
        key::settings(),
        key::language()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique() {
        for (i, module) in Module::ALL.iter().enumerate() {
            for other in &Module::ALL[i + 1..] {
                assert_ne!(module.name(), other.name());
            }
        }
    }

    #[test]
    fn the_boot_table_names_the_play_module_for_play_links() {
        let table = boot_table();
        assert!(table.contains("{\"segment\":\"play\",\"module\":\"play\"}"), "{table}");
        assert!(table.contains("\"scenario\":\"library/{id}.jcp\""), "{table}");
        assert!(table.contains("\"settings\":\"judgement-call/v1/settings\""), "{table}");
        assert!(table.contains("\"language\":\"judgement-call/v1/language\""), "{table}");
        assert!(table.contains("\"styles\":{\"play\":[\"play.css\"],"), "{table}");
        assert!(!table.contains("\"app\":["), "the app draws with the page's own stylesheet: {table}");
    }
}
