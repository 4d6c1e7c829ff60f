//! A validated scenario: the high-level form the rest of the app plays.
//!
//! A [`Scenario`] only comes out of [`crate::engine::load`], so every reference in it
//! resolves: scene targets are indices, never names to look up.

/// Everything a scenario file says about itself.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Meta {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub minutes: u32,
}

/// One place in the story: narrative, a decision, or an ending.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub id: String,
    /// Prose in the Markdown subset, one string per paragraph.
    pub prose: Vec<String>,
    pub kind: NodeKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum NodeKind {
    /// Narrative that flows on to `next`.
    Scene {
        next: usize,
    },
    Decision(Decision),
    Ending(Ending),
}

/// A point where the learner responds.
#[derive(Clone, Debug, PartialEq)]
pub struct Decision {
    /// The question put to the learner.
    pub ask: String,
    pub options: Vec<Choice>,
}

/// One possible action at a decision.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub id: String,
    pub text: String,
    pub consequence: String,
    pub next: usize,
}

/// A terminal scene.
#[derive(Clone, Debug, PartialEq)]
pub struct Ending {
    pub title: String,
}

/// A whole validated scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub meta: Meta,
    pub nodes: Vec<Node>,
    /// Index of the node the story starts at.
    pub start: usize,
    /// A hash of the source text, so a saved playthrough can tell the file changed.
    pub hash: u32,
}

impl Scenario {
    /// The decisions in authored order, with their node indices.
    pub fn decisions(&self) -> impl Iterator<Item = (usize, &Decision)> {
        self.nodes.iter().enumerate().filter_map(|(i, n)| match &n.kind {
            NodeKind::Decision(d) => Some((i, d)),
            _ => None,
        })
    }
}

/// FNV-1a over the source bytes: small, stable across platforms and versions.
pub fn content_hash(source: &str) -> u32 {
    source.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}
