//! The offer of a backup after a finished scenario: one button that downloads the learner's
//! progress (the same file as the Profile view's export) and a line saying when the last
//! copy was made. Browsers clear what sites save (site data cleared, space running short, a
//! private window closed), and a copy on the learner's own disk is the one thing they keep.

use yew::prelude::*;

use crate::hooks::use_backup::use_backup;
use crate::hooks::use_saved_entries::use_saved_entries;
use crate::hooks::window::long_date;

#[component]
pub fn Backup() -> Html {
    let (entries, _, persistent) = use_saved_entries();
    let backup = use_backup(entries);
    if !backup.anything {
        return Html::default();
    }
    let said = match (&backup.last, persistent) {
        (_, false) => "This browser is not keeping your progress: when this tab closes, your answers, your scores and your journal go with it. A backup keeps them, and Import progress in your profile brings them back.".to_string(),
        (Some(last), true) => format!("Your last backup was made on {}. Browsers can clear what a site saves, so a copy on your own device is the safe one.", long_date(last)),
        (None, true) => "You have not made a backup yet. Browsers can clear what a site saves (when space runs short, or when site data is cleared), so a copy on your own device is the safe one.".to_string(),
    };
    html! {
        <section class="backup" aria-labelledby="backup-title">
            <h3 id="backup-title">{ "Keep a copy of your progress" }</h3>
            <p>{ said }</p>
            { match backup.download {
                Some(file) => html! {
                    <a class="button secondary" href={file.href} download={file.name} onclick={backup.on_backup}>{ "Download a backup" }</a>
                },
                None => html! { <p class="loading">{ "Preparing the file…" }</p> },
            } }
        </section>
    }
}
