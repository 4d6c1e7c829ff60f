//! A cohort's item analysis (see docs/scoring.md, "Cohort analysis"): what a class of
//! learners did with a scenario, decision by decision, as evidence for or against its key.
//!
//! An [`Attempt`] is one learner's playthrough. The [`source`] readers turn what hosts
//! record into attempts: `jc1` logs ([`source::line`], one per line, optionally
//! `learner<TAB>log`), participants' result codes (the same lines), profile exports
//! ([`source::profile`]) and cmi5's xAPI statements ([`xapi::Statements`], fed one statement
//! or one LRS page at a time, with [`xapi::Splitter`] cutting a byte stream into
//! statements). Anything they cannot use comes back as a [`source::Skip`], counted, never a
//! panic. [`Feed`] puts them together for a host: sources as byte streams, each kind read
//! from its content, into every scenario's analysis.
//!
//! [`Cohort`] is a streaming accumulator: [`Cohort::add`] each attempt, then
//! [`Cohort::report`]. Its memory does not grow with the number of attempts: it keeps
//! per-decision tallies (counts, running sums and fixed-size histograms of overall scores)
//! and, to count only each learner's first attempt, the set of learner hashes seen (eight
//! bytes and a time each). The statement reader also holds the attempts whose statements
//! are still arriving, one per open registration. [`render`] writes a [`Report`] as text,
//! JSON or a self-contained HTML page.

pub mod feed;
pub mod html;
pub mod render;
pub mod report;
pub mod source;
pub mod tally;
pub mod xapi;

pub use feed::Feed;
pub use report::{DecisionReport, Flag, OptionReport, Report};
pub use source::{Reason, Skip};
pub use tally::Cohort;

use engine::Playthrough;
use sha2::{Digest, Sha256};

/// One learner's playthrough of the scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attempt {
    /// Who played, as the source names them (an LMS account, a mailbox, a name typed in a
    /// log); `None` when the source does not say, and then the attempt counts as its own
    /// learner's first.
    pub learner: Option<String>,
    /// When it started, in milliseconds since the Unix epoch, when the source says.
    pub when: Option<i64>,
    pub playthrough: Playthrough,
}

/// How a cohort is counted and shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Count every attempt, not only each learner's first.
    pub all_attempts: bool,
    /// Show learners' names as the sources give them, not their hashes.
    pub names: bool,
}

/// A learner's stable pseudonym: the first twelve hex digits of the SHA-256 of their id.
/// It is pseudonymous, not anonymous: anyone holding a list of ids can hash them and match.
pub fn pseudonym(learner: &str) -> String {
    digest(learner).iter().take(6).map(|b| format!("{b:02x}")).collect()
}

/// The first eight bytes of the SHA-256 of a learner's id: what the first-attempt filter keeps.
pub fn learner_key(learner: &str) -> u64 {
    digest(learner).iter().take(8).fold(0u64, |key, &b| key << 8 | u64::from(b))
}

fn digest(learner: &str) -> [u8; 32] {
    Sha256::digest(learner.as_bytes()).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudonyms_are_stable_short_sha256_prefixes() {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assert_eq!(pseudonym("abc"), "ba7816bf8f01");
        assert_eq!(learner_key("abc"), 0xba78_16bf_8f01_cfea);
        assert_ne!(pseudonym("abd"), pseudonym("abc"));
    }
}
