//! How a text names a scenario's things for its reader. The sentences are the same for
//! everyone; only the names differ: the author at a terminal reads ids (`first-move`,
//! `ship-anyway`, "response 2") in plain ASCII, the learner in the web app reads the
//! questions, the option texts in quotation marks and "decision 2", with typographic arrows
//! and apostrophes. Both read the words of their [`Catalogue`] (the author's is [`English`]).

use crate::catalogue::{Catalogue, English};
use crate::say;
use engine::playthrough::encode_response;
use engine::scenario::{NodeId, NodeKind, Scenario};
use engine::{Answer, Playthrough};

/// Who reads the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    /// The scenario's author, in the CLI and the golden plans.
    Author,
    /// The learner, in the web app.
    Learner,
}

/// The names of one scenario's things for one reader, and the catalogue they read.
#[derive(Clone, Copy)]
pub struct Names<'a> {
    pub scenario: &'a Scenario,
    pub reader: Reader,
    pub catalogue: &'a dyn Catalogue,
}

impl<'a> Names<'a> {
    pub fn author(scenario: &'a Scenario) -> Names<'a> {
        Names { scenario, reader: Reader::Author, catalogue: &English }
    }

    /// The learner's names, in the words of `catalogue` (their language).
    pub fn learner(scenario: &'a Scenario, catalogue: &'a dyn Catalogue) -> Names<'a> {
        Names { scenario, reader: Reader::Learner, catalogue }
    }

    fn id(&self, node: NodeId) -> &'a str {
        self.scenario.node(node).id.as_str()
    }

    /// Words in quotation marks: `"…"` for the author, the language's for the learner (`“…”`,
    /// `« … »`).
    pub fn quoted(&self, words: &str) -> String {
        match self.reader {
            Reader::Author => format!("\"{words}\""),
            Reader::Learner => say!(self.catalogue, "says-quoted", words = words),
        }
    }

    /// The arrow from one place or value to the next: `->` or `→`.
    pub fn arrow(&self) -> &'static str {
        match self.reader {
            Reader::Author => "->",
            Reader::Learner => "→",
        }
    }

    /// The decision at `node`: its id, or its question in quotation marks.
    pub fn decision(&self, node: NodeId) -> String {
        match self.reader {
            Reader::Author => self.id(node).to_string(),
            Reader::Learner => self.quoted(self.scenario.decision(node).map_or("", |d| d.ask.as_str())),
        }
    }

    /// The place of the response at `index` (from 0) in the playthrough: "response 3" for the
    /// author, "decision 3" as the Play view counts for the learner.
    pub fn response(&self, index: usize) -> String {
        match self.reader {
            Reader::Author => format!("response {}", index + 1),
            Reader::Learner => say!(self.catalogue, "says-decision-number", number = index + 1),
        }
    }

    /// Option `option` of the decision at `node`: its id, or its text in quotation marks.
    pub fn option(&self, node: NodeId, option: usize) -> String {
        let choice = self.scenario.decision(node).and_then(|d| d.options.get(option));
        match self.reader {
            Reader::Author => choice.map_or("?", |o| o.id.as_str()).to_string(),
            Reader::Learner => self.quoted(choice.map_or("", |o| o.text.as_str())),
        }
    }

    /// An option named in full: the author sees its id and its text (`bad, "Ship it"`), the
    /// learner its text.
    pub fn choice(&self, node: NodeId, option: usize) -> String {
        match self.reader {
            Reader::Author => {
                let text = self.scenario.decision(node).and_then(|d| d.options.get(option)).map_or("", |o| &o.text);
                format!("{}, {}", self.option(node, option), self.quoted(text))
            }
            Reader::Learner => self.option(node, option),
        }
    }

    /// Options of the decision at `node`, listed: "a, b, c".
    pub fn options(&self, node: NodeId, options: &[usize]) -> String {
        options.iter().map(|&i| self.option(node, i)).collect::<Vec<_>>().join(", ")
    }

    /// A block the story reaches: its id, or for the learner what it is ("the question “…”",
    /// "the ending “…”", "the next scene").
    pub fn block(&self, node: NodeId) -> String {
        match (self.reader, &self.scenario.node(node).kind) {
            (Reader::Author, _) => self.id(node).to_string(),
            (Reader::Learner, NodeKind::Decision(d)) => {
                say!(self.catalogue, "says-the-question", ask = self.quoted(&d.ask))
            }
            (Reader::Learner, NodeKind::Ending(e)) => {
                say!(self.catalogue, "says-the-ending", title = self.quoted(&e.title))
            }
            (Reader::Learner, NodeKind::Scene { .. }) => say!(self.catalogue, "says-the-next-scene"),
        }
    }

    /// Where an option leads: to block `next` first and on to `reaches`, the decision or ending
    /// the story would stop at (the author sees both, the learner where it stops); `None`
    /// when the story would get stuck.
    pub fn way(&self, next: Option<NodeId>, reaches: Option<NodeId>) -> String {
        match (self.reader, next, reaches) {
            (Reader::Author, Some(next), Some(reaches)) if next != reaches => {
                format!("{} ... {}", self.id(next), self.id(reaches))
            }
            (_, _, Some(reaches)) => self.block(reaches),
            _ => say!(self.catalogue, "says-stuck"),
        }
    }

    /// The ending at `node`: its id and title, or its title, in quotation marks.
    pub fn ending(&self, node: NodeId) -> String {
        let title = self.quoted(self.scenario.ending(node).map_or("", |e| e.title.as_str()));
        match self.reader {
            Reader::Author => format!("{}, {title}", self.id(node)),
            Reader::Learner => title,
        }
    }

    /// Whose concern a checklist item is: "Support’s concern", and "Users’ concern" for a name
    /// that already ends in s; the author's apostrophe is plain.
    pub fn concern(&self, stakeholder: &str) -> String {
        let plural = if stakeholder.ends_with('s') { "yes" } else { "no" };
        let said = say!(self.catalogue, "says-concern", who = stakeholder, plural = plural);
        match self.reader {
            Reader::Author => said.replace('’', "'"),
            Reader::Learner => said,
        }
    }

    /// An answer to the decision at `node`, as the words after "you": "picked …", "rated a 5,
    /// b 3", "ranked a, b, c (best first)", "ticked a, b" or "ticked nothing". A pick names
    /// the option with its text for the author, who would not otherwise see it.
    pub fn answer(&self, node: NodeId, answer: &Answer) -> String {
        let catalogue = self.catalogue;
        match answer {
            Answer::Pick(i) => say!(catalogue, "says-picked", option = self.choice(node, *i)),
            Answer::Rate(ratings) => {
                let rated: Vec<String> =
                    ratings.iter().enumerate().map(|(i, r)| format!("{} {r}", self.option(node, i))).collect();
                say!(catalogue, "says-rated", ratings = rated.join(", "))
            }
            Answer::Rank(order) => say!(catalogue, "says-ranked", options = self.options(node, order)),
            Answer::Tick(ticks) => {
                let ticked: Vec<usize> = ticks.iter().enumerate().filter(|(_, t)| **t).map(|(i, _)| i).collect();
                if ticked.is_empty() {
                    say!(catalogue, "says-ticked-nothing")
                } else {
                    say!(catalogue, "says-ticked", options = self.options(node, &ticked))
                }
            }
        }
    }

    /// How to stand again where `from` stops, after "replay it": "from the start", or after
    /// the responses before it (as a log for the author; the web app keeps them).
    pub fn replay_from(&self, from: &Playthrough) -> String {
        match (self.reader, from.responses.as_slice()) {
            (_, []) => say!(self.catalogue, "says-replay-start"),
            (Reader::Author, before) => {
                format!("after {}", before.iter().map(encode_response).collect::<Vec<_>>().join("."))
            }
            (Reader::Learner, _) => say!(self.catalogue, "says-replay-there"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Names;
    use crate::catalogue::English;
    use engine::scenario::NodeId;
    use engine::{Answer, Playthrough, Response, load};

    const STORY: &str = "id: t\ntitle: T\nrater a: A\nrater b: B\nrater c: C\n\
        == decision d1\nask: What now?\n* go: Go on.\n  ratings: a 6, b 6, c 6\n  -> s\n\
        * wait: Wait\n  ratings: a 2, b 2, c 2\n  -> d2\n\
        == scene s\nA scene.\n-> d2\n\
        == decision d2 (considerations)\nask: What matters?\n* users: Users\n  weight: +1\n  stakeholder: Users\n\
        * noise: Noise\n  weight: -1\n-> end\n\
        == ending e\ntitle: Done\n";

    fn node(scenario: &engine::Scenario, id: &str) -> NodeId {
        (0..scenario.nodes().len()).map(NodeId::new).find(|&n| scenario.node(n).id.as_str() == id).expect("a block")
    }

    #[test]
    fn the_author_reads_ids_and_the_learner_reads_words() {
        let scenario = load(STORY).expect("loads");
        let (author, learner) = (Names::author(&scenario), Names::learner(&scenario, &English));
        let (d1, d2, s, e) = (node(&scenario, "d1"), node(&scenario, "d2"), node(&scenario, "s"), node(&scenario, "e"));
        assert_eq!((author.decision(d1), learner.decision(d1)), ("d1".into(), "“What now?”".into()));
        assert_eq!((author.response(2), learner.response(2)), ("response 3".into(), "decision 3".into()));
        assert_eq!((author.option(d1, 1), learner.option(d1, 1)), ("wait".into(), "“Wait”".into()));
        assert_eq!((author.ending(e), learner.ending(e)), ("e, \"Done\"".into(), "“Done”".into()));
        assert_eq!(learner.block(d2), "the question “What matters?”");
        assert_eq!(learner.block(s), "the next scene");
        assert_eq!(
            (author.way(Some(s), Some(d2)), learner.way(Some(s), Some(d2))),
            ("s ... d2".into(), learner.block(d2))
        );
        assert_eq!(author.way(Some(d2), Some(d2)), "d2");
        assert_eq!(author.way(None, None), "(the story would get stuck)");
        assert_eq!(
            (author.concern("Users"), learner.concern("Support")),
            ("Users' concern".into(), "Support’s concern".into())
        );
    }

    #[test]
    fn answers_read_as_words_after_you() {
        let scenario = load(STORY).expect("loads");
        let (author, learner) = (Names::author(&scenario), Names::learner(&scenario, &English));
        let (d1, d2) = (node(&scenario, "d1"), node(&scenario, "d2"));
        assert_eq!(author.answer(d1, &Answer::Pick(0)), "picked go, \"Go on.\"");
        assert_eq!(learner.answer(d1, &Answer::Pick(0)), "picked “Go on.”");
        assert_eq!(author.answer(d2, &Answer::Tick(vec![true, true])), "ticked users, noise");
        assert_eq!(learner.answer(d2, &Answer::Tick(vec![false, false])), "ticked nothing");
        assert_eq!(learner.answer(d1, &Answer::Rank(vec![1, 0])), "ranked “Wait”, “Go on.” (best first)");
        assert_eq!(author.answer(d1, &Answer::Rate(vec![5, 3])), "rated go 5, wait 3");
    }

    #[test]
    fn a_replay_starts_where_the_responses_before_it_stop() {
        let scenario = load(STORY).expect("loads");
        let mut from = Playthrough::new(&scenario, 1);
        assert_eq!(Names::author(&scenario).replay_from(&from), "from the start");
        from.responses = vec![Response::pick(1)];
        assert_eq!(Names::author(&scenario).replay_from(&from), "after p1");
        assert_eq!(
            Names::learner(&scenario, &English).replay_from(&from),
            "from there, keeping your answers before it"
        );
    }
}
