//! The Settings view: theme, text size and motion, applied at once and kept on this device.

use yew::prelude::*;

use crate::app::SettingsContext;
use crate::hooks::boot::{self, Kept};
use crate::hooks::use_title::use_title;
use crate::model::settings::{Motion, SettingsAction, TextSize, Theme};
use site::Place;

#[component]
pub fn SettingsView() -> Html {
    use_title("Settings".to_string());
    let kept = boot::kept();
    let Some(settings) = use_context::<SettingsContext>() else { return Html::default() };
    let group = |legend: &'static str, name: &'static str, options: Vec<(&'static str, bool, SettingsAction)>| {
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
            <h1 id="settings-title">{ "Settings" }</h1>
            <p class="lead">{ "Changes apply at once and are kept on this device." }</p>
            { group("Theme", "theme", themes) }
            { group("Text size", "text", sizes) }
            { group("Motion", "motion", motions) }
            <section class="about-data" aria-labelledby="data-title">
                <h2 id="data-title">{ "Your data" }</h2>
                <p>{ "Judgement Call has no server. Your progress, your mode and the reasons you write are kept in this browser’s storage, one entry per scenario, and never leave this device." }</p>
                <p class="kept" data-kept={kept.code()}>{ match kept {
                    Kept::Granted => "This browser has agreed to keep your progress: it will not clear it to make room when the device runs short of space.",
                    Kept::NotGranted => "This browser has not agreed to keep your progress for good: it may clear it when the device runs short of space, and it goes if you clear this site’s data. Download a backup from time to time.",
                    Kept::Unknown => "This browser cannot say whether it will keep your progress when the device runs short of space. Download a backup from time to time.",
                    Kept::Off => "This browser is not keeping your progress (storage is turned off here, as in a private window or an embedded page): it goes when this tab closes. Download a backup before you close it.",
                } }</p>
                <p><a href={Place::Profile.to_hash()}>{ "Back up or bring back your progress in your profile" }</a></p>
            </section>
        </section>
    }
}
