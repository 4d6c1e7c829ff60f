//! Reporting to learning-management systems: the pure mapping from a playthrough and its
//! scorecard to what SCORM 1.2, SCORM 2004 4th edition and cmi5 record.
//!
//! [`record::record`] reads a scenario, a playthrough and its scorecard into a
//! [`record::Record`]; [`scorm12::values`], [`scorm2004::values`] and [`cmi5::statements`]
//! turn it into the exact element–value pairs or statements each standard takes, checked
//! against the standard's strict limits ([`limit`]) before they are returned. Nothing here
//! touches the browser, does IO or reads a clock: times come in as a [`Visit`]. The
//! browser bridges (the `lms` module, `modules/lms`) only call the
//! mapping, then `SetValue` each pair in order and `Commit` (or POST the statements), so
//! every rule lives here, where native unit tests reach it.

pub mod cmi5;
pub mod limit;
pub mod record;
pub mod scorm12;
pub mod scorm2004;
pub mod time;

pub use limit::{Limit, LimitError};
pub use record::{Record, record};
pub use time::{Duration, Timestamp, Timing};

/// Where a playthrough's results go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// No LMS: progress stays in the browser.
    Standalone,
    /// A SCORM 1.2 LMS, through `window.API`.
    Scorm12,
    /// A SCORM 2004 4th edition LMS, through `window.API_1484_11`.
    Scorm2004,
    /// A cmi5 LMS, through xAPI statements to the launch's endpoint.
    Cmi5,
}

impl Target {
    /// A short, user-facing name for the target.
    pub fn label(self) -> &'static str {
        match self {
            Target::Standalone => "standalone",
            Target::Scorm12 => "SCORM 1.2",
            Target::Scorm2004 => "SCORM 2004",
            Target::Cmi5 => "cmi5",
        }
    }
}

/// What this visit has seen, for the times the standards record: a visit is one load of the
/// app in the LMS's window, from the LMS handshake until the page goes (a reload starts
/// another). The bridge reads the clock; the mapping only formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Visit<'a> {
    /// When this visit started (after the LMS handshake).
    pub started: Timestamp,
    /// Now: when the values are produced.
    pub now: Timestamp,
    /// The learner's time zone in minutes east of UTC (`-new Date().getTimezoneOffset()`),
    /// for SCORM 1.2's time of day.
    pub offset: i32,
    /// When each response's decision was shown and answered, by response index; missing or
    /// `None` for responses given in an earlier launch, whose interactions are already
    /// recorded.
    pub timings: &'a [Option<Timing>],
}

impl Visit<'_> {
    /// The timing of response `index`, when this visit saw it.
    pub fn timing(&self, index: usize) -> Option<Timing> {
        self.timings.get(index).copied().flatten()
    }

    /// How long this visit has lasted.
    pub fn length(&self) -> Duration {
        Duration::between(self.started, self.now)
    }
}

/// Where a package opens: what the LMS passes the app at launch, as SCORM's item
/// `parameters` (appended to `index.html`) or cmi5's `launchParameters`. It is the app's own
/// route, so a SCORM launch needs no bridge to open the right view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Start {
    /// The library, to choose any scenario.
    Library,
    /// Straight into one scenario, by id.
    Scenario(String),
}

impl Start {
    /// The launch parameters: `#/play/<id>`, or nothing for the library.
    pub fn parameters(&self) -> Option<String> {
        match self {
            Start::Library => None,
            Start::Scenario(id) => Some(site::Place::Play(id.clone()).to_hash()),
        }
    }

    /// Reads launch parameters back; anything else opens the library. A leading `?` (which
    /// some LMSs add when they append parameters to the launch URL) is ignored.
    pub fn from_parameters(parameters: &str) -> Start {
        let hash = parameters.trim().trim_start_matches('?');
        match site::Place::from_hash(hash) {
            // Exactly a scenario's link, with an id the scenario language allows.
            site::Place::Play(id) if engine::parse::is_id(&id) && site::Place::Play(id.clone()).to_hash() == hash => {
                Start::Scenario(id)
            }
            _ => Start::Library,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_target_has_a_label() {
        assert_eq!(Target::Standalone.label(), "standalone");
        assert_eq!(Target::Scorm2004.label(), "SCORM 2004");
    }

    #[test]
    fn launch_parameters_round_trip() {
        for start in [Start::Library, Start::Scenario("launch-support-scripts".into())] {
            assert_eq!(Start::from_parameters(&start.parameters().unwrap_or_default()), start);
        }
        assert_eq!(Start::from_parameters("?#/play/x"), Start::Scenario("x".into()));
        assert_eq!(Start::from_parameters("#/play/a b"), Start::Library);
        assert_eq!(Start::from_parameters("#/play/café"), Start::Scenario("café".into()));
        for other in ["", "#/profile", "#/play/x/", "#/play/"] {
            assert_eq!(Start::from_parameters(other), Start::Library, "{other}");
        }
    }

    #[test]
    fn a_visit_knows_only_the_timings_it_saw() {
        let timings = [None, Some(Timing { shown: Timestamp(10), answered: Timestamp(30) })];
        let visit = Visit { started: Timestamp(0), now: Timestamp(90), offset: 0, timings: &timings };
        assert_eq!(visit.timing(0), None);
        assert_eq!(visit.timing(1).map(Timing::latency), Some(Duration(20)));
        assert_eq!(visit.timing(2), None);
        assert_eq!(visit.length(), Duration(90));
    }
}
