//! The offer of a backup after a finished scenario: one button that downloads the learner's
//! progress (the same file as the Profile view's export) and a line saying when the last
//! copy was made. Browsers clear what sites save (site data cleared, space running short, a
//! private window closed), and a copy on the learner's own disk is the one thing they keep.

use yew::prelude::*;

use crate::hooks::use_backup::use_backup;
use crate::hooks::use_saved_entries::use_saved_entries;
use crate::hooks::window::long_date;
use crate::phrase;

#[component]
pub fn Backup() -> Html {
    let (entries, _, persistent) = use_saved_entries();
    let backup = use_backup(entries);
    if !backup.anything {
        return Html::default();
    }
    let said = match (&backup.last, persistent) {
        (_, false) => phrase!("backup-not-kept"),
        (Some(last), true) => phrase!("backup-last", date = long_date(last)),
        (None, true) => phrase!("backup-none"),
    };
    html! {
        <section class="backup" aria-labelledby="backup-title">
            <h3 id="backup-title">{ phrase!("backup-title") }</h3>
            <p>{ said }</p>
            { match backup.download {
                Some(file) => html! {
                    <a class="button secondary" href={file.href} download={file.name} onclick={backup.on_backup}>{ phrase!("backup-download") }</a>
                },
                None => html! { <p class="loading">{ phrase!("backup-preparing") }</p> },
            } }
        </section>
    }
}
