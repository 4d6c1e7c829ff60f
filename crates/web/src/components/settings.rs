//! The Settings view: the interface's language, theme, text size and motion, applied at
//! once and kept on this device. The review module draws it (`#/settings`), on demand: the
//! saved display settings are applied by `boot.js` before any module starts.

use yew::prelude::*;

use crate::hooks::boot::{self, Kept};
use crate::hooks::use_settings::use_settings;
use crate::hooks::use_title::use_title;
use crate::model::settings::{Motion, SettingsAction, TextSize, Theme};
use crate::phrase;
use site::{Place, key};

#[component]
pub fn SettingsView() -> Html {
    use_title(phrase!("settings-title"));
    let kept = boot::kept();
    let settings = use_settings();
    let group = |legend: String, name: &'static str, options: Vec<(String, bool, SettingsAction)>| {
        html! {
            <fieldset class="setting">
                <legend>{ legend }</legend>
                <div class="choices-row">
                    { for options.into_iter().map(|(label, checked, action)| {
                        let settings = settings.clone();
                        let onchange = Callback::from(move |_: Event| settings.dispatch(action));
                        html! {
                            <label class="option">
                                <input type="radio" {name} {checked} {onchange} />
                                <span>{ label }</span>
                            </label>
                        }
                    }) }
                </div>
            </fieldset>
        }
    };
    let themes = Theme::ALL.into_iter().map(|t| (t.label(), settings.theme == t, SettingsAction::Theme(t))).collect();
    let sizes = TextSize::ALL.into_iter().map(|t| (t.label(), settings.text == t, SettingsAction::Text(t))).collect();
    let motions =
        Motion::ALL.into_iter().map(|m| (m.label(), settings.motion == m, SettingsAction::Motion(m))).collect();
    html! {
        <section class="settings" aria-labelledby="settings-title">
            <h1 id="settings-title">{ phrase!("settings-title") }</h1>
            <p class="lead">{ phrase!("settings-lead") }</p>
            <Languages />
            { group(phrase!("settings-theme"), "theme", themes) }
            { group(phrase!("settings-text"), "text", sizes) }
            { group(phrase!("settings-motion"), "motion", motions) }
            <section class="about-data" aria-labelledby="data-title">
                <h2 id="data-title">{ phrase!("settings-data") }</h2>
                <p>{ phrase!("settings-data-where") }</p>
                <p class="kept" data-kept={kept.code()}>{ match kept {
                    Kept::Granted => phrase!("settings-kept-granted"),
                    Kept::NotGranted => phrase!("settings-kept-not-granted"),
                    Kept::Unknown => phrase!("settings-kept-unknown"),
                    Kept::Off => phrase!("settings-kept-off"),
                } }</p>
                <p><a href={Place::Profile.to_hash()}>{ phrase!("settings-backup-link") }</a></p>
            </section>
        </section>
    }
}

/// The interface's language: each by its own name (marked as that language for screen
/// readers), or the browser's; choosing one reloads the page in it.
#[component]
fn Languages() -> Html {
    let chosen = storage::get(&key::language());
    let option = |tag: Option<String>, label: Html| {
        let checked = chosen.as_deref() == tag.as_deref();
        let onchange = Callback::from(move |_: Event| phrase::choose(tag.as_deref()));
        html! {
            <label class="option">
                <input type="radio" name="language" {checked} {onchange} />
                { label }
            </label>
        }
    };
    html! {
        <fieldset class="setting">
            <legend>{ phrase!("settings-language") }</legend>
            <div class="choices-row">
                { option(None, html! { <span>{ phrase!("settings-language-browser") }</span> }) }
                { for phrase::languages().into_iter().map(|(tag, name)| {
                    let lang = tag.clone();
                    option(Some(tag), html! { <span {lang}>{ name }</span> })
                }) }
            </div>
        </fieldset>
    }
}
