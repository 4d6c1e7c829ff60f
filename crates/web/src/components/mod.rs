//! The views and their parts, one component per file. Views call hooks; the parts below
//! them take plain data and `on_<verb>` callbacks. The workshop module's views (`workshop`,
//! `presenter`, `projector`, `room`, `join`, `guide`, with `vote_chart`, `decision_map` and
//! `timer`) are linked only into that module. `prose.rs`, `progress.rs` and `words.rs` are
//! plain functions that draw elements, not components.

pub mod author;
pub mod backup;
pub mod card;
pub mod checklist;
pub mod cohort;
pub mod competency_chart;
pub mod confidence;
pub mod confirm;
pub mod debrief;
pub mod decision;
pub mod decision_map;
pub mod diagnostics;
pub mod ending;
pub mod feedback;
pub mod guide;
pub mod join;
pub mod library;
pub mod module_host;
pub mod moment;
pub mod notice;
pub mod panel;
pub mod path_map;
pub mod pick;
pub mod play;
pub mod playing;
pub mod presenter;
pub mod profile;
pub mod progress;
pub mod projector;
pub mod prose;
pub mod rank;
pub mod rate;
pub mod release;
pub mod review;
pub mod room;
pub mod settings;
pub mod state_panel;
pub mod timer;
pub mod transfer;
pub mod trend_chart;
pub mod vote;
pub mod vote_chart;
pub mod words;
pub mod workshop;
