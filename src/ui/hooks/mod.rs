//! Every browser effect the app has, one hook per file.

pub mod use_route;
pub mod use_scenario;
