//! Every browser effect the app has, one hook per file, plus `boot`, every call the modules
//! make through `boot.js`, and `window`, the plain effects (a window, printing, a download)
//! the workshop views ask for. The store they share is the `storage` crate. Components
//! never do IO; they call these.

pub mod boot;
pub mod use_backup;
pub mod use_broker;
pub mod use_channel;
pub mod use_clock;
pub mod use_export;
pub mod use_facilitation;
pub mod use_fit;
pub mod use_focus;
pub mod use_handover;
pub mod use_host;
pub mod use_import;
pub mod use_join;
pub mod use_keys;
pub mod use_live;
pub mod use_module;
pub mod use_place;
pub mod use_progress;
pub mod use_reader;
pub mod use_record;
pub mod use_release;
pub mod use_replay;
pub mod use_room;
pub mod use_saved;
pub mod use_saved_entries;
pub mod use_scenario;
pub mod use_scenarios;
pub mod use_session;
pub mod use_settings;
pub mod use_stored;
pub mod use_title;
pub mod window;
