# Le module de revue (le Bilan d’un scénario, les graphiques du Profil), le module de rédaction (la vue Rédaction, la notation par le panel d’experts) et le module de cohorte (la vue Cohorte).

# Quand on demande au module de revue un endroit qu’il ne connaît pas.
review-nothing = Rien à afficher ici
review-back = Retour à la bibliothèque

# La vue Bilan (#/debrief/<id>) : ce qu’une tentative terminée enseigne.

# Le titre de l’onglet du navigateur ; $title est le titre du scénario.
debrief-page-title = Bilan : { $title }
debrief-back = Retour à la bibliothèque
debrief-preparing = Préparation de votre bilan…
debrief-not-found = Scénario introuvable
# $id est l’identifiant du scénario dans l’adresse de la page.
debrief-not-found-body = Cette bibliothèque ne contient aucun scénario nommé « { $id } » : il n’y a donc pas de bilan à établir.
debrief-failed = Le bilan n’a pas pu être préparé
# Titre quand l’apprenant n’a pas encore terminé le scénario ; $title est le titre du scénario.
debrief-unfinished = Pas encore de bilan pour « { $title } »
debrief-unfinished-body = Le bilan suit une tentative terminée. Jouez le scénario jusqu’à sa fin, et votre bilan vous attendra ici.
debrief-unfinished-not-kept = Ce navigateur ne conserve pas votre progression (le stockage est désactivé ici) : le bilan ne peut donc pas lire vos tentatives. Votre score figure sur la fin du scénario.
debrief-outdated = Vos tentatives précédentes ont été jouées sur une ancienne version de ce scénario : leur score ne peut plus être calculé.
debrief-play = Jouer
# Le titre d’un avis quand une tentative enregistrée ne se rejoue plus.
debrief-cannot = Impossible d’établir le bilan de cette tentative
# $error est la raison donnée par le moteur (les phrases play-error de play.ftl).
debrief-cannot-body = Elle ne peut plus être rejouée sur cette version du scénario : { $error }.
# La petite étiquette au-dessus du titre du scénario.
debrief-badge = Bilan
debrief-mode-assessment = Évaluation
debrief-mode-practice = Entraînement
# Après le score global, comme dans « 72,4 / 100 ».
debrief-out-of = / 100
# Après le verdict (« Réussi · seuil de réussite 70 ») ; $mark est le seuil de réussite sur 100.
debrief-pass-mark = seuil de réussite { $mark }
# La place de cette tentative par rapport au résultat retenu de l’apprenant (sa première tentative). $record est le score de la première tentative sur 100 (écrit 72,4).
debrief-standing-changed = Vous avez modifié des réponses après avoir atteint la fin. Votre résultat retenu est cette première tentative telle qu’elle s’est d’abord terminée, avec un score de { $record } ; les parties rejouées servent à apprendre et ne la remplacent jamais.
debrief-standing-first = Votre première tentative : c’est votre résultat retenu, et les parties rejouées ne la remplacent jamais.
# $attempt est le numéro de cette tentative (2 pour la première partie rejouée) ; $score est son score, $record celui de la première tentative (tous deux sur 100, écrits 72,4).
debrief-standing-replay = Cette partie était rejouée (tentative { $attempt }), pour vous entraîner : elle a obtenu un score de { $score }. Votre résultat retenu reste votre première tentative, avec un score de { $record }.
# Sous « aucun moment clé », quand la tentative n’a rien apporté à enseigner.
debrief-no-moments-hint = Ouvrez votre profil dans le détail ci-dessous pour voir où les indices étaient rares.
debrief-breakdown = Le détail complet
# Les parties repliées du détail, chacune s’ouvre d’un geste.
debrief-fold-figures = Votre score en chiffres
debrief-fold-items = Le score de chaque décision
debrief-fold-profile = Votre profil
debrief-fold-profile-confidence = Votre profil et votre confiance
debrief-fold-paths = Votre parcours et les autres
debrief-fold-outcome = Comment l’histoire s’est terminée
debrief-profile-hint = Chaque estimation part de 0,5 et évolue avec les indices que vos réponses ont fournis ; l’intervalle indique où elle se situe avec environ 80 % de certitude : un intervalle large signifie que peu de décisions la concernaient.
# Après un choix qui a déclenché plusieurs choses, listées en dessous (en français : une espace insécable avant les deux-points, écrite { " :" } avec U+00A0 entre les guillemets).
debrief-trace-colon = { " :" }
debrief-roads-hint = À chaque choix, les options que vous avez écartées, avec la note moyenne du panel sur 7, et où chacune aurait mené.
# Sous les options écartées par l’apprenant, quand toutes mènent là où son choix a mené ; $place est cette décision ou cette fin.
debrief-fork-same = Chacune mène à { $place }, comme la vôtre : ce qui change, c’est ce que chacune déclenche.
debrief-items-hint = Chaque score (de 0 à 1) juge votre réponse par rapport aux options dont vous disposiez à ce moment-là. « Hasard » indique ce que rapporte à cet endroit une réponse au hasard ; « Perdu », ce que la décision a coûté à votre score global, en points.
# La légende du tableau des items, pour les lecteurs d’écran.
debrief-items-caption = Scores des items, décision par décision
# Les en-têtes de colonnes du tableau des items : le numéro de la décision, la question, son poids, le score, ce que rapporte le hasard, le score corrigé du hasard, les points perdus.
debrief-col-number = N°
debrief-col-decision = Décision
debrief-col-weight = Poids
debrief-col-score = Score
debrief-col-chance = Hasard
debrief-col-corrected = Corrigé du hasard
debrief-col-lost = Perdu
# Le type d’une décision, sous sa question dans le tableau des items.
debrief-kind-pick = choix
debrief-kind-rate = notation
debrief-kind-rank = classement
debrief-kind-considerations = considérations
debrief-kind-pivot = pivot
debrief-held-assessment = Les retours différés jusqu’ici
debrief-held-practice = Les retours, décision par décision
# Le retour d’une décision, replié ; $number est le numéro de la décision, $ask sa question.
debrief-held-decision = Décision { $number } : { $ask }
# Après debrief-held-decision ; $score est le score de l’item de 0 à 1, écrit 0,75.
debrief-held-score = score { $score }
debrief-calibration = La justesse de votre confiance
debrief-changes = Ce qui a changé en chemin
debrief-changes-hint = Le dénouement appartient à l’histoire, pas à votre score : les mêmes réponses obtiennent toujours le même score, quelle que soit l’évolution de l’état.
debrief-next = Et ensuite ?
# Un bouton ; $number est la décision à partir de laquelle rejouer.
debrief-replay-from = Rejouer depuis la décision { $number }
debrief-replay-start = Rejouer depuis le début

# Le graphique des compétences (Bilan et Profil) : l’estimation de chaque dimension avec son intervalle.

# À côté des chiffres d’une dimension ; $chance est ce que rapporterait le hasard, de 0 à 1, écrit 0,33.
competency-chance = hasard { $chance }
# Lu par les lecteurs d’écran entre une estimation et son intervalle (« 0,62, intervalle à ~80 % [0,45-0,78] »).
competency-band-spoken = intervalle à ~80 %
# La légende du graphique.
competency-legend-estimate = votre estimation, avec son intervalle à ~80 %
competency-legend-chance = ce que rapporterait le hasard

# Les graphiques d’évolution et le tableau du Profil : l’estimation de chaque dimension dans chaque scénario terminé.

# Un point d’un graphique, lu par les lecteurs d’écran : $number est la place du scénario dans l’ordre joué, $value l’estimation (écrite 0,62) ou « not enough evidence yet ».
trend-point = { $number } : { $value }
# La description d’un graphique pour les lecteurs d’écran ; $dimension est le nom de la dimension, $points les points (trend-point) séparés par des points-virgules.
trend-chart-description = { $dimension } dans les scénarios que vous avez terminés, dans l’ordre : { $points }
# Pour les lecteurs d’écran, dans une cellule de tableau affichée comme un tiret.
trend-not-scored = pas de score ici
trend-caption = Votre première tentative à chaque scénario, dans l’ordre où vous les avez joués : le score global, les parties rejouées depuis, et l’estimation de chaque dimension avec son intervalle à ~80 %.
# Les en-têtes de colonnes du tableau : la place du scénario dans l’ordre joué, son titre, le score, les parties rejouées.
trend-col-number = N°
trend-col-scenario = Scénario
trend-col-score = Score
trend-col-replays = Parties rejouées
# Dans la colonne Parties rejouées, quand il n’y en a aucune.
trend-replays-none = aucune
# Dans la colonne Parties rejouées : $count parties rejouées, $latest le score de la dernière (écrit 72,4), $gain son écart avec la première tentative, avec son signe (écrit +3,5, -1,2, ou 0,0 quand l’écart arrondi est nul).
trend-replays = { $count }, dernière { $latest } ({ $gain })

# La vue Rédaction (#/author, le module de rédaction) : vérifier un fichier de scénario et y jouer.

author-title = Rédaction
author-lead = Vérifiez un fichier de scénario pendant que vous l’écrivez : chaque problème avec sa ligne, puis jouez-le de bout en bout avec l’état à découvert. Les fichiers restent sur votre appareil.
author-open-file = Ouvrir un fichier .scenario
author-open-example-choose = Ou ouvrir la source d’un scénario intégré
author-open-example = Ouvrir l’exemple
# Pendant la vérification d’un fichier ; $file est son nom.
author-checking = Vérification de { $file }…
# Le titre d’un avis quand le fichier n’a pas pu être lu.
author-not-checked = Le fichier n’a pas pu être vérifié
# Le nom, pour les lecteurs d’écran, de la partie où se joue le scénario vérifié.
author-play = Jouer le scénario
# Sous le choix d’un scénario intégré : $link est le lien à envoyer aux experts (une adresse web), $command la commande qui fusionne leurs fichiers (judgement-call panel merge). Gardez les deux.
author-panel-link = Des experts notent ses options, sans voir les notes actuelles, à l’adresse { $link }. Fusionnez leurs fichiers avec { $command }.

# Ce que le moteur a trouvé dans le fichier d’un auteur (la vue Rédaction).

# Le titre des résultats ; $file est le nom du fichier, $errors et $warnings le nombre de chacun.
diagnostics-title-none = { $file } : aucun problème trouvé
diagnostics-title-warnings = { $file } : { $warnings -> [one] { $warnings } avertissement *[other] { $warnings } avertissements }
diagnostics-title-errors = { $file } : { $errors -> [one] { $errors } erreur *[other] { $errors } erreurs }
diagnostics-title-both = { $file } : { $errors -> [one] { $errors } erreur *[other] { $errors } erreurs } et { $warnings -> [one] { $warnings } avertissement *[other] { $warnings } avertissements }
diagnostics-fix = Corrigez les erreurs pour jouer le scénario. Les avertissements ne l’empêchent pas.
# La gravité d’un résultat, avant son code et le message du moteur (en anglais).
diagnostics-error = erreur
diagnostics-warning = avertissement
# Le nom, pour les lecteurs d’écran, de la ligne source que désigne un résultat ; $line est son numéro.
diagnostics-line = Ligne { $line }
# L’emplacement d’un résultat, tel que les éditeurs le lisent : le fichier, sa ligne et sa colonne.
diagnostics-where = { $file }:{ $line }:{ $col }
# Ce que signifie le code d’un résultat, au-dessus du message du moteur (en anglais) quand l’interface est dans une autre langue.
diagnostics-detail = Dans les termes du moteur :
diagnostic-expected-field = Une ligne n’a pas la forme clé: valeur attendue.
diagnostic-malformed-block = Une ligne == est illisible.
diagnostic-unknown-block-kind = Un bloc a un type autre que scene, decision ou ending, ou une décision a un type inconnu.
diagnostic-missing-id = Un bloc, une déclaration ou une route n’a pas d’identifiant.
diagnostic-malformed-option = Une ligne d’option n’a pas la forme * id: texte.
diagnostic-option-outside-decision = Une option se trouve en dehors de toute décision.
diagnostic-unknown-field = Un champ n’a pas sa place ici.
diagnostic-missing-field = Un champ obligatoire manque.
diagnostic-duplicate-field = Un champ est donné deux fois là où un seul est permis.
diagnostic-invalid-value = Une valeur est illisible.
diagnostic-invalid-number = Un nombre est illisible.
diagnostic-invalid-condition = Une condition est illisible.
diagnostic-invalid-effect = Un effet est illisible.
diagnostic-duplicate-id = Deux éléments du même type ont le même identifiant.
diagnostic-unknown-target = Une route, start: ou chose désigne un bloc qui n’existe pas.
diagnostic-unknown-state = Une condition ou un effet désigne un état non déclaré.
diagnostic-unknown-dimension = Un indice désigne une dimension non déclarée.
diagnostic-unknown-rater = Une note désigne un évaluateur non déclaré.
diagnostic-unknown-option = chose désigne une option que la décision ne comporte pas.
diagnostic-unknown-move = move: désigne une action hors du vocabulaire.
diagnostic-type-mismatch = Un drapeau est utilisé comme un nombre, ou un nombre comme un drapeau.
diagnostic-out-of-range = Une valeur sort de la plage permise.
diagnostic-missing-fallback = Ces routes peuvent laisser l’histoire sans suite.
diagnostic-misplaced-route = Une route se trouve là où aucune n’est permise.
diagnostic-too-few-options = Une décision a moins de deux options, ou une liste à cocher ne contient rien qui compte.
diagnostic-rating-out-of-range = Une note sort de l’échelle de 1 à 7.
diagnostic-too-few-raters = Moins de trois évaluateurs ont noté ces options.
diagnostic-select-all-scores = Tout cocher rapporterait un score supérieur à zéro sur cette liste à cocher.
diagnostic-empty-scenario = Le fichier n’a aucun bloc.
diagnostic-unreachable = Aucun parcours n’atteint ce bloc.
diagnostic-dead-end = Depuis ce bloc, certains parcours ne peuvent jamais atteindre de fin.
diagnostic-endless-cycle = Certains parcours ne peuvent jamais sortir de cette boucle.
diagnostic-unreachable-ending = Aucun parcours n’atteint cette fin.
diagnostic-analysis-limit = Le scénario est trop grand pour être analysé entièrement.
diagnostic-reflex-passes = Un joueur qui suit un réflexe ou le ton des options atteint le seuil de réussite.
diagnostic-broken-item = Un élément de liste coupé par un retour à la ligne termine la liste au lieu de la prolonger.

# La vue de notation du panel d’experts (#/panel/<id>, le module de rédaction) : les experts notent chaque option de 1 à 7.

# Le titre de la page et celui de l’onglet du navigateur ; $title est le titre du scénario.
panel-title = Notez les options : { $title }
panel-opening = Ouverture du scénario…
panel-not-found = Scénario introuvable
# $id est l’identifiant du scénario dans le lien.
panel-not-found-body = Cette bibliothèque ne contient aucun scénario nommé « { $id } ». Redemandez le lien à son auteur.
panel-not-opened = Le scénario n’a pas pu être ouvert
panel-lead = L’auteur de ce scénario demande à des experts de noter chaque option de ses décisions. Notez chacune pour elle-même, de 1 (un mauvais choix) à 7 (un excellent choix) ; plusieurs options peuvent mériter la même note. Les notes actuelles ne sont pas affichées : les vôtres ne dépendent que de vous.
panel-kept = Vos notes restent dans ce navigateur au fil de votre travail, et ne partent nulle part tant que vous n’avez pas téléchargé le fichier pour l’envoyer à l’auteur.
panel-name = Votre nom
panel-about = Qui vous êtes, en une phrase (facultatif)
# Le titre d’une décision ; $number est sa place, $count le nombre de décisions.
panel-decision = Décision { $number } sur { $count }
panel-rate-hint = Notez chaque option : est-ce un bon choix ici, selon le conseil que vous donneriez à un chef de produit en qui vous avez confiance ?
panel-comment = Votre commentaire pour l’auteur (facultatif)
# Sous les options d’une décision.
panel-all-rated = Toutes les options sont notées.
# Sous les options d’une décision ; $left est le nombre de ses options pas encore notées.
panel-left = Reste à noter : { $left }.
panel-send = Envoyer vos notes
# $done options notées sur $total ; suivi de ce qui manque, le cas échéant (panel-missing-…).
panel-count = Options notées : { $done } sur { $total }.
panel-missing-name = Ajoutez votre nom ci-dessus, puis téléchargez vos notes.
# $left est le nombre d’options pas encore notées.
panel-missing-options = { $left -> [one] { $left } option reste *[other] { $left } options restent } à noter.
panel-missing-options-and-name = { $left -> [one] { $left } option reste *[other] { $left } options restent } à noter, et votre nom à ajouter ci-dessus.
# Un bouton ; $file est le nom du fichier de notes.
panel-download = Télécharger { $file }
panel-copy = Copier les notes
panel-copied = Notes copiées. Collez-les dans un message à l’auteur.

# La vue Cohorte (#/cohort, le module de cohorte) : l’analyse d’items d’une classe pour un scénario.

cohort-title = Analyse de cohorte
cohort-lead = Ce qu’une classe a fait d’un scénario, décision par décision : la fréquence de choix de chaque option, la difficulté de chaque décision, sa capacité à distinguer les apprenants forts des plus faibles, et les endroits où la clé de correction mérite peut-être un second regard. Les fichiers restent sur cet appareil : tout est calculé dans ce navigateur.
cohort-scenario = Scénario
cohort-opening = Ouverture du scénario…
cohort-not-found = Scénario introuvable
cohort-not-opened = Le scénario n’a pas pu être ouvert
cohort-files = Les fichiers de la classe
cohort-files-hint = Déposez-les ici ou sélectionnez-les : déclarations cmi5 exportées de votre LRS (JSON ou NDJSON), journaux jc1 ou codes de résultat (un par ligne), ou exports de profil des apprenants. Vous pouvez en choisir plusieurs à la fois.
# Cases à cocher.
cohort-all-attempts = Compter toutes les tentatives, pas seulement la première de chaque apprenant
cohort-names = Afficher les apprenants par leur nom (sinon par un pseudonyme)
# À côté de la barre de progression ; $percent est la part des fichiers déjà lue, de 0 à 100.
cohort-reading = Lecture des fichiers : { $percent } %
# Le titre d’un avis ; en dessous, la raison (cohort-file-unreadable ou cohort-no-report).
cohort-failed = Les fichiers n’ont pas pu être lus
# $file est le nom du fichier.
cohort-file-unreadable = { $file } n’a pas pu être lu.
cohort-no-report = Aucun scénario sur lequel établir un rapport.
# Le titre du rapport.
cohort-report-title = { $attempts -> [one] { $attempts } tentative *[other] { $attempts } tentatives } de { $learners -> [one] { $learners } apprenant *[other] { $learners } apprenants }
# Le premier paragraphe du rapport : ces quatre phrases l’une après l’autre.
cohort-finished = { $finished -> [one] { $finished } a atteint une fin. *[other] { $finished } ont atteint une fin. }
cohort-first-only = Seule la première tentative de chaque apprenant compte.
cohort-every-attempt = Toutes les tentatives comptent.
cohort-by-name = Les apprenants sont affichés par leur nom.
cohort-by-pseudonym = Les apprenants sont affichés par un pseudonyme (le début d’une empreinte SHA-256).
cohort-not-counted = { $count -> [one] { $count } enregistrement n’a pas été compté. *[other] { $count } enregistrements n’ont pas été comptés. }
# Ouvre la liste des enregistrements non comptés.
cohort-skipped-title = { $count -> [one] { $count } enregistrement non compté, et pourquoi *[other] { $count } enregistrements non comptés, et pourquoi }
# La liste des enregistrements non comptés : $count enregistrements pour chaque raison.
cohort-skipped-later = { $count -> [one] { $count } tentative ultérieure *[other] { $count } tentatives ultérieures } (seules les premières tentatives comptent)
cohort-skipped-out-of-order = { $count -> [one] { $count } tentative *[other] { $count } tentatives } hors de l’ordre chronologique
cohort-skipped-elsewhere = { $count } : autre scénario
cohort-skipped-not-text = { $count } : pas du texte
cohort-skipped-not-json = { $count } : pas du JSON
cohort-skipped-not-a-statement = { $count } : pas une déclaration
cohort-skipped-no-registration = { $count } : sans inscription
cohort-skipped-unreadable-response = { $count } : réponse illisible
cohort-skipped-no-confidence = { $count } : sans confiance
cohort-skipped-not-a-playthrough = { $count } : pas une partie jouée
cohort-skipped-bad-code = { $count } : code invalide
cohort-skipped-other-version = { $count } : autre version
cohort-skipped-does-not-replay = { $count } : ne se rejoue pas
cohort-skipped-off-path = { $count } : hors parcours
cohort-skipped-no-answers = { $count } : sans réponses
cohort-skipped-not-a-profile = { $count } : pas un profil
# Avant quelques-uns des enregistrements non comptés, montrés tels quels.
cohort-examples = Par exemple :
cohort-download-html = Télécharger le rapport (HTML)
cohort-download-json = Télécharger les chiffres (JSON)
# Sous la question d’une décision : $reached apprenants l’ont atteinte ; $difficulty et $discrimination sont des valeurs de 0 à 1 (écrites 0,42) ou un tiret.
cohort-decision-figures = Atteinte par { $reached } · difficulté { $difficulty } · discrimination { $discrimination }
# La légende du tableau, pour les lecteurs d’écran ; $ask est la question de la décision.
cohort-decision-caption = Les réponses de la classe à « { $ask } »
# Les en-têtes de colonnes du tableau : l’option, combien l’ont choisie, leur part, la part des tiers supérieur et inférieur de la classe, la note moyenne du panel d’experts.
cohort-col-option = Option
cohort-col-chosen = Choisie
cohort-col-share = Part
cohort-col-top = Tiers supérieur
cohort-col-bottom = Tiers inférieur
cohort-col-mean = Moyenne des experts
# Après l’option que la clé de correction du scénario juge la meilleure.
cohort-best = (la meilleure selon la clé)
# Une part dans le tableau ; $value va de 0 à 100.
cohort-percent = { $value } %
# Ce que signifie un signalement sur une décision. $r : la discrimination de la décision (une corrélation, de -1 à 1).
cohort-flag-negative = La discrimination est négative ({ $r }) : les apprenants qui réussissent ici réussissent moins bien le reste du scénario. La clé est peut-être fausse, ou la meilleure option passe peut-être pour la pire ; vérifiez les notes.
cohort-flag-low = La discrimination est faible ({ $r }) : cette décision sépare à peine les apprenants qui réussissent le reste de ceux qui ne le réussissent pas. Elle est peut-être ambiguë, trop facile, ou elle évalue autre chose.
# $option : l’identifiant d’une option ; $top et $bottom : les pourcentages du tiers le plus fort et du tiers le plus faible qui l’ont choisie.
cohort-flag-top-favours-weak = Le tiers supérieur choisit `{ $option }` ({ $top } % de ses apprenants, contre { $bottom } % du tiers inférieur), une option que la clé note bas. Soit les meilleurs apprenants savent quelque chose que la clé ignore, soit l’option séduit pour une raison qui mérite d’être examinée.
# $share : le pourcentage d’apprenants qui l’ont choisie.
cohort-flag-rare = Presque personne ne choisit `{ $option }` ({ $share } %) : en tant que distracteur, cette option ne sert à rien. Rendez-la plus plausible ou remplacez-la.
