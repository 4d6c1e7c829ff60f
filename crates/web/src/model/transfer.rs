//! The learner's saved progress as a JSON file, to keep a copy or to move it to another
//! browser: what the Profile view exports and imports.
//!
//! The file is versioned and names itself:
//!
//! ```json
//! {"format":"judgement-call-progress","version":1,"exported":"2026-11-21T10:00:00.000Z",
//!  "entries":{"progress/poor-soil":"jc1 poor-soil …","attempt/poor-soil/1f":"…","journal/poor-soil":"jj1…"}}
//! ```
//!
//! Each entry is one storage key (see `site::key::Key`), written without the `judgement-call/v1/`
//! prefix, with its text: progress, mode, journal and finished attempts. Display settings stay with the device and
//! unusable saves kept aside stay where they are. [`read`] checks a whole file before
//! anything is written, and refuses a file that is not JSON, not ours, from a newer
//! version, or holds an entry that is not what its key says, with the reason in words; and
//! [`plan`] works out what merging or replacing would change, so the hook only applies it.

use site::key::{Key, PREFIX};

use crate::model::saved::{Finished, Journal};
use crate::model::session::Mode;
use crate::phrase;
use codec::json::Json;
use engine::Playthrough;

/// What the file says it is.
pub const FORMAT: &str = "judgement-call-progress";

/// The newest version of the file this app writes and reads.
pub const VERSION: u32 = 1;

/// The largest file worth reading: far more than any learner's progress.
pub const MAX_BYTES: f64 = 4.0 * 1024.0 * 1024.0;

/// True for a storage key that export carries.
pub fn carried(key: &str) -> bool {
    Key::read(key).is_some()
}

/// The file for these saved entries (storage keys and texts), exported at `exported`.
pub fn export(entries: &[(String, String)], exported: &str) -> String {
    let entries = entries
        .iter()
        .filter(|(k, _)| carried(k))
        .filter_map(|(k, v)| Some((k.strip_prefix(PREFIX)?.to_string(), Json::str(v.clone()))));
    Json::object([
        ("format", Json::str(FORMAT)),
        ("version", Json::Number(VERSION.to_string())),
        ("exported", Json::str(exported)),
        ("entries", Json::Object(entries.collect())),
    ])
    .write()
}

/// A file that was read: its entries (storage keys and texts), checked, and when it was
/// exported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub exported: String,
    pub entries: Vec<(String, String)>,
}

impl Imported {
    /// How many scenarios the file holds anything for.
    pub fn scenarios(&self) -> usize {
        let mut ids: Vec<&str> = self.entries.iter().filter_map(|(k, _)| Key::read(k).map(Key::scenario)).collect();
        ids.sort_unstable();
        ids.dedup();
        ids.len()
    }

    /// How many finished attempts the file holds.
    pub fn attempts(&self) -> usize {
        self.entries.iter().filter(|(k, _)| matches!(Key::read(k), Some(Key::Attempt(..)))).count()
    }
}

/// Reads an exported file, checking every entry; the error is the reason, for the learner.
pub fn read(text: &str) -> Result<Imported, String> {
    let json = Json::parse(text).map_err(|_| phrase!("transfer-model-not-json"))?;
    if json.get("format").and_then(Json::as_str) != Some(FORMAT) {
        return Err(phrase!("transfer-model-not-ours"));
    }
    let version = json.get("version").and_then(Json::as_f64).filter(|v| v.fract() == 0.0 && *v >= 1.0);
    let Some(version) = version else {
        return Err(phrase!("transfer-model-no-version"));
    };
    if version > f64::from(VERSION) {
        return Err(phrase!("transfer-model-newer", version = version, supported = VERSION));
    }
    let Some(Json::Object(pairs)) = json.get("entries") else {
        return Err(phrase!("transfer-model-no-entries"));
    };
    let mut entries = Vec::with_capacity(pairs.len());
    for (key, value) in pairs {
        let Some(value) = value.as_str() else {
            return Err(phrase!("transfer-model-no-text", key = key));
        };
        let key = format!("{PREFIX}{key}");
        entry(&key, value)?;
        entries.push((key, value.to_string()));
    }
    if entries.is_empty() {
        return Err(phrase!("transfer-model-empty"));
    }
    let exported = json.get("exported").and_then(Json::as_str).unwrap_or_default().to_string();
    Ok(Imported { exported, entries })
}

/// Checks one entry: its key is one we carry, and its text is what that key holds; the
/// error is the reason, for the learner, naming the entry by its key without the prefix.
fn entry(key: &str, value: &str) -> Result<(), String> {
    let shown = key.strip_prefix(PREFIX).unwrap_or(key);
    match Key::read(key) {
        Some(Key::Progress(id)) => match Playthrough::decode(value) {
            Ok(p) if p.scenario == id => Ok(()),
            Ok(_) => Err(phrase!("transfer-model-foreign", key = shown)),
            Err(_) => Err(phrase!("transfer-model-not-playthrough", key = shown)),
        },
        Some(Key::Mode(_)) => match Mode::parse(value) {
            Some(_) => Ok(()),
            None => Err(phrase!("transfer-model-not-mode", key = shown)),
        },
        Some(Key::Journal(_)) => {
            if value.starts_with("jj1") {
                Ok(())
            } else {
                Err(phrase!("transfer-model-not-journal", key = shown))
            }
        }
        Some(Key::Attempt(id, seed)) => match Finished::decode(value) {
            Some(f) if f.playthrough.scenario == id && format!("{:x}", f.playthrough.seed) == seed => Ok(()),
            Some(_) => Err(phrase!("transfer-model-mismatch", key = shown)),
            None => Err(phrase!("transfer-model-not-attempt", key = shown)),
        },
        None => Err(phrase!("transfer-model-unknown", key = shown)),
    }
}

/// How an import treats what this browser has saved already.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    /// Adds what this browser lacks; where both hold a value, this browser's stays, and
    /// journals keep every rationale of both.
    Merge,
    /// Clears this browser's progress, attempts and journals, then takes the file's.
    Replace,
}

/// What an import will write and remove, by storage key.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    pub set: Vec<(String, String)>,
    pub remove: Vec<String>,
}

/// What importing `file` into a browser holding `current` (storage keys and texts) changes.
pub fn plan(current: &[(String, String)], file: &Imported, how: How) -> Plan {
    let mut plan = Plan::default();
    if how == How::Replace {
        let incoming = |k: &str| file.entries.iter().any(|(f, _)| f == k);
        plan.remove = current.iter().filter(|(k, _)| carried(k) && !incoming(k)).map(|(k, _)| k.clone()).collect();
        plan.set = file.entries.iter().filter(|e| !current.contains(e)).cloned().collect();
        return plan;
    }
    for (key, value) in &file.entries {
        match current.iter().find(|(k, _)| k == key).map(|(_, v)| v) {
            None => plan.set.push((key.clone(), value.clone())),
            Some(mine) if matches!(Key::read(key), Some(Key::Journal(_))) && mine != value => {
                let mut journal = Journal::decode(mine);
                for theirs in Journal::decode(value).entries {
                    if !journal.entries.iter().any(|e| e.seed == theirs.seed && e.turn == theirs.turn) {
                        journal.entries.push(theirs);
                    }
                }
                let merged = journal.encode();
                if merged != *mine {
                    plan.set.push((key.clone(), merged));
                }
            }
            Some(_) => {}
        }
    }
    plan
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;
    use site::key::{attempt, discarded, journal, mode, progress, settings};

    const LOG: &str = "jc1 first-call 0badc0de 7 p0";

    fn saved() -> Vec<(String, String)> {
        vec![
            (progress("first-call"), LOG.into()),
            (mode("first-call"), "assessment".into()),
            (journal("first-call"), "jj1\n7 0\tBecause".into()),
            (attempt("first-call", 7), format!("1790000000000 assessment {LOG}")),
            (settings(), "theme=dark".into()),
            (discarded("first-call"), "junk".into()),
        ]
    }

    #[wasm_bindgen_test]
    fn an_export_reads_back_without_the_device_settings() {
        let file = export(&saved(), "2026-11-21T10:00:00.000Z");
        assert!(file.contains("\"progress/first-call\":\"jc1 first-call"), "{file}");
        let read = read(&file).expect("our own file reads");
        assert_eq!(read.exported, "2026-11-21T10:00:00.000Z");
        assert_eq!(read.entries, saved()[..4].to_vec());
        assert_eq!((read.scenarios(), read.attempts()), (1, 1));
    }

    #[wasm_bindgen_test]
    fn a_bad_foreign_or_newer_file_is_refused_with_its_reason() {
        // Without boot.js a phrase is its id.
        let refused = |text: &str| read(text).expect_err(text);
        assert_eq!(refused("{not json"), "transfer-model-not-json");
        assert_eq!(refused("{\"name\":\"a photo\"}"), "transfer-model-not-ours");
        assert_eq!(
            refused("{\"format\":\"judgement-call-progress\",\"version\":2,\"entries\":{}}"),
            "transfer-model-newer"
        );
        assert_eq!(refused("{\"format\":\"judgement-call-progress\",\"entries\":{}}"), "transfer-model-no-version");
        assert_eq!(
            refused("{\"format\":\"judgement-call-progress\",\"version\":1,\"entries\":{}}"),
            "transfer-model-empty"
        );
        let with = |key: &str, value: &str| {
            format!("{{\"format\":\"judgement-call-progress\",\"version\":1,\"entries\":{{\"{key}\":\"{value}\"}}}}")
        };
        assert_eq!(refused(&with("progress/first-call", "jc1 other 0 1")), "transfer-model-foreign");
        assert_eq!(refused(&with("progress/first-call", "hello")), "transfer-model-not-playthrough");
        assert_eq!(refused(&with("attempt/first-call/8", &format!("1 practice {LOG}"))), "transfer-model-mismatch");
        assert_eq!(refused(&with("settings", "theme=dark")), "transfer-model-unknown");
        assert_eq!(refused(&with("progress/../x", LOG)), "transfer-model-unknown");
    }

    #[wasm_bindgen_test]
    fn merging_keeps_this_browsers_own_and_replacing_takes_the_files() {
        let file = Imported {
            exported: String::new(),
            entries: vec![
                (progress("first-call"), "jc1 first-call 0badc0de 9".into()),
                (journal("first-call"), "jj1\n7 0\tOther\n9 0\tNew".into()),
                (progress("poor-soil"), "jc1 poor-soil 00000001 1".into()),
            ],
        };
        let merged = plan(&saved(), &file, How::Merge);
        assert!(merged.remove.is_empty());
        assert_eq!(
            merged.set,
            vec![
                (journal("first-call"), "jj1\n7 0\tBecause\n9 0\tNew".to_string()),
                (progress("poor-soil"), "jc1 poor-soil 00000001 1".to_string()),
            ]
        );
        let replaced = plan(&saved(), &file, How::Replace);
        assert_eq!(replaced.set, file.entries);
        assert_eq!(replaced.remove, vec![mode("first-call"), attempt("first-call", 7)]);
    }
}
