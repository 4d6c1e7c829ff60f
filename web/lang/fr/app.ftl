# Le cadre de l’application (crates/web/src/app.rs) : l’en-tête, sa navigation, le pied de page, et les
# vues qui arrivent comme modules à part, chacune avec ce qu’elle affiche pendant son chargement et le
# titre de la page en attendant.

# La marque en haut à gauche de chaque page, un lien vers la bibliothèque.
app-name = { -app }
# La navigation principale, pour les lecteurs d’écran.
app-nav = Principale
app-nav-library = Bibliothèque
app-nav-profile = Profil
app-nav-author = Rédaction
app-nav-settings = Réglages
# Le pied de page, sur la page de vote d’une salle en direct.
app-footer-vote = Dans une salle en direct, les réponses que vous envoyez parviennent à l’animation par le réseau de la salle ; rien d’autre ne quitte cet appareil.
# Le pied de page, sur toutes les autres pages.
app-footer = { -app } fonctionne entièrement dans votre navigateur. Vos réponses ne quittent jamais cet appareil.
# Un avis, quand la partie de l’application qui affiche cette page n’a pas pu être téléchargée.
app-unopened = Impossible d’ouvrir cette page
app-unopened-help = Vérifiez votre connexion, puis rechargez la page.
# Chaque « …-loading » s’affiche pendant le téléchargement de sa vue ; chaque « …-title » est le titre de l’onglet du navigateur en attendant.
app-debrief-loading = Préparation de votre bilan…
app-debrief-title = Bilan
app-profile-loading = Préparation de votre profil…
app-profile-title = Profil
app-author-loading = Chargement des outils de rédaction…
app-author-title = Rédaction
app-panel-loading = Chargement du formulaire de notation…
app-panel-title = Noter les options
app-cohort-loading = Chargement de l’analyse de cohorte…
app-cohort-title = Analyse de cohorte
app-settings-loading = Chargement des réglages…
app-settings-title = Réglages
app-workshop-loading = Chargement de l’atelier…
app-workshop-title = Atelier

# Le titre de l’onglet du navigateur (crates/web/src/hooks/use_title.rs).

# Le titre dans la bibliothèque.
title-app = { -app }
# Le titre ailleurs : $title est celui de la vue (le titre d’un scénario, « Profil », …).
title-page = { $title } · { -app }

# Une vue qui arrive comme module à part (crates/web/src/components/module_host.rs), quand elle ne peut pas être téléchargée.

host-failed = Impossible de charger cette partie de { -app }
host-failed-help = Vérifiez votre connexion, puis rechargez la page.

# L’avis d’une nouvelle version de l’application (crates/web/src/components/release.rs), au-dessus de la bibliothèque.

release-ready = Une nouvelle version de { -app } est prête. Votre progression est enregistrée : vous pouvez recharger maintenant ou quand vous le souhaitez.
release-reload = Recharger pour mettre à jour

# La vue d’erreur qui remplace la page quand l’application rencontre une erreur interne (crates/web/src/panic.rs).

panic-title = Un problème est survenu
panic-lead = { -app } a rencontré une erreur interne. Votre progression enregistrée est intacte : rechargez pour reprendre à votre dernière réponse.
# Un bouton : recharge l’application.
panic-reload = Recharger { -app }
# Un titre au-dessus des détails techniques de l’erreur.
panic-details = Détails
panic-details-hint = Si cela se reproduit, joignez ces détails à votre signalement.
# Un bouton : copie les détails techniques dans le presse-papiers.
panic-copy = Copier les détails

# Recommencer, qui demande confirmation (crates/web/src/components/confirm.rs), dans un scénario en cours de jeu et dans l’écran de l’animation.

confirm-start-over = Recommencer
# Retire la question, sans rien recommencer.
confirm-keep-going = Continuer

# La vue de la bibliothèque (crates/web/src/components/library.rs).

library-title = Bibliothèque de scénarios
library-lead = Entraînez-vous aux décisions que prennent les product managers : lisez la situation, décidez, et découvrez où mène votre décision.
# Un avis, quand le navigateur ne conserve rien (fenêtre privée, page intégrée).
library-not-kept = Ce navigateur ne conserve pas votre progression
library-not-kept-why = Le stockage est désactivé ici (fenêtre privée, ou application intégrée dans une autre page) : vos réponses ne durent que jusqu’à la fermeture de cet onglet.
# L’accueil, à la première visite seulement.
library-welcome = Bienvenue dans { -app }
library-welcome-lead = Chaque scénario est un vrai dilemme produit, sans corrigé : un panel de responsables produit expérimentés a noté chaque option, et l’histoire suit vos choix.
# Trois étapes numérotées, chacune une courte phrase en gras suivie d’une autre qui en dit plus.
library-step-read = Lisez la situation.
library-step-read-more = Les scènes vous donnent les faits, les personnes et la pression.
library-step-decide = Décidez.
library-step-decide-more = Choisissez une option, notez-en ou classez-en plusieurs, ou cochez ce qui compte, et indiquez votre degré de confiance.
library-step-learn = Apprenez.
library-step-learn-more = En mode entraînement, vous voyez après chaque décision ce qui s’est passé, des conseils et le raisonnement des experts. Le mode évaluation garde les retours pour la fin.
library-welcome-hint = Un premier scénario prend environ 20 minutes. Votre progression est enregistrée sur cet appareil après chaque réponse.

# La carte d’un scénario dans la bibliothèque (crates/web/src/components/card.rs). $title est le titre du scénario.

# La durée du scénario, en minutes.
card-minutes = { $minutes } min
# Quand le scénario est dans une autre langue que l’interface : $language est le nom de cette langue (« anglais »).
card-language = En { $language }
# La liste des compétences que le scénario travaille, pour les lecteurs d’écran.
card-skills = Compétences
# Un bouton, pour un scénario pas encore commencé.
card-play = Jouer
card-play-label = { card-play } { $title }
# Un bouton, pour un scénario commencé.
card-continue = Continuer
card-continue-label = { card-continue } { $title }
card-restart = Recommencer
card-restart-label = { card-restart } : { $title }
# La question qui remplace les boutons après « Recommencer », pour les lecteurs d’écran.
card-restart-group = Recommencer { $title } ?
card-restart-question = Recommencer ? Vos réponses jusqu’ici seront effacées ; votre journal est conservé.
# Retire la question : rien n’est effacé.
card-keep = Garder ma progression
card-workshop = Animer un atelier
card-workshop-label = { card-workshop } : { $title }
# La progression d’un scénario commencé, avant son calcul exact : $count décisions prises jusqu’ici.
card-in-progress = En cours : { $count -> [one] { $count } décision prise *[other] { $count } décisions prises }
card-unusable = La progression enregistrée est inutilisable : le scénario repartira de zéro
# La progression d’un scénario en cours de jeu : $answered décisions prises sur environ $expected au total.
card-playing = { $answered } sur environ { $expected -> [one] { $expected } décision *[other] { $expected } décisions }
# Un scénario terminé : $result est son résultat, comme « 11,6 / 100, non réussi (seuil de réussite 70) » (says-result de debrief.ftl).
card-finished = Terminé : { $result }
card-debrief = Voir le bilan
card-debrief-label = { card-debrief } : { $title }

# La vue Profil (crates/web/src/components/profile.rs).

# Le titre de l’onglet du navigateur.
profile-title = Profil
profile-heading = Votre profil
profile-lead = Votre jugement d’un scénario à l’autre, les raisons que vous avez données en chemin, et votre progression, à conserver ou à déplacer. Tout reste sur cet appareil.
# Un avis, quand le navigateur ne conserve rien (fenêtre privée, page intégrée).
profile-not-kept = Ce navigateur ne conserve pas votre progression
profile-not-kept-why = Le stockage est désactivé ici (fenêtre privée, ou application intégrée dans une autre page) : il n’y a donc aucune progression enregistrée à afficher ou à exporter, ni d’endroit où importer.
profile-across = D’un scénario à l’autre
profile-scoring = Calcul des scores de vos tentatives…
# Avant qu’aucun scénario ne soit terminé.
profile-empty = Terminez un scénario et votre profil commence ici : le niveau de chaque compétence lors de votre première tentative à chaque scénario, et son évolution d’un scénario à l’autre.
profile-choose = Choisir un scénario
# Au-dessus des graphiques : $count scénarios terminés.
profile-trend-hint = { $count -> [one] { $count } scénario terminé *[other] { $count } scénarios terminés }. Chaque point, numéroté dans l’ordre où vous avez joué les scénarios, est l’estimation d’une compétence lors de votre première tentative à ce scénario (celle qui compte) ; la moustache couvre son intervalle à 80 % environ.
profile-journal = Votre journal
profile-journal-empty = Aucune justification pour l’instant. Quand une décision demande « pourquoi ? », ce que vous écrivez est conservé ici, à côté de la décision, pour être relu plus tard.
# Une justification du journal, en gras : la décision de la tentative à laquelle elle a été donnée, $number comptant à partir de 1.
profile-note-decision = Décision { $number }
# Juste après « Décision 3 » en gras quand la question de la décision est connue : $ask est la question, tirée du scénario. L’espace insécable avant le deux-points est écrite comme littéral, car une espace en début de phrase serait retirée.
profile-note-ask = { " " }: { $ask }
profile-transfer = Conserver ou déplacer votre progression

# La tentative à laquelle appartient un groupe de justifications du journal (crates/web/src/model/profile.rs).

profile-model-first = Première tentative (celle qui compte)
# $number compte les nouvelles tentatives à partir de 1.
profile-model-replay = Nouvelle tentative { $number }
profile-model-in-progress = La tentative en cours
profile-model-earlier = Une tentative antérieure, qui n’est plus enregistrée

# L’export et l’import de la progression de l’apprenant, dans la vue Profil (crates/web/src/components/transfer.rs).

transfer-export = Exporter
transfer-export-lead = Téléchargez tout ce que vous avez joué ici, avec vos tentatives et votre journal, en un seul fichier JSON : une copie à garder, ou à emporter dans un autre navigateur.
# $date est le jour où la dernière copie a été téléchargée, écrit dans la langue de la page.
transfer-last = Votre dernière copie date du { $date }.
transfer-nothing = Rien à exporter pour l’instant : jouez d’abord un scénario.
# Le bouton qui télécharge le fichier ; d’autres phrases le nomment.
transfer-export-button = Exporter la progression
transfer-preparing = Préparation du fichier…
transfer-import = Importer
# Le libellé du sélecteur de fichier.
transfer-import-choose = { transfer-import } un fichier enregistré par « { transfer-export-button } »
# Pendant la lecture d’un fichier choisi : $name est son nom de fichier.
transfer-reading = Lecture de { $name }…
# Un avis, quand un fichier est refusé.
transfer-refused = Ce fichier n’a pas été importé
# $name est le nom du fichier ; $why la raison, en une phrase ou deux.
transfer-refused-why = « { $name } » : { $why } Rien de ce qui est enregistré dans ce navigateur n’a changé.
# Un fichier lu et vérifié : $name est son nom de fichier, $scenarios le nombre de scénarios dont il contient la progression, $attempts le nombre de tentatives terminées.
transfer-ready = « { $name } » contient la progression de { $scenarios -> [one] { $scenarios } scénario *[other] { $scenarios } scénarios } et { $attempts -> [one] { $attempts } tentative terminée *[other] { $attempts } tentatives terminées }. Comment l’importer ?
# La même, avec $date, le jour de l’export, comme 2026-11-21.
transfer-ready-dated = « { $name } », exporté le { $date }, contient la progression de { $scenarios -> [one] { $scenarios } scénario *[other] { $scenarios } scénarios } et { $attempts -> [one] { $attempts } tentative terminée *[other] { $attempts } tentatives terminées }. Comment l’importer ?
# Les deux façons d’importer, chacune un libellé en gras suivi de ce qu’elle fait.
transfer-merge = Fusionner :
transfer-merge-more = ajoute ce que ce navigateur n’a pas encore. Quand les deux ont une progression pour le même scénario, celle de ce navigateur est conservée ; les journaux gardent toutes les justifications des deux.
transfer-replace = Remplacer :
transfer-replace-more = efface la progression, les tentatives et le journal enregistrés dans ce navigateur et les remplace par ceux du fichier. Exportez-les d’abord si vous pourriez en avoir besoin.
transfer-merge-button = Fusionner dans ce navigateur
transfer-replace-button = Remplacer la progression de ce navigateur
transfer-cancel = Annuler

# Pourquoi un fichier de progression est refusé (crates/web/src/model/transfer.rs). $key désigne une entrée enregistrée du fichier, comme « progress/poor-soil ».

transfer-model-not-json = Ce fichier n’est pas un export de { -app } : ce n’est pas du JSON. Choisissez le fichier .json enregistré par « { transfer-export-button } ».
transfer-model-not-ours = Ce fichier n’est pas un export de { -app } : c’est du JSON, mais pas celui qu’enregistre « { transfer-export-button } ».
transfer-model-no-version = Cet export est endommagé : il n’indique pas quelle version du format il utilise.
# $version est la version du format du fichier, $supported la plus récente que lit cette application.
transfer-model-newer = Ce fichier a été exporté par une version plus récente de { -app } (format { $version } ; celle-ci lit jusqu’au format { $supported }). Ouvrez-le dans la version plus récente, ou mettez celle-ci à jour.
transfer-model-no-entries = Cet export est endommagé : sa liste d’entrées enregistrées est absente.
transfer-model-no-text = Cet export est endommagé : l’entrée « { $key } » ne contient aucun texte.
transfer-model-empty = Cet export ne contient aucune progression : il n’y a rien à importer.
transfer-model-foreign = Cet export est endommagé : l’entrée « { $key } » est la progression d’un autre scénario.
transfer-model-not-playthrough = Cet export est endommagé : l’entrée « { $key } » n’est pas une partie.
transfer-model-not-mode = Cet export est endommagé : l’entrée « { $key } » n’est pas un mode.
transfer-model-not-journal = Cet export est endommagé : l’entrée « { $key } » n’est pas un journal de justifications.
transfer-model-mismatch = Cet export est endommagé : l’entrée « { $key } » ne correspond pas à sa clé.
transfer-model-not-attempt = Cet export est endommagé : l’entrée « { $key } » n’est pas une tentative terminée.
transfer-model-unknown = Cet export est endommagé : l’entrée « { $key } » n’est pas une donnée que { -app } enregistre.

# Ce qu’a fait l’import d’un fichier de progression, ou pourquoi il n’a pas pu commencer (crates/web/src/hooks/use_import.rs).

import-not-kept = Ce navigateur ne conserve rien (le stockage est désactivé ici) : il n’y a donc nulle part où importer.
import-too-large = Ce fichier est bien trop volumineux pour être un export de { -app }.
import-not-text = Le fichier n’a pas pu être lu comme du texte.
# Après une fusion : $items éléments enregistrés ajoutés ou combinés, provenant de $scenarios scénarios.
import-merged = Fusion effectuée : { $items -> [one] { $items } élément enregistré ajouté ou combiné *[other] { $items } éléments enregistrés ajoutés ou combinés } provenant de { $scenarios -> [one] { $scenarios } scénario *[other] { $scenarios } scénarios } ; tout ce que ce navigateur contenait est toujours là.
# Après un remplacement : la progression du fichier pour $scenarios scénarios ; $removed éléments que ce navigateur contenait auparavant ont été effacés.
import-replaced = Remplacement effectué : ce navigateur contient désormais la progression du fichier pour { $scenarios -> [one] { $scenarios } scénario *[other] { $scenarios } scénarios } ; { $removed -> [one] { $removed } élément qu’il contenait auparavant a été effacé *[other] { $removed } éléments qu’il contenait auparavant ont été effacés }.
# Ajouté après import-merged ou import-replaced quand le navigateur refuse de conserver ce qui a été importé.
import-not-kept-after = Ce navigateur a refusé d’en conserver une partie : elle ne durera que jusqu’à la fermeture de cet onglet.

# La proposition d’une sauvegarde après un scénario terminé (crates/web/src/components/backup.rs).

backup-title = Gardez une copie de votre progression
# Quand le navigateur ne conserve rien (fenêtre privée, page intégrée).
backup-not-kept = Ce navigateur ne conserve pas votre progression : à la fermeture de cet onglet, vos réponses, vos scores et votre journal disparaîtront avec lui. Une sauvegarde les conserve, et la rubrique « Importer » de votre profil les restaure.
# $date est le jour de la dernière sauvegarde, écrit dans la langue de la page.
backup-last = Votre dernière sauvegarde date du { $date }. Les navigateurs peuvent effacer ce qu’un site enregistre : une copie sur votre propre appareil est la plus sûre.
backup-none = Vous n’avez encore fait aucune sauvegarde. Les navigateurs peuvent effacer ce qu’un site enregistre (quand l’espace manque, ou quand les données du site sont effacées) : une copie sur votre propre appareil est la plus sûre.
backup-download = Télécharger une sauvegarde
backup-preparing = Préparation du fichier…

# Pourquoi la progression enregistrée d’un scénario est inutilisable, dans un avis quand le scénario repart de zéro (crates/web/src/model/saved.rs). $title est le titre du scénario.

saved-newer = Votre progression dans « { $title } » a été enregistrée par une version plus récente de { -app } : cette version-ci reprend donc le scénario de zéro.
saved-damaged = Votre progression enregistrée dans « { $title } » était endommagée et n’a pas pu être lue : le scénario repart donc de zéro.
saved-foreign = La progression enregistrée pour « { $title } » appartient à un autre scénario : celui-ci repart donc de zéro.
saved-changed = « { $title } » a changé depuis votre dernière partie : votre progression précédente ne correspond plus, et le scénario repart de zéro.
saved-misfit = Votre progression enregistrée dans « { $title } » ne correspond plus au scénario : il repart donc de zéro.

# Pourquoi un scénario n’a pas pu être ouvert (crates/web/src/hooks/use_scenario.rs).

scenario-damaged = Le fichier du scénario est endommagé. Rechargez la page pour le télécharger à nouveau.
scenario-not-downloaded = Le scénario n’a pas pu être téléchargé. Vérifiez votre connexion, puis rechargez la page.

# Pourquoi la vue Rédaction n’a pas pu vérifier un fichier (crates/web/src/hooks/use_reader.rs).

# $name est le nom du fichier choisi par l’auteur.
reader-not-text = « { $name } » n’a pas pu être lu comme du texte.
# $file est le nom de fichier de l’exemple.
reader-example-failed = L’exemple « { $file } » n’a pas pu être téléchargé.

# Ce qu’il manque encore à une décision quand l’apprenant la valide (crates/web/src/model/draft.rs).

draft-pick-first = Choisissez d’abord une option.
draft-rate-first = Notez d’abord chaque option de 1 à 7.
draft-confidence-first = Indiquez d’abord votre degré de confiance.

# L’écran de l’animation, quand l’atelier enregistré dans ce navigateur est inutilisable (crates/web/src/hooks/use_facilitation.rs).

# $why est la raison, l’une des trois ci-dessous.
use-facilitation-unusable = L’atelier enregistré dans ce navigateur n’a pas pu être utilisé ({ $why }) : celui-ci repart donc de zéro.
use-facilitation-not-a-session = ce n’est pas une séance d’atelier enregistrée
# $field : le nom d’une partie de la séance enregistrée, tel que le code l’écrit.
use-facilitation-field = son champ `{ $field }` est illisible
use-facilitation-other-version = il a été enregistré pour une autre version de ce scénario
