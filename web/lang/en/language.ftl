# Judgement Call's interface in English: every phrase the app shows, by id, a file for each part.
# The syntax is Fluent's (https://projectfluent.org), the subset docs/translating.md lists.
# A phrase's id is what the code says (crates/web/src/phrase.rs); a translation keeps the
# ids and the { $arguments } and translates the rest.

language-name = English
-app = Judgement Call

# boot.js, the page's loader: when the app cannot start, and the "Copy details" button.
boot-copied = Copied
boot-copy-failed = Copying failed: select the text and copy it
boot-failed = { -app } could not start
boot-failed-help = Your browser could not load the app. Reload the page; if it happens again, try an up-to-date browser. Your saved progress is untouched.
