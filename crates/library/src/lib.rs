//! The built-in scenario library.
//!
//! Scenario files live in `scenarios/`; the build script lists them, so adding a scenario is
//! adding a file. Every target gets [`INDEX`], each scenario's listing (what a library card
//! shows). With the `text` feature (the CLI and the tests) it also gets [`ENTRIES`], every file's text
//! compiled in. The web app does not: it ships the files beside the app (Trunk copies
//! `scenarios/` into `dist/`) and fetches a scenario's text only when it is opened, which
//! keeps some 380 KB of prose out of the WebAssembly.

/// One built-in scenario file: its file name and its source text.
#[cfg(feature = "text")]
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub file: &'static str,
    pub source: &'static str,
}

/// Every built-in scenario, sorted by file name. `build.rs` lists `scenarios/*.scenario`.
#[cfg(feature = "text")]
pub const ENTRIES: &[Entry] = include!(concat!(env!("OUT_DIR"), "/library.rs"));

/// A built-in scenario translated into another language (`translations/<language>/`),
/// played as a scenario of its own, with an id of its own.
#[cfg(feature = "text")]
#[derive(Clone, Copy, Debug)]
pub struct Translation {
    /// The id of the scenario it translates (its file name there).
    pub of: &'static str,
    pub entry: Entry,
}

/// Every translation of a built-in scenario, by language, then file name.
#[cfg(feature = "text")]
pub const TRANSLATIONS: &[Translation] = include!(concat!(env!("OUT_DIR"), "/translations.rs"));

/// What the library shows of one built-in scenario before it is opened: its header's id,
/// title, summary, level, minutes, pass mark, skills and language, read by `build.rs`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Listing {
    pub id: &'static str,
    /// The file's path from the repository's root: `scenarios/<file>` (also its path beside
    /// the web app, which fetches it for the Author view), or `translations/<language>/<file>`
    /// for a translation (which the web app plays packed, and does not ship as text).
    pub file: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
    /// `junior`, `mid`, `senior` or `lead`, when the header says.
    pub level: Option<&'static str>,
    pub minutes: Option<u32>,
    /// The pass mark, 0–100.
    pub pass: u32,
    pub skills: &'static [&'static str],
    /// The scenario's language, a BCP 47 tag (`en` when the header says none).
    pub language: &'static str,
    /// For a translation, the id of the scenario it translates.
    pub of: Option<&'static str>,
}

/// Every built-in scenario's listing, sorted by file name, then every translation's.
pub const INDEX: &[Listing] = include!(concat!(env!("OUT_DIR"), "/index.rs"));

/// The listing of the built-in scenario with this id.
pub fn listing(id: &str) -> Option<&'static Listing> {
    INDEX.iter().find(|l| l.id == id)
}

/// One idea from the source articles that the library trains. Scenarios name the ideas they
/// train in their `seeds:` header; `tests/it/library.rs` checks that together they cover all.
#[derive(Clone, Copy, Debug)]
pub struct SeedIdea {
    pub id: &'static str,
    pub summary: &'static str,
}

/// Every seed idea the built-in library must cover.
pub const SEED_IDEAS: &[SeedIdea] = &[
    SeedIdea { id: "kill-beloved-initiative", summary: "Kill a beloved initiative that drains the team" },
    SeedIdea {
        id: "delay-for-support-scripts",
        summary: "Delay a launch until customer support's scripts are updated",
    },
    SeedIdea {
        id: "spot-market-opportunity",
        summary: "Spot a market opportunity and win executives over to a new team",
    },
    SeedIdea {
        id: "top-request-vs-new-customers",
        summary: "The top-requested feature against features that widen the customer base",
    },
    SeedIdea {
        id: "share-challenge-with-manager",
        summary: "Share a challenge with your manager: the challenge, how you handle it, any thoughts?",
    },
    SeedIdea { id: "it-depends", summary: "\"It depends\": if X then A, if Y then B" },
    SeedIdea {
        id: "most-backlog-never-built",
        summary: "Decide most of the backlog should never be built, and defend it",
    },
    SeedIdea { id: "ic-vs-management", summary: "The individual-contributor track against the management track" },
    SeedIdea { id: "move-when-soil-is-poor", summary: "Move teams when the soil is poor" },
    SeedIdea { id: "timing-after-failure", summary: "Timing a bet after a related failure" },
    SeedIdea { id: "review-narrative", summary: "Managing your narrative at review time" },
    SeedIdea { id: "choosing-a-manager", summary: "Choosing a manager" },
    SeedIdea { id: "career-conversation", summary: "The career conversation with your boss" },
    SeedIdea { id: "trust-no-surprises", summary: "Building trust and avoiding surprises" },
    SeedIdea { id: "blocked-on-engineering", summary: "Getting things done when blocked on engineering time" },
    SeedIdea { id: "off-strategy-work", summary: "Work you think is off-strategy" },
    SeedIdea { id: "escalation-room", summary: "An escalation room with other leaders" },
    SeedIdea { id: "recruiting-as-new-manager", summary: "Recruiting as a new manager" },
    SeedIdea { id: "side-projects-widen-scope", summary: "Side projects that widen your scope" },
    SeedIdea { id: "mentor-instead-of-keeping", summary: "Mentoring others instead of keeping the important project" },
    SeedIdea { id: "tour-of-duty", summary: "A 12–18-month tour of duty" },
    SeedIdea {
        id: "credibility-before-strategy",
        summary: "Earn credibility before strategy: master the product, customers and business first",
    },
    SeedIdea { id: "agency-unowned-problems", summary: "Agency: take on a critical problem nobody owns" },
    SeedIdea { id: "thought-leadership", summary: "Be a thought leader: write and speak about what you have learned" },
    SeedIdea {
        id: "skills-pyramid",
        summary: "Show the next level's skills before the title; lateral moves into operations, sales or marketing",
    },
    SeedIdea { id: "hard-to-work-with", summary: "Feedback that you are hard to work with, taken seriously" },
    SeedIdea { id: "time-for-strategy", summary: "Protect time for strategy and write a vision" },
    SeedIdea { id: "customer-roadmap-talks", summary: "Roadmap conversations with customers" },
    SeedIdea { id: "keep-confidences", summary: "Keep confidences as a leader, without misleading anyone" },
    SeedIdea { id: "performance-conversations", summary: "Performance conversations with the people you manage" },
];
