//! Prose chunks from the engine's Markdown subset, drawn as Yew elements.
//!
//! Everything goes through text nodes and a fixed set of elements, never through raw HTML,
//! so nothing a scenario file contains can become markup on the page. Links are only ever
//! the engine's `https:`, `http:` or `mailto:` addresses, and open in a new tab.

use yew::prelude::*;

use engine::markdown::{Chunk, Inline, plain};

/// The elements for a run of prose chunks.
pub fn blocks<'a>(blocks: impl IntoIterator<Item = &'a Chunk>) -> Html {
    blocks.into_iter().map(block).collect::<Html>()
}

/// The plain text of prose chunks, for announcements.
pub fn text<'a>(blocks: impl IntoIterator<Item = &'a Chunk>) -> String {
    let mut out = String::new();
    for block in blocks {
        let parts: Vec<&Vec<Inline>> = match block {
            Chunk::Paragraph(content) => vec![content],
            Chunk::List(items) | Chunk::Quote(items) => items.iter().collect(),
        };
        for part in parts {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&plain(part));
        }
    }
    out
}

fn block(block: &Chunk) -> Html {
    match block {
        Chunk::Paragraph(content) => html! { <p>{ inlines(content) }</p> },
        Chunk::List(items) => html! { <ul>{ for items.iter().map(|item| html! { <li>{ inlines(item) }</li> }) }</ul> },
        Chunk::Quote(paragraphs) => {
            html! { <blockquote>{ for paragraphs.iter().map(|p| html! { <p>{ inlines(p) }</p> }) }</blockquote> }
        }
    }
}

fn inlines(content: &[Inline]) -> Html {
    content
        .iter()
        .map(|inline| match inline {
            Inline::Text(text) => html! { { text.clone() } },
            Inline::Emphasis(inner) => html! { <em>{ inlines(inner) }</em> },
            Inline::Strong(inner) => html! { <strong>{ inlines(inner) }</strong> },
            Inline::Link { text, href } => {
                html! { <a href={href.clone()} target="_blank" rel="noopener noreferrer">{ text.clone() }</a> }
            }
        })
        .collect::<Html>()
}
