//! Display settings: theme, text size and motion, and their saved text form.
//!
//! They are applied as `data-theme`, `data-text` and `data-motion` attributes on `<html>`
//! (never inline styles, which the page's CSP forbids); `styles/app.css` does the rest.
//! `boot.js` reads the same saved form to apply them before the app starts.

use std::rc::Rc;

use yew::Reducible;

/// The colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follows the operating system's light or dark preference.
    #[default]
    System,
    Light,
    Dark,
}

/// The base text size.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Larger,
}

/// Whether to animate.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Motion {
    /// Follows the operating system's reduced-motion preference.
    #[default]
    System,
    Reduce,
}

/// Every display setting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    pub theme: Theme,
    pub text: TextSize,
    pub motion: Motion,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The attribute value, or `None` to leave the attribute off.
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            Theme::System => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }

    pub fn label(self) -> String {
        match self {
            Theme::System => crate::phrase!("settings-theme-system"),
            Theme::Light => crate::phrase!("settings-theme-light"),
            Theme::Dark => crate::phrase!("settings-theme-dark"),
        }
    }
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Normal, TextSize::Large, TextSize::Larger];

    pub fn attribute(self) -> Option<&'static str> {
        match self {
            TextSize::Normal => None,
            TextSize::Large => Some("large"),
            TextSize::Larger => Some("larger"),
        }
    }

    pub fn label(self) -> String {
        match self {
            TextSize::Normal => crate::phrase!("settings-text-standard"),
            TextSize::Large => crate::phrase!("settings-text-large"),
            TextSize::Larger => crate::phrase!("settings-text-larger"),
        }
    }
}

impl Motion {
    pub const ALL: [Motion; 2] = [Motion::System, Motion::Reduce];

    pub fn attribute(self) -> Option<&'static str> {
        match self {
            Motion::System => None,
            Motion::Reduce => Some("reduce"),
        }
    }

    pub fn label(self) -> String {
        match self {
            Motion::System => crate::phrase!("settings-motion-system"),
            Motion::Reduce => crate::phrase!("settings-motion-reduce"),
        }
    }
}

/// The name of each attribute, and its value for these settings.
pub fn attributes(settings: Settings) -> [(&'static str, Option<&'static str>); 3] {
    [
        ("data-theme", settings.theme.attribute()),
        ("data-text", settings.text.attribute()),
        ("data-motion", settings.motion.attribute()),
    ]
}

impl Settings {
    /// `theme=dark text=large motion=reduce`, leaving out what follows the defaults.
    pub fn encode(self) -> String {
        let pairs =
            [("theme", self.theme.attribute()), ("text", self.text.attribute()), ("motion", self.motion.attribute())];
        let mut out = String::new();
        for (key, value) in pairs {
            if let Some(value) = value {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(key);
                out.push('=');
                out.push_str(value);
            }
        }
        out
    }

    /// Reads what [`Settings::encode`] wrote; anything it does not know keeps its default.
    pub fn decode(text: &str) -> Settings {
        let mut settings = Settings::default();
        for pair in text.split(' ') {
            let Some((key, value)) = pair.split_once('=') else { continue };
            let value = Some(value);
            match key {
                "theme" => settings.theme = Theme::ALL.into_iter().find(|t| t.attribute() == value).unwrap_or_default(),
                "text" => {
                    settings.text = TextSize::ALL.into_iter().find(|t| t.attribute() == value).unwrap_or_default()
                }
                "motion" => {
                    settings.motion = Motion::ALL.into_iter().find(|m| m.attribute() == value).unwrap_or_default()
                }
                _ => {}
            }
        }
        settings
    }
}

/// A change to one setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SettingsAction {
    Theme(Theme),
    Text(TextSize),
    Motion(Motion),
}

impl Reducible for Settings {
    type Action = SettingsAction;

    fn reduce(self: Rc<Self>, action: SettingsAction) -> Rc<Self> {
        let mut next = *self;
        match action {
            SettingsAction::Theme(theme) => next.theme = theme,
            SettingsAction::Text(text) => next.text = text,
            SettingsAction::Motion(motion) => next.motion = motion,
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    fn settings_round_trip_and_ignore_what_they_do_not_know() {
        let settings = Settings { theme: Theme::Dark, text: TextSize::Larger, motion: Motion::Reduce };
        assert_eq!(settings.encode(), "theme=dark text=larger motion=reduce");
        assert_eq!(Settings::decode(&settings.encode()), settings);
        assert_eq!(Settings::default().encode(), "");
        assert_eq!(
            Settings::decode("theme=purple text=large junk"),
            Settings { text: TextSize::Large, ..Settings::default() }
        );
    }
}
