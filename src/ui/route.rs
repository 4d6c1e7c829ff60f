//! The app's places, and their `#/…` URL form, so every view has a deep link.

/// A view the app can show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Library,
    Play(String),
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
            Some(("facilitate" | "join", rest)) if !rest.is_empty() => Route::Workshop(path.to_string()),
            None if path == "author" => Route::Author,
            None if path == "settings" => Route::Settings,
            _ => Route::Library,
        }
    }

    pub fn to_hash(&self) -> String {
        match self {
            Route::Library => "#/".to_string(),
            Route::Play(id) => format!("#/play/{id}"),
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
        for route in [
            Route::Library,
            Route::Play("first-call".into()),
            Route::Author,
            Route::Settings,
            Route::Workshop("facilitate/first-call/projector".into()),
            Route::Workshop("join/first-call".into()),
        ] {
            assert_eq!(Route::from_hash(&route.to_hash()), route);
        }
        assert_eq!(Route::from_hash("#/nonsense"), Route::Library);
        assert_eq!(Route::from_hash("#/settings/"), Route::Settings);
        assert_eq!(Route::from_hash(""), Route::Library);
    }
}
