//! The app's places and their `#/…` links, so every view has a deep link, and the module
//! that draws each.

use crate::module::Module;

/// A view the app can show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    Library,
    Play(String),
    /// The debrief of a scenario's latest finished attempt.
    Debrief(String),
    /// Dimension trends across scenarios, the journal, export and import.
    Profile,
    Author,
    Settings,
    /// A place of the workshop module (`facilitate/…`), as its path.
    Workshop(String),
    /// A participant's phone in a workshop (the join module): the path after `join/`, the
    /// scenario's id and perhaps the room's label (see `workshop::WorkshopPlace::Join`).
    Join(String),
    /// A participant's phone in a live room (the vote module): the scenario's id; the room
    /// and its broker are in the link's query (see `workshop::live::join_link`).
    Vote(String),
    /// An expert rating a scenario's options for its author's panel (the author module).
    Panel(String),
    /// A class's item analysis, from the files it left behind (the cohort module).
    Cohort,
}

/// The places a module other than the app draws as a whole page, by the first segment of
/// their path, with the module; the segment after it is a scenario's id, whose file
/// ([`SCENARIO_FILE`]) `boot.js` fetches beside the module. [`Place::module`] agrees (a test
/// checks it).
pub const PAGES: &[(&str, Module)] = &[("play", Module::Play), ("join", Module::Join), ("vote", Module::Vote)];

/// Where a built-in scenario's packed file is, beside the app: `{id}` stands for its id.
/// `boot.js` fetches every one, once a visit, for the play and LMS modules alike.
pub const SCENARIO_FILE: &str = "library/{id}.jcp";

/// The file of scenario `id`, as [`SCENARIO_FILE`] says: `library/<id>.jcp`.
pub fn scenario_file(id: &str) -> String {
    SCENARIO_FILE.replace("{id}", id)
}

impl Place {
    /// Reads a location hash such as `#/play/first-call`; anything unknown is the library.
    pub fn from_hash(hash: &str) -> Place {
        let path = hash.trim_start_matches('#').trim_start_matches('/').trim_end_matches('/');
        match path.split_once('/') {
            Some(("play", id)) if !id.is_empty() => Place::Play(id.to_string()),
            Some(("debrief", id)) if !id.is_empty() => Place::Debrief(id.to_string()),
            None if path == "profile" => Place::Profile,
            Some(("facilitate", rest)) if !rest.is_empty() => Place::Workshop(path.to_string()),
            Some(("join", rest)) if !rest.is_empty() => Place::Join(rest.to_string()),
            Some(("vote", id)) if !id.is_empty() => Place::Vote(id.to_string()),
            Some(("panel", id)) if !id.is_empty() => Place::Panel(id.to_string()),
            None if path == "author" => Place::Author,
            None if path == "cohort" => Place::Cohort,
            None if path == "settings" => Place::Settings,
            _ => Place::Library,
        }
    }

    pub fn to_hash(&self) -> String {
        match self {
            Place::Library => "#/".to_string(),
            Place::Play(id) => format!("#/play/{id}"),
            Place::Debrief(id) => format!("#/debrief/{id}"),
            Place::Profile => "#/profile".to_string(),
            Place::Author => "#/author".to_string(),
            Place::Settings => "#/settings".to_string(),
            Place::Workshop(path) => format!("#/{path}"),
            Place::Join(path) => format!("#/join/{path}"),
            Place::Vote(id) => format!("#/vote/{id}"),
            Place::Panel(id) => format!("#/panel/{id}"),
            Place::Cohort => "#/cohort".to_string(),
        }
    }

    /// The module that draws the page for this place: the play module for a scenario, the
    /// app for every other view (`boot.js` makes the same choice from [`PAGES`] before either
    /// has loaded).
    pub fn module(&self) -> Module {
        match self {
            Place::Play(_) => Module::Play,
            Place::Join(_) => Module::Join,
            Place::Vote(_) => Module::Vote,
            _ => Module::App,
        }
    }

    /// The on-demand module the app mounts to show this place, with the argument it passes;
    /// `None` for the places the app or the play module draws itself.
    pub fn hosted(&self) -> Option<(Module, String)> {
        match self {
            Place::Debrief(id) => Some((Module::Review, format!("debrief/{id}"))),
            Place::Profile => Some((Module::Review, "profile".to_string())),
            Place::Settings => Some((Module::Review, "settings".to_string())),
            Place::Author => Some((Module::Author, String::new())),
            Place::Panel(id) => Some((Module::Author, format!("panel/{id}"))),
            Place::Cohort => Some((Module::Cohort, String::new())),
            Place::Workshop(path) => Some((Module::Workshop, path.clone())),
            Place::Library | Place::Play(_) | Place::Join(_) | Place::Vote(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_round_trip() {
        let places = [
            Place::Library,
            Place::Play("first-call".into()),
            Place::Debrief("first-call".into()),
            Place::Profile,
            Place::Author,
            Place::Settings,
            Place::Workshop("facilitate/first-call/projector".into()),
            Place::Join("first-call".into()),
            Place::Join("first-call/Tuesday".into()),
            Place::Vote("first-call".into()),
            Place::Panel("first-call".into()),
            Place::Cohort,
        ];
        for place in places {
            assert_eq!(Place::from_hash(&place.to_hash()), place);
        }
        assert_eq!(Place::from_hash("#/nonsense"), Place::Library);
        assert_eq!(Place::from_hash("#/settings/"), Place::Settings);
        assert_eq!(Place::from_hash(""), Place::Library);
    }

    #[test]
    fn the_pages_table_agrees_with_the_places() {
        for (segment, module) in PAGES {
            assert_eq!(Place::from_hash(&format!("#/{segment}/some-id")).module(), *module);
        }
        for place in [Place::Library, Place::Profile, Place::Author, Place::Settings, Place::Debrief("x".into())] {
            assert_eq!(place.module(), Module::App, "{place:?}");
        }
    }
}
