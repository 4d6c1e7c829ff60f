# L’interface de Judgement Call en français : chaque phrase que l’application affiche, par id, un fichier par partie.
# Syntaxe Fluent (https://projectfluent.org), le sous-ensemble que décrit docs/translating.md.

language-name = Français
-app = Judgement Call

# boot.js, the page's loader: when the app cannot start, and the "Copy details" button.
boot-copied = Copié
boot-copy-failed = La copie a échoué : sélectionnez le texte et copiez-le
boot-failed = { -app } n’a pas pu démarrer
boot-failed-help = Votre navigateur n’a pas pu charger l’application. Rechargez la page ; si cela se reproduit, essayez un navigateur à jour. Votre progression enregistrée est intacte.
