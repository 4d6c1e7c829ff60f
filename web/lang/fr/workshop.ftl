# Le mode atelier : le guide d’animation, l’écran de l’animation et la fenêtre du projecteur, la
# synthèse de la salle, et les téléphones des participants (codes d’atelier et salles en direct).

# Les pages de l’atelier (components/workshop.rs) : titres des pages et pages qui ne peuvent pas s’ouvrir.

# Titres des pages ; $title : le titre du scénario.
workshop-title-presenter = Animer { $title }
workshop-title-projector = { $title } (projecteur)
workshop-title-guide = Guide d’animation : { $title }
workshop-title-join = Atelier : { $title }
workshop-title-vote = Salle en direct : { $title }
workshop-title-not-found = Introuvable
workshop-back = Retour à la bibliothèque
workshop-page-not-found = Page introuvable
workshop-page-not-found-text = Ce lien d’atelier est incomplet ou mal saisi.
# Pendant le téléchargement du fichier du scénario.
workshop-opening = Ouverture du scénario…
workshop-unknown = Scénario introuvable
# $id : l’id du scénario tel qu’il figure dans le lien.
workshop-unknown-text = Cette bibliothèque ne contient aucun scénario nommé « { $id } ». Le lien est peut-être mal saisi, ou le scénario a pu être retiré.
workshop-failed = Le scénario n’a pas pu être ouvert

# Le guide d’animation imprimable (components/guide.rs).

guide-print = Imprimer le guide
# Lien vers l’écran de l’animation.
guide-facilitator-mode = Mode animation
guide-eyebrow = Guide d’animation
# Sous le titre du guide ; $minutes : le temps qu’il faut à une personne pour jouer le scénario.
guide-counts = { $decisions -> [one] { $decisions } décision *[other] { $decisions } décisions } · { $endings -> [one] { $endings } fin *[other] { $endings } fins } · environ { $minutes } minutes pour une personne seule
guide-synopsis = Synopsis
# Un libellé avant l’objectif du scénario.
guide-goal = L’objectif des participants :
# Un libellé avant la liste des compétences.
guide-skills = Compétences :
# Un libellé avant la liste des experts qui ont noté les options.
guide-panel = Le panel d’experts :
# Le titre du déroulé proposé ; $minutes : la durée de la séance (60).
guide-plan-title = Une séance de { $minutes } minutes
guide-plan-how = Ouvrez le mode animation sur votre ordinateur portable, et sa fenêtre de projecteur sur le projecteur. À chaque décision : affichez la scène et lisez-la à voix haute, affichez la question, lancez le minuteur pour un vote à main levée (ou laissez les participants répondre sur leur téléphone), dévoilez les votes de la salle à côté de ceux des experts, animez la discussion avec les pistes proposées, puis suivez la majorité ou la branche de votre choix. Les durées suivent le parcours des experts ; un autre parcours peut compter une décision de plus ou de moins.
# Les en-têtes de colonnes du tableau du déroulé.
guide-when = Moment
guide-minutes = Minutes
guide-what = Déroulé
guide-timing-welcome = Accueil. Posez le décor et l’objectif ; montrez comment rejoindre l’atelier sur téléphone ; expliquez les mains levées, le minuteur et le dévoilement des votes.
# Une décision dans le tableau du déroulé, en gras : $label est son nom dans la carte (D1, D2…), $ask sa question.
guide-timing-decision = { $label } : { $ask }
# Après la question de la décision ; $seconds : la durée du vote au minuteur.
guide-timing-steps = Lisez la scène, faites voter ({ $seconds } s au minuteur), dévoilez, discutez, suivez.
guide-timing-wrap = La fin et ce qui y a mené ; recueillez les codes des participants et affichez la synthèse de la salle ; une chose que chaque personne fera autrement.
guide-map = Carte des décisions
guide-map-hint = Les décisions (D) et les fins (F) dans l’ordre de rédaction ; les lettres sur un trait sont les options qui l’empruntent. Les scènes entre les décisions sont omises.
guide-decisions = Les décisions
guide-endings = Les fins
# Le titre d’une fin : $label est son nom dans la carte (F1, F2…), $title son titre.
guide-ending-title = { $label } : { $title }
# Où mène une option, quand elle peut mener à plusieurs endroits : $list est un ou plusieurs noms
# (D3, F2…) déjà joints de cette façon, $next le nom suivant.
guide-leads-or = { $list } ou { $next }
# Un badge sur une décision par laquelle passent les réponses des experts.
guide-on-path = sur le parcours des experts
guide-asks-confidence = demande le degré de confiance
# Les en-têtes de colonnes du tableau des options (Lettre n’est lu que par les lecteurs d’écran).
guide-letter = Lettre
guide-item = Élément
guide-option = Option
guide-experts = Experts
guide-experts-mean = Moyenne des experts (dispersion)
guide-leads-to = Mène à
# La note moyenne des experts sur 7 et son écart type, tous deux à une décimale.
guide-expert-mean = { $mean } (±{ $spread })
# Un élément d’une liste à cocher et son poids avec son signe (+2, -1).
guide-matters = Important ({ $weight })
guide-distractor = Hors sujet ({ $weight })
# Sous une décision dont toutes les réponses mènent au même endroit ; $target est son nom (D3, F2…).
guide-every-answer = Toutes les réponses mènent à { $target }.
guide-reasoning = Le raisonnement des experts
guide-prompts = Pistes de discussion

# Les experts à côté de la salle, au projecteur et dans la synthèse de la salle (components/vote_chart.rs).

# Une réponse qui n’a coché aucun élément.
vote-chart-none-ticked = aucun élément coché
# La note moyenne des experts pour une option, à une décimale, sur 7.
vote-chart-of-seven = { $mean } sur 7
# Un élément d’une liste à cocher, selon les experts.
vote-chart-matters = Important
vote-chart-distractor = Hors sujet
# La barre de la salle : les mains levées pour un élément d’une liste à cocher.
vote-chart-hands = { $count -> [one] { $count } main *[other] { $count } mains }
# La barre de la salle : les mains levées pour une option et leur part de toutes les mains.
vote-chart-hands-share = { $count -> [one] { $count } main *[other] { $count } mains }, { $percent } %
# Lu par les lecteurs d’écran avant le texte d’une option ; $letter : la lettre de l’option (A, B…).
vote-chart-option = Option { $letter } :
# Les noms des barres.
vote-chart-room = Salle
vote-chart-experts-pick = Choix des experts
vote-chart-experts = Experts
# Lu par les lecteurs d’écran avant l’avis des experts sur un élément d’une liste à cocher.
vote-chart-experts-prefix = Experts :

# La fenêtre du projecteur (components/projector.rs).

projector-waiting = En attente de l’écran de l’animation
projector-waiting-live = Cet écran suit la salle en direct. Il affiche la salle dès que l’état envoyé par l’écran de l’animation lui parvient.
# Suivi du lien de l’écran de l’animation.
projector-waiting-open = Cette fenêtre affiche ce que pilote l’écran de l’animation. Ouvrez l’écran de l’animation dans une autre fenêtre de ce navigateur :
projector-no-channel = Ce navigateur ne sait pas relier des fenêtres : le projecteur ne peut donc pas suivre l’écran de l’animation. Utilisez une version à jour de Chrome, Edge, Firefox ou Safari.
# $number compte les décisions atteintes par la salle.
projector-decision = Décision { $number }
# Lu par les lecteurs d’écran pour le QR code du lien pour rejoindre.
projector-qr-name = QR code du lien pour rejoindre l’atelier
projector-join-title = Participez depuis votre téléphone
# $room : le nom de salle choisi par l’animation.
projector-room = Salle { $room }
# Suivi du lien pour rejoindre.
projector-scan = Scannez le code, ou saisissez cette adresse :
projector-join-how = Vous répondez à chaque décision sur votre téléphone ; à la fin, vous obtenez un code court à remettre.
projector-how-it-ended = Comment l’histoire s’est terminée
projector-path = Le parcours de la salle
# Un titre pour les lecteurs d’écran seulement.
projector-scene-heading = Décision { $number } : la scène
# Sous la question, selon le type de décision.
projector-how-pick = Laquelle choisiriez-vous ?
projector-how-rate = Laquelle noteriez-vous le plus haut ?
projector-how-rank = Laquelle placeriez-vous en premier ?
projector-how-considerations = Lesquels de ces points comptent ici ?
projector-how-pivot = Lesquels de ces faits changeraient le meilleur choix ?
# Suivi des mains levées pour chaque niveau de confiance.
projector-hands = Confiance de la salle :
# $level : un niveau de confiance (Confiance faible, moyenne, élevée), $count : les mains levées pour ce niveau.
projector-hand-count = { $level } : { $count }
# Lu par les lecteurs d’écran avant le texte d’une option ; $letter : la lettre de l’option (A, B…).
projector-option = Option { $letter } :
# Au-dessus de ce qui s’est passé après le choix de la salle : $letter : la lettre de l’option, $choice : son texte.
projector-room-chose = La salle a choisi { $letter } : { $choice }

# La synthèse de la salle dans l’écran de l’animation (components/room.rs).

# $count : le nombre de codes collés qui n’ont pas pu être comptés.
room-not-counted = { $count -> [one] { $count } code non compté *[other] { $count } codes non comptés }
# Un code refusé, désigné par sa place dans la liste collée.
room-refused-number = N° { $number }
# Imprimé en haut de la synthèse ; $title : le titre du scénario.
room-print-title = { -app } · { $title } · synthèse de la salle
room-title = La salle : codes des participants et synthèse
room-paste = Collez les codes des participants
room-paste-hint = Autant que vous voulez d’un coup, un par ligne ou séparés par des espaces ou des virgules. Chacun est vérifié séparément.
room-add = Ajouter ces codes
room-remove = Retirer tous les codes
room-counted = { $count -> [one] { $count } code compté *[other] { $count } codes comptés }
room-download-csv = Télécharger le CSV
room-print = Imprimer la synthèse
room-save-failed = Ce navigateur n’a pas voulu enregistrer le fichier.
room-participants = Participants
room-average = Score moyen
# $pass : le seuil de réussite du scénario (un score sur 100).
room-passed = Réussi ({ $pass } ou plus)
room-contested = Les décisions les plus disputées
# Une décision : $label est son nom dans le guide (D1, D2…), $ask sa question.
room-decision-title = { $label } : { $ask }
# À quel point la salle était partagée sur une décision, en pourcentage.
room-contested-split = partage { $percent } %
room-dimensions = Moyennes par dimension
room-dimension = Dimension
room-dimension-average = Moyenne de la salle
room-dimension-evidence = Avec indices
# La moyenne de la salle pour une dimension.
room-percent = { $percent } %
room-by-decision = Décision par décision
# La barre de la salle pour une option : $count l’ont choisie ou cochée, sur $answered qui ont répondu.
room-bar-picked = { $count } sur { $answered }, { $percent } %
# La note moyenne de la salle pour une option, à une décimale, sur 7.
room-bar-rating = { $mean } sur 7
# Le rang moyen d’une option dans un classement, à une décimale.
room-bar-place = rang { $place }
# Sous chaque décision, selon son type : $answered : combien y ont répondu, $percent : à quel point la salle était partagée.
room-hint-pick = Réponses : { $answered } · qui a choisi chaque option · partage { $percent } %
room-hint-rate = Réponses : { $answered } · la note moyenne de la salle pour chaque option · partage { $percent } %
room-hint-rank = Réponses : { $answered } · le rang moyen de chaque option selon la salle (1 pour la première) · partage { $percent } %
room-hint-tick = Réponses : { $answered } · qui a coché chaque élément · partage { $percent } %

# Le téléphone d’un participant en mode atelier, qui répond avec un code (components/join.rs).

join-cannot-continue = Cette partie ne peut pas se poursuivre
join-start-again = Recommencer
# $number compte les décisions atteintes par le participant.
join-decision = Décision { $number }
join-my-code = Mon code jusqu’ici
join-how-it-ended = Comment l’histoire s’est terminée
# Un badge au-dessus du titre du scénario.
join-workshop = Atelier
# $room : le nom de salle choisi par l’animation.
join-room = Salle { $room }
join-intro = Répondez ici à chaque décision quand l’animation vous le demande. Les options portent les mêmes lettres qu’au projecteur. À la fin, vous obtenez un code court : remettez-le pour que les réponses de la salle puissent être rassemblées. Sinon, rien ne quitte votre téléphone.
join-too-long = Cette partie est trop longue pour tenir dans un code.
# Lu par les lecteurs d’écran pour le QR code du code du participant ; $code : le code.
join-qr-name = QR code de { $code }
join-result-code = Votre code de résultat
join-code-so-far = Votre code jusqu’ici
join-result-code-hint = Remettez ce code à l’animation : saisissez-le dans la liste de la salle, ou faites scanner le QR code.
join-code-so-far-hint = Un code pour vos réponses jusqu’à présent, si l’animation le demande avant la fin.
join-copy = Copier le code

# Le téléphone d’un participant dans une salle en direct (components/vote.rs).

vote-status-closed = La salle est fermée
vote-status-connecting = Connexion à la salle…
vote-status-live = Connecté à la salle
vote-status-reconnecting = Reconnexion… vos réponses sont conservées et seront envoyées dès le retour de la salle
# $code : le code de raison du broker.
vote-status-refused = Le broker de la salle a refusé ce téléphone (code { $code }). Adressez-vous à l’animation.
vote-waiting = En attente de l’animation
vote-waiting-text = La première décision de la salle s’affichera ici dès que l’animation l’ouvrira.
vote-closed = La salle en direct est fermée
vote-closed-text = L’animation a fermé cette salle : elle n’accepte plus de réponses. Merci de votre participation.
# La demande d’un nom en mode équipes (un téléphone par table), puis dans une salle nominative.
vote-team-name-title = Le nom de votre table
vote-name-title = Votre nom
vote-team-name-text = Un seul téléphone répond pour toute la table. L’animation voit ce nom à côté de ses réponses.
vote-name-text = L’animation voit ce nom à côté de vos réponses.
vote-team-name = Nom de la table
vote-name = Nom
vote-join = Rejoindre la salle
vote-unfit = L’état de la salle ne correspond pas à ce scénario.
vote-how-it-ended = Comment l’histoire s’est terminée
vote-ended-text = La salle a atteint une fin. Merci d’avoir participé.
# $number compte les décisions atteintes par la salle.
vote-decision = Décision { $number }
vote-scene = La scène
# $answer : la réponse du participant en bref : la lettre choisie (B), ou les lettres (A, C).
vote-state-closed-answered = Le vote est clos. Votre réponse : { $answer }.
vote-state-closed = Le vote est clos pour cette décision.
vote-state-answered = Votre réponse : { $answer }. Vous pouvez la modifier jusqu’à la clôture du vote.
# $count : le nombre de votes reçus jusqu’ici.
vote-state-count = Votes jusqu’ici : { $count }.
vote-room-answers = Les réponses de la salle
# Un badge au-dessus du titre du scénario.
vote-live-room = Salle en direct
# Suivi du lien vote-fallback.
vote-no-connection = Pas de connexion ?
vote-fallback = Répondez plutôt sur ce téléphone et remettez un code

# Le lien d’une salle en direct qui ne nomme aucune salle (vote.rs).

vote-module-no-room = Ce lien ne désigne aucune salle en direct
# $link : le lien vote-module-codes-link, affiché comme lien à sa place dans la phrase.
vote-module-no-room-text = Il a peut-être été tronqué lors de la copie. Redemandez le lien à l’animation, ou { $link }.
vote-module-codes-link = répondez sur ce téléphone et remettez un code

# L’écran de l’animation (components/presenter/).

presenter-cannot-continue = Cet atelier ne peut pas se poursuivre
presenter-start-again = Recommencer l’atelier
# L’en-tête (head.rs).
presenter-shortcuts = Raccourcis : N étape suivante · R dévoiler ou masquer les votes · T lancer ou mettre en pause le minuteur (sauf pendant la saisie dans un champ).
presenter-eyebrow = Mode animation · écran de l’animation
presenter-open-projector = Ouvrir la fenêtre du projecteur
presenter-open-guide = Guide d’animation (s’ouvre dans un nouvel onglet)
presenter-no-channel = Ce navigateur ne sait pas relier des fenêtres
presenter-no-channel-text = La fenêtre du projecteur ne suivra pas celle-ci. Utilisez une version à jour de Chrome, Edge, Firefox ou Safari.
presenter-saved-unusable = L’atelier enregistré n’a pas pu être utilisé
presenter-blocked = Le navigateur a bloqué la fenêtre du projecteur
# Suivi du lien de la fenêtre du projecteur.
presenter-blocked-text = Autorisez les fenêtres pop-up pour cette page, ou ouvrez ce lien dans une nouvelle fenêtre du même navigateur et faites-la glisser sur le projecteur :
# Rejoindre l’atelier (join_panel.rs).
presenter-join-title = Les participants rejoignent l’atelier sur leur téléphone
presenter-room-name = Nom de la salle (facultatif)
presenter-room-name-hint = Lettres, chiffres et tirets. Les participants le voient, et il sépare leurs réponses de leur propre entraînement.
# Suivi du lien pour rejoindre la salle en direct.
presenter-live-link = Salle en direct :
# Suivi du lien pour rejoindre en répondant avec des codes.
presenter-codes-link = Sans réseau, les participants répondent chacun de leur côté et remettent des codes :
# Le libellé des boutons qui choisissent l’écran du projecteur.
presenter-projector-shows = Le projecteur affiche
presenter-screen-join = Comment rejoindre
presenter-screen-scene = La scène
presenter-screen-question = La question
# La salle en direct (live_panel.rs).
# $why : ce qui ne va pas dans l’adresse du broker.
presenter-broker-refused-address = Cette adresse ne fonctionnera pas : { $why }.
presenter-broker-not-websocket = l’adresse d’un broker commence par wss:// (ou ws:// sur un réseau local)
presenter-broker-insecure = cette page a été chargée en HTTPS, donc le navigateur ne lui permet de joindre qu’un broker wss://, pas un broker ws://
presenter-no-random = Ce navigateur ne dispose pas de nombres aléatoires sûrs : il ne peut donc pas ouvrir de salle.
presenter-live-intro-title = Salle en direct : les téléphones votent par le réseau
# $command : une commande à saisir (judgement-call room), affichée comme du code.
presenter-live-intro = Lancez { $command } sur un ordinateur portable et ouvrez le lien d’animation qu’elle affiche, ou indiquez ci-dessous le broker MQTT de votre organisation. Sans broker, comptez les mains levées ou recueillez les codes comme d’habitude.
presenter-broker-url = Adresse du broker
presenter-broker-url-hint = Son adresse WebSocket : wss:// (ws:// seulement sur un réseau local, depuis une page servie en http).
presenter-broker-user = Nom d’utilisateur, si le broker en demande un
presenter-broker-password = Mot de passe ou jeton
presenter-broker-credentials = Les liens des participants pour rejoindre la salle contiennent le nom d’utilisateur et le mot de passe : utilisez des identifiants créés pour cette salle.
presenter-open-room = Ouvrir une salle en direct
presenter-live-connected = Connecté
presenter-live-reconnecting = Reconnexion au broker… les votes déjà comptés sont conservés
presenter-live-refused-login = Le broker a refusé le nom d’utilisateur ou le mot de passe
# $code : le code de raison du broker.
presenter-live-refused = Le broker a refusé la connexion (code { $code })
presenter-live-connecting = Connexion au broker…
presenter-live-title = Salle en direct
presenter-live-voted-closed = Vote clos. Votes : { $count }.
presenter-live-voted = { $count -> [one] { $count } participant a voté. *[other] { $count } participants ont voté. } Les réponses peuvent changer jusqu’à la clôture du vote.
presenter-reopen-voting = Rouvrir le vote
presenter-close-voting = Clore le vote maintenant
# Le libellé du choix ci-dessous : anonymes, nominatives, par équipe.
presenter-naming = Les réponses sont
presenter-naming-anonymous = anonymes
presenter-naming-named = nominatives
presenter-naming-teams = par équipe (un téléphone par table)
presenter-answers-by-table = Réponses par table
presenter-answers-by-name = Réponses par nom
# $name : le nom d’un participant ou d’une table, $answer : sa réponse en bref (B, ou A, C).
presenter-named-answer = { $name } : { $answer }
# $list : les messages refusés, chacun sous la forme presenter-dropped-item, séparés par des virgules.
presenter-dropped = Messages refusés et non comptés : { $list }.
# Pourquoi la console de l’animateur a refusé une action ; la session est inchangée.
presenter-refused-ended = L’histoire est terminée.
presenter-refused-no-option = Cette option n’existe pas ici.
presenter-refused-tie = Le vote est à égalité : choisissez l’option que suivra la salle.
presenter-refused-no-votes = Personne n’a encore voté.
presenter-refused-nothing = Impossible de revenir en arrière : il n’y a rien avant.
presenter-refused-no-branch = Aucune autre branche n’est en attente : l’histoire est terminée.
presenter-refused-bad-room = Le nom d’une salle ne peut contenir que des lettres, des chiffres et des tirets, 24 au plus.
# $count messages refusés pour la raison $reason, l’une des phrases refusal-….
presenter-dropped-item = { $count } ({ $reason })
# Pourquoi une salle en direct a refusé un message.
refusal-malformed = format invalide
refusal-forged = falsification
refusal-repeated = doublon
refusal-late = pour une autre décision
refusal-locked = après la clôture du vote
refusal-unfit = réponse impossible ici
refusal-flood = cadence trop rapide
refusal-full = limite de participants dépassée
presenter-other-devices = Autres appareils
# Suivi du lien.
presenter-remote-projector = Un projecteur sur un autre appareil (il suit la salle, comme un téléphone) :
presenter-cofacilitator = Le lien d’animation pour une co-animation. Il contient le secret de la salle : quiconque l’ouvre peut piloter la salle, alors ne l’envoyez qu’à la personne concernée.
presenter-close-room = Fermer la salle en direct
# La décision en cours (decision.rs, votes.rs) : $number compte les décisions atteintes par la salle,
# $label est le nom de la décision dans le guide (D1, D2…), $kind son type (choix, notation…).
presenter-decision-eyebrow = Décision { $number } · { $label } dans le guide · { $kind }
presenter-vote-list = Les options, l’avis des experts et les mains levées de la salle
presenter-hands-counted = { $count -> [one] { $count } main comptée *[other] { $count } mains comptées }
presenter-hide-votes = Masquer les votes
presenter-reveal-votes = Dévoiler les votes
# Où mène une option : une décision ($label D3, $ask sa question) ou une fin ($label F2, $title son titre).
presenter-lead-decision = { $label } : { $ask }
presenter-lead-ending = Fin { $label } : { $title }
# Ce pour quoi la salle lève la main, selon le type de décision.
presenter-hands-pick = À main levée : laquelle choisiriez-vous ?
presenter-hands-rate = À main levée : laquelle noteriez-vous le plus haut ?
presenter-hands-rank = À main levée : laquelle placeriez-vous en premier ?
presenter-hands-considerations = Levez la main pour chaque point qui compte ici.
presenter-hands-pivot = Levez la main pour chaque fait qui changerait le meilleur choix.
presenter-count-codes = Compter les codes des participants comme votes
# $reached codes comptés sur $total ont atteint cette décision.
presenter-codes-reached = { $reached -> [one] { $reached } code sur { $total } a atteint cette décision. *[other] { $reached } codes sur { $total } ont atteint cette décision. }
presenter-follow-majority = Suivre la majorité
presenter-follow-both = Les deux premiers choix, tour à tour
presenter-move-on = Passer à la suite
# $target : là où mènent toutes les réponses, sous la forme presenter-lead-decision ou presenter-lead-ending.
presenter-every-answer = Toutes les réponses mènent à { $target } ; l’histoire se poursuit avec la réponse des experts.
# Lu par les lecteurs d’écran avant le texte d’une option, comme libellé de son nombre de mains ; $letter : A, B…
presenter-hands-for = Mains levées pour l’option { $letter } :
# $target : là où mène l’option, sous la forme presenter-lead-decision ou presenter-lead-ending.
presenter-leads-to = Mène à { $target }
# $view : l’avis des experts sur l’option : « 5.8 sur 7 », Important ou Hors sujet.
presenter-experts = Experts : { $view }
# Un bouton qui retient l’option de lettre $letter, et son nom pour les lecteurs d’écran.
presenter-follow = Suivre { $letter }
presenter-follow-label = { presenter-follow } : poursuivre avec l’option { $letter }
presenter-confidence = Facultatif : quelle est la confiance de la salle ? Levez la main pour chaque niveau
# Revenir en arrière et recommencer (controls.rs).
presenter-back = Revenir à la décision précédente
presenter-restart-group = Recommencer l’atelier ?
presenter-restart-question = Recommencer depuis la première décision ? Le parcours de la salle, les votes et le minuteur sont effacés, et l’enregistrement d’une nouvelle séance commence (téléchargez d’abord celui-ci pour le conserver) ; les codes des participants sont conservés.
# La fin (ended.rs).
presenter-ended = L’histoire est terminée
presenter-path = Le parcours de la salle
presenter-next-branch = Passer à la branche suivante
presenter-branches-waiting = { $count -> [one] { $count } autre branche en attente *[other] { $count } autres branches en attente } (les deux premiers choix, tour à tour).
# Une étape du parcours de la salle : $number compte les décisions, $ask est la question.
presenter-path-step = Décision { $number } : { $ask }
presenter-path-discussed = Discutée, puis poursuite avec la réponse des experts
# Les notes à côté de la décision (notes.rs, record.rs).
presenter-notes = Notes d’animation
presenter-prompts = Pistes de discussion
presenter-reasoning = Le raisonnement des experts
presenter-scene = La scène, telle que projetée
presenter-note = Vos notes sur cette décision
presenter-notes-so-far = Vos notes
# La décision d’une note : $number compte les décisions, $ask est la question.
presenter-record-decision = Décision { $number } : { $ask }
presenter-download-csv = Télécharger la séance (CSV)
presenter-download-json = Télécharger la séance (JSON)
presenter-save-failed = Ce navigateur n’a pas voulu enregistrer le fichier.
# Le minuteur (timer_panel.rs).
presenter-timer = Minuteur
presenter-timer-pause = Pause
presenter-timer-start = Lancer
presenter-timer-reset = Réinitialiser
presenter-round = Durée du vote
