# Jouer un scénario : la vue de jeu, les formulaires de décision, le retour, la fin, les
# moments clés et la carte des parcours du bilan, la carte des décisions, le minuteur et le panneau d’état de la vue Rédaction.

# La vue de jeu d’un scénario intégré (components/play.rs) : pendant son ouverture, ou pourquoi elle échoue.

play-back = Retour à la bibliothèque
# Sous le titre du scénario pendant son chargement.
play-opening = Ouverture du scénario…
play-missing-title = Scénario introuvable
# $id : l’id du scénario tel qu’il figure dans l’adresse de la page.
play-missing = Cette bibliothèque ne contient aucun scénario nommé « { $id } ». Le lien est peut-être mal saisi, ou le scénario a pu être retiré.
play-failed-title = Le scénario n’a pas pu être ouvert

# Un scénario en cours de jeu (components/playing/) : son en-tête, le choix du mode, les avis, la
# décision en cours ou la fin, et le fait de recommencer.

# Le choix du mode, avant la première décision.
playing-mode-legend = Comment voulez-vous jouer ?
playing-practice = Entraînement
playing-practice-hint = Un retour après chaque décision, et vous pouvez modifier votre dernière réponse.
playing-assessment = Évaluation
playing-assessment-hint = Aucun retour avant la fin, et chaque réponse est définitive.
# Recommencer, après confirmation : le nom du groupe pour les lecteurs d’écran, puis la question.
playing-restart-group = Recommencer ?
playing-restart-question = Recommencer depuis le début ? Vos réponses de cette tentative seront effacées.
# L’en-tête : le niveau du scénario, en badge.
level-junior = junior
level-mid = confirmé
level-senior = senior
level-lead = lead
# L’en-tête : la durée du scénario en minutes.
playing-minutes = { $minutes } min
# Le libellé de la barre de progression une fois l’histoire terminée ; $count : les décisions répondues.
playing-finished = { $count -> [one] Terminé : { $count } décision *[other] Terminé : { $count } décisions }
# Le libellé de la barre de progression ; $number : la décision en cours, $expected : combien il y en aura environ.
playing-progress = Décision { $number } sur environ { $expected }
playing-saved-unusable = Votre progression enregistrée n’a pas pu être utilisée
playing-not-kept = Ce navigateur ne conserve pas votre progression
playing-not-kept-body = Le stockage est désactivé ici : vos réponses ne seront conservées que jusqu’à la fermeture de cet onglet.
# Avant la première décision, suivi de l’objectif du scénario.
playing-goal = Votre objectif :
playing-back = Retour à la bibliothèque
# Quand une partie enregistrée ne peut pas être rejouée ; $error : ce qui l’a arrêtée, l’une des phrases play-error.
playing-stopped = Le scénario s’est arrêté : { $error }.
play-error-wrong-scenario = cette progression a été enregistrée pour un autre scénario ou une autre version
play-error-finished = le scénario est déjà terminé
play-error-invalid-response = cette réponse ne correspond pas à cette décision
play-error-stuck = l’histoire n’atteint jamais ni décision ni fin
playing-start-again = Recommencer
playing-cannot-continue = Cette partie ne peut pas se poursuivre
# Lu par les lecteurs d’écran après chaque réponse, puis le verdict (entraînement) et la suite.
playing-recorded = Réponse enregistrée.
# Lu après une réponse ; $number : la décision suivante.
playing-now = À présent : décision { $number }.
# Lu après la dernière réponse ; $ending : le titre de la fin.
playing-ended = L’histoire est terminée : { $ending }.
# Le titre de la décision en cours ; $number : son numéro dans cette partie.
playing-decision = Décision { $number }
# Au-dessus du titre de la fin.
playing-how-it-ended = Comment l’histoire s’est terminée

# Le formulaire d’une décision (components/decision.rs).

# Les questions qu’une décision pose après la réponse quand le scénario ne donne pas ses propres mots.
decision-confidence-prompt = Quelle confiance accordez-vous à ce choix ?
decision-rationale-prompt = En une phrase, pourquoi ?
decision-rationale-hint = Facultatif. Conservé dans votre journal sur cet appareil.
# Ce qu’il faut faire, sous la question, selon le type de décision.
decision-hint-pick = Choisissez une option.
decision-hint-pick-submit = Choisissez une option, puis validez.
decision-hint-rate = Notez chaque option de 1 (un mauvais choix) à 7 (un excellent choix).
decision-hint-rank = Classez les options de la meilleure à la moins bonne avec les boutons Monter et Descendre.
decision-hint-considerations = Cochez chaque point qui compte ici, et seulement ceux-là.
decision-hint-pivot = Cochez les faits qui, s’ils étaient différents, changeraient le meilleur choix.
decision-submit = Valider

# Noter chaque option sur une échelle de 1 à 7 (components/rate.rs).

# La légende au-dessus des échelles.
rate-key-poor = 1 · un mauvais choix
rate-key-defensible = 4 · défendable
rate-key-excellent = 7 · un excellent choix
# Ce que disent les lecteurs d’écran pour les points 1, 4 et 7 d’une échelle (les autres ne sont que leur nombre).
rate-point-poor = 1, un mauvais choix
rate-point-defensible = 4, défendable
rate-point-excellent = 7, un excellent choix

# Classer les options (components/rank.rs).

rank-move-up = Monter
rank-move-down = Descendre
# Lu après un déplacement ; $option : le texte de l’option, $place : sa position actuelle, $count : le nombre d’options.
rank-moved = « { $option } » déplacée en position { $place } sur { $count }.

# Les niveaux de la question de confiance (components/confidence.rs).

confidence-unsure = Confiance faible
confidence-fairly-sure = Confiance moyenne
confidence-sure = Confiance élevée

# Le retour sur une réponse (components/feedback.rs).

# Le verdict sur une réponse ; $percent : la part des points obtenue, de 0 à 100.
feedback-verdict-in-line = En phase avec le panel d’experts : { $percent } % des points.
feedback-verdict-partly = En partie en phase avec le panel d’experts : { $percent } % des points.
feedback-verdict-far = Loin du panel d’experts : { $percent } % des points.
# Le titre du retour ; $number : le numéro de la décision, $verdict : l’un des verdicts ci-dessus.
feedback-title = Décision { $number } : { $verdict }
# Un libellé, suivi de l’option choisie.
feedback-you-chose = Votre choix :
feedback-what-happened = Ce qui s’est passé
feedback-coaching = Conseils
feedback-panel-rated = Les notes du panel d’experts pour chaque option
# Une étiquette à côté de l’option choisie.
feedback-your-choice = votre choix
feedback-mean-hint = Note moyenne sur 7 attribuée par le panel.
feedback-ratings = Vos notes et celles du panel
# Les colonnes du tableau des notes : l’option, la note donnée, la moyenne du panel.
feedback-option = Option
feedback-you = Vous
feedback-panel = Panel
feedback-shape-hint = Ce qui compte, c’est l’allure d’ensemble : noter les meilleurs choix plus haut que les moins bons.
feedback-your-order = Votre classement
feedback-panel-order = Le classement du panel
# Le titre du retour sur une liste à cocher : celui d’une décision pivot, puis celui d’une décision à points à considérer.
feedback-facts = Les faits décisifs
feedback-matters-here = Ce qui compte ici
# À côté de chaque élément d’une liste à cocher.
feedback-matters-ticked = Important, et vous l’avez coché
feedback-matters-left = Important, et vous ne l’avez pas coché
feedback-distraction-ticked = Hors sujet, et vous l’avez coché
feedback-distraction-left = Hors sujet, et vous ne l’avez pas coché
# Après le verdict d’un élément ; $stakeholder : la personne pour qui il compte (d’après le scénario).
feedback-concern = · enjeu pour { $stakeholder }
# Un libellé, suivi du niveau de confiance indiqué.
feedback-you-were = Vous avez indiqué :
# Un libellé, suivi de la justification écrite.
feedback-your-reasoning = Votre raisonnement :
feedback-experts-reasoned = Le raisonnement des experts
feedback-change = Modifier ma réponse

# Un moment clé du bilan (components/moment.rs).

# Ce que déplie le premier moment : le raisonnement seul, ou le raisonnement et les notes du panel.
moment-experts-reasoning = Le raisonnement des experts
moment-whole-reasoning = Tout le raisonnement, et le panel
moment-you-rated = Vous avez noté chaque option : vos notes figurent à côté de celles des experts dans le panel.
moment-you-ranked = Vous avez classé les options : votre classement figure à côté de celui des experts dans le panel.
# Après la réponse donnée : le degré de confiance indiqué.
moment-you-were-unsure = Votre confiance était faible.
moment-you-were-fairly-sure = Votre confiance était moyenne.
moment-you-were-sure = Votre confiance était élevée.
# La position d’une option dans le classement donné ; $place : 1 pour la première.
moment-place = n° { $place }
# Le tableau des notes du panel : son titre, sa légende (pour les lecteurs d’écran) et ses colonnes.
moment-panel = Les notes du panel
moment-spread-caption = Chaque option, de la meilleure à la moins bonne : la note moyenne du panel sur 7 et sa dispersion
moment-option = Option
moment-experts = Experts (moyenne ± écart type)
moment-column-rated = Votre note
moment-column-place = Votre rang
# Une étiquette à côté de l’option choisie.
moment-your-choice = votre choix

# La fin d’une partie : le résultat et la suite (components/ending.rs).

ending-result = Votre résultat
# Après le score, comme dans « 72,4 / 100 ».
ending-score-of = / 100
# Le verdict sous le score ; $pass : le seuil de réussite sur 100, $count : les décisions répondues.
ending-passed = Réussi · seuil de réussite { $pass } · { $count -> [one] { $count } décision *[other] { $count } décisions }
ending-not-passed = Non réussi · seuil de réussite { $pass } · { $count -> [one] { $count } décision *[other] { $count } décisions }
ending-score-hint = Le score évalue chaque réponse au regard des options dont vous disposiez à ce moment-là, avec des points partiels pour les choix défendables. Seule la première tentative compte ; rejouer sert à apprendre.
ending-review = Vos décisions, avec les retours différés jusqu’ici
ending-debrief = Voir votre bilan
ending-play-again = Rejouer
ending-back = Retour à la bibliothèque

# Le panneau d’état de la vue Rédaction (components/state_panel.rs).

state-title = État
state-none-declared = Ce scénario ne déclare aucun état.
# La valeur d’un état oui-ou-non.
state-yes = oui
state-no = non
# À côté de la valeur d’un nombre ; $low et $high : ses bornes, $initial : sa valeur au départ.
state-range = { $low }–{ $high }, au départ { $initial }
# À côté de la valeur d’un état oui-ou-non : sa valeur au départ.
state-started-yes = au départ oui
state-started-no = au départ non
state-pending = Effets différés en attente
state-pending-none = Aucun.
# Un effet différé qui fixe un état ; $value : la valeur qu’il fixera.
state-set-to = mis à { $value }
# Un effet différé ; $state : le libellé de l’état (d’après le scénario), $change : « +2 », « -1 » ou state-set-to.
state-change = { $state } { $change }
# Quand un effet différé s’applique ; $count : dans combien de décisions.
state-when = { $count -> [one] après la prochaine décision *[other] après { $count } décisions de plus }
state-hidden = masqué
# Sous un effet différé ; $option : l’option qui l’a causé (d’après le scénario).
state-from = Origine : { $option }

# Le compte à rebours de l’atelier (components/timer.rs).

timer-done = Temps écoulé
timer-running = En cours
timer-paused = En pause
# Le nom du compte à rebours pour les lecteurs d’écran ; $time : le temps restant, comme « 1:30 ».
timer-left = Temps restant : { $time }

# La carte du bilan, le parcours de l’apprenant à côté de celui de l’expert (components/path_map.rs).

# Dans la carte, la marque d’une fin (les décisions sont numérotées).
path-end = Fin
# Dans la carte, à côté de l’endroit où les parcours se séparent.
path-lane-you = Vous
path-lane-expert = Expert
path-map-title = Votre parcours à côté de celui de l’expert
# Le résumé de la carte. $ending, $yours, $experts : titres de fins ; $count : les décisions franchies par les deux ; $mine, $theirs : combien de plus chacun en a pris.
path-same = Vous avez pris les mêmes décisions que l’expert, une à une, jusqu’à la même fin, { $ending }.
path-differ = Votre parcours et celui de l’expert diffèrent dès le départ : le vôtre aboutit à { $yours }, celui de l’expert à { $experts }.
path-parted-same = Vous avez franchi { $count -> [one] la même décision *[other] les mêmes { $count } décisions } que l’expert, puis les parcours se sont séparés, pour aboutir tous deux à { $ending }.
path-parted = Vous avez franchi { $count -> [one] la même décision *[other] les mêmes { $count } décisions } que l’expert, puis les parcours se sont séparés : le vôtre aboutit à { $yours }, celui de l’expert à { $experts }.
path-took-same = Vous avez franchi { $count -> [one] la même première décision *[other] les mêmes { $count } premières décisions } que l’expert ; puis votre parcours en a compté { $mine } de plus et celui de l’expert { $theirs } de plus, pour aboutir tous deux à { $ending }.
path-took = Vous avez franchi { $count -> [one] la même première décision *[other] les mêmes { $count } premières décisions } que l’expert ; puis votre parcours en a compté { $mine } de plus et celui de l’expert { $theirs } de plus : le vôtre aboutit à { $yours }, celui de l’expert à { $experts }.
# La légende de la carte.
path-key-you = vous
path-key-expert = l’expert
path-key-parted = vous avez répondu différemment
path-yours = Votre parcours
path-experts = Le parcours de l’expert
# Dans les listes, sous la question de chaque décision : ce que l’apprenant (vous) ou l’expert a répondu. $option : le texte de l’option entre guillemets ; $count : le nombre d’options ; $ticked : combien ont été cochées.
path-you-picked = vous avez choisi { $option }
path-expert-picked = l’expert a choisi { $option }
path-you-rated = vous avez noté les { $count } options
path-expert-rated = l’expert a noté les { $count } options
path-you-ranked = vous avez classé les { $count } options
path-expert-ranked = l’expert a classé les { $count } options
path-you-ticked = vous en avez coché { $ticked } sur { $count }
path-expert-ticked = l’expert en a coché { $ticked } sur { $count }
# Au-dessus de la liste de l’expert ; $count : combien de décisions les parcours ont en commun.
path-through = { $count -> [one] Même première décision que la vôtre *[other] Mêmes { $count } premières décisions que les vôtres } ; seules figurent ici les réponses où l’expert a répondu autrement, puis la suite à partir de la séparation des parcours.
path-same-answers = Les mêmes que les vôtres, réponse pour réponse.

# La carte des décisions d’un scénario (components/decision_map.rs).

# Les noms courts des décisions d’un scénario (D1, D2…) et de ses fins (F1, F2…), dans l’ordre de rédaction.
map-decision-name = D{ $number }
map-ending-name = F{ $number }
# Le nom de la carte pour les lecteurs d’écran ; $title : le titre du scénario, $count : le nombre de cases.
map-summary = Carte des décisions du scénario « { $title } » : { $count } décisions et fins ; les options de chaque décision mènent à la suivante.
