//! A notice: something the learner should know that is not an error of theirs, such as
//! saved progress that could not be used, or a browser that will not keep it.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub title: AttrValue,
    pub children: Html,
    /// `status` for news that can wait, `alert` for something that went wrong.
    #[prop_or(AttrValue::Static("status"))]
    pub role: AttrValue,
}

#[component]
pub fn Notice(props: &NoticeProps) -> Html {
    html! {
        <div class="notice" role={props.role.clone()}>
            <p class="notice-title">{ props.title.clone() }</p>
            { props.children.clone() }
        </div>
    }
}
