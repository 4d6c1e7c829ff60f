//! The app's places, and their `#/…` URL form, so every view has a deep link.

/// A view the app can show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Library,
    Play(String),
    /// The debrief of a scenario's latest finished attempt.
    Debrief(String),
    /// Dimension trends across scenarios, the journal, export and import.
    Profile,
    Author,
    Settings,
    /// A place of the workshop module (`facilitate/…` or `join/…`), as its path.
    Workshop(String),
}

impl Route {
    /// Reads a location hash such as `#/play/first-call`; anything unknown is the library.
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/').trim_end_matches('/');
        match path.split_once('/') {
            Some(("play", id)) if !id.is_empty() => Route::Play(id.to_string()),
            Some(("debrief", id)) if !id.is_empty() => Route::Debrief(id.to_string()),
            None if path == "profile" => Route::Profile,
            Some(("facilitate" | "join", rest)) if !rest.is_empty() => Route::Workshop(path.to_string()),
            None if path == "author" => Route::Author,
            None if path == "settings" => Route::Settings,
            _ => Route::Library,
        }
    }

    /// The WebAssembly module that draws this route: `play` for a scenario, `app` for every
    /// other view (`boot.js` makes the same choice from the hash before either has loaded).
    pub fn module(&self) -> &'static str {
        match self {
            Route::Play(_) => "play",
            _ => "app",
        }
    }

    pub fn to_hash(&self) -> String {
        match self {
            Route::Library => "#/".to_string(),
            Route::Play(id) => format!("#/play/{id}"),
            Route::Debrief(id) => format!("#/debrief/{id}"),
            Route::Profile => "#/profile".to_string(),
            Route::Author => "#/author".to_string(),
            Route::Settings => "#/settings".to_string(),
            Route::Workshop(path) => format!("#/{path}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    fn hashes_round_trip() {
        let routes = [
            Route::Library,
            Route::Play("first-call".into()),
            Route::Debrief("first-call".into()),
            Route::Profile,
            Route::Author,
            Route::Settings,
            Route::Workshop("facilitate/first-call/projector".into()),
            Route::Workshop("join/first-call".into()),
        ];
        for route in routes {
            assert_eq!(Route::from_hash(&route.to_hash()), route);
        }
        assert_eq!(Route::from_hash("#/nonsense"), Route::Library);
        assert_eq!(Route::from_hash("#/settings/"), Route::Settings);
        assert_eq!(Route::from_hash(""), Route::Library);
    }
}
