//! The presenter window's notes beside the current decision: the facilitator's own note on it
//! (`record::note`), the discussion prompts, the experts' reasoning and the scene as the
//! projector shows it.

use yew::prelude::*;

use crate::components::prose;
use crate::phrase;
use engine::Position;
use engine::scenario::Decision;

/// The notes for `decision` (of a scenario in the language `lang`), where the room stands at
/// `position`, after the facilitator's `note` field.
pub fn view(decision: &Decision, lang: &AttrValue, position: &Position<'_>, note: Html) -> Html {
    html! {
        <aside class="notes" aria-label={phrase!("presenter-notes")}>
            { note }
            if !decision.discuss.is_empty() {
                <section class="panel-box">
                    <h2>{ phrase!("presenter-prompts") }</h2>
                    <ul class="prompts">{ for decision.discuss.iter().map(|d| html! { <li {lang}>{ d.clone() }</li> }) }</ul>
                </section>
            }
            if !decision.reasoning.is_empty() {
                <section class="panel-box">
                    <h2>{ phrase!("presenter-reasoning") }</h2>
                    <div class="prose" {lang}>{ prose::blocks(&decision.reasoning) }</div>
                </section>
            }
            <details class="panel-box">
                <summary>{ phrase!("presenter-scene") }</summary>
                <div class="prose" {lang}>{ prose::blocks(position.passage.iter().flat_map(|p| p.prose.iter().copied())) }</div>
            </details>
        </aside>
    }
}
