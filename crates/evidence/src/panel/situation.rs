//! What an expert reads before rating a decision's options on the panel: the blocks that set
//! the decision up, whichever way a learner arrives. A learner reaches a decision through
//! scenes, so the situation is the decision's own block and the scenes that lead into it
//! (and the scenes that lead into those), in file order, up to the previous decision.

use engine::scenario::{NodeId, NodeKind, Scenario, Target};

/// How many scenes back the situation reaches.
const DEPTH: usize = 3;

/// The blocks whose prose sets up `decision`, in file order, the decision's own last.
pub fn situation(scenario: &Scenario, decision: NodeId) -> Vec<NodeId> {
    let mut found = vec![decision];
    let mut frontier = vec![decision];
    for _ in 0..DEPTH {
        let leading: Vec<NodeId> = scenario
            .nodes()
            .filter(|(id, node)| {
                !found.contains(id)
                    && matches!(&node.kind, NodeKind::Scene { routes }
                        if routes.iter().any(|r| matches!(r.target, Target::Node(t) if frontier.contains(&t))))
            })
            .map(|(id, _)| id)
            .collect();
        if leading.is_empty() {
            break;
        }
        found.extend(&leading);
        frontier = leading;
    }
    found.sort_unstable();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "id: s\ntitle: S\nrater a: A\nrater b: B\nrater c: C\n\
        == scene intro\nThe launch is on Tuesday.\n-> brief\n\
        == scene brief\nSupport is not ready.\n-> d1\n\
        == decision d1\nask: What now?\n* x: X\n  ratings: a 6, b 6, c 6\n  -> aside\n* y: Y\n  ratings: a 2, b 2, c 2\n  -> d2\n\
        == scene aside\nA week passes.\n-> d2\n\
        == decision d2\nask: And then?\n* x: X\n  ratings: a 6, b 6, c 6\n  -> end\n* y: Y\n  ratings: a 2, b 2, c 2\n  -> end\n\
        == ending e\ntitle: Done\n";

    #[test]
    fn a_decision_is_set_up_by_the_scenes_that_lead_into_it() {
        let scenario = engine::load(STORY).expect("loads");
        let id = |name: &str| scenario.nodes().find(|(_, n)| n.id == name).map(|(id, _)| id).expect("a block");
        let names = |ids: Vec<NodeId>| ids.into_iter().map(|i| scenario.node(i).id.clone()).collect::<Vec<_>>();
        assert_eq!(names(situation(&scenario, id("d1"))), ["intro", "brief", "d1"]);
        // A decision's option that leads straight on adds nothing: that is another decision.
        assert_eq!(names(situation(&scenario, id("d2"))), ["aside", "d2"]);
    }
}
